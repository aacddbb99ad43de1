"""The main window on a saved project: explorer, editing, undo, save and reopen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from advisor.store import open_project, save_project
from tests.test_ui_models import make_project
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.bom.rows import COL
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, user_home, monkeypatch):
    # pytest-qt closes the window before fixtures end: never block on "save changes?"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings())
    qtbot.addWidget(w)
    w.show()
    yield w


@pytest.fixture
def project_file(tmp_path):
    return save_project(make_project(), tmp_path / "kettle.cirkel")


def test_open_edit_undo_save(window, project_file, monkeypatch, tmp_path):
    window.open_path(project_file)
    assert window.windowTitle() == "kettle[*]"  # Qt adds " — Cirkelwijzer" itself
    assert window.project_model.rowCount() == 2
    model = window.bom_model
    idx = model.index(0, COL["mass"], model.index(0, 0))
    assert model.setData(idx, "300 g")
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert not window.isWindowModified()
    window.actions_.redo.trigger()
    window.actions_.save.trigger()
    assert not window.isWindowModified()
    assert open_project(project_file).products[0].variants[0].components[1].mass_kg == 0.3


def test_save_as_and_recent(window, project_file, monkeypatch, tmp_path):
    window.open_path(project_file)
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    assert (tmp_path / "copy.cirkel").exists()
    assert str((tmp_path / "copy.cirkel").resolve()) in window.settings.recent_files


def test_explorer_duplicate_rename_delete(window, project_file, monkeypatch):
    window.open_path(project_file)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Redesign A", True))
    window.actions_.duplicate_variant.trigger()
    names = [v.name for v in window.doc.project.products[0].variants]
    assert names == ["Baseline", "Redesign", "Redesign A"]
    assert window.doc.current_variant().name == "Redesign A"
    assert window.bom_model.rowCount() == 2
    window.projects.rename_to("variant", window.doc.current_variant_id, "Lighter")
    assert window.doc.current_variant().name == "Lighter"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.explorer.show_variant(window.doc.current_variant_id)
    window.actions_.delete_entry.trigger()
    assert len(window.doc.project.products[0].variants) == 2
    window.actions_.undo.trigger()
    assert len(window.doc.project.products[0].variants) == 3


def test_copy_paste_rows(window, project_file):
    window.open_path(project_file)
    window.bom.select_ids(["p0"])
    window.actions_.copy.trigger()
    window.actions_.paste.trigger()
    comps = window.doc.current_variant().components
    assert len(comps) == 6
    window.actions_.undo.trigger()
    assert len(window.doc.current_variant().components) == 5


def test_paste_tsv_from_excel(window, project_file):
    from PySide6.QtWidgets import QApplication

    window.open_path(project_file)
    window.bom.select_ids(["loose"])
    QApplication.clipboard().setText("Lid\tPP\t62,5 g\t1\tsnap-fit\nHinge\tsteel\t4 g\t2\n")
    window.rows._copied = []
    window.actions_.paste.trigger()
    names = [c.name for c in window.doc.current_variant().components]
    assert names[-2:] == ["Lid", "Hinge"]


def test_close_asks_when_modified(window, project_file, monkeypatch):
    window.open_path(project_file)
    window.editing.set_cell("p1", COL["name"], "Renamed")
    asked = []

    def answer(*a, **k):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert asked
