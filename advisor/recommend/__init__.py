"""Redesign advice: rules fire on an assessment, gains are measured by re-evaluation.

`advise` turns an evaluated variant into the ranked recommendations (one per change and
group of parts that share it for the same reason), the redesign plan (every change
together, in stages) and the data to complete. Each change is applied to the evaluation
and only the parts it touches are assessed again (`Evaluation.metrics_with_changes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from advisor.engine.evaluate import Cancelled, Evaluation, run_evaluation, settings_for
from advisor.kb import KnowledgeBase
from advisor.model import Assessment, Finding, Plan, Recommendation, Variant
from advisor.recommend.context import RuleContext
from advisor.recommend.gains import benefit, measure, zero_note
from advisor.recommend.gaps import data_gaps
from advisor.recommend.merge import to_recommendations
from advisor.recommend.notes import explained
from advisor.recommend.plan import build_plan, plan_variant
from advisor.recommend.ranking import ranked
from advisor.recommend.rules import RULES, RULES_BY_ID

__all__ = ["RULES", "Advice", "advise", "apply_recommendations", "plan_variant", "recommend",
           "recommend_from_evaluation", "with_advice"]


@dataclass(frozen=True)
class Advice:
    """What the advice adds to an assessment."""

    recommendations: tuple[Recommendation, ...]
    plan: Plan
    data_gaps: tuple[Finding, ...]


def advise(variant: Variant, assessment: Assessment, ev: Evaluation, *,
           cancelled: Callable[[], bool] | None = None) -> Advice:
    """Recommendations, plan and data gaps for an evaluation already in hand."""
    ctx = RuleContext(ev, {r.id: r for r in assessment.components})
    base = assessment.metrics
    min_points = ctx.advice.threshold("min_benefit_points")
    scored, taken = [], set()
    for rule in RULES:
        if cancelled is not None and cancelled():
            raise Cancelled()
        hits = rule.find(ctx)
        for rec in to_recommendations(rule, hits, ctx, taken):
            rec = replace(rec, gain=measure(ev, base, rec),
                          params={**rec.params, **ctx.conditions_of(rec.changes)})
            worth = benefit(rec.gain, base)
            note = zero_note(rec, RULES_BY_ID[rec.rule_id].zero_note, worth, min_points)
            scored.append((replace(rec, gain_note=note), worth))
    worth = {rec.id: w for rec, w in scored}
    recs = explained(ctx, base, ranked(scored, min_points), worth, min_points)
    return Advice(tuple(recs), build_plan(ev, base, recs), data_gaps(assessment, ctx))


def with_advice(assessment: Assessment, variant: Variant, ev: Evaluation, *,
                cancelled: Callable[[], bool] | None = None) -> Assessment:
    """The assessment with its recommendations, plan and data to complete."""
    advice = advise(variant, assessment, ev, cancelled=cancelled)
    return replace(assessment, recommendations=advice.recommendations, plan=advice.plan,
                   data_gaps=advice.data_gaps)


def recommend_from_evaluation(variant: Variant, assessment: Assessment, ev: Evaluation, *,
                              cancelled: Callable[[], bool] | None = None,
                              ) -> tuple[Recommendation, ...]:
    """The ranked recommendations alone."""
    return advise(variant, assessment, ev, cancelled=cancelled).recommendations


def recommend(variant: Variant, assessment: Assessment, kb: KnowledgeBase, *,
              region: str = "utrecht", lifetime_years: float | None = None,
              industry_lifetime_years: float | None = None,
              use_intensity: float | None = None, resolver=None, progress=None,
              cancelled: Callable[[], bool] | None = None,
              **_ignored) -> tuple[Recommendation, ...]:
    """Ranked recommendations for an assessed variant (evaluated again here)."""
    from advisor.engine import resolve_variant

    variant = resolve_variant(variant, kb, resolver)
    settings = settings_for(region, lifetime_years, industry_lifetime_years, use_intensity)
    ev = run_evaluation(variant, kb, settings, progress, cancelled)
    return recommend_from_evaluation(variant, assessment, ev, cancelled=cancelled)


def apply_recommendations(variant: Variant, recs: Iterable[Recommendation],
                          name: str) -> Variant:
    """A new redesign variant (new id) with the recommendations' changes applied."""
    return plan_variant(variant, recs, name)
