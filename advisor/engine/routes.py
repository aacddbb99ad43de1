"""Route selection: the best step of the R-ladder whose requirements a material unit meets.

A *unit* is one material in one part: the part's own material, or one constituent of a
blend. The knowledge base lists per material (or family) the routes it can reach with
their requirements, the chains that lead there, where they are collected and where they
are processed; this module checks them in ladder order and returns the first that holds,
with every better route's blocking reasons.

What can spoil a unit is named by how it meets the unit: *attached* (it stays on the unit
after shredding: glued, welded, overmoulded, plated), *unsorted* (a separate fragment the
sorting cannot tell apart from it), or the unit's own *finish* (substrate-specific rows
`finish:<id>` of the compatibility table: chrome on ABS blocks its recycling, paint on
steel burns off and does nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.engine.kbindex import (
    BLOCKS,
    BLOCKS_CLOSED_LOOP,
    DOWNGRADES,
    LOWERS_YIELD,
    MONO_TOLERANCE,
    Finish,
    KbIndex,
    remember,
)
from advisor.engine.streams import Chain
from advisor.model import COMPONENT_ROUTES, BlockedRoute, Issue, Material, Reason, RouteOption

RECYCLE = "R8"
ENERGY = "R9"
LANDFILL = "landfill"
HIGH_QUALITIES = frozenset({"closed_loop", "high_grade"})
HINDERS = BLOCKS | DOWNGRADES | BLOCKS_CLOSED_LOOP
ATTACHED, UNSORTED, FINISH = "attached", "unsorted", "finish"
# The supply-security scenario: which processing places count for each scope.
SCOPES = {"region": ("region",), "nl": ("region", "nl"), "eu": ("region", "nl", "eu"),
          "anywhere": ("region", "nl", "eu", "world")}
# Kinds of material: "mono" fails when another material of the same kind stays attached.
KINDS = {"ferrous": "metal", "non-ferrous": "metal", "precious": "metal",
         "plastic-thermoplastic": "plastic", "plastic-thermoset": "plastic",
         "elastomer": "plastic", "wood": "fibre", "paper": "fibre", "textile": "textile",
         "glass": "mineral", "ceramic": "mineral"}


@dataclass(frozen=True)
class UnitContext:
    """Everything about one material unit that a route requirement can depend on."""

    material: Material
    liberated: bool  # the part comes out whole by hand
    known: bool  # its joint is known
    destructive: bool
    joint_name: str
    finish: Finish | None
    black: bool
    substances: tuple[str, ...]
    attached: tuple[str, ...]  # other materials that stay on it after shredding
    unsorted: tuple[str, ...]  # shredded materials sorted into the same fraction
    shares: tuple[tuple[str, float], ...]  # mass shares of the fragment it is part of
    region: str
    processed_within: str
    chain: Chain
    removed: bool  # taken out before shredding (WEEE Annex VII)
    stream: str = ""


@dataclass(frozen=True)
class RouteChoice:
    """The route a unit reaches, its outcome per kilogram and the blocked better routes."""

    code: str
    quality: str
    recycled: float = 0.0
    energy: float = 0.0
    reused: float = 0.0
    process_loss: float = 0.0
    landfill: float = 0.0
    blocked: tuple[BlockedRoute, ...] = ()
    issues: tuple[Issue, ...] = ()
    # (other material or finish, effect, how it meets the unit: ATTACHED, UNSORTED, FINISH)
    effects: tuple[tuple[str, str, str], ...] = field(default=())
    source: str = ""
    status: str = ""
    processed_in: str = ""
    chain: str = ""
    recyclable: bool = False  # the material has an established recycling route here
    crm_recovery: tuple[tuple[str, float], ...] = ()  # per raw material, where not the yield


def _place_names(places: tuple[str, ...]) -> dict[str, str]:
    return {"where": ", ".join(places)}


def _available(option: RouteOption, u: UnitContext) -> list[Reason]:
    """Why a route is out of reach for where the product is collected and processed."""
    out: list[Reason] = []
    if u.region not in option.regions:
        out.append(Reason("not_collected", {"region": u.region,
                                            "regions": ", ".join(option.regions)}))
    if option.streams and u.stream not in option.streams:
        out.append(Reason("no_channel_here", {"stream": u.stream}))
    elif option.chains and u.chain.id not in option.chains:
        out.append(Reason("not_in_chain", {"chain": u.chain.id, "chain_en": u.chain.name_en,
                                           "chain_nl": u.chain.name_nl}))
    elif option.code == RECYCLE and not u.chain.material_recycling and not option.chains:
        out.append(Reason("no_material_recycling", {"chain": u.chain.id,
                                                    "chain_en": u.chain.name_en,
                                                    "chain_nl": u.chain.name_nl}))
    allowed = SCOPES.get(u.processed_within, SCOPES["anywhere"])
    if option.processed_in not in allowed:
        out.append(Reason("not_in_scope", {"processed_in": option.processed_in,
                                           "scope": u.processed_within}))
    return out


def _requirement(req: str, option: RouteOption, u: UnitContext, mixes: dict[str, list],
                 index: KbIndex) -> Reason | None:
    """The reason a requirement fails for a unit, or None if it holds."""
    m = u.material
    if req == "liberated":  # the word of older data packs: by hand, for whole-part routes
        req = "dismantled" if option.code in COMPONENT_ROUTES else ""
    if req in ("dismantled", "functional") and not u.known:
        return Reason("joint_unknown", {})
    if req == "dismantled" and not u.liberated:
        return Reason("not_liberated", index.named("joint", u.joint_name))
    if req == "functional" and (not u.liberated or u.destructive):
        return Reason("not_functional", index.named("joint", u.joint_name))
    if req == "removed" and not (u.removed or (u.known and u.liberated)):
        return Reason("not_removed", index.named("material", m.id))
    if req == "durable" and not m.durable_part:
        return Reason("not_durable", index.named("material", m.id))
    if req == "uncoated" and u.finish is not None and u.finish.effect in HINDERS:
        return Reason("coated", index.named("finish", u.finish.id))
    if req == "detectable" and u.black and u.chain.plastics_sorting == "nir":
        return Reason("not_detectable", index.named("material", m.id))
    if req == "soc_free" and u.substances:
        return Reason("substance", {"substances": ", ".join(u.substances)})
    if req == "mono":
        kind = KINDS.get(m.family)
        same = [o for o in u.attached if kind is not None and _kind(o, index) == kind
                and _share(u, o) >= MONO_TOLERANCE]
        if same:
            return Reason("not_mono", index.named("others", same))
    if req == "compatible":
        return _compatible(mixes, index)
    return None


def _main_recycled(u: UnitContext, main: str, index: KbIndex) -> bool:
    """Whether the fragment's main material has a recycling route open here at all."""
    return any(o.code == RECYCLE and not _available(o, u) for o in index.route_options(main))


def _kind(material_id: str, index: KbIndex) -> str | None:
    m = index.materials.get(material_id)
    return KINDS.get(m.family) if m is not None else None


def _share(u: UnitContext, other: str) -> float:
    """The mass share of `other` in the unit's fragment (1 where shares are not known)."""
    return next((s for m, s in u.shares if m == other), 1.0)


def _compatible(mixes: dict[str, list], index: KbIndex) -> Reason | None:
    """The worst harm done by what is attached, sorted with it, or its finish."""
    for how, code in ((FINISH, "coated"), (ATTACHED, "incompatible"), (UNSORTED, "unsorted")):
        bad = _uniq([o for o, e, h, _ in mixes["all"] if h == how and (
            e in BLOCKS or e in DOWNGRADES or (e in BLOCKS_CLOSED_LOOP and how == FINISH))])
        if bad:
            if how == FINISH:
                return Reason(code, index.named("finish", bad[0].removeprefix("finish:")))
            return Reason(code, index.named("others", bad))
    return None


def _reasons(option: RouteOption, u: UnitContext, mixes: dict[str, list],
             index: KbIndex) -> list[Reason]:
    out = _available(option, u)
    for req in option.requires:
        reason = _requirement(req.strip().lower(), option, u, mixes, index)
        if reason is not None:
            out.append(reason)
    if option.code == RECYCLE and "compatible" not in option.requires:
        out.extend(_blocking(option, mixes, index))
    return out


def _blocking(option: RouteOption, mixes: dict[str, list], index: KbIndex) -> list[Reason]:
    """Effects that keep a recycling route out of reach even where it does not ask for a
    compatible mix: a blocking partner (PVC in PET), or a downgrading one for a high-grade
    route."""
    out: list[Reason] = []
    for how, code in ((FINISH, "coated"), (ATTACHED, "incompatible"), (UNSORTED, "unsorted")):
        hits = [o for o, e, h, route in mixes["all"] if h == how and (
            (e in BLOCKS and (not route or route in (option.code, option.quality)))
            or (e in DOWNGRADES and option.quality in HIGH_QUALITIES)
            or (e in BLOCKS_CLOSED_LOOP and option.quality == "closed_loop"))]
        if not hits:
            continue
        if how == FINISH:
            out.append(Reason(code, index.named("finish", hits[0].removeprefix("finish:"))))
        else:
            out.append(Reason(code, index.named("others", _uniq(hits))))
    return out


def _mixes(u: UnitContext, index: KbIndex) -> tuple[dict[str, list], float]:
    """Compatibility effects on the unit of what meets it, and the product of the known
    yield factors."""
    mixes: dict[str, list] = {"all": []}
    factor = 1.0
    partners = [(o, ATTACHED) for o in u.attached] + [(o, UNSORTED) for o in u.unsorted]
    if u.finish is not None:
        partners.append((f"finish:{u.finish.id}", FINISH))
    for other, how in partners:
        for e in index.pair_effects(u.material.id, other):
            if how == ATTACHED and _share(u, other) < e.tolerance:
                continue  # diluted below what the host's process tolerates
            mixes["all"].append((other, e.effect, how, e.route))
            if e.effect in LOWERS_YIELD and e.yield_factor is not None:
                factor *= e.yield_factor
    return mixes, factor


# Distinct unit contexts remembered per knowledge base; beyond this the memo starts over.
ROUTE_CACHE_SIZE = 50_000


def choose_route(u: UnitContext, index: KbIndex) -> RouteChoice:
    """The best route the unit reaches, with the blocked better routes and their reasons.

    A pure function of the context and the knowledge base, so it is remembered.
    """
    return remember(index.route_cache, u, ROUTE_CACHE_SIZE, lambda: _choose_route(u, index))


def _choose_route(u: UnitContext, index: KbIndex) -> RouteChoice:
    options = index.route_options(u.material.id)
    if not options:
        issue = Issue("no_route_data", "data", index.named("material", u.material.id))
        return RouteChoice(LANDFILL, "landfill", landfill=1.0, issues=(issue,))
    mixes, factor = _mixes(u, index)
    blocked: list[BlockedRoute] = []
    recyclable = any(o.code == RECYCLE and not _available(o, u) for o in options)
    for option in options:
        if option.code in COMPONENT_ROUTES and not u.material.durable_part:
            continue  # whole-part routes only apply to durable parts (motors, batteries ...)
        reasons = _reasons(option, u, mixes, index)
        if reasons:
            blocked.append(BlockedRoute(option.code, tuple(reasons), option.quality))
            continue
        return _reached(option, u, index, mixes, factor, tuple(blocked), recyclable)
    return RouteChoice(LANDFILL, "landfill", landfill=1.0, blocked=tuple(blocked),
                       effects=_effects(mixes), recyclable=recyclable)


def _uniq(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _effects(mixes: dict[str, list]) -> tuple[tuple[str, str, str], ...]:
    order = {"blocks": 0, "downgrades": 1, "blocks_closed_loop": 1, "lowers_yield": 2}
    seen = dict.fromkeys(
        (o, _effect_word(e), h) for o, e, h, _ in sorted(
            mixes["all"], key=lambda x: order.get(_effect_word(x[1]), 3)))
    return tuple(k for k in seen if k[1])


def _effect_word(effect: str) -> str:
    if effect in BLOCKS:
        return "blocks"
    if effect in DOWNGRADES or effect in BLOCKS_CLOSED_LOOP:
        return "downgrades"
    if effect in LOWERS_YIELD:
        return "lowers_yield"
    return ""


def _reached(option: RouteOption, u: UnitContext, index: KbIndex, mixes: dict[str, list],
             factor: float, blocked: tuple[BlockedRoute, ...],
             recyclable: bool) -> RouteChoice:
    base = dict(code=option.code, quality=option.quality, blocked=blocked,
                effects=_effects(mixes), source=option.source, status=option.status,
                crm_recovery=option.crm_recovery,
                processed_in=option.processed_in, chain=u.chain.id,
                recyclable=recyclable or option.code in COMPONENT_ROUTES)
    if option.code in COMPONENT_ROUTES:
        return RouteChoice(**base, reused=option.yield_, process_loss=1 - option.yield_)
    if option.code == ENERGY:
        return RouteChoice(**base, energy=option.yield_, landfill=1 - option.yield_)
    if option.code != RECYCLE:
        return RouteChoice(**base, landfill=1.0)
    recycled = max(0.0, min(1.0, option.yield_ * factor))
    # Recycling residues go to energy recovery where the material has that route.
    residue = next((o for o in index.route_options(u.material.id)
                    if o.code == ENERGY and not _reasons(o, u, mixes, index)), None)
    energy = (1 - recycled) * residue.yield_ if residue is not None else 0.0
    return RouteChoice(**base, recycled=recycled, energy=energy,
                       process_loss=max(0.0, 1 - recycled - energy))


def lost_route(u: UnitContext, main: str, index: KbIndex) -> RouteChoice:
    """A unit that stays attached to a fragment sorted as `main` and goes where that
    fragment goes: into its recycling process, where nothing of the unit comes back; or,
    where the fragment itself is burned or landfilled, with it to the unit's own energy
    recovery or landfill."""
    reason = Reason("travels_with", index.named("main", main))
    if not _main_recycled(u, main, index):
        options = [o for o in index.route_options(u.material.id)
                   if o.code in (ENERGY, LANDFILL) and not _available(o, u)]
        mixes, _ = _mixes(u, index)
        blocked = tuple(BlockedRoute(o.code, (reason,), o.quality)
                        for o in index.route_options(u.material.id) if o.code == RECYCLE)
        if options:
            return _reached(options[0], u, index, mixes, 1.0, blocked[:1], False)
    better = tuple(BlockedRoute(o.code, (reason,), o.quality)
                   for o in index.route_options(u.material.id)
                   if o.code == RECYCLE and o.code not in COMPONENT_ROUTES)
    mixes, _ = _mixes(u, index)
    return RouteChoice(RECYCLE, "downcycled", process_loss=1.0, blocked=better[:1],
                       effects=_effects(mixes), chain=u.chain.id,
                       processed_in=index.route_options(main)[0].processed_in
                       if index.route_options(main) else "",
                       recyclable=any(o.code == RECYCLE and not _available(o, u)
                                      for o in index.route_options(u.material.id)))
