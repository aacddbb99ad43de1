"""Conditions of the joint rules: legal duties, parts that must come out, and parts whose
bond survives the shredder so that they spoil what they are joined to.

A condition takes the `RuleContext` and returns `Hit`s; it never changes anything. Each
one checks the part's function and context, not only its material: the battery duty at
the battery, the board as a board, the partner the part is really joined to.
"""

from __future__ import annotations

from collections.abc import Callable

from advisor.model import NON_REMOVABLE, Change
from advisor.recommend.context import Hit, RuleContext, changes_anything

BATTERY = "battery"
LIGHT_SOURCE = "light_source"
BOARD = "circuit_board"
MODULE = "drive_module"
GLAZING = "glazing"
LABEL = "label"
SOFT_COVERS = frozenset({"upholstery", "cushion"})
POTTING = "potting"
MOULDED_IN = frozenset({"overmould", "insert-moulding"})


def joint_hit(ctx: RuleContext, cid: str, params: dict, group: tuple, *,
              plastic: bool = False, preferred: tuple[str, ...] | None = None) -> Hit | None:
    """A hit that gives the row a reversible joint (the one its function allows)."""
    joint = (ctx.joint_for(cid, plastic) if preferred is None
             else ctx.reversible_joint(plastic, preferred))
    if joint is None:
        return None
    change = Change(cid, "joint_id", joint.id)
    if (cid, "joint_id") in ctx.claimed or not changes_anything(ctx.comps[cid], change):
        return None
    ctx.claimed.add((cid, "joint_id"))
    return Hit(cid, (change,), params | ctx.index.named("joint", joint.id), group)


def named_row(key: str, name: str) -> dict[str, str]:
    """A parameter that names a BOM row (the same in both languages)."""
    return {key: name, f"{key}_en": name, f"{key}_nl": name}


def fixed(ctx: RuleContext, cid: str) -> dict[str, str]:
    """The present joint, named in both languages."""
    joint = ctx.joint(cid)
    return ctx.index.named("fixed", joint.id) if joint else {}


# -- legal duties at the level the law names -------------------------------------------


def is_battery(ctx: RuleContext, cid: str) -> bool:
    return ctx.is_battery(cid)


def in_battery(ctx: RuleContext, cid: str) -> bool:
    return ctx.in_battery(cid)


def top_units(ctx: RuleContext, test: Callable[[str], bool]) -> list[str]:
    """The rows that pass `test` and have no ancestor that does (the pack, not its cells),
    leaving out the product row itself."""
    key = ("units", test.__name__)
    found = ctx.memo.get(key)
    if found is None:
        hits = {cid for cid in ctx.comps if ctx.comps[cid].parent_id in ctx.comps
                and test(cid)}
        found = ctx.memo[key] = [cid for cid in ctx.comps if cid in hits
                                 and not any(a in hits for a in ctx.ancestors(cid))]
    return found


def battery_units(ctx: RuleContext) -> list[str]:
    def battery(cid: str) -> bool:
        return is_battery(ctx, cid)
    return top_units(ctx, battery)


def light_sources(ctx: RuleContext) -> list[str]:
    def light_source(cid: str) -> bool:
        return LIGHT_SOURCE in ctx.own_functions(cid)
    return top_units(ctx, light_source)


def battery_removable(ctx: RuleContext) -> list[Hit]:
    """The battery (the pack a user handles, or a cell that is the battery on its own)
    whose fixing a user cannot undo with commercially available tools."""
    out = []
    preferred = ctx.advice.joints_for(frozenset({BATTERY}))
    for cid in battery_units(ctx):
        if ctx.user_removable(cid) is False:
            hit = joint_hit(ctx, cid, fixed(ctx, cid), (cid,), preferred=preferred)
            out += [hit] if hit else []
    return out


def _same_fix(ctx: RuleContext, cid: str, *more: object) -> tuple:
    """The group of parts that share a change for the same reason: the same present
    joint (and whatever else is given), across modules and partners."""
    joint = ctx.joint(cid)
    return (joint.id if joint else None, *more)


def light_source_replaceable(ctx: RuleContext) -> list[Hit]:
    """A light source that cannot be replaced without damage (soldered, glued, riveted)."""
    out = []
    preferred = ctx.advice.joints_for(frozenset({LIGHT_SOURCE}))
    for cid in light_sources(ctx):
        joint = ctx.joint(cid)
        if joint is None or ctx.module_of(cid) or in_battery(ctx, cid):
            continue
        if joint.reversibility == NON_REMOVABLE or joint.tool_class == "special":
            hit = joint_hit(ctx, cid, fixed(ctx, cid), _same_fix(ctx, cid),
                            preferred=preferred)
            out += [hit] if hit else []
    return out


# -- parts that must come out whole ----------------------------------------------------


def is_board(ctx: RuleContext, cid: str) -> bool:
    """A populated board big enough for WEEE Annex VII (over 10 cm², by its mass; one
    board's mass, its quantity left out)."""
    functions = ctx.own_functions(cid)
    if BOARD not in functions or LIGHT_SOURCE in functions:
        return False
    unit = ctx.mass(cid) / ctx.ev.tree.mult[cid] if ctx.ev.tree.mult[cid] else 0.0
    return unit >= ctx.advice.threshold("pcb_annex_vii_min_kg")


def annex_vii(ctx: RuleContext, cid: str) -> bool:
    """Taken out whatever its joint: what the treatment chain removes before shredding
    (WEEE Annex VII: a battery, a board over 10 cm², a BFR plastic, an external cable),
    and any battery (collected on its own under Regulation (EU) 2023/1542)."""
    return ctx.taken_out(cid) or is_battery(ctx, cid) or in_battery(ctx, cid)


def board_removable(potted: bool) -> Callable[[RuleContext], list]:
    """Boards glued, soldered in or clipped shut with special tools (or potted): advised
    as a board that comes out with screws and plug connectors, never as screwed wires."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for f in ctx.facts():
            cid = f.c.id
            if BOARD not in f.functions or not f.designed or not is_board(ctx, cid):
                continue
            joint = ctx.joint(cid)
            if joint is None or (joint.id == POTTING) != potted:
                continue
            if ctx.stays_attached(cid) or joint.tool_class == "special":
                hit = joint_hit(ctx, cid, fixed(ctx, cid), _same_fix(ctx, cid))
                out += [hit] if hit else []
        return out
    return find


def glazing_dry(ctx: RuleContext) -> list[Hit]:
    """A pane bedded in sealant or glued: dry glazing lets it come out whole."""
    out = []
    for cid in top_units(ctx, _glazing_test(ctx)):
        if ctx.stays_attached(cid) and not ctx.small([cid]):
            partner = ctx.partner(cid)
            params = named_row("partner", ctx.comps[partner].name if partner else "")
            hit = joint_hit(ctx, cid, params | fixed(ctx, cid), _same_fix(ctx, cid))
            out += [hit] if hit else []
    return out


def _glazing_test(ctx: RuleContext) -> Callable[[str], bool]:
    def glazing(cid: str) -> bool:
        return GLAZING in ctx.own_functions(cid)
    return glazing


# -- parts that stay attached after shredding and spoil their partner ------------------


def fused_pairs(ctx: RuleContext) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """(part, partner body, harmful pairs) for each part whose joint survives the shredder,
    joined to a part of a material it spoils or that spoils it; read once per context.

    Bought-in units, Annex VII parts (taken out before shredding) and parts whose function
    needs the bond are left out."""
    found = ctx.memo.get("fused")
    if found is not None:
        return found
    found = []
    for f in ctx.facts():
        cid = f.c.id
        if not ctx.stays_attached(cid) or not _may_change_bond(ctx, cid):
            continue
        body, partner = ctx.partner_body(cid), ctx.partner(cid)
        if body is None or annex_vii(ctx, body) or ctx.module_of(body) or (
                partner is not None and ctx.is_module(partner)):
            continue
        ours, theirs = ctx.unit_ids(cid), ctx.body_materials(body)
        reported = engine_pairs(ctx, (cid, body), ours, theirs)
        if not reported:
            continue  # the engine sees no harm between them: no mechanism to advise on
        pairs = list(dict.fromkeys(ctx.harm(ours, theirs) + reported))
        if not ctx.small([cid, body]):
            found.append((cid, body, pairs))
    ctx.memo["fused"] = found
    return found


def _may_change_bond(ctx: RuleContext, cid: str) -> bool:
    """A designed part whose bond survives the shredder and is not its function: not a
    bought-in unit or what is inside one, not an Annex VII part (taken out before
    shredding), not an electrical part (a solder joint is its connection)."""
    if not ctx.stays_attached(cid) or ctx.module_of(cid) or ctx.is_module(cid):
        return False
    if annex_vii(ctx, cid) or LIGHT_SOURCE in ctx.functions(cid):
        return False
    joint = ctx.joint(cid)
    m = ctx.material(ctx.comps[cid])
    electrical = m is not None and m.family in ("electronics", "battery")
    return not electrical and joint is not None and joint.id not in ELECTRICAL_JOINTS


# A solder joint is an electrical connection: boards and light sources have their own
# rules; wires and connectors stay soldered.
ELECTRICAL_JOINTS = frozenset({"solder"})
FUSED_CODES = ("fused_incompatible", "fused_other_polymer")


def engine_pairs(ctx: RuleContext, rows: tuple[str, str], ours: tuple[str, ...],
                 theirs: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """The harmful pairs the engine reports on the part or its partner that are between
    the two of them (its compatibility rules may know more than the pair table)."""
    out = []
    for cid in rows:
        r = ctx.results.get(cid)
        for issue in (i for i in (r.issues if r else ()) if i.code in FUSED_CODES):
            for host, guest, effect in issue.params.get("pairs", ()):
                crossing = ((host in ours and guest in theirs)
                            or (host in theirs and guest in ours))
                if crossing and effect in ("blocks", "downgrades", "mixed"):
                    out.append((host, guest, effect))
    return out


def fused_kind(ctx: RuleContext, cid: str, body: str) -> str:
    """What a fused pair is about, seen from the part that would change (once per part:
    seven rules ask)."""
    known = ctx.memo.setdefault("fused_kind", {})
    if cid not in known:
        known[cid] = _fused_kind(ctx, cid, body)
    return known[cid]


def _fused_kind(ctx: RuleContext, cid: str, body: str) -> str:
    functions = ctx.functions(cid)
    if LABEL in functions:
        return "label"
    if functions & SOFT_COVERS:
        return "soft_cover"
    joint = ctx.joint(cid)
    ours, theirs = ctx.unit_ids(cid), ctx.body_materials(body)
    plastic = all(ctx.is_plastic(m) for m in ours + theirs)
    if joint is not None and joint.id in MOULDED_IN and plastic:
        return "overmould"
    if plastic:
        return "polymer"
    copper = any(ctx.family_of(m) == "non-ferrous" for m in ours) and any(
        ctx.family_of(m) == "ferrous" for m in theirs)
    if copper:
        return "copper_steel"
    metal_ours = any(ctx.is_metal(m) for m in ours)
    if metal_ours != any(ctx.is_metal(m) for m in theirs):
        return "metal"
    return "other"


def fused(kind: str) -> Callable[[RuleContext], list]:
    """A joint change for the parts of one kind of fused pair, one recommendation per
    partner and pair of materials."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for cid, body, pairs in fused_pairs(ctx):
            if fused_kind(ctx, cid, body) != kind:
                continue
            params = pair_params(ctx, cid, pairs) | fixed(ctx, cid)
            if "transparent" in ctx.functions(cid):
                params["variant"] = "sealed"  # a window must stay tight
            hit = joint_hit(ctx, cid, params,
                            _same_fix(ctx, cid, _pair_key(pairs)),
                            plastic=kind in ("polymer", "overmould"))
            out += [hit] if hit else []
        return out
    return find


def pair_params(ctx: RuleContext, cid: str, pairs: list[tuple[str, str, str]]) -> dict:
    """The spoiled material, what spoils it, and the row the part is joined to."""
    host, guest, effect = pairs[0]
    partner = ctx.partner(cid)
    return (ctx.index.named("material", host) | ctx.index.named("other", guest)
            | named_row("partner", ctx.comps[partner].name if partner else "")
            | {"harm": effect})


def _pair_key(pairs: list[tuple[str, str, str]]) -> frozenset[str]:
    return frozenset(m for host, guest, _ in pairs for m in (host, guest))


def label_compatible(ctx: RuleContext) -> list[Hit]:
    """A glued label of a material that spoils the plastic it sits on: a label of a
    polymer that recycles with it, or marking in the part itself (advice without edit)."""
    out = []
    for cid, body, pairs in fused_pairs(ctx):
        if fused_kind(ctx, cid, body) != "label" or (cid, "material_id") in ctx.claimed:
            continue
        host = ctx.body_materials(body)
        options = sorted(ctx.substitutes(cid), key=lambda m: (m not in host, m))
        alt = next((m for m in options if not ctx.harm((m,), host)), None)
        params = pair_params(ctx, cid, pairs)
        group = (_pair_key(pairs), alt)
        if alt is None:
            out.append(Hit(cid, (), params, group))
            continue
        ctx.claimed.add((cid, "material_id"))
        out.append(Hit(cid, (Change(cid, "material_id", alt),),
                       params | ctx.index.named("alternative", alt), group))
    return out


def crm_recoverable(ctx: RuleContext) -> list[Hit]:
    """A rare-earth magnet glued or moulded in, big enough to matter: held mechanically it
    comes out for magnet recycling instead of ending in the steel or plastic fraction."""
    out = []
    for f in ctx.facts():
        cid = f.c.id
        if "magnet" not in f.functions or ctx.module_of(cid):
            continue
        crms = [k for m in ctx.unit_ids(cid) for k, _ in ctx.index.crm_content.get(m, ())]
        if crms and ctx.stays_attached(cid) and not ctx.small([cid]):
            hit = joint_hit(ctx, cid, ctx.index.named("crms", list(dict.fromkeys(crms)))
                            | fixed(ctx, cid), _same_fix(ctx, cid, ctx.comps[cid].material_id))
            out += [hit] if hit else []
    return out
