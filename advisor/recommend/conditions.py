"""The conditions of the design rules: each finds the parts a rule fires on and the edit.

A condition takes the `RuleContext` and returns `Hit`s; it never changes anything.
Thresholds are named constants with their basis.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from advisor.engine.kbindex import METAL_FAMILIES, PLASTIC_FAMILIES, remember
from advisor.model import Change, ComponentResult
from advisor.recommend.context import Hit, RuleContext

# Plastic parts above this mass should carry an ISO 11469 marking: the threshold of the
# ecodesign rules for electronic displays (Regulation (EU) 2019/2021, Annex II).
MARKING_MIN_KG = 0.050
# Distinct polymers in one product above which consolidation is advised (design guidance
# "reduce material variety"; the number is a judgement, stated as such in the text).
MAX_POLYMERS = 3
# A minor polymer part is one under this share of the product's plastic mass.
MINOR_PLASTIC_SHARE = 0.10
# Supply concentration at which substitution is advised: the CRMA benchmark of at most
# 65% of a strategic raw material from one third country (Regulation (EU) 2024/1252).
SUPPLY_CONCENTRATION = 0.65
# Design substitutions known from practice (readable data: magnet without rare earths).
SUBSTITUTES = {"ndfeb": "ferrite", "smco": "ferrite"}
# Bought-in items whose inner chemistry the product designer does not choose.
SEALED_FAMILIES = frozenset({"battery", "electronics"})
# Mix effects that a design change should remove ("mixed": another polymer fixed for good).
HARMFUL_EFFECTS = frozenset({"blocks", "downgrades", "mixed"})
# Fused-pair kinds remembered per knowledge base (`_pairs_by_kind`).
MIX_KIND_MEMO_SIZE = 20_000
# Marking words in a part's notes that show it is already marked.
MARK_WORDS = (">", "iso 11469", "gemarkeerd", "marked")


def _issues(r: ComponentResult, code: str) -> list:
    return [i for i in r.issues if i.code == code]


def _joint_hit(ctx: RuleContext, cid: str, params: dict, plastic: bool = False) -> Hit | None:
    joint = ctx.reversible_joint(plastic)
    if joint is None:
        return None
    return Hit(cid, (Change(cid, "joint_id", joint.id),),
               params | ctx.index.named("joint", joint.id))


def removal(why: str | None, code: str = "removal_blocked") -> Callable[[RuleContext], list]:
    """Parts that must come out before shredding but are fixed for good."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for c, r in ctx.with_issue(code):
            for issue in _issues(r, code):
                if why is None or issue.params.get("why") == why:
                    hit = _joint_hit(ctx, c.id, {"why": issue.params.get("why", "")})
                    if hit:
                        out.append(hit)
                    break
        return out
    return find


def embedded_fastener(ctx: RuleContext) -> list[Hit]:
    """Metal fasteners (staples) that stay in the fabric, foam or board they hold."""
    out = []
    for c, r in ctx.with_issue("embedded_fastener"):
        issue = next(iter(_issues(r, "embedded_fastener")), None)
        if issue is not None:
            hit = _joint_hit(ctx, c.id, {k: issue.params.get(k, "")
                                         for k in ("material", "material_en", "material_nl")},
                             plastic=True)
            if hit:
                out.append(hit)
    return out


def special_tool(ctx: RuleContext) -> list[Hit]:
    return [h for c, _r in ctx.with_issue("special_tool")
            for h in [_joint_hit(ctx, c.id, {})] if h]


def _fused_pairs(ctx: RuleContext):
    """(fused partner leaf, other material, material) for each harmful mix, in tree order
    (read once per context, by `_pairs_by_kind`)."""
    done: set[tuple[str, str, str]] = set()
    for c, r in ctx.with_issue("fused_incompatible", "fused_other_polymer"):
        for issue in _issues(r, "fused_incompatible") + _issues(r, "fused_other_polymer"):
            for material, other, effect in issue.params.get("pairs", ()):
                if effect not in HARMFUL_EFFECTS:
                    continue
                key = (ctx.ev.group_of[c.id], other, material)
                partners = [] if key in done else ctx.fixed_with_material(c.id, other)
                done.add(key)  # one pass per group and pair keeps big glued groups linear
                for p in [c.id, *partners]:
                    if not ctx.ev.libs[p].liberated:
                        yield p, other, material


def fused(kind: str) -> Callable[[RuleContext], list]:
    """Harmful mixes caused by a non-removable joint, split by what is mixed."""
    def find(ctx: RuleContext) -> list[Hit]:
        out, seen = [], set()
        for partner, other, material in _pairs_by_kind(ctx).get(kind, ()):
            if partner in seen:
                continue
            seen.add(partner)
            params = ctx.index.named("other", other) | ctx.index.named("material", material)
            hit = _joint_hit(ctx, partner, params, plastic=kind in ("polymer", "overmould"))
            if hit:
                out.append(hit)
        return out
    return find


def _pairs_by_kind(ctx: RuleContext) -> dict[str, list[tuple[str, str, str]]]:
    """The fused pairs (each once, in tree order) by what they are about (`_mix_kind`)."""
    found = ctx.memo.get("pairs_by_kind")
    if found is None:
        found = ctx.memo["pairs_by_kind"] = {}
        kinds = ctx.index.rule_cache  # _mix_kind reads the knowledge base and these ids
        for pair in dict.fromkeys(_fused_pairs(ctx)):
            partner, other, material = pair
            joint = ctx.ev.libs[partner].joint
            key = ("mix_kind", ctx.comps[partner].material_id, joint.id if joint else None,
                   other, material)
            kind = remember(kinds, key, MIX_KIND_MEMO_SIZE, lambda p=pair: _mix_kind(ctx, *p))
            found.setdefault(kind, []).append(pair)
    return found


def _mix_kind(ctx: RuleContext, partner: str, other: str, material: str) -> str:
    """What a fused pair is about, seen from the part that would be changed.

    Bought-in items (batteries, boards, cables) have their own removal rules; a polymer
    rule only speaks about a part that is itself a plastic."""
    own = ctx.family_of(ctx.comps[partner].material_id or "")
    if own in SEALED_FAMILIES:
        return "sealed"
    joint = ctx.ev.libs[partner].joint
    fam_a, fam_b = ctx.family_of(other), ctx.family_of(material)
    plastics = ctx.is_plastic(other) and ctx.is_plastic(material)
    if joint is not None and any(w in joint.id for w in ("overmould", "insert", "2k")):
        if plastics:
            return "overmould" if own in PLASTIC_FAMILIES else "other"
        return "metal" if (fam_a in METAL_FAMILIES) != (fam_b in METAL_FAMILIES) else "other"
    if fam_b == "ferrous" and fam_a in METAL_FAMILIES - {"ferrous"}:
        return "copper_steel"
    if plastics:
        return "polymer" if own in PLASTIC_FAMILIES else "other"
    if (fam_a in METAL_FAMILIES) != (fam_b in METAL_FAMILIES):
        return "metal"
    return "other"


def carbon_black(ctx: RuleContext) -> list[Hit]:
    out = []
    for c, r in ctx.with_issue("carbon_black"):
        for issue in _issues(r, "carbon_black"):
            mid = issue.params.get("material", "")
            m = ctx.index.materials.get(mid)
            if m is None:
                continue
            params = ctx.index.named("material", mid)
            alt = ctx.base_grade(mid)
            if alt is not None and c.material_id == mid:
                out.append(Hit(c.id, (Change(c.id, "material_id", alt.id),),
                               params | ctx.index.named("alternative", alt.id)))
                continue
            label = {lang: ctx.index.label(alt.id if alt else mid, lang) for lang in ("en", "nl")}
            text = f"{c.material_input} (NIR-detectable pigment)"
            out.append(Hit(c.id, (Change(c.id, "material_input", text),), params | {
                "alternative": alt.id if alt else mid, "alternative_en": label["en"],
                "alternative_nl": label["nl"]}))
    return out


def substance(word: str | None) -> Callable[[RuleContext], list]:
    """Materials with a substance of concern (PVC, BFR, others) with a clean alternative."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for c, mid, m, subst in _chosen_with_substances(ctx):
            if (word is None and subst & {"pvc", "bfr"}) or (
                    word is not None and word not in subst):
                continue
            alt = ctx.alternative(mid, "soc_free", lambda x: not x.substances)
            if alt is None:
                continue
            out.append(Hit(c.id, _swap(ctx, c.id, mid, alt.id),
                           ctx.index.named("material", mid)
                           | ctx.index.named("alternative", alt.id)
                           | {"substances": ", ".join(m.substances)}))
        return out
    return find


def _chosen_with_substances(ctx: RuleContext) -> list:
    """(part, material id, material, lower-case substances) for each material the designer
    chose (not inside a bought-in cell or board) that carries a substance of concern; found
    once per context for the three substance rules."""
    found = ctx.memo.get("substances")
    if found is not None:
        return found
    found = []
    for c, _r in ctx.leaves():
        chosen = {c.material_id} | {k for k, _ in c.constituents}
        for mid, _ in ctx.units(c.id):
            m = ctx.index.materials[mid]
            if mid not in chosen or m.family in SEALED_FAMILIES or not m.substances:
                continue
            found.append((c, mid, m, {s.lower() for s in m.substances}))
    ctx.memo["substances"] = found
    return found


def _swap(ctx: RuleContext, cid: str, old: str, new: str) -> tuple[Change, ...]:
    c = ctx.comps[cid]
    if c.constituents:
        swapped = tuple((new if m == old else m, s) for m, s in c.constituents)
        return (Change(cid, "constituents", swapped),)
    return (Change(cid, "material_id", new),)


def finish_substance(ctx: RuleContext) -> list[Hit]:
    out = []
    for c, _r in ctx.leaves():
        f = ctx.index.finish(c.finish) if c.finish.strip() else None
        if f is not None and f.substances:
            out.append(Hit(c.id, (Change(c.id, "finish", ""),),
                           ctx.index.named("finish", f.id)
                           | {"substances": ", ".join(f.substances)}))
    return out


def coating(families: frozenset[str] | None) -> Callable[[RuleContext], list]:
    """Finishes that hinder recycling, on plastics, on metals, or on anything else."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for c, _r in ctx.with_issue("coating_hinders"):
            fam = ctx.family_of(c.material_id or "")
            in_scope = fam in families if families is not None else (
                fam not in PLASTIC_FAMILIES | METAL_FAMILIES)
            f = ctx.index.finish(c.finish)
            if in_scope and f is not None and not f.substances:
                out.append(Hit(c.id, (Change(c.id, "finish", ""),),
                               ctx.index.named("finish", f.id)))
        return out
    return find


def crm_fixed(ctx: RuleContext) -> list[Hit]:
    out = []
    for c, r in ctx.with_issue("crm_present"):
        issue = next(iter(_issues(r, "crm_present")), None)
        if issue is not None and not r.liberated and issue.params.get("recovered", 1) < 1:
            hit = _joint_hit(ctx, c.id, {k: issue.params.get(k, "")
                                         for k in ("crms", "crms_en", "crms_nl")})
            if hit:
                out.append(hit)
    return out


def crm_substitute(ctx: RuleContext) -> list[Hit]:
    out = []
    for c, _ in ctx.leaves():
        new = SUBSTITUTES.get(c.material_id or "")
        if new is None or new not in ctx.index.materials:
            continue
        crms = [k for k, _ in ctx.index.crm_content.get(c.material_id or "", ())]
        concentrated = [k for k in crms if (ctx.index.crm.get(k) and (
            ctx.index.crm[k].supply_share or 0) >= SUPPLY_CONCENTRATION)]
        if concentrated:
            out.append(Hit(c.id, (Change(c.id, "material_id", new),),
                           ctx.index.named("material", c.material_id or "")
                           | ctx.index.named("alternative", new)
                           | ctx.index.named("crms", concentrated)))
    return out


def marking(ctx: RuleContext) -> list[Hit]:
    out = []
    for c, _r in ctx.leaves():
        m = ctx.material(c)
        if m is None or m.family not in PLASTIC_FAMILIES or not m.iso_code:
            continue
        if c.mass_kg is not None and c.mass_kg >= MARKING_MIN_KG and not any(
                w in c.notes.lower() for w in MARK_WORDS):
            code = f">{m.iso_code}<"
            out.append(Hit(c.id, (Change(c.id, "notes", code),), {"code": code}))
    return out


def recycled_content(raise_only: bool) -> Callable[[RuleContext], list]:
    """Use recycled content at least at the market's share where that share is known."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for c, _ in ctx.leaves():
            m = ctx.material(c)
            share = m.recycled_content_market if m else None
            have = c.recycled_content
            if not share or (have is None) == raise_only or (have or 0) >= share:
                continue
            if (have or 0) + (c.reused_content or 0) + share - (have or 0) > 1:
                continue
            out.append(Hit(c.id, (Change(c.id, "recycled_content", share),),
                           {"share": share} | ctx.index.named("material", m.id)))
        return out
    return find


def material_variety(ctx: RuleContext) -> list[Hit]:
    """Minor polymers that could be made from the product's main polymer, in its base
    (NIR-detectable, unfilled) grade; filled parts and elastomers are left alone."""
    plastics = Counter()
    for c, r in ctx.leaves():
        if c.material_id and ctx.is_plastic(c.material_id):
            plastics[c.material_id] += r.total_mass_kg
    if len(plastics) <= MAX_POLYMERS:
        return []
    main, total = plastics.most_common(1)[0][0], sum(plastics.values())
    target = ctx.base_grade(main) or ctx.index.materials[main]
    if target.carbon_black or ctx.is_filled(target.id):
        return []
    out = []
    for c, _r in ctx.leaves():
        mid = c.material_id or ""
        m = ctx.index.materials.get(mid)
        if m is None or mid not in plastics or plastics[mid] >= MINOR_PLASTIC_SHARE * total:
            continue
        same_polymer = bool(m.stream) and m.stream == target.stream
        if same_polymer or m.family != target.family or ctx.is_filled(mid):
            continue
        out.append(Hit(c.id, (Change(c.id, "material_id", target.id),),
                       ctx.index.named("alternative", target.id) | {"count": len(plastics)}))
    return out


def no_recycling(ctx: RuleContext) -> list[Hit]:
    """A material with no recycling route at all where a same-family material has one."""
    out = []
    for c, r in ctx.leaves():
        m = ctx.material(c)
        if m is None or r.route_code not in ("R9", "landfill") or r.blocked_routes:
            continue
        if m.is_composite or ctx.recycling_yield(m.id) > 0:
            continue
        alt = ctx.alternative(m.id, "recyclable", lambda x: not x.substances
                              and not x.carbon_black)
        if alt is not None and ctx.recycling_yield(alt.id) > 0:
            out.append(Hit(c.id, (Change(c.id, "material_id", alt.id),),
                           ctx.index.named("material", m.id)
                           | ctx.index.named("alternative", alt.id)))
    return out


def durable_destructive(ctx: RuleContext) -> list[Hit]:
    out = []
    for c, _ in ctx.leaves():
        m, lib = ctx.material(c), ctx.ev.libs[c.id]
        if m is not None and m.durable_part and lib.liberated and lib.destructive:
            hit = _joint_hit(ctx, c.id, {})
            if hit:
                out.append(hit)
    return out


def data_issue(*codes: str) -> Callable[[RuleContext], list]:
    """Rows with a data gap: the fix is information, not a design change."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for cid, r in ctx.results.items():
            if any(i.code in codes for i in r.issues):
                out.append(Hit(cid))
        return out
    return find


def carbon_gap(ctx: RuleContext) -> list[Hit]:
    out = []
    for c, _ in ctx.leaves():
        if ctx.ev.leaves[c.id].contribution.carbon_unknown > 0:
            out.append(Hit(c.id))
    return out
