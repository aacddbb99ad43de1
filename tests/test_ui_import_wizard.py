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
