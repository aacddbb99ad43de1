"""The redesign plan: every recommended change applied together, in stages.

Stage 1 holds the quick wins (detail changes, effort 1), stage 2 adds the part redesigns,
stage 3 the material and supplier changes; each stage's gain is that of all changes up to
and including it. Where two recommendations change the same field of the same part, the
one listed first (the higher priority) is applied.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace

from advisor.engine.evaluate import Evaluation
from advisor.model import Change, Metrics, Plan, PlanStage, Recommendation, Variant
from advisor.recommend.context import apply_change
from advisor.recommend.gains import comparable, gain_between, metrics_after

EFFORTS = (1, 2, 3)


def plan_changes(recs: Iterable[Recommendation]) -> list[Change]:
    """The changes of these recommendations in order, each (part, field) once."""
    out, seen = [], set()
    for rec in recs:
        for ch in rec.changes:
            if (ch.component_id, ch.field) not in seen:
                seen.add((ch.component_id, ch.field))
                out.append(ch)
    return out


def build_plan(ev: Evaluation, base: Metrics, recs: list[Recommendation]) -> Plan:
    """The plan of a ranked list: the figures with all changes, and the cumulative stages."""
    stages, done, after = [], [], base
    for effort in EFFORTS:
        these = [r for r in recs if r.effort == effort]
        if not these:
            continue
        done += these
        changes = plan_changes(sorted(done, key=lambda r: r.priority))
        if any(r.changes for r in these):  # advice without an edit changes no figure
            after = metrics_after(ev, changes)
        stages.append(PlanStage(effort, tuple(r.id for r in these),
                                comparable(ev, gain_between(base, after), changes, base)))
    changes = plan_changes(sorted(recs, key=lambda r: r.priority))
    return Plan(metrics=after, stages=tuple(stages),
                gain=comparable(ev, gain_between(base, after), changes, base))


def plan_variant(variant: Variant, recs: Iterable[Recommendation], name: str) -> Variant:
    """The generated redesign: a new variant (new id) with every change of the plan."""
    recs = sorted(recs, key=lambda r: (r.priority, r.id))
    comps = {c.id: c for c in variant.components}
    for ch in plan_changes(recs):
        if ch.component_id in comps:
            comps[ch.component_id] = apply_change(comps[ch.component_id], ch)
    return replace(variant, id=uuid.uuid4().hex, name=name,
                   components=tuple(comps[c.id] for c in variant.components))
