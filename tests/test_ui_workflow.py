"""End to end in the window: demo, samples, live assessment, advice, exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.conftest import SAMPLES
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.bom.rows import COL, ROUTE_ROLE
from ui.dialogs.export_dialog import ExportDialog, ReportOptions
from ui.main_window import MainWindow

WAIT_MS = 20000


@pytest.fixture
def window(qtbot, user_home, monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda self: boxes.append(self.text()))
    # pytest-qt closes the window before fixtures end: never block on "save changes?"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings())
    w.message_boxes = boxes
    qtbot.addWidget(w)
    w.show()
    yield w
    w.results.shutdown()


def _evaluated(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.results.assessment is not None and not
                    window.results.live.busy, timeout=WAIT_MS)
    assert window.message_boxes == []


def _leaf_id(window, name: str) -> str:
    return next(c.id for c in window.doc.current_variant().components if c.name == name)


def test_demo_edit_mass_changes_metrics_and_undo(qtbot, window):
    window.open_demo()
    assert window.windowTitle() == f"{window.doc.title}[*]"
    _evaluated(qtbot, window)
    before = window.results.assessment.metrics
    model = window.bom_model
    first = model.index(0, 0)
    assert model.index(0, COL["route"], first).data(ROUTE_ROLE) is not None
    card = window.results.cards.value_text("recyclability_rate")
    cid = _leaf_id(window, "Elektromotor (BLDC)")
    assert model.setData(model.index_of(cid, COL["mass"]), "3 kg")
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: window.results.assessment.metrics != before, timeout=WAIT_MS)
    assert window.results.assessment.metrics.total_mass_kg > before.total_mass_kg + 2
    assert window.results.cards.value_text("recyclability_rate") != card
    assert window.results.cards.cards["recyclability_rate"].delta.text()  # the change
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: window.results.assessment.metrics == before, timeout=WAIT_MS)
    assert not window.isWindowModified()


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_open_each_sample(qtbot, window, name):
    window.open_path(SAMPLES / name)
    assert window.bom_model.rowCount() > 0
    assert window.isWindowModified()  # a new, unsaved project
    _evaluated(qtbot, window)
    assert window.results.assessment.metrics.total_mass_kg > 0


def test_fix_material_with_resolver(qtbot, window):
    window.open_demo()
    _evaluated(qtbot, window)
    cid = _leaf_id(window, "Stofbak")
    model = window.bom_model
    assert model.setData(model.index_of(cid, COL["material"]), "polypropyleen")
    comp = next(c for c in window.doc.current_variant().components if c.id == cid)
    assert comp.material_id and comp.match_confidence > 0.5
    assert model.index_of(cid, COL["match"]).data()


def test_apply_recommendation_to_new_variant(qtbot, window):
    window.open_demo()
    _evaluated(qtbot, window)
    recs = window.results.rec_model
    first = next(r for r in recs.recommendations() if r.edits)
    recs.set_checked(first.id, True)
    window.advice_apply()
    names = [v.name for v in window.doc.current()[0].variants]
    assert len(names) == 2
    assert names[1] in window.results.advice.outcome.toPlainText()  # it says what it made
    assert window.doc.current_variant().name == names[1]
    qtbot.waitUntil(lambda: window.results.assessment is not None
                    and window.results.assessment.variant_name == names[1], timeout=WAIT_MS)
    window.actions_.undo.trigger()
    assert len(window.doc.current()[0].variants) == 1


def test_export_pdf(qtbot, window, tmp_path, monkeypatch):
    window.open_demo()
    _evaluated(qtbot, window)
    target = tmp_path / "report.pdf"

    def fake_exec(dialog):
        dialog.path.setText(str(target))
        dialog.company.setText("Acme BV")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    written: list[Path] = []
    window.exports.done.connect(written.append)
    window.actions_.export_pdf.trigger()
    qtbot.waitUntil(lambda: bool(written), timeout=60000)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert window.doc.project.company == "Acme BV"  # the client belongs to the project
    assert opened == [str(target)]  # the report opens when it is written
    assert target.stat().st_mode & 0o044  # readable as the user's other files


def test_export_folder_is_documents_not_the_demo_folder(window, monkeypatch, tmp_path):
    docs = tmp_path / "Documenten"
    docs.mkdir()
    monkeypatch.setattr("ui.base.settings.documents_dir", lambda: str(docs))
    window.open_demo()
    assert window.exports._default_name(".pdf").parent == docs


def test_a_failed_export_says_what_to_do_in_dutch(qtbot, window, tmp_path, monkeypatch):
    from ui.base import i18n

    i18n.install("nl")
    try:
        window.open_demo()
        _evaluated(qtbot, window)
        shown = []
        monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(
            (self.text(), self.informativeText(), self.detailedText())) or 0)
        options = ReportOptions(tmp_path / "bestaat-niet" / "rapport.pdf", "nl", "", "", None,
                                False)
        window.exports.run_pdf(options)
        qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    finally:
        i18n.install("en")
    text, todo, detail = shown[0]
    assert "niet geschreven" in text and "bestaat niet" in todo
    assert "Errno" not in text + todo and "Errno" in detail  # technical detail folded


def test_export_table(qtbot, window, tmp_path):
    window.open_demo()
    written: list[Path] = []
    window.exports.done.connect(written.append)
    window.exports.export_table(tmp_path / "bom.csv")
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT_MS)
    assert "Elektromotor" in (tmp_path / "bom.csv").read_text(encoding="utf-8-sig")


def test_bad_bom_shows_rows(qtbot, window, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name;material;mass\nA;PP;abc\nB;PP;-3\n", encoding="utf-8")
    window.open_path(bad)
    assert window.message_boxes, "an import error must be shown"
