"""The evaluation engine: per-component routes with reasons, and product metrics.

`evaluate(variant, kb)` is the one entry point; `assessment_to_json` renders the public
JSON of CLI.md and `compare` sets two assessments side by side.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace

from advisor.engine.compare import Comparison, compare
from advisor.engine.evaluate import Cancelled, Evaluation, run_evaluation, settings_for
from advisor.engine.jsonout import assessment_to_json
from advisor.engine.results import to_assessment
from advisor.kb import KnowledgeBase
from advisor.model import Assessment, Component, Variant

__all__ = ["Cancelled", "Comparison", "assessment_to_json", "compare", "evaluate",
           "evaluate_with_state", "resolve_variant"]


def evaluate(variant: Variant, kb: KnowledgeBase, *, product_name: str = "",
             region: str = "utrecht", processed_within: str = "anywhere",
             stream: str = "", lifetime_years: float | None = None,
             industry_lifetime_years: float | None = None,
             use_intensity: float | None = None, resolver=None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Assessment:
    """Assess one variant: routes, reasons and issues per row, metrics over the leaves.

    The engine alone: the advice on top of it is `advisor.analysis.evaluate`.
    """
    return evaluate_with_state(
        variant, kb, product_name=product_name, region=region,
        processed_within=processed_within, stream=stream, lifetime_years=lifetime_years,
        industry_lifetime_years=industry_lifetime_years, use_intensity=use_intensity,
        resolver=resolver, progress=progress, cancelled=cancelled)[0]


def evaluate_with_state(variant: Variant, kb: KnowledgeBase, *, product_name: str = "",
                        region: str = "utrecht", processed_within: str = "anywhere",
                        stream: str = "", lifetime_years: float | None = None,
                        industry_lifetime_years: float | None = None,
                        use_intensity: float | None = None, resolver=None,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None,
                        ) -> tuple[Assessment, Evaluation, Variant]:
    """`evaluate`, with the evaluation state and the resolved variant it assessed (what the
    advice needs to measure its gains)."""
    lifetime_years = lifetime_years if lifetime_years is not None else variant.lifetime_years
    industry_lifetime_years = (industry_lifetime_years if industry_lifetime_years is not None
                               else variant.industry_lifetime_years)
    use_intensity = use_intensity if use_intensity is not None else variant.use_intensity
    variant = resolve_variant(variant, kb, resolver)
    settings = settings_for(region, lifetime_years, industry_lifetime_years, use_intensity,
                            processed_within, stream)
    ev = run_evaluation(variant, kb, settings, progress, cancelled)
    assessment = to_assessment(ev, variant, product_name, lifetime_years,
                               industry_lifetime_years, use_intensity)
    return assessment, ev, variant


def resolve_variant(variant: Variant, kb: KnowledgeBase, resolver=None) -> Variant:
    """Resolve free-text materials that have no knowledge-base id yet."""
    todo = [c for c in variant.components
            if c.material_id is None and not c.constituents and c.material_input.strip()]
    if not todo:
        return variant
    resolver = resolver if resolver is not None else _default_resolver(kb)
    if resolver is None or not hasattr(resolver, "material"):
        return variant
    fixed = {c.id: _resolved(c, resolver) for c in todo}
    return variant.with_components(fixed.get(c.id, c) for c in variant.components)


def _resolved(c: Component, resolver) -> Component:
    res = resolver.material(c.material_input)
    material_id = getattr(res, "material_id", None) or getattr(res, "id", None)
    constituents = []
    for item in getattr(res, "constituents", ()) or ():
        try:
            mid, share = item
            constituents.append((str(mid), float(share)))
        except (TypeError, ValueError):
            continue  # a constituent the engine cannot use is left out, not guessed
    confidence = float(getattr(res, "confidence", 0.0) or 0.0)
    return replace(c, material_id=str(material_id) if material_id else None,
                   constituents=tuple(constituents), match_confidence=confidence)


def _default_resolver(kb: KnowledgeBase):
    """The knowledge-base resolver, one per knowledge base (building it costs time)."""
    from advisor.resolve import Resolver

    key = (id(kb), kb.version)
    found = _RESOLVERS.get(key)
    if found is None or found[0]() is not kb:
        _RESOLVERS.clear()  # one knowledge base at a time is the normal case
        found = (weakref.ref(kb), Resolver(kb))
        _RESOLVERS[key] = found
    return found[1]


def resolver_for(kb: KnowledgeBase):
    """The shared resolver of a knowledge base (built once, reused by import and engine)."""
    return _default_resolver(kb)


# KnowledgeBase is unhashable: key by id and version, and check identity by weak reference.
_RESOLVERS: dict[tuple[int, str], tuple[weakref.ref, object]] = {}
