"""Why a measured gain is zero, found by measuring: a change that matters only together
with another recommendation, or a part whose better route stays blocked for another
reason."""

from __future__ import annotations

from dataclasses import replace

from advisor.engine.evaluate import Evaluation
from advisor.model import Metrics, Reason, Recommendation
from advisor.recommend.context import RuleContext, apply_changes
from advisor.recommend.gains import benefit, gain_between, metrics_after

# Other recommendations tried together with one whose own gain is zero.
MAX_PARTNERS = 4


def explained(ctx: RuleContext, base: Metrics, recs: list[Recommendation],
              worth: dict[str, float], min_points: float) -> list[Recommendation]:
    """The ranked list with measured notes on the edits whose own benefit is zero."""
    out = []
    for rec in recs:
        if rec.changes and not rec.legal and abs(worth[rec.id]) < min_points:
            note = (_together(ctx, base, rec, recs, worth, min_points)
                    or rec.gain_note or _still_blocked(ctx.ev, rec)
                    or Reason("no_effect", rec.gain_note.params if rec.gain_note else {}))
            rec = replace(rec, gain_note=note)
        out.append(rec)
    return out


def _reach(ctx: RuleContext, rec: Recommendation) -> set[str]:
    """The parts a change can matter for: its own, what they are joined to, and what they
    are shredded together with."""
    out = set()
    for cid in rec.component_ids:
        out.add(cid)
        body = ctx.partner_body(cid) if cid in ctx.comps else None
        if body:
            out.add(body)
        for leaf in ctx.leaves_under(cid):
            root = ctx.ev.group_of.get(leaf)
            if root is not None and len(ctx.ev.members[root]) <= MAX_GROUP:
                out.update(ctx.ev.members[root])
    return out


# Groups larger than this are not searched for partners (a large glued assembly).
MAX_GROUP = 50


def _together(ctx: RuleContext, base: Metrics, rec: Recommendation,
              recs: list[Recommendation], worth: dict[str, float],
              min_points: float) -> Reason | None:
    reach = _reach(ctx, rec)
    partners = [r for r in recs if r.id != rec.id and r.changes
                and (reach & set(r.component_ids) or set(rec.component_ids)
                     & _reach(ctx, r))][:MAX_PARTNERS]
    for other in partners:
        both = metrics_after(ctx.ev, rec.changes + other.changes)
        extra = benefit(gain_between(base, both), base) - worth[other.id]
        if extra >= min_points:
            return Reason("together_with", {"ref": f"{other.priority}", "id": other.id})
    if len(partners) > 1:  # three faults on one part: each matters only with the others
        changes = tuple(ch for r in partners for ch in r.changes)
        without = benefit(gain_between(base, metrics_after(ctx.ev, changes)), base)
        with_it = benefit(gain_between(base, metrics_after(ctx.ev, changes + rec.changes)),
                          base)
        if with_it - without >= min_points:
            refs = ", #".join(str(r.priority) for r in partners)
            return Reason("together_with", {"ref": refs, "id": partners[0].id})
    return None


def _still_blocked(ev: Evaluation, rec: Recommendation) -> Reason | None:
    """The reason the changed part still does not reach a better route, after the change."""
    edited = apply_changes(ev.tree.comps, rec.changes)
    after = ev.with_changes(edited.values())
    for cid in rec.component_ids:
        outcome = after.leaves.get(cid)
        if outcome is None:
            continue
        for blocked in outcome.result.blocked_routes:
            for reason in blocked.reasons:
                return Reason("still_blocked", {"reason": reason.code,
                                                "route": blocked.code, **reason.params})
    return None
