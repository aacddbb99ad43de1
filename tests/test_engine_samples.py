"""The shared sample BOMs, through import, resolver and engine, show the listed faults."""

from __future__ import annotations

import pytest

from advisor.analysis import evaluate
from advisor.bom_io import load_input
from advisor.kb import load_kb
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def kb():
    return load_kb(use_user_layer=False)


def _assess(kb, name):
    _, product, variant, _ = load_input(SAMPLES / name)
    a = evaluate(variant, kb, product_name=product.name)
    by_name = {r.name: r for r in a.components}
    return a, by_name, {r.rule_id: r for r in a.recommendations}


def _codes(result):
    return {i.code for i in result.issues}


def test_waterkoker(kb):
    a, rows, recs = _assess(kb, "waterkoker_bom.csv")
    assert a.stream == "weee-5" and a.stream_guessed
    assert "substance_of_concern" in _codes(rows["Snoer"])  # PVC power cord
    assert rows["Snoer"].needs_removal  # an external cable: WEEE Annex VII
    # WEEE plastics recyclers sort by density: black PP is no fault in this chain.
    assert "carbon_black" not in _codes(rows["Voetbehuizing"])
    assert rows["Voetbehuizing"].route_quality == "high_grade"
    assert "fused_other_polymer" in _codes(rows["Waterniveauvenster"])  # glued SAN window
    assert rows["Waterniveauvenster"].row in recs["C02"].rows
    # The brazed heating element keeps its bond (heat transfer is its function): no joint
    # advice on it, whatever it is shredded with.
    assert not any(rows["Verwarmingselement"].row in r.rows for r in a.recommendations)
    # Nickel on brass: nickel is an alloying element of copper alloys and is recovered in
    # copper refining, so the plating hinders nothing (it does on steel).
    assert "coating_hinders" not in _codes(rows["Contactdeel 360°"])
    assert rows["Contactdeel 360°"].route_quality == "closed_loop"
    assert len(a.components) == 19 and a.components[0].is_assembly
    assert {t.id for t in a.targets} == {"weee-annex-v-recovery", "weee-annex-v-recycling"}


def test_speaker(kb):
    a, rows, recs = _assess(kb, "speaker_bom.csv")
    assert "battery_not_removable" in _codes(rows["Battery pack"])
    assert rows["Battery pack"].recycling_yield > 0  # taken out anyway (Annex VII)
    assert "ree" in " ".join(a.metrics.crm_materials) or any(
        "rare" in c.name_en.lower() for c in a.metrics.crm)  # NdFeB magnet
    assert "coating_hinders" in _codes(rows["Housing top"])  # painted plastic
    assert "carbon_black" not in _codes(rows["Housing top"])  # density sorting in WEEE


def test_office_chair(kb):
    a, rows, recs = _assess(kb, "office_chair_bom.xlsx")
    assert a.metrics.total_mass_kg > 5
    assert a.metrics.unresolved_mass_kg < 0.05 * a.metrics.total_mass_kg
    assert any(r.category == "recycled_content" for r in a.recommendations)
