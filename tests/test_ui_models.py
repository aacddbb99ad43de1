"""Qt models and undo commands, tested without views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from advisor.model import (
    Assessment,
    BlockedRoute,
    Change,
    Component,
    ComponentResult,
    Finding,
    Gain,
    Issue,
    Metrics,
    Plan,
    PlanStage,
    Product,
    Project,
    Reason,
    Recommendation,
    Variant,
)
from ui.bom.edits import problem_map
from ui.bom.model import BomModel
from ui.bom.rows import COL, ROUTE_ROLE
from ui.project.document import Document
from ui.project.explorer_model import ProjectModel
from ui.results.advice_model import GAIN, KIND_ROLE, REC_ROLE, AdviceModel


def make_variant(n_parts: int = 3) -> Variant:
    comps = [Component(id="asm", name="Housing", material_input="")]
    comps += [Component(id=f"p{i}", name=f"Part {i}", parent_id="asm",
                        material_input="PP", material_id="pp", match_confidence=0.9,
                        mass_kg=0.1 * (i + 1), joint_input="screw")
              for i in range(n_parts)]
    comps.append(Component(id="loose", name="Manual", material_input="paper", mass_kg=0.05))
    return Variant(id="v1", name="Baseline", components=tuple(comps))


def make_project() -> Project:
    variant = make_variant()
    return Project(name="Test", products=(
        Product(id="p1", name="Kettle", variants=(variant, Variant(id="v2", name="Redesign"))),
        Product(id="p2", name="Toaster", variants=(Variant(id="v3", name="Baseline"),)),
    ))


def make_assessment(variant: Variant) -> Assessment:
    results = tuple(
        ComponentResult(row=None, id=c.id, parent=c.parent_id, name=c.name,
                        is_assembly=c.id == "asm", material_input=c.material_input,
                        material_id=c.material_id, match_confidence=c.match_confidence,
                        mass_kg=c.mass_kg or 0.3, quantity=c.quantity,
                        total_mass_kg=c.mass_kg or 0.3, joint=c.joint_id, liberated=True,
                        route_code="R8" if c.id != "loose" else "landfill",
                        route_quality="high_grade",
                        blocked_routes=(BlockedRoute("R3", (Reason("not_durable"),)),),
                        issues=(Issue("coated", "coating"),) if c.id == "p0" else ())
        for c in variant.components)
    rec = Recommendation(id="r1", rule_id="swap_joint", category="joining", rows=(),
                         component_ids=("p0",), gain=Gain(recyclability_rate=0.05, mci=0.02))
    return Assessment("Kettle", variant.name, "test", Metrics(total_mass_kg=1.0), results,
                      (rec,))


def test_bom_model_passes_modeltester(qtmodeltester):
    model = BomModel()
    variant = make_variant()
    model.set_variant(variant)
    qtmodeltester.check(model, force_py=True)
    model.set_assessment(make_assessment(variant))
    model.set_problems(problem_map(variant.components, "en"))
    qtmodeltester.check(model, force_py=True)


def test_bom_model_tree_shape_and_results():
    model = BomModel()
    variant = make_variant()
    model.set_variant(variant)
    assert model.rowCount() == 2
    asm = model.index(0, 0)
    assert model.rowCount(asm) == 3
    assert model.index(1, 0, asm).data() == "Part 1"
    assert model.parent(model.index(1, 0, asm)) == asm
    model.set_assessment(make_assessment(variant))
    route = model.index(1, COL["route"])
    assert route.data(ROUTE_ROLE) == "landfill"


def test_bom_model_keeps_indexes_on_value_edit(qtbot):
    model = BomModel()
    variant = make_variant()
    model.set_variant(variant)
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append(a.row()))
    with qtbot.assertNotEmitted(model.modelReset):
        from advisor.edit import set_fields

        model.set_variant(set_fields(variant, "p1", mass_kg=2.0))
    assert changed == [1]
    assert model.index(1, COL["mass"], model.index(0, 0)).data() == "2.00 kg"


def test_invalid_cells_have_reasons():
    model = BomModel()
    variant = make_variant()
    from advisor.edit import set_fields

    bad = set_fields(variant, "p1", mass_kg=-1.0)
    model.set_variant(bad)
    model.set_problems(problem_map(bad.components, "en"))
    idx = model.index(1, COL["mass"], model.index(0, 0))
    assert idx.data(8) is not None  # BackgroundRole
    assert "negative" in idx.data(3).lower()  # ToolTipRole


def test_project_model(qtmodeltester):
    model = ProjectModel()
    model.set_project(make_project())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 2
    renamed = []
    model.rename_handler = lambda kind, key, name: renamed.append((kind, key, name)) or True
    assert model.setData(model.index(1, 0, model.index(0, 0)), "Redesign B")
    assert renamed == [("variant", "v2", "Redesign B")]


def _rec(rid: str, effort: int, legal: bool = False, priority: int = 0, edits: bool = True,
         **gain) -> Recommendation:
    changes = (Change("p0", "finish", ""),) if edits else ()
    return Recommendation(id=rid, rule_id="r", category="joint", rows=(), component_ids=("p0",),
                          changes=changes, gain=Gain(**gain), effort=effort, legal=legal,
                          priority=priority)


def advice_assessment() -> Assessment:
    recs = (_rec("slow", 3, priority=4, recyclability_rate=0.10, embodied_carbon_kg=-0.5),
            _rec("quick", 1, priority=1, recyclability_rate=0.01, mci=0.05),
            _rec("duty", 2, legal=True, priority=2, edits=False),
            _rec("redesign", 2, priority=3, recyclability_rate=0.04, disassembly_time_s=-30),
            _rec("quick2", 1, priority=5, recyclability_rate=0.03, embodied_carbon_kg=-2.0))
    plan = Plan(Metrics(), (PlanStage(1, ("quick", "quick2"), Gain(recyclability_rate=0.04)),
                            PlanStage(2, ("redesign",), Gain(recyclability_rate=0.08)),
                            PlanStage(3, ("slow",), Gain(recyclability_rate=0.18))),
                Gain(recyclability_rate=0.18, mci=0.06))
    return Assessment("Kettle", "Baseline", "test", Metrics(total_mass_kg=1.0),
                      recommendations=recs, plan=plan,
                      data_gaps=(Finding("joint_unknown", {}, (3,)),))


def _titles(model, group: int) -> list[str]:
    parent = model.index(group, 0)
    return [model.index(r, 0, parent).data(REC_ROLE).id for r in range(model.rowCount(parent))]


def test_advice_model_groups_plan_first_then_duties_and_efforts(qtmodeltester):
    model = AdviceModel()
    model.set_assessment(advice_assessment())
    qtmodeltester.check(model, force_py=True)
    groups = [model.index(g, 0).data(Qt.ItemDataRole.UserRole + 3)
              for g in range(model.rowCount())]
    assert groups == ["plan", "legal", "effort1", "effort2", "effort3", "data"]
    assert model.index(0, GAIN).data() == "+18.0 pt"  # the plan's combined gain
    stages = model.index(0, 0)
    assert model.rowCount(stages) == 3
    assert model.index(2, GAIN, stages).data() == "+18.0 pt"
    assert _titles(model, 1) == ["duty"]
    assert _titles(model, 2) == ["quick", "quick2"]  # the advice's priority
    assert model.index(0, 0, model.index(5, 0)).data(KIND_ROLE) == "finding"
    assert [r.id for r in model.plan_recommendations(2)] == ["quick", "quick2", "redesign"]


def test_advice_model_sorts_each_group_by_any_gain(qtmodeltester):
    model = AdviceModel()
    model.set_assessment(advice_assessment())
    model.set_sort("embodied_carbon_kg")
    qtmodeltester.check(model, force_py=True)
    assert _titles(model, 2) == ["quick2", "quick"]  # less CO2e first
    assert model.headerData(GAIN, Qt.Orientation.Horizontal) == "Δ Embodied CO₂e"
    assert model.index(0, GAIN, model.index(2, 0)).data() == "−2.00 kg"
    model.set_sort("mci")
    assert _titles(model, 2) == ["quick", "quick2"]
    with pytest.raises(ValueError):
        model.set_sort("nonsense")


def test_only_advice_that_edits_can_be_ticked():
    model = AdviceModel()
    model.set_assessment(advice_assessment())
    duty = model.index(0, 0, model.index(1, 0))
    assert not model.setData(duty, 2, Qt.ItemDataRole.CheckStateRole)
    quick = model.index(0, 0, model.index(2, 0))
    assert model.setData(quick, 2, Qt.ItemDataRole.CheckStateRole)
    assert [r.id for r in model.checked()] == ["quick"]
    model.set_sort("mci")  # a new order keeps the ticks
    assert [r.id for r in model.checked()] == ["quick"]


@pytest.fixture
def doc(qtbot):
    d = Document()
    d.set_project(make_project(), None)
    return d


def test_edit_variant_command_undo_redo(doc):
    from advisor.edit import set_fields

    assert not doc.modified
    assert doc.edit_variant("mass", lambda v: set_fields(v, "p1", mass_kg=5.0))
    assert doc.modified
    assert doc.current_variant().components[2].mass_kg == 5.0
    doc.undo_stack.undo()
    assert doc.current_variant().components[2].mass_kg == pytest.approx(0.2)
    assert not doc.modified
    doc.undo_stack.redo()
    assert doc.current_variant().components[2].mass_kg == 5.0


def test_unchanged_edit_pushes_nothing(doc):
    assert not doc.edit_variant("noop", lambda v: v)
    assert doc.undo_stack.count() == 0


def test_project_command_and_focus(doc):
    from advisor.edit import duplicate_variant

    project, vid = duplicate_variant(doc.project, "v1", "Copy")
    doc.edit_project("dup", project, focus=vid)
    assert doc.current_variant_id == vid
    doc.undo_stack.undo()
    assert doc.current_variant_id == "v1"
    assert len(doc.project.products[0].variants) == 2


def test_cell_edit_through_model_is_undoable(doc):
    from ui.base.catalog import Catalog
    from ui.bom.edits import BomEditing

    editing = BomEditing(doc, Catalog())
    model = BomModel()
    model.edit_handler = editing.set_cell
    doc.variant_changed.connect(lambda _v: model.set_variant(doc.current_variant()))
    model.set_variant(doc.current_variant())
    idx = model.index(0, COL["mass"], model.index(0, 0))
    assert model.setData(idx, "250 g")
    assert doc.current_variant().components[1].mass_kg == pytest.approx(0.25)
    assert not model.setData(idx, "heavy")
    assert model.setData(model.index(1, COL["recycled"]), "30%")
    assert doc.current_variant().components[-1].recycled_content == pytest.approx(0.3)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.current_variant().components[1].mass_kg == pytest.approx(0.1)
    assert model.index(0, COL["mass"], model.index(0, 0)).data() == "100.0 g"


def test_macro_edit_is_one_step(doc):
    from ui.base.catalog import Catalog
    from ui.bom.edits import BomEditing

    editing = BomEditing(doc, Catalog())
    editing.set_cells(["p0", "p1", "p2"], COL["finish"], "painted")
    assert [c.finish for c in doc.current_variant().components[1:4]] == ["painted"] * 3
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert all(c.finish == "" for c in doc.current_variant().components)


def test_row_operations_are_undoable(doc):
    from advisor import edit
    from ui.base.catalog import Catalog
    from ui.bom.edits import BomEditing

    editing = BomEditing(doc, Catalog())
    before = doc.current_variant()
    editing.tree_op("indent", ["loose"], edit.indent)
    assert doc.current_variant().components[-1].parent_id == "asm"
    editing.delete_rows(["asm"])
    assert [c.id for c in doc.current_variant().components] == []
    new = editing.add_row(None, False)
    assert len(new) == 1
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.current_variant() == before


def test_a_plan_stage_that_gains_more_together_says_so_in_its_tooltip():
    """Stage 2 adds 6 points where its one change alone gains 4: the stage's tooltip
    lists the change and gives the domain's sentence; stages that add up give none."""
    from dataclasses import replace

    from advisor import explain

    a = advice_assessment()
    stages = list(a.plan.stages)
    stages[1] = replace(stages[1], gain=Gain(recyclability_rate=0.10))
    stages[2] = replace(stages[2], gain=Gain(recyclability_rate=0.20))
    a = replace(a, plan=replace(a.plan, stages=tuple(stages)))
    model = AdviceModel()
    model.stage_note = lambda x, n: explain.stage_interaction_text(x.plan, n,
                                                                   x.recommendations, "en")
    model.set_assessment(a)
    plan = model.index(0, 0)
    tip = model.index(1, 0, plan).data(Qt.ItemDataRole.ToolTipRole)
    assert "more than the +4.0 pt of its changes each alone" in tip
    assert "Together" not in (model.index(0, 0, plan).data(Qt.ItemDataRole.ToolTipRole) or "")
