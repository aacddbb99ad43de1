"""Hand-worked small products: liberation, route choice, yields and rates checked on paper."""

from __future__ import annotations

import pytest

from advisor.analysis import evaluate
from advisor.engine import assessment_to_json, compare
from advisor.explain import issue_text, reason_text
from tests.engine_fixtures import make_kb, part, product


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return make_kb(tmp_path_factory.mktemp("kb"))


def _run(kb, *parts, **kw):
    kw.setdefault("stream", "test")  # the fixture's shredding chain (Annex VII, sink-float)
    return evaluate(product(*parts), kb, recommendations=False, **kw)


def _row(a, cid):
    return next(r for r in a.components if r.id == cid)


def test_glued_pvc_label_on_pp_housing(kb):
    # The glued label stays on the housing in the shredder: PVC in the PP stream blocks
    # closed loop (fixture row), so the housing falls to R8 downcycled 0.6 and its 0.4
    # residue goes to energy recovery. The PVC label travels with the PP fragment and is
    # lost in its process (nothing of it is recovered).
    a = _run(kb, part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "adhesive"))
    housing, label = _row(a, "housing"), _row(a, "label")
    assert (housing.route_code, housing.route_quality) == ("R8", "downcycled")
    assert housing.blocked_routes[0].reasons[0].code == "incompatible"
    assert not label.liberated
    assert label.recycling_yield == 0.0 and label.process_loss_share == pytest.approx(1.0)
    assert a.metrics.recyclability_rate == pytest.approx(0.6 / 1.1)
    assert a.metrics.recoverability_rate == pytest.approx(1.0 / 1.1)
    assert a.metrics.process_loss_rate == pytest.approx(0.1 / 1.1)
    assert a.metrics.disassembly_time_s == pytest.approx(0.0)  # nothing must come out


def test_screwed_label_liberates_both(kb):
    a = _run(kb, part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "screw"))
    assert _row(a, "housing").route_quality == "closed_loop"
    # housing 0.8 x 1.0; PVC (substance) downcycled 0.6 x 0.1 -> 0.86 / 1.1
    assert a.metrics.recyclability_rate == pytest.approx(0.86 / 1.1)


def test_rivets_are_torn_apart_by_the_shredder(kb):
    # A rivet cannot be undone by hand (EN 45554), but a hammer mill shears it: the parts
    # leave the shredder as separate fragments and copper does not reach the steel.
    a = _run(kb, part("frame", "steel", 1.0, "screw"), part("wire", "copper", 0.1, "rivet"))
    frame, wire = _row(a, "frame"), _row(a, "wire")
    assert not wire.liberated
    assert frame.route_quality == "high_grade" and wire.route_quality == "closed_loop"
    assert not any(i.code == "fused_incompatible" for i in frame.issues)


def test_copper_glued_to_steel_downgrades_steel_and_is_lost_in_it(kb):
    a = _run(kb, part("frame", "steel", 1.0, "screw"), part("wire", "copper", 0.1, "adhesive"))
    frame, wire = _row(a, "frame"), _row(a, "wire")
    assert frame.route_quality == "downcycled" and frame.recycling_yield == pytest.approx(0.9)
    assert wire.recycling_yield == 0.0  # dissolved in the steel melt, a tramp element
    assert wire.blocked_routes[0].reasons[0].code == "travels_with"
    assert a.metrics.recyclability_rate == pytest.approx(0.9 / 1.1)
    assert any(i.code == "fused_incompatible" for i in frame.issues)
    b = _run(kb, part("frame", "steel", 1.0, "screw"), part("wire", "copper", 0.1, "screw"))
    assert b.metrics.recyclability_rate == pytest.approx((0.95 + 0.09) / 1.1)


def test_glued_part_fuses_to_heaviest_part_of_its_assembly(kb):
    # The window hangs from the assembly, not from the housing it is glued into.
    v = product(part("kan", None, None, "screw", name="Kan"),
                part("housing", "pp", 0.5, "screw", parent="kan"),
                part("lid", "pp", 0.1, "snap_fit", parent="kan"),
                part("window", "pvc", 0.01, "adhesive", parent="kan"))
    a = evaluate(v, kb, recommendations=False, stream="test")
    assert _row(a, "housing").route_quality == "downcycled"
    assert _row(a, "lid").route_quality == "closed_loop"
    kan = _row(a, "kan")
    assert kan.is_assembly and kan.total_mass_kg == pytest.approx(0.61)
    assert any(f.code == "carrier_assumed" for f in a.assumptions)


def test_attached_to_names_the_partner(kb):
    # The window is glued to the lid, not to the heaviest part: the lid is spoilt.
    v = product(part("kan", None, None, "screw", name="Kan"),
                part("housing", "pp", 0.5, "screw", parent="kan"),
                part("lid", "pp", 0.1, "snap_fit", parent="kan"),
                part("window", "pvc", 0.01, "adhesive", parent="kan", attached_to="lid"))
    a = evaluate(v, kb, recommendations=False, stream="test")
    assert _row(a, "housing").route_quality == "closed_loop"
    assert _row(a, "lid").route_quality == "downcycled"


def test_glued_battery_is_still_taken_out_but_breaks_the_law(kb):
    # WEEE treatment takes batteries out whatever the joint (Annex VII): the cell reaches
    # battery recycling; the glue only breaks the removability duty of Reg. 2023/1542.
    a = _run(kb, part("body", "pp", 0.5, "screw"), part("cell", "li_ion", 0.05, "adhesive"))
    cell = _row(a, "cell")
    assert cell.route_code == "R8" and cell.recycling_yield == pytest.approx(0.5)
    assert any(i.code == "battery_not_removable" for i in cell.issues)
    assert "2023/1542" in issue_text(next(i for i in cell.issues
                                          if i.code == "battery_not_removable"), "en")
    b = _run(kb, part("body", "pp", 0.5, "screw"), part("cell", "li_ion", 0.05, "screw"))
    assert _row(b, "cell").recycling_yield == pytest.approx(0.5)
    assert not any(i.code == "battery_not_removable" for i in _row(b, "cell").issues)
    c = _run(kb, part("body", "pp", 0.5, "screw"), part("cell", "li_ion", 0.05, "adhesive"),
             stream="residual")  # a chain that takes nothing out: the cell is not recycled
    assert _row(c, "cell").route_code == "landfill"


def test_motor_reuse_depends_on_where_it_is_collected_and_crm_is_counted(kb):
    parts = (part("body", "steel", 1.0, "screw"), part("motor", "motor", 1.0, "screw"))
    local = _run(kb, *parts)
    motor = _row(local, "motor")
    assert motor.route_code == "R8"
    assert motor.blocked_routes[0].code == "R6"
    assert motor.blocked_routes[0].reasons[0].code == "not_collected"
    assert local.metrics.crm_mass_kg == pytest.approx(1.0 * 0.1 * 0.3)
    assert local.metrics.crm_materials == ("ree",)
    national = _run(kb, *parts, region="nl")
    assert _row(national, "motor").route_code == "R6"
    assert national.metrics.reuse_rate == pytest.approx(0.5)
    assert national.metrics.crm_recovered_kg == pytest.approx(0.03)
    glued = _run(kb, parts[0], part("motor", "motor", 1.0, "adhesive"), region="nl")
    assert _row(glued, "motor").blocked_routes[0].reasons[0].code == "joint_unknown" or \
        _row(glued, "motor").blocked_routes[0].reasons[0].code in ("not_liberated",
                                                                    "not_functional")


def test_carbon_black_matters_only_where_plastics_are_sorted_by_nir(kb):
    parts = (part("a", "pp", 1.0, "screw", material_input="PP zwart"),
             part("b", "pp_black", 1.0, "screw"),
             part("c", "pp", 1.0, "screw", material_input="PP black, NIR-detectable"))
    shredded = _run(kb, *parts)  # sink-float does not look at colour
    assert {_row(shredded, k).route_quality for k in "abc"} == {"closed_loop"}
    nir = _run(kb, *parts, stream="pack")
    assert _row(nir, "a").route_code == "R9" and _row(nir, "b").route_code == "R9"
    assert _row(nir, "c").route_quality == "closed_loop"
    assert _row(nir, "a").blocked_routes[0].reasons[0].code == "not_detectable"


def test_finish_that_blocks_and_unknown_material(kb):
    a = _run(kb, part("a", "pp", 1.0, "screw", finish="Lak"),
             part("b", None, 1.0, "screw", material_input="unobtainium"),
             part("c", "ceramic", 1.0, "screw"))
    assert _row(a, "a").blocked_routes[0].reasons[0].code == "coated"
    assert _row(a, "b").route_code == "landfill"
    assert {i.code for i in _row(a, "b").issues} == {"material_unresolved"}
    assert a.metrics.unresolved_mass_kg == pytest.approx(1.0)
    assert {i.code for i in _row(a, "c").issues} == {"no_route_data"}
    assert a.metrics.landfill_rate == pytest.approx(2 / 3)  # unknown and ceramic


def test_a_finish_is_judged_on_its_substrate(kb):
    # Nickel plating spoils steel (a tramp element) but has no row for PP: the same finish
    # hinders one substrate and not the other.
    a = _run(kb, part("a", "steel", 1.0, "screw", finish="Vernikkeld"),
             part("b", "pp", 1.0, "screw", finish="Vernikkeld"))
    assert _row(a, "a").route_quality == "downcycled"
    assert _row(a, "b").route_quality == "closed_loop"


def test_mci_uses_recycled_content_and_stream_yield(kb):
    a = _run(kb, part("a", "pp", 1.0, "screw", recycled_content=0.5))
    # F_R .5, E_F .71 (pp stream), C_R 1, E_C .8: V .5, W0 0, WC .2, WF .5*.29/.71
    wf = 0.5 * 0.29 / 0.71
    lfi = (0.5 + (wf + 0.2) / 2) / (2 + (wf - 0.2) / 2)
    assert a.metrics.lfi == pytest.approx(lfi)
    assert a.metrics.mci == pytest.approx(1 - 0.9 * lfi)
    assert a.metrics.circular_inflow == pytest.approx(0.5)
    assert a.metrics.carbon_saved_kg == pytest.approx(0.5 * (2.0 - 0.5))
    steel = _run(kb, part("a", "steel", 1.0, "screw", recycled_content=0.5))
    assert any(i.code == "e_f_unknown" for i in _row(steel, "a").issues)


def test_outcomes_add_up_to_the_mass(kb):
    a = _run(kb, part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "adhesive"),
             part("wire", "copper", 0.2, "adhesive"), part("frame", "steel", 0.5, "screw"),
             part("x", None, 0.3, "screw", material_input="unobtainium"))
    m = a.metrics
    assert m.recyclability_rate + m.process_loss_rate + m.energy_recovery_rate \
        + m.landfill_rate == pytest.approx(1.0)
    assert m.processed_in_region_share + m.processed_in_nl_share \
        + m.processed_abroad_share == pytest.approx(1.0)


def test_utility_and_json_shape(kb):
    a = _run(kb, part("a", "pp", 1.0, "screw"), lifetime_years=10,
             industry_lifetime_years=5, use_intensity=1.0)
    assert a.metrics.utility_x == pytest.approx(2.0)
    doc = assessment_to_json(a, "en")
    assert doc["schema"] == "cirkelwijzer.assessment/1"
    assert [c["row"] for c in doc["components"]] == [2, 3]
    rec = doc["components"][1]
    for key in ("row", "id", "parent", "name", "is_assembly", "material_input", "material_id",
                "match_confidence", "mass_kg", "quantity", "total_mass_kg", "joint",
                "liberated", "route", "blocked_routes", "recycling_yield",
                "energy_recovery_share", "mci_inputs", "issues"):
        assert key in rec
    assert set(rec["mci_inputs"]) == {"F_R", "F_U", "C_R", "C_U", "E_C", "E_F"}
    assert rec["route"]["quality"] in ("closed_loop", "high_grade", "downcycled", "energy",
                                       "landfill")


def test_reasons_have_both_languages(kb):
    a = _run(kb, part("body", "steel", 1.0, "screw"), part("motor", "motor", 1.0, "adhesive"),
             region="nl")
    reason = _row(a, "motor").blocked_routes[0].reasons[0]
    assert "Lijm" in reason_text(reason, "nl") and "Adhesive" in reason_text(reason, "en")


def test_compare_shows_differences(kb):
    a = _run(kb, part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "adhesive"))
    b = _run(kb, part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "screw"))
    c = compare(a, b)
    assert c.metric("recyclability_rate").difference > 0
    assert {ch.key for ch in c.changes} >= {"label", "housing"}


def test_incremental_matches_full(kb):
    from advisor.engine.evaluate import run_evaluation, settings_for

    v = product(part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "adhesive"),
                part("wire", "copper", 0.2, "adhesive"), part("frame", "steel", 0.5, "screw"))
    s = settings_for("utrecht", None, None, None, stream="test")
    base = run_evaluation(v, kb, s)
    edit = [c.__class__(**{**c.__dict__, "joint_id": "screw"}) for c in v.components
            if c.id in ("label", "wire")]
    fast = base.with_changes(edit).metrics()
    full = run_evaluation(v.with_components(
        {c.id: c for c in (*v.components, *edit)}.values()), kb, s).metrics()
    for name in ("recyclability_rate", "recoverability_rate", "mci", "disassembly_time_s",
                 "embodied_carbon_kg", "crm_mass_kg"):
        assert getattr(fast, name) == pytest.approx(getattr(full, name)), name


def test_compare_with_a_time_not_assessed(kb):
    # The cell must come out (Annex VII) and its joint is not given: time not assessed.
    a = _run(kb, part("housing", "pp", 1.0, "screw"), part("cell", "li_ion", 0.1))
    b = _run(kb, part("housing", "pp", 1.0, "screw"), part("cell", "li_ion", 0.1, "screw"))
    assert a.metrics.disassembly_time_s is None and b.metrics.disassembly_time_s == 6.0
    c = compare(a, b)
    assert c.metric("disassembly_time_s").difference is None
    assert c.metric("recyclability_rate").difference == pytest.approx(0.0)
