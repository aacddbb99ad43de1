"""The knowledge-base editor: browse with sources, edit into the user layer, data packs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import SAMPLES
from ui.base.catalog import Catalog
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.kb_editor.editor import KbEditor
from ui.kb_editor.models import KbFilterModel, KbRowModel, KbTableModel
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, user_home):
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings(), catalog=Catalog())
    w.catalog.reload()  # the user layer of this test's home, not a cached one
    qtbot.addWidget(w)
    w.files.maybe_save = lambda: True
    return w


def _editor(window, qtbot) -> KbEditor:
    editor = KbEditor(window.catalog, window.runner, "nl", window)
    qtbot.addWidget(editor)
    editor.kb_changed.connect(window.results.reevaluate)
    return editor


def _set(editor: KbEditor, column: str, value: str) -> bool:
    row = editor.row_model.columns.index(column)
    return editor.row_model.setData(editor.row_model.index(row, KbRowModel.VALUE), value)


def test_kb_edit_changes_assessment(window, qtbot, monkeypatch):
    window.open_path(SAMPLES / "waterkoker_bom.csv")
    window.results.reevaluate()
    before = window.results.assessment.metrics.embodied_carbon_kg
    editor = _editor(window, qtbot)
    editor.search.setText("Polypropyleen")
    assert editor.proxy.rowCount() >= 1
    key = next(e.key for e in editor.model.entries if e.row["id"] == "pp")
    editor.select_key(key)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    assert not _set(editor, "carbon_kg_per_kg", "50")  # no source given yet
    assert warned
    editor.source.setText("test LCA 2026")
    assert _set(editor, "carbon_kg_per_kg", "50")
    entry = editor.current_entry()
    assert entry.layer == "user" and entry.shipped_value("carbon_kg_per_kg") is not None
    after = window.results.assessment.metrics.embodied_carbon_kg
    assert after > before
    editor.revert()
    assert editor.current_entry().layer == "shipped"
    assert window.results.assessment.metrics.embodied_carbon_kg == pytest.approx(before)


def test_kb_pack_round_trip_with_preview(window, qtbot, monkeypatch, tmp_path):
    editor = _editor(window, qtbot)
    editor.show_table("joints")
    editor.source.setText("workshop test")
    assert _set(editor, "time_s", "7")
    pack = tmp_path / "pack.zip"
    monkeypatch.setattr("ui.kb_editor.editor.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(pack), ""))
    editor.export_pack()
    assert pack.exists()
    editor.revert()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert editor.import_pack_from(pack)
    assert "1 changed" in asked[0] or "1 new" in asked[0]
    assert any(e.layer == "user" for e in editor.model.entries)


def test_kb_models_pass_modeltester(qtmodeltester, window, qtbot):
    editor = _editor(window, qtbot)
    qtmodeltester.check(editor.model)
    qtmodeltester.check(editor.proxy)
    qtmodeltester.check(editor.row_model)
    for model in (KbTableModel(), KbRowModel()):
        qtmodeltester.check(model)
    proxy = KbFilterModel()
    proxy.setSourceModel(KbTableModel())
    qtmodeltester.check(proxy)


def test_every_column_the_editor_shows_has_a_translated_name():
    from advisor.kb.browse import EDITABLE, display_columns
    from ui.kb_editor.models import COLUMN_LABELS

    missing = {t: [c for c in display_columns(t) if c not in COLUMN_LABELS] for t in EDITABLE}
    assert not any(missing.values()), missing  # add them to COLUMN_LABELS (and their Dutch)
