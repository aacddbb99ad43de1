"""A variant's assessment with its advice: the engine's figures, then the recommendations
measured on them.

This sits above `advisor.engine` and `advisor.recommend`: the engine never imports the
recommender, and the recommender builds on the engine's evaluation.
"""

from __future__ import annotations

from collections.abc import Callable

from advisor.engine import evaluate_with_state
from advisor.engine.live import LiveEngine
from advisor.kb import KnowledgeBase
from advisor.model import Assessment, Variant
from advisor.recommend import with_advice


def evaluate(variant: Variant, kb: KnowledgeBase, *, product_name: str = "",
             region: str = "utrecht", processed_within: str = "anywhere", stream: str = "",
             lifetime_years: float | None = None,
             industry_lifetime_years: float | None = None,
             use_intensity: float | None = None, recommendations: bool = True,
             resolver=None, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Assessment:
    """`advisor.engine.evaluate`, with the advice (recommendations, plan and data to
    complete) unless `recommendations=False`."""
    assessment, ev, resolved = evaluate_with_state(
        variant, kb, product_name=product_name, region=region,
        processed_within=processed_within, stream=stream, lifetime_years=lifetime_years,
        industry_lifetime_years=industry_lifetime_years, use_intensity=use_intensity,
        resolver=resolver, progress=progress, cancelled=cancelled)
    if not recommendations:
        return assessment
    return with_advice(assessment, resolved, ev, cancelled=cancelled)


class LiveEvaluator(LiveEngine):
    """The app's incremental evaluator (`engine.live.LiveEngine`) with the advice on top."""

    def evaluate(self, variant: Variant, *, product_name: str = "", region: str = "utrecht",
                 processed_within: str = "anywhere", stream: str = "",
                 lifetime_years: float | None = None,
                 industry_lifetime_years: float | None = None,
                 use_intensity: float | None = None, recommendations: bool = True,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Assessment:
        """The assessment of `variant`, as `advisor.analysis.evaluate` would return it."""
        assessment, ev, resolved = self.evaluate_with_state(
            variant, product_name=product_name, region=region,
            processed_within=processed_within, stream=stream, lifetime_years=lifetime_years,
            industry_lifetime_years=industry_lifetime_years, use_intensity=use_intensity,
            progress=progress, cancelled=cancelled)
        if not recommendations:
            return assessment
        return with_advice(assessment, resolved, ev, cancelled=cancelled)
