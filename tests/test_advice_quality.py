"""The list a consultant hands over: ranked as documented, one change per item, gains on
every figure, a plan on top, data gaps apart, the same in text and JSON."""

from __future__ import annotations

import io
import json
from collections import Counter

import pytest

from advisor.engine.jsonout import assessment_to_json, write_json
from advisor.engine.textout import MAX_SHOWN_RECOMMENDATIONS, assessment_table
from advisor.explain import ranking_rule_text, recommendation_text
from advisor.recommend import plan_variant
from advisor.recommend.gains import GAIN_FIELDS, benefit
from advisor.recommend.knowledge import advice_kb
from advisor.recommend.rules import RULE_ORDER
from tests.advice_fixtures import PRODUCTS, assessed, like_for_like, shipped_kb
from tests.conftest import TESTS


@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_ranked_as_documented(name):
    """Legal duties first (rule order), then benefit per effort, then the zero-benefit
    items by effort; priorities 1..n in list order."""
    _v, a = assessed(name)
    recs = a.recommendations
    assert [r.priority for r in recs] == list(range(1, len(recs) + 1))
    legal = [r.legal for r in recs]
    assert legal == sorted(legal, reverse=True)
    minimum = advice_kb(shipped_kb()).threshold("min_benefit_points")
    rest = [r for r in recs if not r.legal]
    scores = [(benefit(r.gain, a.metrics) / r.effort, r) for r in rest
              if benefit(r.gain, a.metrics) >= minimum]
    assert [s for s, _ in scores] == sorted((s for s, _ in scores), reverse=True)
    zero = [r for r in rest if abs(benefit(r.gain, a.metrics)) < minimum]
    assert [(r.effort, RULE_ORDER[r.rule_id]) for r in zero] == sorted(
        (r.effort, RULE_ORDER[r.rule_id]) for r in zero)
    assert rest[:len(scores)] == [r for _, r in scores]


@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_one_change_per_part_and_field_and_one_reason_per_item(name):
    _v, a = assessed(name)
    edits = Counter((c.component_id, c.field) for r in a.recommendations for c in r.changes)
    assert all(n == 1 for n in edits.values()), edits.most_common(3)
    for rec in a.recommendations:
        fields = {c.field for c in rec.changes}
        assert len(fields) <= 1, rec.id  # one kind of change
        if rec.category in ("material", "recycled_content", "substance"):
            mats = {r.material_id for r in a.components if r.id in rec.component_ids}
            assert len(mats) == 1, (rec.id, mats)


@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_plan_applies_everything_in_stages(name):
    variant, a = assessed(name)
    plan = a.plan
    assert plan is not None
    efforts = [s.effort for s in plan.stages]
    assert efforts == sorted(set(efforts))
    listed = [i for s in plan.stages for i in s.recommendation_ids]
    assert sorted(listed) == sorted(r.id for r in a.recommendations)
    if plan.stages:
        assert plan.stages[-1].gain == plan.gain
    fair = like_for_like(variant, plan_variant(variant, a.recommendations, "plan"),
                         a.metrics, plan.metrics, shipped_kb())
    for field in GAIN_FIELDS:
        before, after = getattr(a.metrics, field), getattr(plan.metrics, field)
        if field == "disassembly_time_s":
            continue  # counted only where the changed joints' times are known (docs)
        want = fair.get(field, after - before)
        assert getattr(plan.gain, field) == pytest.approx(want, abs=1e-9), field


@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_data_gaps_are_apart_with_their_rows(name):
    _v, a = assessed(name)
    rec_codes = {r.rule_id for r in a.recommendations}
    assert not rec_codes & {"DA01", "DA02", "DA03", "DA04", "DA05", "DA06"}
    for gap in a.data_gaps:
        assert gap.code and isinstance(gap.rows, tuple)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_text_output_has_duties_ranked_list_plan_and_gaps(lang):
    _v, a = assessed("handheld")
    table = assessment_table(a, lang)
    heads = {"en": ("Legal duties", "Recommendations", "Redesign plan", "Data to complete"),
             "nl": ("Wettelijke plichten", "Aanbevelingen", "Herontwerpplan",
                    "Aan te vullen gegevens")}[lang]
    positions = [table.index(h) for h in heads]
    assert positions == sorted(positions)
    for rec in a.recommendations[:MAX_SHOWN_RECOMMENDATIONS]:
        assert recommendation_text(rec, lang).title in table
        assert "{" not in recommendation_text(rec, lang).action


def test_json_carries_every_gain_figure_the_plan_and_the_gaps():
    _v, a = assessed("handheld")
    out = io.StringIO()
    write_json(assessment_to_json(a, "nl"), out)
    doc = json.loads(out.getvalue())
    for rec, r in zip(doc["recommendations"], a.recommendations, strict=True):
        assert set(rec["gain"]) == set(GAIN_FIELDS)
        assert {"legal", "effort", "edits", "priority", "gain_note"} <= set(rec)
        assert rec["id"] == r.id and rec["edits"] == r.edits
    assert doc["plan"]["stages"] and set(doc["plan"]["metrics"]) >= {"recyclability_rate"}
    assert doc["data_gaps"] and all(g["message"] and g["rows"] for g in doc["data_gaps"])


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_sentence_is_complete(lang):
    for name in PRODUCTS:
        _v, a = assessed(name)
        for rec in a.recommendations:
            t = recommendation_text(rec, lang)
            for sentence in (t.title, t.action, t.why):
                assert sentence and "{" not in sentence, (name, rec.rule_id, sentence)


def test_the_ranking_rule_is_written_the_same_in_the_docs():
    doc = (TESTS.parent / "docs" / "advice.md").read_text(encoding="utf-8")
    assert " ".join(ranking_rule_text("en").split()) in " ".join(doc.split())
