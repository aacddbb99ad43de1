"""The end-of-life model against the physics and the law, on the shipped knowledge base.

Each test names the mechanism it holds: what a hammer mill tears apart, what the sorting
line can tell apart, what travels with the fragment it stays on, what WEEE treatment takes
out before shredding (Directive 2012/19/EU Annex VII), which channels take a part or a
product whole, and where a product's waste is collected versus processed.
"""

from __future__ import annotations

import pytest

from advisor.analysis import evaluate
from advisor.kb import load_kb
from advisor.model import Component, Variant


@pytest.fixture(scope="module")
def kb():
    return load_kb(use_user_layer=False)


def _c(cid, name, material=None, mass=None, joint="", parent="P", **kw):
    return Component(id=cid, name=name, parent_id=parent, material_id=material,
                     material_input=material or "", mass_kg=mass, joint_input=joint, **kw)


def _run(kb, *parts, top="Product", top_joint="", **settings):
    rows = (Component("P", top, joint_input=top_joint, row=2),) + tuple(
        Component(**{**p.__dict__, "row": p.row or 3 + n}) for n, p in enumerate(parts))
    return evaluate(Variant("v", "Base", rows), kb, recommendations=False, **settings)


def _row(a, cid):
    return next(r for r in a.components if r.id == cid)


def _reasons(result):
    return {x.code for b in result.blocked_routes for x in b.reasons}


def test_riveted_aluminium_on_cast_iron_is_torn_apart_not_landfilled(kb):
    """A rivet cannot be undone by hand, but the hammer mill shears it: magnets take the
    iron, eddy currents the aluminium (the old model sent the arm to landfill)."""
    a = _run(kb, _c("base", "Lamp base", "cast-iron", 1.5, "screw"),
             _c("arm", "Lamp arm", "aluminium-extruded", 0.4, "rivet"), stream="weee-5")
    arm, base = _row(a, "arm"), _row(a, "base")
    assert not arm.liberated  # not by hand
    assert arm.route_code == "R8" and arm.route_quality == "closed_loop"
    assert base.route_code == "R8" and base.recycling_yield > 0.9
    assert not any(i.code == "fused_incompatible" for i in arm.issues)


def test_glued_aluminium_on_cast_iron_is_lost_in_the_iron(kb):
    """Glued, the arm stays on the iron fragment, goes with it to the magnet and is lost in
    the iron melt; the iron is not harmed."""
    a = _run(kb, _c("base", "Lamp base", "cast-iron", 1.5, "screw"),
             _c("arm", "Lamp arm", "aluminium-extruded", 0.4, "adhesive"), stream="weee-5")
    arm = _row(a, "arm")
    assert arm.recycling_yield == 0.0 and "travels_with" in _reasons(arm)
    assert a.metrics.process_loss_rate > 0.2


def test_steel_insert_in_aluminium_downgrades_the_aluminium(kb):
    """Iron moulded into aluminium sends the aluminium to cast alloys: a downgrade."""
    a = _run(kb, _c("body", "Housing", "aluminium-extruded", 1.0, "screw"),
             _c("insert", "Thread insert", "steel", 0.05, "insert moulding"), stream="weee-5")
    body = _row(a, "body")
    assert body.route_quality == "downcycled"
    assert any(i.code == "fused_incompatible" for i in body.issues)


def test_wrought_and_cast_aluminium_cannot_be_sorted_apart(kb):
    a = _run(kb, _c("tube", "Tube", "aluminium-extruded", 0.5, "screw"),
             _c("cast", "Cast bracket", "aluminium-cast", 0.5, "screw"), stream="weee-5")
    tube = _row(a, "tube")
    assert tube.route_quality == "downcycled" and "unsorted" in _reasons(tube)
    assert any(i.code == "unsorted_incompatible" for i in tube.issues)


def test_pp_and_pe_float_together_in_sink_float(kb):
    a = _run(kb, _c("pp", "Bin", "pp", 0.3, "screw"), _c("pe", "Cover", "pe-hd", 0.2, "clip"),
             stream="weee-5")
    assert "unsorted" in _reasons(_row(a, "pp"))


def test_chrome_plated_abs_is_not_high_grade(kb):
    """Electroplating leaves an inseparable metal layer on the plastic (PolyCE P9), from a
    hexavalent and from a trivalent bath alike."""
    for finish in ("verchroomd", "chrome plated (trivalent)"):
        a = _run(kb, _c("knob", "Knob", "abs", 0.05, "screw", finish=finish), stream="weee-5")
        knob = _row(a, "knob")
        assert knob.route_quality not in ("high_grade", "closed_loop"), finish
        assert any(i.code == "coating_hinders" for i in knob.issues), finish


def test_nickel_plating_hinders_steel_and_powder_coat_does_not(kb):
    plated = _run(kb, _c("s", "Bracket", "steel", 1.0, "screw", finish="vernikkeld"),
                  stream="weee-5")
    coated = _run(kb, _c("s", "Bracket", "steel", 1.0, "screw", finish="gepoedercoat"),
                  stream="weee-5")
    assert _row(plated, "s").route_quality == "downcycled"  # Ni is a tramp element
    assert _row(coated, "s").route_quality == "closed_loop"  # the coating burns off


def test_white_abs_from_weee_collected_in_utrecht_is_recycled(kb):
    """The region is where the product is collected: the national WEEE scheme brings the
    housing to a plastics recycler elsewhere in the Netherlands."""
    a = _run(kb, _c("h", "Housing", "abs", 0.4, "screw"),
             _c("pcb", "Board", "pcb-populated", 0.05, "screw"))
    assert a.stream == "weee-5" and a.region == "utrecht"
    housing = _row(a, "h")
    assert housing.route_code == "R8" and housing.route_quality == "high_grade"
    assert housing.processed_in == "nl"


def test_processing_scope_is_a_scenario_not_a_condition(kb):
    parts = (_c("h", "Housing", "abs", 0.4, "screw"), _c("f", "Frame", "steel", 0.6, "screw"))
    anywhere = _run(kb, *parts, stream="weee-5")
    in_nl = _run(kb, *parts, stream="weee-5", processed_within="nl")
    in_region = _run(kb, *parts, stream="weee-5", processed_within="region")
    assert anywhere.metrics.recyclability_rate > in_nl.metrics.recyclability_rate > 0
    assert "not_in_scope" in _reasons(_row(in_nl, "f"))  # steel is melted abroad
    assert in_region.metrics.recyclability_rate == 0.0  # no processor in the province
    assert anywhere.metrics.processed_in_region_share == 0.0


def test_glued_board_still_reaches_the_smelter(kb):
    """Annex VII: boards over 10 cm² are taken out whatever their joint."""
    a = _run(kb, _c("h", "Housing", "abs", 0.4, "screw"),
             _c("pcb", "Board", "pcb-populated", 0.05, "adhesive"))
    board = _row(a, "pcb")
    assert board.needs_removal and board.recycling_yield > 0.2  # copper-route metals
    assert any(i.code == "removal_blocked" for i in board.issues)
    assert not any(i.code == "fused_incompatible" for i in _row(a, "h").issues)


def test_battery_law_applies_to_the_pack_not_its_cells(kb):
    pack = Component("pack", "Battery pack", parent_id="P", joint_input="snap-fit")
    cells = _c("cells", "Cells", "li-ion-cell", 0.3, "adhesive", parent="pack")
    a = _run(kb, _c("h", "Housing", "abs", 0.4, "screw"), pack, cells)
    assert not any(i.code == "battery_not_removable" for r in a.components for i in r.issues)
    glued = Component("pack", "Battery pack", parent_id="P", joint_input="adhesive")
    b = _run(kb, _c("h", "Housing", "abs", 0.4, "screw"), glued, cells)
    assert any(i.code == "battery_not_removable" for i in _row(b, "pack").issues)


def _chair(upholstery_joint="screw", spring_joint="press fit"):
    return (_c("base", "Five-star base", "aluminium-cast", 1.2, "screw"),
            _c("spring", "Gas spring", "gas-spring", 0.9, spring_joint),
            _c("seat", "Seat shell", "pp", 1.1, "screw"),
            _c("foam", "Seat foam", "pur-flexible-foam", 0.4, upholstery_joint),
            _c("cover", "Seat cover", "polyester-fibre", 0.2, "clip"))


def test_a_screwed_office_chair_goes_to_refurbishers(kb):
    a = _run(kb, *_chair(), top="Office chair", stream="furniture-office")
    assert a.product_route is not None and a.product_route.code == "R5"
    assert a.components[0].route_code == "R5"
    # The gas spring is replaced, not reused, by refurbishers: no channel, said so.
    spring = _row(a, "spring")
    assert any(i.code == "no_reuse_channel" for i in spring.issues)


def test_glued_upholstery_keeps_the_chair_from_refurbishment(kb):
    a = _run(kb, *_chair(upholstery_joint="adhesive"), top="Office chair",
             stream="furniture-office")
    assert a.product_route.code == ""
    reasons = {x.code for b in a.product_route.blocked for x in b.reasons}
    assert "channel_parts_fixed" in reasons


def test_a_screwed_motor_is_rewound_only_where_a_channel_exists(kb):
    parts = (_c("frame", "Frame", "steel", 8.0, "screw"),
             _c("motor", "Motor", "electric-motor", 3.0, "screw"))
    large = _run(kb, *parts, stream="weee-4")
    assert _row(large, "motor").route_code == "R6"
    assert large.metrics.reuse_rate == pytest.approx(3.0 / 11.0)
    small = _run(kb, *parts, stream="weee-5")
    motor = _row(small, "motor")
    assert motor.route_code == "R8" and "no_channel_here" in _reasons(motor)


def test_a_list_of_materials_is_not_taken_apart_on_paper(kb):
    """A flat list without joints (how EPDs publish) gets the stream's standard treatment:
    no whole-part routes, disassembly not assessed, the assumption listed."""
    rows = (Component("a", "Steel", parent_id=None, material_id="steel", mass_kg=5.0, row=2),
            Component("b", "Motor", parent_id=None, material_id="electric-motor",
                      mass_kg=2.0, row=3),
            Component("c", "Plastics", parent_id=None, material_id="pp", mass_kg=1.0, row=4))
    a = evaluate(Variant("v", "Base", rows), kb, recommendations=False, stream="weee-4")
    assert a.metrics.disassembly_time_s is None
    assert _row(a, "b").route_code == "R8" and "joint_unknown" in _reasons(_row(a, "b"))
    assert any(f.code == "joints_unknown" for f in a.assumptions)


def test_assembly_row_with_its_own_material_has_a_body(kb):
    """CLI.md: the armrest row (PP, 0.32 kg) with a 90 g pad is a PP body of 0.23 kg."""
    arm = Component("arm", "Armrest", parent_id="P", material_id="pp", material_input="PP",
                    mass_kg=0.32, quantity=2, joint_input="screw")
    pad = _c("pad", "Pad", "pur-flexible-foam", 0.09, "clip", parent="arm")
    a = _run(kb, arm, pad, stream="furniture-office")
    assert _row(a, "arm").own_mass_kg == pytest.approx(0.23)
    assert a.metrics.total_mass_kg == pytest.approx(0.64)


def test_black_plastic_is_invisible_only_to_nir(kb):
    parts = (_c("b", "Tray", "pp-black", 0.2, "clip"),)
    assert _row(_run(kb, *parts, stream="weee-5"), "b").route_quality == "high_grade"
    nir = _row(_run(kb, *parts, stream="packaging"), "b")
    assert "not_detectable" in _reasons(nir)


def test_both_recyclable_figures_are_reported(kb):
    a = _run(kb, *_chair(), top="Office chair", stream="furniture-office")
    m = a.metrics
    assert m.recyclable_material_share >= m.recyclability_rate
    assert m.recyclability_rate + m.process_loss_rate + m.energy_recovery_rate \
        + m.landfill_rate == pytest.approx(1.0)


def test_the_base_module_needs_no_joint_but_a_module_on_it_does(kb):
    """The handle with the motor is what the battery pack and the bin click onto: a joint
    of its own would join its parent's carrier (the motor) to itself, so none is asked
    for, as none is for the heaviest part of an assembly. The bin, without a joint, is
    joined to it somehow, and how is not given; named as attached to another row, the
    handle is a part like any other."""
    handle = Component("handle", "Handle with motor unit", parent_id="P")
    parts = (handle, _c("motor", "Motor", "electric-motor", 0.31, "screw", parent="handle"),
             _c("shell", "Shell", "abs", 0.17, "screw", parent="handle"),
             Component("bin", "Dust bin", parent_id="P"),
             _c("cup", "Bin", "pp", 0.15, "snap-fit", parent="bin"),
             _c("cone", "Cone", "pp", 0.07, "snap-fit", parent="bin"))
    a = _run(kb, *parts, stream="weee-5")
    assert not any(i.code == "joint_unknown" for i in _row(a, "handle").issues)
    assert any(i.code == "joint_unknown" for i in _row(a, "bin").issues)
    named = Component("handle", "Handle with motor unit", parent_id="P", attached_to="bin")
    b = _run(kb, named, *parts[1:], stream="weee-5")
    assert any(i.code == "joint_unknown" for i in _row(b, "handle").issues)


def test_a_brushless_motor_loses_its_rare_earths_in_the_steel_melt(kb):
    """A BLDC motor's NdFeB magnets are magnetic: they go with the motor's steel to the
    ferrous melt, where their rare earths and boron go to the slag. The copper of the
    windings is recovered."""
    a = _run(kb, _c("h", "Housing", "abs", 0.4, "screw"),
             _c("m", "Motor", "electric-motor-bldc", 0.31, "screw"), stream="weee-5")
    crm = {c.id: c for c in a.metrics.crm}
    assert crm["lree"].mass_kg > 0 and crm["lree"].recovered_kg == 0.0
    assert crm["boron"].recovered_kg == 0.0
    assert crm["copper"].recovered_kg > 0.9 * crm["copper"].mass_kg
