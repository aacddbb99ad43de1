"""Dutch throughout, tested at run time: every window and dialog opened in Dutch, and no
visible English word (from a list) and no number with a decimal point in any of them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.conftest import SAMPLES
from tests.ui_windows import open_window
from tests.visible_text import decimal_points, english_words, not_dutch, visible_texts
from ui.base import i18n


@pytest.fixture
def dutch(qtbot, user_home, monkeypatch):
    """A Dutch main window on the demo, evaluated, with a part selected."""
    asked: list[tuple[str, str]] = []
    w = open_window(qtbot, monkeypatch, "nl", asked)
    w.asked = asked
    w.open_demo()
    w.results.live.evaluate_now()
    part = next(c for c in w.doc.current_variant().components
                if c.name == "Behuizingschaal links")
    w.bom.select_ids([part.id])
    yield w
    w.results.shutdown()
    i18n.install("en")


def _check(widget, allowed: tuple[str, ...] = ()) -> list[str]:
    return not_dutch(visible_texts(widget), allowed)


def test_the_checks_catch_english_and_decimal_points():
    assert english_words("Issues: the part is blocked") == ["Issues", "the", "part", "blocked"]
    assert decimal_points("RVS 304 (1.4301, A2), bouten 8.8") == []
    assert english_words("De onderdelen zijn gerecycled en hergebruikt") == []
    assert decimal_points("0.18 kg") == ["0.18"] and decimal_points("1.250,5 kg en 0,18") == []


def test_main_window_with_a_part_selected_on_every_tab(dutch, qtbot):
    w = dutch
    bad: list[str] = []
    for i in range(w.results.tabs.count()):
        w.results.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        bad += [line for line in _check(w) if line not in bad]
    charts = w.results.charts
    w.results.tabs.setCurrentWidget(charts)
    assert charts.chooser.count() == 3
    for i in range(charts.chooser.count()):  # every chart, its texts included
        charts.chooser.setCurrentIndex(i)
        texts = visible_texts(w)
        assert any(where == "ChartCanvas" for where, _t in texts)
        bad += [line for line in not_dutch(texts) if line not in bad]
    bad += not_dutch([("status bar", w.statusBar().currentMessage())])
    assert not bad, "\n".join(bad)


def test_the_advice_with_a_row_chosen_and_applied(dutch):
    w = dutch
    w.results.tabs.setCurrentWidget(w.results.advice)
    model = w.results.rec_model
    rec = next(r for r in model.recommendations() if r.edits)
    model.set_checked(rec.id, True)
    w.advice_apply()
    w.results.live.evaluate_now()
    w.results.tabs.setCurrentWidget(w.results.advice)
    for key in ("embodied_carbon_kg", "disassembly_time_s"):
        w.results.advice.sort.setCurrentIndex(w.results.advice.sort.findData(key))
    view = w.results.advice.view
    view.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    bad = _check(w) + not_dutch([("status bar", w.statusBar().currentMessage())])
    assert not bad, "\n".join(bad)


def test_comparison_window(dutch, qtbot):
    from ui.compare.window import CompareWindow

    w = dutch
    recs = [r for r in w.results.assessment.recommendations if r.edits][:3]
    w.results.apply_to_new_variant(recs)
    view = CompareWindow(w, w.doc.current()[0])
    qtbot.addWidget(view)
    view.show()
    view.run()
    assert view.assessments
    bad = _check(view)
    assert not bad, "\n".join(bad)


def test_import_wizard_pages(dutch, qtbot):
    from ui.wizard.import_wizard import ImportWizard

    w = dutch
    for sample in ("waterkoker_bom.csv", "office_chair_bom.xlsx"):
        wiz = ImportWizard(w, w.doc.project, w.catalog, w.runner, "nl",
                           path=SAMPLES / sample)
        qtbot.addWidget(wiz)
        wiz.show()
        # The decimal-point option shows what it means: "Punt (1.5)".
        example = (wiz.mapping_page.decimal.itemText(2),)
        bad = _check(wiz, example)
        while wiz.currentPage() is not wiz.check_page:
            wiz.next()
            bad += _check(wiz, example)
        assert not bad, "\n".join(bad)
        wiz.close()


def test_knowledge_base_editor_preferences_help_templates_export(dutch, qtbot, monkeypatch):
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.help import PAGES, HelpWindow
    from ui.dialogs.preferences import PreferencesDialog
    from ui.dialogs.template_dialog import TemplateDialog

    w = dutch
    kb = w.tools.open_kb()
    bad = _check(kb, allowed=(w.catalog.kb().version,))
    for table in range(kb.table_combo.count()):
        kb.show_table(kb.table_combo.itemData(table))
        bad += _check(kb, allowed=(w.catalog.kb().version,))
    for dialog in (PreferencesDialog(w.settings, w), TemplateDialog("nl", w)):
        qtbot.addWidget(dialog)
        dialog.show()
        bad += _check(dialog)
    shown = []
    monkeypatch.setattr(ExportDialog, "exec", lambda d: shown.append(_check(d)) or
                        QDialog.DialogCode.Rejected)
    w.exports.export_pdf()
    bad += shown[0]
    for page in PAGES:
        help_window = HelpWindow("nl", w, page)
        qtbot.addWidget(help_window)
        help_window.show()
        bad += _check(help_window)
    about = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: about.append(
        ("about", f"{title} {text}")))
    w.show_about()
    from advisor import __version__

    bad += not_dutch(about, allowed=(w.catalog.kb().version, __version__, "EUPL-1.2"))
    assert not bad, "\n".join(bad)


def test_error_dialogs_and_questions(dutch, qtbot, tmp_path, monkeypatch):
    from ui.dialogs.export_dialog import ReportOptions

    w = dutch
    shown = []
    paths = (str(tmp_path),)  # the test's own folder, in the messages as the file's place
    titles = []

    def seen(box):
        titles.append(box.text())
        shown.append(_check(box, paths))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", seen)
    monkeypatch.setattr(QMessageBox, "open", seen)
    broken = tmp_path / "kapot.cirkel"
    broken.write_text("geen project")
    w.open_path(broken)  # a file that is not a project
    bad_bom = tmp_path / "stuklijst.csv"
    bad_bom.write_text("Naam;Materiaal;Massa (g)\nKap;PP;-5\nVoet;PP;abc\n", encoding="utf-8")
    w.open_path(bad_bom)  # rows that cannot be read
    in_the_way = tmp_path / "project.cirkel"
    in_the_way.mkdir()
    w.files._save_to(in_the_way)  # a folder of that name is in the way
    w.exports.run_pdf(ReportOptions(tmp_path / "weg" / "r.pdf", "nl", "", "", None, False))

    def broken_engine(*_a, **_k):
        raise RuntimeError("engine broke")

    monkeypatch.setattr("ui.results.live.evaluate_variant", broken_engine)
    w.results.reevaluate()
    assert len(shown) == 5, titles
    w.editing.set_cell(w.doc.current_variant().components[1].id, 0, "Nieuwe naam")
    w.files.maybe_save()  # "save the changes?"
    bad = [line for box in shown for line in box] + not_dutch(
        [("question", f"{t} {x}") for t, x in w.asked])
    assert w.asked and not bad, "\n".join(bad)


def test_the_advice_groups_are_named_as_the_report_names_its_plan_blocks(dutch):
    """The app, the CLI and the report use one name per block of work."""
    from advisor.messages import text

    model = dutch.results.rec_model
    titles = [model.index(g, 0).data() for g in range(model.rowCount())]
    for effort in (1, 2, 3):
        name = text(f"report_plan_block_{effort}", "nl")
        assert any(t.startswith(name + " (") for t in titles), (name, titles)
