"""Recommendations: rules fire on real faults, merge per rule, gains measured, apply works."""

from __future__ import annotations

import pytest

from advisor.analysis import evaluate
from advisor.explain import recommendation_text
from advisor.recommend import apply_recommendations, recommend
from advisor.recommend.rules import RULES
from tests.engine_fixtures import make_kb, part, product

CATEGORIES = {"joint", "material", "compatibility", "substance", "crm", "marking", "coating",
              "recycled_content", "durability", "data"}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return make_kb(tmp_path_factory.mktemp("kb"))


def test_library_covers_every_category_with_both_languages():
    assert len(RULES) >= 30
    assert {r.category for r in RULES} == CATEGORIES
    assert len({r.id for r in RULES}) == len(RULES)
    for r in RULES:
        assert all(r.en) and all(r.nl) and r.en != r.nl


def test_glued_battery_comes_first_with_measured_gain(kb):
    v = product(part("body", "pp", 0.5, "screw"), part("cell", "li_ion", 0.05, "adhesive"),
                part("cell2", "li_ion", 0.05, "adhesive"))
    a = evaluate(v, kb)
    first = a.recommendations[0]
    assert first.rule_id == "J01" and first.priority == 1
    assert first.rows == (4, 5)  # merged: one recommendation naming both rows
    assert first.gain.recyclability_rate == pytest.approx(0.1 * 0.5 / 0.6)
    assert "2023/1542" in recommendation_text(first, "en").why
    assert "batterij" in recommendation_text(first, "nl").title


def test_copper_in_steel_and_pvc_rules(kb):
    v = product(part("frame", "steel", 1.0, "screw"), part("wire", "copper", 0.1, "adhesive"),
                part("label", "pvc", 0.05, "screw"))
    rules = {r.rule_id: r for r in evaluate(v, kb).recommendations}
    assert "C04" in rules and rules["C04"].gain.recyclability_rate > 0
    assert "S01" not in rules or rules["S01"].changes  # only with a clean alternative


def test_data_issues_merge_into_one_recommendation_ranked_last(kb):
    v = product(part("a", None, 1.0, "screw", material_input="foo"),
                part("b", None, 1.0, "screw", material_input="bar"),
                part("c", "pp", 1.0, "screw", finish="Lak"))
    recs = evaluate(v, kb).recommendations
    data = [r for r in recs if r.rule_id == "DA01"]
    assert len(data) == 1 and data[0].rows == (3, 4)
    assert recs[-1].category == "data"
    assert recs[0].rule_id == "K01"


def test_apply_gives_new_variant_that_scores_better(kb):
    v = product(part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "adhesive"),
                part("wire", "copper", 0.1, "adhesive"))
    a = evaluate(v, kb)
    design = [r for r in a.recommendations if r.changes]
    redesign = apply_recommendations(v, design, "redesign A")
    assert redesign.id != v.id and redesign.name == "redesign A"
    assert len(redesign.components) == len(v.components)
    b = evaluate(redesign, kb, recommendations=False)
    assert b.metrics.recyclability_rate > a.metrics.recyclability_rate


def test_recommend_function_matches_evaluate(kb):
    v = product(part("housing", "pp", 1.0, "screw"), part("label", "pvc", 0.1, "adhesive"))
    a = evaluate(v, kb, recommendations=False)
    recs = recommend(v, a, kb)
    assert [r.rule_id for r in recs] == [r.rule_id for r in evaluate(v, kb).recommendations]
