"""Re-evaluation while the user edits: keep the last evaluation, redo only what changed.

The desktop app re-assesses the shown variant after every edit. A full evaluation of a
1,000-part product with its recommendations costs a few hundred milliseconds; an edit
touches a few parts. `LiveEvaluator` remembers the last variant's `Evaluation` and, when
the next variant has the same tree (same ids and parents, in the same order) and the same
settings, passes only the changed components to `Evaluation.with_changes`. The result
is the same `Assessment` a full `evaluate` returns (tests/test_perf_incremental.py).
The advice on top of it is added by `advisor.analysis.LiveEvaluator` (recommend sits
above the engine).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from advisor.engine.evaluate import (
    Evaluation,
    resolved_settings,
    run_evaluation,
    settings_for,
)
from advisor.engine.results import to_assessment
from advisor.engine.tree import build_tree
from advisor.kb import KnowledgeBase
from advisor.model import Assessment, Component, Variant

# Above this share of changed components a full run is as cheap as the bookkeeping.
MAX_CHANGED_SHARE = 0.25


@dataclass(frozen=True)
class _Memo:
    key: tuple
    shape: tuple[tuple[str, str | None], ...]
    components: dict[str, Component]
    evaluation: Evaluation
    # Assessments (without advice) of this evaluation by variant name and figures: the
    # app asks twice for the same edit, without advice and then with it.
    assessments: dict = field(default_factory=dict, compare=False)


class LiveEngine:
    """`engine.evaluate` with a memory of the previous call (thread-safe; one per window)."""

    def __init__(self, kb: KnowledgeBase, resolver=None) -> None:
        self.kb = kb
        self.resolver = resolver
        self._memo: _Memo | None = None
        self._lock = threading.Lock()
        self.last_was_incremental = False

    def evaluate(self, variant: Variant, *, product_name: str = "", region: str = "utrecht",
                 processed_within: str = "anywhere", stream: str = "",
                 lifetime_years: float | None = None,
                 industry_lifetime_years: float | None = None,
                 use_intensity: float | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Assessment:
        """The assessment of `variant`, as `advisor.engine.evaluate` would return it."""
        return self.evaluate_with_state(
            variant, product_name=product_name, region=region,
            processed_within=processed_within, stream=stream, lifetime_years=lifetime_years,
            industry_lifetime_years=industry_lifetime_years, use_intensity=use_intensity,
            progress=progress, cancelled=cancelled)[0]

    def evaluate_with_state(self, variant: Variant, *, product_name: str = "",
                            region: str = "utrecht", processed_within: str = "anywhere",
                            stream: str = "", lifetime_years: float | None = None,
                            industry_lifetime_years: float | None = None,
                            use_intensity: float | None = None,
                            progress: Callable[[int, int], None] | None = None,
                            cancelled: Callable[[], bool] | None = None,
                            ) -> tuple[Assessment, Evaluation, Variant]:
        """The assessment, the evaluation it came from and the resolved variant (what the
        advice needs to measure its gains)."""
        from advisor.engine import resolve_variant

        lifetime = lifetime_years if lifetime_years is not None else variant.lifetime_years
        industry = (industry_lifetime_years if industry_lifetime_years is not None
                    else variant.industry_lifetime_years)
        intensity = use_intensity if use_intensity is not None else variant.use_intensity
        variant = resolve_variant(variant, self.kb, self.resolver)
        settings = settings_for(region, lifetime, industry, intensity, processed_within,
                                stream)
        memo = self._evaluation(variant, settings, progress, cancelled)
        ev, key = memo.evaluation, (variant.name, product_name, lifetime, industry, intensity)
        assessment = memo.assessments.get(key)
        if assessment is None:
            assessment = to_assessment(ev, variant, product_name, lifetime, industry, intensity)
            memo.assessments[key] = assessment
        return assessment, ev, variant

    def _same_stream(self, ev: Evaluation, variant: Variant, settings) -> bool:
        """Whether the edited variant is still guessed into the stream of the last
        evaluation (a set stream never changes)."""
        if settings.stream:
            return True
        return resolved_settings(settings, build_tree(variant.components),
                                 ev.index).stream == ev.settings.stream

    def _evaluation(self, variant: Variant, settings, progress, cancelled) -> _Memo:
        key = (id(self.kb), self.kb.version, settings)
        shape = tuple((c.id, c.parent_id) for c in variant.components)
        with self._lock:
            memo = self._memo
        ev = None
        if memo is not None and memo.key == key and memo.shape == shape:
            changed = [c for c in variant.components if memo.components[c.id] is not c
                       and memo.components[c.id] != c]
            if not changed:  # the same variant again (the app's second stage): keep all
                self.last_was_incremental = True
                return memo
            if len(changed) <= MAX_CHANGED_SHARE * len(shape) and self._same_stream(
                    memo.evaluation, variant, settings):
                ev = memo.evaluation.with_changes(changed).resummed()
        self.last_was_incremental = ev is not None
        if ev is None:
            ev = run_evaluation(variant, self.kb, settings, progress, cancelled)
        memo = _Memo(key, shape, {c.id: c for c in variant.components}, ev)
        with self._lock:
            self._memo = memo
        return memo
