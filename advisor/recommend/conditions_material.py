"""Conditions of the material rules: pigments, substitutions, substances, finishes,
critical raw materials, marking and recycled content.

A substitution goes only to a material that can do the part's job (functional
alternatives); a protective finish is kept and only a recyclable variant of it is advised;
bought-in units and parts too small to matter get no material advice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from advisor.engine.kbindex import PLASTIC_FAMILIES
from advisor.engine.routes import HINDERS as HINDERS_FINISH
from advisor.model import Change, Component, Material
from advisor.recommend.context import Hit, RuleContext, changes_anything
from advisor.recommend.knowledge import LEAVE_OUT

# Families whose inner chemistry the product designer does not choose (a cell, a board).
SEALED_FAMILIES = frozenset({"battery", "electronics"})
# Families for which recycled feedstock is bought (a supplier question makes sense), and
# the wood-based boards that take recovered wood (solid timber does not).
RECYCLED_FAMILIES = frozenset({"ferrous", "non-ferrous", "plastic-thermoplastic", "paper",
                               "glass", "textile"})
WOOD_BOARDS = frozenset({"chipboard", "chipboard-melamine", "mdf", "osb"})
# Parts whose ISO 11469 code cannot be moulded in (extruded seals, foams, covers, cables).
UNMARKED_FUNCTIONS = frozenset({"seal", "cushion", "upholstery", "flexible_cable"})
# Marking words in a part's notes that show it is already marked.
MARK_WORDS = (">", "iso 11469", "gemarkeerd", "marked")
PVC, BFR = "pvc", "bfr"


def designed(ctx: RuleContext, c: Component) -> bool:
    """A part the product's designer specifies: not inside a bought-in unit or battery."""
    return ctx.module_of(c.id) is None and not ctx.in_battery(c.id)


def material_hit(ctx: RuleContext, c: Component, new: str, params: dict,
                 group: tuple) -> Hit | None:
    change = Change(c.id, "material_id", new)
    if (c.id, "material_id") in ctx.claimed or not changes_anything(c, change):
        return None
    ctx.claimed.add((c.id, "material_id"))
    return Hit(c.id, (change,), params | ctx.index.named("alternative", new), group)


def carbon_black(ctx: RuleContext) -> list[Hit]:
    """Black parts where the chain sorts plastics by near infrared: the same polymer with
    an NIR-detectable pigment (one recommendation per material)."""
    out = []
    for c, r in ctx.with_issue("carbon_black"):
        if not designed(ctx, c) or ctx.small([c.id]):
            continue
        for issue in (i for i in r.issues if i.code == "carbon_black"):
            mid = issue.params.get("material", "")
            if mid not in ctx.index.materials:
                continue
            params = ctx.index.named("material", mid)
            alt = ctx.base_grade(mid)
            if alt is not None and c.material_id == mid:
                hit = material_hit(ctx, c, alt.id, params, (mid, alt.id))
                out += [hit] if hit else []
            elif (c.id, "material_id") not in ctx.claimed:
                out.append(Hit(c.id, (), params, (mid,)))
    return out


def _substitute(ctx: RuleContext, c: Component, ok: Callable[[Material], bool],
                prefer: tuple[str, ...] = ()) -> Material | None:
    """The best material that can do the part's job and passes `ok`: those it prefers
    first, then its own family, then the best recycling yield."""
    m = ctx.material(c)
    pool = [ctx.index.materials[x] for x in ctx.substitutes(c.id)
            if x != c.material_id and ok(ctx.index.materials[x])]
    if not pool:
        return None
    family = m.family if m else ""
    return max(pool, key=lambda x: (x.id in prefer, x.family == family,
                                    ctx.recycling_yield(x.id), x.id))


def unsorted_incompatible(ctx: RuleContext) -> list[Hit]:
    """A part liberated by the shredder that lands in the sorting fraction of a material it
    spoils (one density class, wrought and cast aluminium): the partner's material where it
    can do the part's job."""
    out = []
    for c, r in ctx.with_issue("unsorted_incompatible"):
        if not designed(ctx, c) or ctx.small([c.id]):
            continue
        issue = next(i for i in r.issues if i.code == "unsorted_incompatible")
        others = [o for o in str(issue.params.get("other", "")).split(", ") if o]
        alt = _substitute(ctx, c, lambda x, o=others: not ctx.harm((x.id,), o)
                          and not x.substances, prefer=tuple(others))
        if alt is not None:
            params = ctx.index.named("material", c.material_id or "") | (
                ctx.index.named("other", others) if others else {})
            hit = material_hit(ctx, c, alt.id, params, (c.material_id, alt.id))
            out += [hit] if hit else []
    return out


def material_variety(ctx: RuleContext) -> list[Hit]:
    """Minor polymers that could be the product's main polymer, where that polymer can do
    the part's job (functional alternatives)."""
    plastics: Counter = Counter()
    polymers = set()  # grades of one polymer (PP, PP-T20, black PP) count once
    for f in ctx.facts():
        if f.designed and f.m is not None and f.m.family in PLASTIC_FAMILIES:
            plastics[f.m.id] += f.r.total_mass_kg
            polymers.add(f.m.stream or f.m.id)
    if len(polymers) <= ctx.advice.threshold("max_polymers"):
        return []
    main, total = plastics.most_common(1)[0][0], sum(plastics.values())
    target = ctx.base_grade(main) or ctx.index.materials[main]
    if target.carbon_black or ctx.is_filled(target.id):
        return []
    out = []
    minor = ctx.advice.threshold("minor_plastic_share") * total
    for f in ctx.facts():
        c, mid = f.c, f.c.material_id or ""
        if mid not in plastics or plastics[mid] >= minor or f.small or not f.designed:
            continue
        if ctx.is_filled(mid) or target.id not in ctx.substitutes(c.id):
            continue
        hit = material_hit(ctx, c, target.id, {"count": len(polymers)}, (target.id,))
        out += [hit] if hit else []
    return out


def no_recycling(ctx: RuleContext) -> list[Hit]:
    """A material with no recycling route where one that can do the part's job has one."""
    out = []
    for f in ctx.facts():
        c, r, m = f.c, f.r, f.m
        if m is None or r.route_code not in ("R9", "landfill") or r.blocked_routes:
            continue
        if m.is_composite or not f.designed or f.small or ctx.recycling_yield(m.id) > 0:
            continue
        alt = _substitute(ctx, c, lambda x: not x.substances and not x.carbon_black
                          and ctx.recycling_yield(x.id) > 0)
        if alt is not None:
            hit = material_hit(ctx, c, alt.id, ctx.index.named("material", m.id),
                               (m.id, alt.id))
            out += [hit] if hit else []
    return out


def _with_substances(ctx: RuleContext) -> list[tuple[Component, Material, set[str]]]:
    """(part, the material that carries it, lower-case substances) for each designed part
    whose own material or chosen constituent carries a substance of concern (once)."""
    found = ctx.memo.get("substances")
    if found is not None:
        return found
    found = []
    for f in ctx.facts():
        c, own = f.c, f.m
        if not f.designed:
            continue
        chosen = [own] if own is not None and own.substances else [
            ctx.index.materials[k] for k, _ in c.constituents if k in ctx.index.materials]
        for m in chosen:
            if m.substances and _chosen_by_designer(ctx, c, m):
                found.append((c, m, {s.lower() for s in m.substances}))
                break
    ctx.memo["substances"] = found
    return found


def _chosen_by_designer(ctx: RuleContext, c: Component, m: Material) -> bool:
    """A cell's or a board's chemistry is its maker's; a cable's insulation is chosen."""
    if m.family not in SEALED_FAMILIES:
        return True
    return "flexible_cable" in ctx.functions(c.id)


def substance(word: str | None) -> Callable[[RuleContext], list]:
    """A part with PVC, a brominated flame retardant or another substance of concern: a
    material that can do its job without it, or a supplier question."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for c, m, subst in _with_substances(ctx):
            if (word is None and subst & {PVC, BFR}) or (word is not None and word not in subst):
                continue
            if ctx.small([c.id]):
                continue
            params = ctx.index.named("material", m.id) | {"substances": ", ".join(
                m.substances)}
            alt = _substitute(ctx, c, lambda x: not x.substances)
            if alt is not None:
                hit = material_hit(ctx, c, alt.id, params, (m.id, alt.id))
                out += [hit] if hit else []
            elif (c.id, "material_id") not in ctx.claimed:
                out.append(Hit(c.id, (), params, (m.id,)))
        return out
    return find


def finish_harms(ctx: RuleContext, finish_id: str, material_id: str) -> bool:
    """Whether a finish hinders the recycling of this substrate (its own effect, or a
    finish:<id> compatibility row for the substrate)."""
    if finish_id in ("", LEAVE_OUT):
        return False
    f = ctx.index.finish(finish_id)
    if f is None:
        return True
    if f.substances or f.effect in HINDERS_FINISH:
        return True
    return any(e.effect in ("blocks", "downgrades") or e.effect in HINDERS_FINISH
               for e in ctx.index.pair_effects(material_id, f"finish:{f.id}"))


def substrate_harm(ctx: RuleContext, finish_id: str, material_id: str) -> bool:
    """Whether a compatibility row says this finish spoils this substrate's recycling."""
    return any(e.effect in ("blocks", "downgrades") or e.effect in HINDERS_FINISH
               for e in ctx.index.pair_effects(material_id, f"finish:{finish_id}"))


def finish_change(ctx: RuleContext, c: Component, keep: bool,
                  clean_only: bool = False) -> str | None:
    """The finish to give the part instead of its present one ('' = none), or None if no
    functional alternative is known; `clean_only`: one without substances of concern is
    enough (the aim is the substance)."""
    f = ctx.index.finish(c.finish) if c.finish.strip() else None
    m = ctx.material(c)
    if f is None or m is None:
        return None
    for row in ctx.advice.finish_rows(ctx.functions(c.id), f.id, m, keep):
        new = "" if row.alternative == LEAVE_OUT else row.alternative
        if new == c.finish or (new and ctx.index.finish(new) is None):
            continue
        clean = not new or not ctx.index.finish(new).substances
        if clean if clean_only else not finish_harms(ctx, new, m.id):
            return new
    return None


def _finish_hit(ctx: RuleContext, c: Component, new: str | None, params: dict,
                finish_id: str) -> Hit | None:
    if new is None:
        return None if (c.id, "finish") in ctx.claimed else Hit(c.id, (), params, (finish_id,))
    change = Change(c.id, "finish", new)
    if (c.id, "finish") in ctx.claimed or not changes_anything(c, change):
        return None
    ctx.claimed.add((c.id, "finish"))
    named = ctx.index.named("new_finish", new) if new else {"leave": True}
    return Hit(c.id, (change,), params | named, (finish_id, new))


def finish_substance(cr6: bool) -> Callable[[RuleContext], list]:
    """A finish with a substance of concern (hexavalent chromium: a legal duty; PFAS and
    others: advice): a finish that does the same job without it."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for fact in ctx.facts():
            c, f = fact.c, fact.finish
            if f is None or not f.substances or ("cr6" in f.substances) != cr6:
                continue
            if not cr6 and (fact.small or not fact.designed):
                continue
            keep = ctx.keeps(c.id, "coating") or not ctx.is_plastic(c.material_id or "")
            params = ctx.index.named("finish", f.id) | {"substances": ", ".join(f.substances)}
            hit = _finish_hit(ctx, c, finish_change(ctx, c, keep, clean_only=True), params,
                              f.id)
            out += [hit] if hit else []
        return out
    return find


def coating(scope: str) -> Callable[[RuleContext], list]:
    """Finishes that hinder recycling, on plastics (left out, unless the finish is the
    part's function), on metals and on anything else (only another finish that does the
    same job and recycles)."""
    def find(ctx: RuleContext) -> list[Hit]:
        out = []
        for c, _r in ctx.with_issue("coating_hinders"):
            fam = ctx.family_of(c.material_id or "")
            kind = ("plastic" if fam in PLASTIC_FAMILIES else "metal" if ctx.is_metal(
                c.material_id or "") else "other")
            f = ctx.index.finish(c.finish)
            if kind != scope or f is None or f.substances or ctx.small([c.id]):
                continue
            if scope != "plastic" and not substrate_harm(ctx, f.id, c.material_id or ""):
                continue  # a finish with no known effect on this metal or material
            keep = scope != "plastic" or ctx.keeps(c.id, "coating")
            new = finish_change(ctx, c, keep)
            if new is None:
                continue  # a finish the part needs, with no better variant known
            hit = _finish_hit(ctx, c, new, ctx.index.named("finish", f.id), f.id)
            out += [hit] if hit else []
        return out
    return find


def crm_substitute(ctx: RuleContext) -> list[Hit]:
    """A rare-earth magnet big enough to matter whose raw materials come mostly from one
    country: a check whether a magnet without them fits (advice without edit: the model
    cannot size the other magnet)."""
    out = []
    limit = ctx.advice.threshold("supply_concentration")
    for f in ctx.facts():
        c = f.c
        if "magnet" not in f.functions or f.small:
            continue
        crms = [k for k, _ in ctx.index.crm_content.get(c.material_id or "", ())]
        concentrated = [k for k in crms if ctx.index.crm.get(k) is not None
                        and (ctx.index.crm[k].supply_share or 0) >= limit]
        if concentrated:
            out.append(Hit(c.id, (), ctx.index.named("material", c.material_id or "")
                           | ctx.index.named("crms", concentrated), (c.material_id,)))
    return out


def marking(ctx: RuleContext) -> list[Hit]:
    """Plastic parts above the marking threshold without an ISO 11469 code."""
    out = []
    limit = ctx.advice.threshold("marking_min_kg")
    for f in ctx.facts():
        c, m = f.c, f.m
        if m is None or m.family not in PLASTIC_FAMILIES or not m.iso_code or not f.designed:
            continue
        if f.functions & UNMARKED_FUNCTIONS:
            continue
        if (c.mass_kg or 0.0) >= limit and not any(w in c.notes.lower() for w in MARK_WORDS):
            code = f">{m.iso_code}<"
            change = Change(c.id, "notes", code)
            if (c.id, "notes") not in ctx.claimed and changes_anything(c, change):
                out.append(Hit(c.id, (change,), {"code": code}, ()))
    return out


def recycled_content(ctx: RuleContext) -> list[Hit]:
    """Recycled content at the market's share of each material, where its function
    allows recycled material (one recommendation per material, with its own figure)."""
    out = []
    for f in ctx.facts():
        c, m = f.c, f.m
        share = m.recycled_content_market if m else None
        if not share or m.is_composite or c.constituents or not f.designed or f.small:
            continue  # a part of several materials has no single market figure
        if (c.id, "material_id") in ctx.claimed:
            continue  # another material is advised: its market share would be another
        have = c.recycled_content or 0.0
        if have >= share or have + (c.reused_content or 0.0) + share - have > 1:
            continue
        if not ctx.advice.recycled_allowed(f.functions, m):
            continue
        change = Change(c.id, "recycled_content", share)
        if (c.id, "recycled_content") not in ctx.claimed and changes_anything(c, change):
            ctx.claimed.add((c.id, "recycled_content"))
            out.append(Hit(c.id, (change,), {"share": share} | ctx.index.named(
                "material", m.id), (m.id,)))
    return out


def recycled_question(ctx: RuleContext) -> list[Hit]:
    """A large part without recycled content whose material has no market figure in the
    knowledge base: a supplier question (advice without edit)."""
    out = []
    limit = ctx.advice.threshold("large_part_share")
    for f in ctx.facts():
        c, m = f.c, f.m
        if m is None or m.recycled_content_market or (
                m.family not in RECYCLED_FAMILIES and m.id not in WOOD_BOARDS):
            continue
        if (c.recycled_content or 0.0) > 0 or m.is_composite or c.constituents or f.small:
            continue
        if not f.designed:
            continue
        if (c.id, "material_id") in ctx.claimed:
            continue
        if ctx.share([c.id]) >= limit and ctx.advice.recycled_allowed(f.functions, m):
            out.append(Hit(c.id, (), ctx.index.named("material", m.id), (m.id,)))
    return out
