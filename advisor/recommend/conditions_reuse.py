"""Conditions of the reuse rules: a bought-in unit that a reuse channel takes, the parts a
whole-product channel (an office-furniture refurbisher) must be able to replace, and
staples that keep a cover from coming off.

A channel counts only where the knowledge base names one for this product's stream and
treatment chain (material_routes.csv, product_channels.csv): advice to free a part for a
channel that does not exist would be advice without a mechanism.
"""

from __future__ import annotations

from advisor.model import COMPONENT_ROUTES, Change, RouteOption
from advisor.recommend.conditions import _same_fix, fixed, joint_hit, named_row
from advisor.recommend.context import Hit, RuleContext, changes_anything

MODULE = "drive_module"
UPHOLSTERY = frozenset({"upholstery"})
STAPLE = "staple"


def _open_here(ctx: RuleContext, o: RouteOption) -> bool:
    """A component route open to this product's chain and stream."""
    s = ctx.ev.settings
    return o.code in COMPONENT_ROUTES and (not o.chains or s.chain.id in o.chains) and (
        not o.streams or s.stream in o.streams)


def durable_reusable(ctx: RuleContext) -> list[Hit]:
    """A bought-in unit (motor, gas spring, fan, power supply ...) with a reuse or
    remanufacturing channel in this chain that its joint damages or keeps from coming out
    whole."""
    out = []
    for f in ctx.facts():
        cid, m = f.c.id, f.m
        if m is None or MODULE not in f.functions or ctx.module_of(cid):
            continue
        if not any(_open_here(ctx, o) for o in ctx.index.route_options(m.id)):
            continue
        lib = ctx.ev.libs[cid]
        if lib.joint is not None and (not lib.liberated or lib.destructive):
            hit = joint_hit(ctx, cid, fixed(ctx, cid), _same_fix(ctx, cid, m.id),
                            preferred=ctx.advice.joints_for(frozenset({MODULE})))
            out += [hit] if hit else []
    return out


def channel_replaces(ctx: RuleContext) -> tuple[dict, frozenset[str]] | None:
    """The whole-product channel of this stream that replaces worn parts (its knowledge-base
    row) and the materials and families of the parts it replaces; None if there is none."""
    for r in ctx.index.kb.rows("product_channels"):
        if r.get("stream_id") == ctx.ev.settings.stream and r.get("route") in COMPONENT_ROUTES:
            replaces = frozenset(p.strip() for p in (r.get("replaces") or "").split(";")
                                 if p.strip())
            if replaces:
                return r, replaces
    return None


def short_name(name: str) -> str:
    """A channel's name without its description in brackets ('office-furniture
    refurbishers (inspect, clean ...)' -> 'office-furniture refurbishers')."""
    return name.split(" (")[0].strip() or name


def channel_parts(ctx: RuleContext) -> list[Hit]:
    """Parts a whole-product channel must replace (the refurbisher's gas springs, glides,
    upholstery and foam) that are glued, welded or otherwise fixed for good: fixed with a
    joint that lets them come off whole, the product can go to that channel."""
    found = channel_replaces(ctx)
    if found is None:
        return []
    row, replaces = found
    en, nl = short_name(row.get("name_en", "")), short_name(row.get("name_nl", ""))
    channel = {"channel": en, "channel_en": en, "channel_nl": nl,
               "route": row.get("route", "")}
    out = []
    for f in ctx.facts():
        m, lib = f.m, ctx.ev.libs[f.c.id]
        if m is None or not ({m.id, m.family} & replaces) or not lib.known:
            continue
        if lib.joint is None or lib.joint.id == STAPLE or (lib.liberated and not lib.destructive):
            continue  # staples: the staple rule frees the cover and its staples together
        hit = joint_hit(ctx, f.c.id, fixed(ctx, f.c.id) | channel, _same_fix(ctx, f.c.id))
        out += [hit] if hit else []
    return out


def embedded_fastener(ctx: RuleContext) -> list[Hit]:
    """Staples that stay in the fabric, foam or board they hold, with the covers they hold:
    one change (a clip strip, hook-and-loop, a clamped frame) for both, one recommendation
    per kind of staple."""
    out = []
    preferred = ctx.advice.joints_for(UPHOLSTERY)
    joint = ctx.reversible_joint(True, preferred)
    if joint is None:
        return out
    for c, r in ctx.with_issue("embedded_fastener"):
        issue = next(i for i in r.issues if i.code == "embedded_fastener")
        partner = ctx.partner(c.id)
        params = {k: issue.params.get(k, "") for k in ("material", "material_en",
                                                       "material_nl")}
        covers = [k for k in ctx.ev.tree.kids.get(partner, ()) if k != c.id
                  and ctx.joint(k) is not None and ctx.joint(k).id == STAPLE]
        params |= named_row("partner", ctx.comps[partner].name if partner else "")
        params |= named_row("staples", c.name) | named_row(
            "cover", ", ".join(ctx.comps[k].name for k in covers) or c.name)
        hit = joint_hit(ctx, c.id, params, _same_fix(ctx, c.id), plastic=True,
                        preferred=preferred)
        if hit is None:
            continue
        more = []
        for k in covers:
            change = Change(k, "joint_id", joint.id)
            if (k, "joint_id") not in ctx.claimed and changes_anything(ctx.comps[k], change):
                ctx.claimed.add((k, "joint_id"))
                more.append(Hit(k, (change,), hit.params, hit.group))
        out += [hit, *more]
    return out
