"""Opening files the ways a user does: a broken file, drag and drop, the recent menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from advisor.store import save_project
from tests.conftest import SAMPLES
from tests.test_ui_models import make_project
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, user_home, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings())
    qtbot.addWidget(w)
    w.show()
    yield w


def boxes(monkeypatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(
        (self.text(), self.informativeText(), self.detailedText())) or 0)
    return shown


def test_broken_project_names_file_and_problem(window, tmp_path, monkeypatch):
    shown = boxes(monkeypatch)
    bad = tmp_path / "kapot.cirkel"
    bad.write_text("not sqlite")
    window.open_path(bad)
    assert len(shown) == 1
    text, informative, detail = shown[0]
    assert "kapot.cirkel" in text
    assert "Cirkelwijzer" in informative and "kapot.cirkel" in detail
    assert bad.read_text() == "not sqlite"


def test_bad_bom_lists_rows(window, tmp_path, monkeypatch):
    shown = boxes(monkeypatch)
    bom = tmp_path / "stuklijst.csv"
    bom.write_text("Nr;Onderdeel;Materiaal;Massa (g)\n1;Kan;PP;-5\n2;Deksel;PP;abc\n",
                   encoding="utf-8")
    window.open_path(bom)
    assert len(shown) == 1
    detail = shown[0][2]
    assert "2" in detail and "3" in detail and "Massa (g)" in detail


def drop(window, path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropping_a_bom_opens_it(window):
    drop(window, SAMPLES / "speaker_bom.csv")
    variant = window.doc.current_variant()
    assert variant is not None and len(variant.components) == 16
    assert window.windowTitle() == f"{window.doc.title}[*]"
    assert window.doc.path is None  # an imported BOM is a new, unsaved project


def test_recent_menu_reopens_a_project(window, tmp_path):
    first = save_project(make_project(), tmp_path / "eerste.cirkel")
    window.open_path(first)
    window.files.new_project()
    assert window.doc.path is None
    window._fill_recent()
    actions = window.actions_.recent_menu.actions()
    assert [a.text() for a in actions][:1] == ["eerste.cirkel"]
    actions[0].trigger()
    assert window.doc.path == first
