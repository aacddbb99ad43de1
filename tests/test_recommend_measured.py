"""Gains are measured: each one equals a full evaluation of the variant with the change, and
the plan's figures are those of the generated redesign variant."""

from __future__ import annotations

import pytest

from advisor.analysis import evaluate
from advisor.recommend import apply_recommendations, plan_variant
from advisor.recommend.gains import GAIN_FIELDS, gain_between
from tests.advice_fixtures import PRODUCTS, assessed, like_for_like, shipped_kb

SOME = ("demo", "speaker", "handheld", "window")


@pytest.mark.parametrize("name", SOME)
def test_each_gain_equals_a_full_re_evaluation(name):
    variant, a = assessed(name)
    kb = shipped_kb()
    for rec in [r for r in a.recommendations if r.edits][:6]:
        changed = apply_recommendations(variant, [rec], "x")
        after = evaluate(changed, kb, recommendations=False).metrics
        expected = gain_between(a.metrics, after)
        fair = like_for_like(variant, changed, a.metrics, after, kb)
        for field in GAIN_FIELDS:
            if field == "disassembly_time_s" and rec.gain.disassembly_time_s == 0.0:
                continue  # not counted: a changed joint's time was unknown
            want = fair.get(field, getattr(expected, field))
            assert getattr(rec.gain, field) == pytest.approx(want, abs=1e-9), (rec.id, field)


@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_the_plan_is_the_generated_variant(name):
    variant, a = assessed(name)
    redesign = plan_variant(variant, a.recommendations, "plan")
    assert redesign.id != variant.id and len(redesign.components) == len(variant.components)
    after = evaluate(redesign, shipped_kb(), recommendations=False).metrics
    for field in ("recyclability_rate", "mci", "reuse_rate", "embodied_carbon_kg",
                  "crm_recovered_kg", "recoverability_rate"):
        assert getattr(a.plan.metrics, field) == pytest.approx(getattr(after, field),
                                                               abs=1e-9), field
    if any(r.edits for r in a.recommendations):
        assert redesign.components != variant.components
