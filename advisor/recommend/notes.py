"""Why a measured gain is zero, found by measuring: a change that matters only together
with another recommendation, or a part whose better route stays blocked for another
reason."""

from __future__ import annotations

from dataclasses import replace

from advisor.engine.findings import product_route
from advisor.model import Metrics, Reason, Recommendation
from advisor.recommend.conditions_reuse import short_name
from advisor.recommend.context import RuleContext, apply_changes
from advisor.recommend.gains import benefit, gain_between, metrics_after
from advisor.recommend.ranking import OWN_AIM_RULES

# Kinds of fault that stack on one part (paint, a glued partner, a pigment): a zero gain
# there is first checked against the other recommendations on that part.
STACKING = frozenset({"coating", "compatibility", "material"})
# Other recommendations tried together with one whose own gain is zero.
MAX_PARTNERS = 3


def explained(ctx: RuleContext, base: Metrics, recs: list[Recommendation],
              worth: dict[str, float], min_points: float) -> list[Recommendation]:
    """The ranked list with measured notes on the edits whose own benefit is zero and whose
    rule has no reason of its own for that."""
    out = []
    for rec in recs:
        if rec.changes and not rec.legal and abs(worth[rec.id]) < min_points and (
                rec.gain_note is None or rec.category in STACKING):
            note = (_together(ctx, base, rec, recs, worth, min_points) or rec.gain_note
                    or _other_block(ctx, rec) or Reason("no_effect", {}))
            rec = replace(rec, gain_note=note)
        out.append(rec)
    return _channel_notes(ctx, out)


# Rules that free parts for a channel taking the whole product (a refurbisher).
CHANNEL_RULES = OWN_AIM_RULES


def _channel_notes(ctx: RuleContext, recs: list[Recommendation]) -> list[Recommendation]:
    """Measured: whether the recommendations that free the parts a whole-product channel
    replaces open that channel when applied together (the figures count parts only)."""
    freeing = [r for r in recs if r.rule_id in CHANNEL_RULES and r.changes]
    if not freeing:
        return recs
    changes = [ch for r in freeing for ch in r.changes]
    after = ctx.ev.with_changes(apply_changes(ctx.comps, tuple(changes)).values())
    route = product_route(after)
    if route is None or not route.code:
        return recs
    out = []
    for rec in recs:
        if rec in freeing:
            refs = ", #".join(str(r.priority) for r in freeing if r is not rec)
            en, nl = short_name(route.channel_en), short_name(route.channel_nl)
            rec = replace(rec, gain_note=Reason("opens_channel", {
                "route": route.code, "channel": en, "channel_en": en, "channel_nl": nl,
                "refs": refs}))
        out.append(rec)
    return out


def _reach(ctx: RuleContext, rec: Recommendation) -> set[str]:
    """The parts a change can matter for: its own and what they are joined to."""
    known = ctx.memo.setdefault("reach", {})
    out = known.get(rec.id)
    if out is None:
        out = known[rec.id] = set(rec.component_ids)
        for cid in rec.component_ids:
            body = ctx.partner_body(cid) if cid in ctx.comps else None
            if body:
                out.add(body)
    return out


def _together(ctx: RuleContext, base: Metrics, rec: Recommendation,
              recs: list[Recommendation], worth: dict[str, float],
              min_points: float) -> Reason | None:
    """Another recommendation on the same part (or what it is joined to) with which this
    one changes the figures. The parts of a recommendation share its reason, so its first
    part is measured: with the others' changes on that part, then with this one too."""
    first = rec.component_ids[0]
    here = {first} | ({ctx.partner_body(first)} if first in ctx.comps else set())
    partners = [r for r in recs if r.id != rec.id and r.changes
                and here & _reach(ctx, r)][:MAX_PARTNERS]
    if not partners:
        return None
    own = tuple(ch for ch in rec.changes if ch.component_id == first)

    def on_part(r: Recommendation) -> tuple:
        return tuple(ch for ch in r.changes if ch.component_id in here)

    for group in ([partners] if len(partners) == 1 else [[p] for p in partners] + [partners]):
        theirs = tuple(ch for r in group for ch in on_part(r))
        without = _measured(ctx, base, theirs)
        with_it = _measured(ctx, base, theirs + own)
        if with_it - without > SOME_GAIN:
            refs = ", #".join(str(r.priority) for r in group)
            return Reason("together_with", {"ref": refs, "id": group[0].id})
    return None


def _measured(ctx: RuleContext, base: Metrics, changes: tuple) -> float:
    """The benefit of some changes, remembered per context (several zero-gain
    recommendations on one part try the same partners)."""
    known = ctx.memo.setdefault("measured", {})
    key = frozenset(changes)
    if key not in known:
        known[key] = benefit(gain_between(base, metrics_after(ctx.ev, changes)), base)
    return known[key]


# A benefit difference above this, on one part, means the change matters there.
SOME_GAIN = 1e-6


# The blocking reasons each kind of change removes (the others stay after it).
FIXES = {"coating": frozenset({"coated"}), "material": frozenset({"not_detectable"}),
         "compatibility": frozenset({"incompatible", "mix_downgrades", "not_mono"}),
         "joint": frozenset({"not_liberated", "not_functional"}),
         "durability": frozenset({"not_liberated", "not_functional"}),
         "substance": frozenset({"substance"}), "crm": frozenset({"not_liberated"})}


def _other_block(ctx: RuleContext, rec: Recommendation) -> Reason | None:
    """What else keeps the part from a better route: the first reason of its best blocked
    route that this kind of change does not remove."""
    fixes = FIXES.get(rec.category, frozenset())
    for cid in rec.component_ids:
        result = ctx.results.get(cid)
        for blocked in (result.blocked_routes if result else ()):
            for reason in blocked.reasons:
                if reason.code not in fixes:
                    return Reason("still_blocked", {"reason": reason.code,
                                                    "route": blocked.code, **reason.params})
    return None
