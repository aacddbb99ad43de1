"""Project settings in the window: set in the app, undoable, live, saved in the project and
used by the command line with the same figures."""

from __future__ import annotations

import io
import json

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from advisor.cli import run_cli
from advisor.model import settings_of
from advisor.paths import demo_path
from advisor.store import open_project
from tests.ui_windows import open_window

COMPARED = ("total_mass_kg", "recyclability_rate", "recoverability_rate", "reuse_rate", "mci",
            "lfi", "utility_x", "energy_recovery_rate", "crm_mass_kg", "embodied_carbon_kg",
            "disassembly_time_s", "unresolved_mass_kg")


@pytest.fixture
def window(qtbot, user_home, monkeypatch):
    w = open_window(qtbot, monkeypatch)
    w.open_path(demo_path())
    w.results.live.evaluate_now()
    yield w


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _evaluated(w) -> dict:
    w.results.live.evaluate_now()
    m = w.results.assessment.metrics
    return {k: getattr(m, k) for k in COMPARED}


def _cli_metrics(*args) -> dict:
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["evaluate", *map(str, args), "--json", "--lang", "nl"], out, err) == 0, \
        err.getvalue()
    return json.loads(out.getvalue())


def test_settings_set_in_the_app_are_saved_and_give_the_cli_the_same_figures(
        window, tmp_path, monkeypatch):
    panel = window.results.settings_panel
    before = _evaluated(window)
    _choose(panel.region, "nl")
    _choose(panel.scope, "eu")
    _choose(panel.stream, "weee-5")
    panel.lifetime.setValue(8.0)
    panel.industry_lifetime.setValue(5.0)
    panel.use_intensity.setValue(1.5)
    panel.client.setText("Stofzuigerfabriek BV")
    panel.client.editingFinished.emit()
    after = _evaluated(window)
    assert after["utility_x"] == pytest.approx(8 / 5 * 1.5)
    assert after["recyclability_rate"] != before["recyclability_rate"]  # region nl counts
    target = tmp_path / "visit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    path = tmp_path / "visit.cirkel"
    project = open_project(path)
    product = project.products[0]
    stored = settings_of(product, product.variants[0])
    assert (stored.region, stored.processed_within, stored.stream) == ("nl", "eu", "weee-5")
    assert (stored.lifetime_years, stored.industry_lifetime_years, stored.use_intensity) == (
        8.0, 5.0, 1.5)
    assert project.company == "Stofzuigerfabriek BV"
    doc = _cli_metrics(path)
    for name in COMPARED:
        if after[name] is None:  # not assessed (disassembly with unknown joints)
            assert doc["metrics"][name] is None, name
            continue
        assert doc["metrics"][name] == pytest.approx(after[name], rel=1e-9, abs=1e-12), name
    assert doc["region"] == "nl"
    if "settings" in doc:  # CLI.md's settings block
        assert doc["settings"]["processed_within"] == "eu"
        assert doc["settings"]["stream"] == "weee-5"


def test_a_settings_change_is_one_undo_step_and_the_panel_follows(window):
    panel = window.results.settings_panel
    default_x = _evaluated(window)["utility_x"]
    panel.lifetime.setValue(10.0)
    panel.industry_lifetime.setValue(5.0)
    assert _evaluated(window)["utility_x"] == pytest.approx(2.0)
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert panel.industry_lifetime.value() == 0.0
    assert panel.industry_lifetime.text() == panel.industry_lifetime.specialValueText()
    assert panel.lifetime.value() == 10.0
    window.actions_.undo.trigger()
    assert panel.lifetime.value() == 0.0
    assert _evaluated(window)["utility_x"] == default_x
    window.actions_.redo.trigger()
    assert panel.lifetime.value() == 10.0


def test_project_details_are_stored_and_typing_notes_is_one_step(window):
    panel = window.results.settings_panel
    panel.author.setText("J. de Vries")
    panel.author.editingFinished.emit()
    panel.date.setDate(QDate(2026, 3, 14))
    for text in ("Bezoek", "Bezoek op locatie", "Bezoek op locatie, afspraken volgen"):
        panel.notes.setPlainText(text)
        panel.notes.commit()
    project = window.doc.project
    assert (project.author, project.date) == ("J. de Vries", "2026-03-14")
    assert project.notes == "Bezoek op locatie, afspraken volgen"
    count = window.doc.undo_stack.count()
    window.actions_.undo.trigger()  # all the typing in the notes at once
    assert window.doc.project.notes == ""
    assert window.doc.undo_stack.index() == count - 1
    assert panel.notes.toPlainText() == ""
    window.actions_.undo.trigger()
    assert window.doc.project.date == "" and panel.date.text() == panel.date.specialValueText()
