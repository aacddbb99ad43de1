"""What the engine tells a designer: the real faults on the right rows, ranked, no noise."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from advisor.analysis import evaluate
from advisor.bom_io import load_input
from advisor.engine.textout import MAX_SHOWN_RECOMMENDATIONS, assessment_table
from advisor.explain import issue_text, reason_text, recommendation_text
from advisor.kb import load_kb
from tests.conftest import SAMPLES

DEMO = Path(__file__).resolve().parents[1] / "resources" / "examples" / "demo_stofzuiger.csv"
FILES = {"demo": DEMO, "waterkoker": SAMPLES / "waterkoker_bom.csv",
         "speaker": SAMPLES / "speaker_bom.csv", "chair": SAMPLES / "office_chair_bom.xlsx"}

# Per sample: (rule id, rows it must name) for the faults its README lists.
FAULTS = {
    "demo": {("J01", (15,)), ("S01", (12,)), ("M01", (5, 7)), ("C01", (6,)),
             ("K01", (5, 7, 17)), ("K02", (29,))},
    "waterkoker": {("S01", (18,)), ("M01", (17,)), ("C02", (9, 13)), ("C04", (7, 8)),
                   ("K02", (20,))},
    "speaker": {("J01", (7,)), ("M01", (3, 4)), ("K01", (3, 4)), ("K02", (10,)),
                ("R02", (10,))},
    "chair": {("J06", (7,)), ("M01", (9,)), ("S04", (15,))},
}
# Per sample: rule ids that must be among the first five.
TOP5 = {"demo": {"J01", "S01"}, "waterkoker": {"S01", "C04", "M01"},
        "speaker": {"J01", "R01"}, "chair": {"S04", "J06"}}


@pytest.fixture(scope="module")
def assessed():
    kb = load_kb(use_user_layer=False)
    out = {}
    for name, path in FILES.items():
        _, product, variant, _ = load_input(path)
        out[name] = evaluate(variant, kb, product_name=product.name)
    return out


@pytest.mark.parametrize("sample", sorted(FAULTS))
def test_each_listed_fault_is_found_on_its_rows(assessed, sample):
    found = {(r.rule_id, r.rows) for r in assessed[sample].recommendations}
    assert FAULTS[sample] <= found, FAULTS[sample] - found


@pytest.mark.parametrize("sample", sorted(TOP5))
def test_main_faults_in_the_top_five(assessed, sample):
    top = {r.rule_id for r in assessed[sample].recommendations[:5]}
    assert TOP5[sample] <= top, (TOP5[sample] - top, top)


@pytest.mark.parametrize("sample", sorted(FILES))
def test_one_issue_per_code_per_component(assessed, sample):
    for r in assessed[sample].components:
        codes = Counter(i.code for i in r.issues)
        assert all(n == 1 for n in codes.values()), (r.row, codes)


@pytest.mark.parametrize("sample", sorted(FILES))
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_name_repeated_in_a_recommendation(assessed, sample, lang):
    for rec in assessed[sample].recommendations:
        for key, value in rec.params.items():
            if isinstance(value, str) and key.endswith(f"_{lang}") and key != f"parts_{lang}":
                ids = rec.params.get(key[:-3], "")
                assert len(ids.split(", ")) == len(set(ids.split(", "))), (rec.rule_id, key)
        action = recommendation_text(rec, lang).action
        assert "{" not in action, action


@pytest.mark.parametrize("sample", sorted(FILES))
def test_one_recommendation_per_rule_and_data_last(assessed, sample):
    recs = assessed[sample].recommendations
    assert len({r.rule_id for r in recs}) == len(recs)
    cats = [r.category == "data" for r in recs]
    assert cats == sorted(cats)


def test_composite_items_do_not_list_their_own_pairs(assessed):
    demo = {r.row: r for r in assessed["demo"].components}
    for row in (8, 10, 15):  # motor, board, cells
        codes = [i.code for i in demo[row].issues]
        assert "fused_incompatible" not in codes, codes
        assert codes.count("composite_mix") <= 1


def test_polymer_rules_only_name_plastic_parts(assessed):
    for a in assessed.values():
        by_row = {r.row: r for r in a.components}
        for rec in a.recommendations:
            if rec.rule_id in ("C01", "C02"):
                mats = {by_row[row].material_id for row in rec.rows}
                assert not mats & {"li-ion-cell", "pcb-populated", "copper-wire",
                                   "cable-pvc-copper"}, (rec.rule_id, mats)


def test_no_black_or_filled_target_for_fewer_polymers(assessed):
    for a in assessed.values():
        for rec in a.recommendations:
            if rec.rule_id in ("M01", "M02"):
                assert "black" not in rec.params.get("alternative", ""), rec.params
            if rec.rule_id == "M02":
                assert "-gf" not in rec.params.get("alternative", "")


def test_overmould_advice_keeps_the_grip_soft(assessed):
    rec = next(r for r in assessed["demo"].recommendations if r.rule_id == "C01")
    assert all(c.field != "material_id" for c in rec.changes)
    assert "soft" in recommendation_text(rec, "en").action


def test_region_reason_says_route_exists_in_nl(assessed):
    row = next(r for r in assessed["demo"].components if r.row == 16)  # PC/ABS holder
    reasons = [x for b in row.blocked_routes for x in b.reasons if x.code == "not_in_region"]
    assert reasons
    assert "Netherlands" in reason_text(reasons[0], "en")
    assert "Nederland" in reason_text(reasons[0], "nl")


def test_staples_stay_with_their_host(assessed):
    staples = next(r for r in assessed["chair"].components if r.name == "Staples")
    assert not staples.liberated
    assert "embedded_fastener" in {i.code for i in staples.issues}
    assert issue_text(next(i for i in staples.issues if i.code == "embedded_fastener"), "nl")


def test_text_output_caps_recommendations(assessed):
    a = assessed["demo"]
    assert len(a.recommendations) > MAX_SHOWN_RECOMMENDATIONS
    for lang, word in (("en", "more"), ("nl", "nog")):
        table = assessment_table(a, lang)
        assert f"{len(a.recommendations) - MAX_SHOWN_RECOMMENDATIONS} " in table
        assert word in table.splitlines()[-1]
