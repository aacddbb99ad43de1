"""The import wizard on every sample shape, pasted text, remembered layouts, problems."""

from __future__ import annotations

import pytest

from advisor import layouts
from tests.conftest import SAMPLES
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.main_window import MainWindow
from ui.wizard.import_wizard import ImportWizard, apply_wizard
from ui.wizard.models import MappingModel, ProblemsModel, RawRowsModel


@pytest.fixture
def window(qtbot, user_home):
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings())
    qtbot.addWidget(w)
    w.files.new_project()
    w.files.maybe_save = lambda: True  # no question box when qtbot closes the window
    return w


def _wizard(window, qtbot, **kw) -> ImportWizard:
    wiz = ImportWizard(window, window.doc.project, window.catalog, window.runner, "nl", **kw)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _rows(window) -> int:
    return len(window.doc.current_variant().components)


@pytest.mark.parametrize("name, rows", [("waterkoker_bom.csv", 19),
                                        ("office_chair_bom.xlsx", 18),
                                        ("speaker_bom.csv", 16)])
def test_wizard_imports_each_sample(window, qtbot, name, rows):
    wiz = _wizard(window, qtbot, path=SAMPLES / name)
    assert wiz.preview is not None and wiz.raw_model.rowCount() == rows
    wiz.next()
    assert "mass" in wiz.mapping_model.fields
    wiz.next()
    assert wiz.result is not None, wiz.problems_model.problems
    before = len(window.doc.project.products)
    assert apply_wizard(window, wiz)
    assert len(window.doc.project.products) == before + 1
    assert _rows(window) == rows
    window.doc.undo_stack.undo()
    assert len(window.doc.project.products) == before


def test_wizard_as_variant_and_remembered_mapping(window, qtbot):
    path = SAMPLES / "waterkoker_bom.csv"
    wiz = _wizard(window, qtbot, path=path)
    wiz.next()
    notes = wiz.mapping_model.fields.index("notes")
    wiz.mapping_model.setData(wiz.mapping_model.index(notes, MappingModel.FIELD), "")
    wiz.mapping_page.set_options(",", "g")
    wiz.next()
    assert apply_wizard(window, wiz)
    assert layouts.recall(wiz.preview.header).mapping.get("notes") is None
    product = window.doc.project.products[-1]
    again = _wizard(window, qtbot, path=path)
    assert again.mapping_model.fields[notes] == ""  # remembered, not re-detected
    again.next()
    again.next()
    again.check_page.as_variant.setChecked(True)
    again.check_page.product_combo.setCurrentText(product.name)
    again.check_page.variant_name.setText("Herontwerp")
    assert apply_wizard(window, again)
    names = [v.name for v in window.doc.project.products[-1].variants]
    assert names[-1] == "Herontwerp" and len(window.doc.project.products) == 2


def test_wizard_pasted_text_and_problem_jump(window, qtbot):
    text = ("Naam\tMateriaal\tMassa (g)\tAantal\n"
            "Kap\tPP\t120\t1\nSchroef\tstaal\tveel\t4\nVoet\tPP\t30\t1\n")
    wiz = _wizard(window, qtbot, text=text)
    assert wiz.raw_model.rowCount() == 3
    wiz.next()
    wiz.next()
    assert wiz.result is None  # "veel" is not a mass
    problems = wiz.problems_model
    row = next(i for i, p in enumerate(problems.problems) if p.row == 3)
    wiz.check_page._jump(problems.index(row, 0))
    assert wiz.check_page.rows.selectionModel().selectedRows()[0].row() == 1


def test_wizard_models_pass_modeltester(qtmodeltester, window, qtbot):
    wiz = _wizard(window, qtbot, path=SAMPLES / "speaker_bom.csv")
    wiz.next()
    wiz.next()
    for model in (wiz.raw_model, wiz.mapping_model, wiz.problems_model):
        qtmodeltester.check(model)
    for model in (RawRowsModel(), MappingModel(), ProblemsModel()):
        qtmodeltester.check(model)


def test_a_long_file_checks_with_progress_and_the_attached_to_column(window, qtbot,
                                                                     tmp_path):
    """A 6,000-row file: the check reports its progress row by row and hides the bar when
    done; a "Bevestigd aan" column is offered as the field it is, with its own label."""
    from ui.wizard.models import field_choices, field_label

    rows = ["Nr;Onderdeel;Materiaal;Massa (g);Aantal;Verbinding;Bevestigd aan",
            "1;Machine;;;1;;", "1.1;Frame;staal;5000;1;schroef;"]
    rows += [f"1.{k};Plaat {k};PP;20;1;klik;1.1" for k in range(2, 6000)]
    path = tmp_path / "lang.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    wiz = _wizard(window, qtbot, path=path)
    wiz.next()
    assert "attached_to" in wiz.mapping_model.fields
    assert ("attached_to", field_label("attached_to")) in field_choices()
    assert field_label("attached_to") != field_label("")
    seen: list[int] = []
    wiz.check_page.progress.valueChanged.connect(seen.append)
    wiz.next()
    assert wiz.result is not None, wiz.problems_model.problems[:3]
    assert len(seen) >= 2 and seen == sorted(seen) and seen[-1] == 100
    assert not wiz.check_page.progress.isVisible()
    plate = next(c for c in wiz.result.product.variants[0].components if c.name == "Plaat 2")
    assert plate.attached_to == "1.1"


def test_leaving_the_check_stops_the_trial_import(window, qtbot):
    """Going back from the check page (or closing the wizard) cancels a check that is
    still running; what it returns after that is not shown."""
    wiz = _wizard(window, qtbot, path=SAMPLES / "waterkoker_bom.csv")
    wiz.next()
    wiz.next()
    assert wiz.result is not None
    task = wiz.runner.start("stand-in", lambda progress, cancelled: None)
    wiz._check_task = task  # a check that has not ended yet
    wiz.back()
    assert task.is_cancelled() and wiz._check_task is None
    task2 = wiz.runner.start("stand-in", lambda progress, cancelled: None)
    wiz._check_task = task2
    wiz.reject()
    assert task2.is_cancelled()
