"""Precision: recommendations an expert would reject must never appear.

Each case names a product, a row and the kind of advice that would be absurd there (the
kinds seen in the issue: a screwed-on label, screwed wires, cells out of a pack, a
diffuser made opaque, a magnet without its plating, melamine off a desk top, one recycled
content figure for unlike materials, riveted metals that the shredder parts anyway).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor.model import Assessment, Recommendation
from advisor.recommend.context import apply_change
from advisor.recommend.gains import benefit
from advisor.recommend.knowledge import advice_kb
from advisor.recommend.ranking import OWN_AIM_RULES
from tests.advice_fixtures import PRODUCTS, assessed, names, shipped_kb

Check = Callable[[Recommendation, Assessment], bool]


def _ids(a: Assessment, row_name: str) -> set[str]:
    return {r.id for r in a.components if r.name == row_name}


def joint_change(row_name: str, except_rules: tuple[str, ...] = ()) -> Check:
    def bad(rec, a):
        return rec.rule_id not in except_rules and any(
            c.field == "joint_id" and c.component_id in _ids(a, row_name) for c in rec.changes)
    return bad


def finish_removed(row_name: str) -> Check:
    def bad(rec, a):
        return any(c.field == "finish" and not c.value and c.component_id in _ids(a, row_name)
                   for c in rec.changes)
    return bad


def any_advice(row_name: str) -> Check:
    def bad(rec, a):
        return bool(_ids(a, row_name) & set(rec.component_ids))
    return bad


def recycled(row_name: str) -> Check:
    def bad(rec, a):
        return rec.category == "recycled_content" and bool(_ids(a, row_name)
                                                             & set(rec.component_ids))
    return bad


def rule_on(rule: str, row_name: str) -> Check:
    def bad(rec, a):
        return rec.rule_id == rule and bool(_ids(a, row_name) & set(rec.component_ids))
    return bad


def material_not_in(row_name: str, function: str) -> Check:
    """A material change to something that cannot do the part's job."""
    def bad(rec, a):
        allowed = advice_kb(shipped_kb()).materials_for(frozenset({function})) or set()
        return any(c.field == "material_id" and c.value not in allowed
                   and c.component_id in _ids(a, row_name) for c in rec.changes)
    return bad


def lumped(*row_names: str) -> Check:
    def bad(rec, a):
        return all(_ids(a, n) & set(rec.component_ids) for n in row_names)
    return bad


REJECTED: list[tuple[str, str, Check]] = [
    ("demo", "screw the spot-welded cells of the pack", joint_change("Accucellen 18650")),
    ("demo", "a legal duty on the cells instead of the pack", rule_on("J01", "Accucellen 18650")),
    ("demo", "anything for the 1 g rating label inside the pack", any_advice("Typeplaatje")),
    ("demo", "screw the soldered wiring", joint_change("Bedrading")),
    ("demo", "anything for the 2 g lid magnet", any_advice("Magneet deksel")),
    ("demo", "drop the nickel plating of the magnet", finish_removed("Magneet deksel")),
    ("demo", "make the transparent dust bin opaque", material_not_in("Stofbak", "transparent")),
    ("demo", "lump the pack holder and the label", lumped("Accuhouder", "Typeplaatje")),
    ("demo", "recycled content for the screws", recycled("Schroef")),
    ("demo", "screw the LED board to recover its critical raw materials",
     rule_on("R01", "LED-verlichting")),
    ("demo", "make the seals from a material that is not elastic",
     material_not_in("Afdichting", "seal")),
    ("demo", "anything for the 4 g wheels", any_advice("Wieltjes")),
    ("demo", "make the wiring from a material that is not a cable",
     material_not_in("Bedrading", "flexible_cable")),
    ("waterkoker", "screw the brazed heating element", joint_change("Verwarmingselement")),
    ("waterkoker", "make the level window opaque",
     material_not_in("Waterniveauvenster", "transparent")),
    ("waterkoker", "make the power cord from polyethylene",
     material_not_in("Snoer", "flexible_cable")),
    ("waterkoker", "recycled content for the screws", recycled("Schroef")),
    ("waterkoker", "drop the contact plating", finish_removed("Contactdeel 360°")),
    ("waterkoker", "anything for the 1 g cable tie", any_advice("Kabelbinder")),
    ("waterkoker", "recycled plastic in the water jug", recycled("Behuizing")),
    ("waterkoker", "screw the thermostat", joint_change("Thermostaat")),
    ("speaker", "screw the soldered USB-C port", joint_change("USB-C port")),
    ("speaker", "screw the magnet inside the bought-in driver", joint_change("Magnet")),
    ("speaker", "screw the voice coil", joint_change("Voice coil")),
    ("speaker", "screw the cone", joint_change("Cone")),
    ("speaker", "a battery duty on anything but the pack", rule_on("J01", "Main PCB")),
    ("speaker", "drop the magnet's nickel plating", finish_removed("Magnet")),
    ("speaker", "anything for the screws", any_advice("Screws")),
    ("chair", "recycled content for the bolts", recycled("M6 bolts")),
    ("chair", "drop the chrome of the gas lift", finish_removed("Gas lift")),
    ("chair", "drop the powder coat of the steel mechanism", finish_removed("Mechanism")),
    ("chair", "screw the press-fitted castors", joint_change("Castor")),
    ("chair", "screw the press-fitted base", joint_change("Five-star base")),
    ("handheld", "screw the spot-welded cells", joint_change("Accucel 18650")),
    ("handheld", "take the BMS out of the battery", any_advice("BMS-print")),
    ("handheld", "an indicator LED as a light source", rule_on("J07", "Schakelaar met LED")),
    ("handheld", "screw the soldered wiring", joint_change("Bedrading")),
    ("handheld", "screw on the rating label", joint_change("Typeplaatje")),
    ("handheld", "recycled content for the screws", recycled("Schroef")),
    ("task_chair", "recycled content for the bolts", recycled("Bout M8")),
    ("task_chair", "drop the powder coat of the steel base", finish_removed("Onderstel")),
    ("panel", "drop the galvanising of the hangers", finish_removed("Ophangbeugel")),
    ("panel", "re-join the screwed hangers", joint_change("Ophangbeugel")),
    ("window", "leave the stain off the outdoor frame", finish_removed("Kozijnprofiel")),
    ("window", "recycled content for float glass at the container-glass figure",
     recycled("Isolatieglas")),
    ("window", "mould a code into the extruded weatherstrip", any_advice("Tochtstrip")),
    ("window", "recycled content for the hinges", recycled("Scharnier")),
    ("desk", "remove the melamine from the desk top", finish_removed("Bureaublad")),
    ("desk", "anything for the small feet", any_advice("Stelvoet")),
    ("desk", "recycled content for the screws", recycled("Schroef")),
    ("lamp", "re-join the riveted aluminium arm and cast-iron base",
     joint_change("Lamparm")),
    ("lamp", "compatibility advice for the riveted arm", rule_on("C05", "Lamparm")),
    ("lamp", "make the diffuser from a material that is not transparent",
     material_not_in("Diffuser", "transparent")),
    ("lamp", "make the power cord from polyethylene", material_not_in("Snoer", "flexible_cable")),
    ("lamp", "a light-source duty on the switch", rule_on("J07", "Schakelaar")),
]


def test_the_rejected_set_is_large_enough():
    assert len(REJECTED) >= 40


@pytest.mark.parametrize(("name", "what", "bad"), REJECTED,
                         ids=[f"{p}:{w}" for p, w, _ in REJECTED])
def test_rejected_recommendation_never_appears(name, what, bad):
    _variant, a = assessed(name)
    offending = [r.id for r in a.recommendations if bad(r, a)]
    assert not offending, (what, offending)


@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_no_advice_an_expert_would_reject_on_any_product(name):
    """Kinds that are wrong anywhere: data prompts among the advice, an edit that changes
    nothing, a zero gain without its reason, a measured loss (legal duties and substance
    replacements aside), one recycled-content figure for unlike materials."""
    variant, a = assessed(name)
    comps = {c.id: c for c in variant.components}
    minimum = advice_kb(shipped_kb()).threshold("min_benefit_points")
    assert names(a)
    for rec in a.recommendations:
        assert rec.category != "data"
        for ch in rec.changes:
            c = comps.get(ch.component_id)
            assert c is None or apply_change(c, ch) != c, (rec.id, ch)
        worth = benefit(rec.gain, a.metrics)
        if abs(worth) < minimum:
            assert rec.gain_note is not None, rec.id
        if not rec.legal and rec.category != "substance" and rec.rule_id not in OWN_AIM_RULES:
            assert worth > -minimum, (rec.id, worth)
        if worth <= -minimum:
            assert rec.gain_note is not None, rec.id
        if rec.category == "recycled_content":
            assert len({comps[c].material_id for c in rec.component_ids if c in comps}) <= 1
