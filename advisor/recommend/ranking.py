"""The order of the advice (docs/advice.md, 'How the list is ranked').

Legal duties come first, in a section of their own, in rule order: they are not optional
and need no ranking. The rest is ordered by measured benefit per unit of effort (points
per effort level, see `gains.benefit`), highest first; then the advice whose measured
benefit is below the threshold, quick wins first; advice that re-evaluation shows to make
the product worse is not given, apart from a substance replacement (its aim is the
substance) and the freeing of parts a whole-product channel replaces (its aim is that
channel), which then say so and come last.
"""

from __future__ import annotations

from dataclasses import replace

from advisor.model import Recommendation
from advisor.recommend.rules import RULE_ORDER, RULES_BY_ID

SUBSTANCE = "substance"
# Rules whose aim is a route the part figures do not count (a refurbisher taking the whole
# product): their note says whether that route opens (notes.py).
OWN_AIM_RULES = frozenset({"J06", "J09"})


def kept(rec: Recommendation, worth: float, min_points: float) -> bool:
    """Whether a measured recommendation is given at all (an improvement that is not a
    fault, such as fewer polymers, only with a measured benefit)."""
    if RULES_BY_ID[rec.rule_id].needs_gain and worth < min_points:
        return False
    return (rec.legal or worth > -min_points or rec.category == SUBSTANCE
            or rec.rule_id in OWN_AIM_RULES)


def ranked(scored: list[tuple[Recommendation, float]], min_points: float,
           ) -> list[Recommendation]:
    """The recommendations in the documented order, numbered from 1 (priority)."""
    def key(item: tuple[Recommendation, float]) -> tuple:
        rec, worth = item
        if rec.legal:
            return (0, 0.0, RULE_ORDER[rec.rule_id], rec.rows)
        if worth >= min_points:
            return (1, -worth / rec.effort, RULE_ORDER[rec.rule_id], rec.rows)
        if worth > -min_points:
            return (2, float(rec.effort), RULE_ORDER[rec.rule_id], rec.rows)
        return (3, -worth, RULE_ORDER[rec.rule_id], rec.rows)

    order = sorted((item for item in scored if kept(*item, min_points)), key=key)
    return [replace(rec, priority=n) for n, (rec, _) in enumerate(order, start=1)]
