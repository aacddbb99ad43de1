"""Route selection: the best step of the R-ladder whose requirements a material unit meets.

A *unit* is one material in one part: the part's own material, or one constituent of a
blend or composite item. The knowledge base lists per material (or family) the routes
it can reach with their requirements; this module checks them in ladder order and
returns the first that holds, with every better route's blocking reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.engine.kbindex import (
    BLOCKS,
    BLOCKS_CLOSED_LOOP,
    DOWNGRADES,
    LOWERS_YIELD,
    Finish,
    KbIndex,
    remember,
)
from advisor.model import COMPONENT_ROUTES, BlockedRoute, Issue, Material, Reason, RouteOption

RECYCLE = "R8"
ENERGY = "R9"
LANDFILL = "landfill"
HIGH_QUALITIES = frozenset({"closed_loop", "high_grade"})
HINDERS = BLOCKS | DOWNGRADES | BLOCKS_CLOSED_LOOP

# Regions nest: a route available in Utrecht is available in the Netherlands and the EU.
REGION_SCOPE = {"utrecht": ("utrecht",), "nl": ("utrecht", "nl"), "eu": ("utrecht", "nl", "eu")}
REGION_NAMES = {"utrecht": ("the Utrecht region", "regio Utrecht"),
                "nl": ("the Netherlands", "Nederland"), "eu": ("the EU", "de EU")}


@dataclass(frozen=True)
class UnitContext:
    """Everything about one material unit that a route requirement can depend on."""

    material: Material
    liberated: bool
    destructive: bool
    joint_name: str
    finish: Finish | None
    black: bool
    substances: tuple[str, ...]
    others: tuple[str, ...]  # other materials it is shredded or blended with
    region: str


@dataclass(frozen=True)
class RouteChoice:
    """The route a unit reaches, its yields and the better routes that are blocked."""

    code: str
    quality: str
    recycled: float = 0.0
    energy: float = 0.0
    reused: float = 0.0
    blocked: tuple[BlockedRoute, ...] = ()
    issues: tuple[Issue, ...] = ()
    effects: tuple[tuple[str, str], ...] = field(default=())  # (other material, effect)
    source: str = ""


def _available(option: RouteOption, region: str) -> bool:
    scope = REGION_SCOPE.get(region, REGION_SCOPE["eu"])
    return any(r in scope for r in option.regions)


def _region_params(region: str, regions: tuple[str, ...]) -> dict[str, str]:
    """Where a route is listed, named in both languages, and the region that counts it."""
    wider = next((r for r in REGION_SCOPE if r in regions and r != region), "eu")
    return {"region": region, "regions": ", ".join(regions), "wider": wider,
            "regions_en": " and ".join(REGION_NAMES.get(r, (r, r))[0] for r in regions),
            "regions_nl": " en ".join(REGION_NAMES.get(r, (r, r))[1] for r in regions)}


def _requirement(req: str, u: UnitContext, mixes: dict[str, list],
                 index: KbIndex) -> Reason | None:
    """The reason a requirement fails for a unit, or None if it holds."""
    m = u.material
    if req == "liberated" and not u.liberated:
        return Reason("not_liberated", index.named("joint", u.joint_name))
    if req == "uncoated" and u.finish is not None and u.finish.effect in HINDERS:
        return Reason("coated", index.named("finish", u.finish.id))
    if req == "detectable" and u.black:
        return Reason("not_detectable", index.named("material", m.id))
    if req == "soc_free" and u.substances:
        return Reason("substance", {"substances": ", ".join(u.substances)})
    if req == "mono" and u.others:
        return Reason("not_mono", index.named("others", list(u.others)))
    if req == "compatible" and (mixes["blocks"] or mixes["downgrades"]):
        return Reason("incompatible", index.named("others", _uniq(mixes["blocks"]
                                                                + mixes["downgrades"])))
    if req == "durable" and not m.durable_part:
        return Reason("not_durable", index.named("material", m.id))
    if req == "functional" and (not u.liberated or u.destructive):
        return Reason("not_functional", index.named("joint", u.joint_name))
    return None


def _reasons(option: RouteOption, u: UnitContext, mixes: dict[str, list],
             index: KbIndex) -> list[Reason]:
    out: list[Reason] = []
    if not _available(option, u.region):
        out.append(Reason("not_in_region", _region_params(u.region, option.regions)))
    for req in option.requires:
        reason = _requirement(req.strip().lower(), u, mixes, index)
        if reason is not None:
            out.append(reason)
    if option.code == RECYCLE:
        blocking = [o for o, route in mixes["blocks_route"] if not route or route in (
            option.code, option.quality)]
        if blocking and "compatible" not in option.requires:
            out.append(Reason("incompatible", index.named("others", _uniq(blocking))))
        high = option.quality in HIGH_QUALITIES
        if high and mixes["downgrades"] and "compatible" not in option.requires:
            out.append(Reason("mix_downgrades", index.named("others", _uniq(mixes["downgrades"]))))
        if u.finish is not None and "uncoated" not in option.requires and _finish_blocks(
                u.finish, option.quality):
            out.append(Reason("coated", index.named("finish", u.finish.id)))
    return out


def _finish_blocks(finish: Finish, quality: str) -> bool:
    """Whether a finish keeps a recycling option of this quality from being reached."""
    if finish.effect in BLOCKS:
        return True
    if finish.effect in DOWNGRADES:
        return quality in HIGH_QUALITIES
    return finish.effect in BLOCKS_CLOSED_LOOP and quality == "closed_loop"


def _mixes(u: UnitContext, index: KbIndex) -> tuple[dict[str, list], list[Issue], float]:
    """Compatibility effects of the unit's partners, and the product of yield factors."""
    mixes: dict[str, list] = {"blocks": [], "downgrades": [], "blocks_route": [], "lowers": []}
    issues: list[Issue] = []
    factor = 1.0
    for other in u.others:
        for e in index.pair_effects(u.material.id, other):
            if e.effect in BLOCKS:
                mixes["blocks"].append(other)
                mixes["blocks_route"].append((other, e.route))
            elif e.effect in DOWNGRADES:
                mixes["downgrades"].append(other)
            elif e.effect in LOWERS_YIELD:
                mixes["lowers"].append(other)
                if e.yield_factor is not None:
                    factor *= e.yield_factor
    return mixes, issues, factor


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
        return RouteChoice(LANDFILL, "landfill", issues=(issue,))
    mixes, issues, factor = _mixes(u, index)
    blocked: list[BlockedRoute] = []
    for option in options:
        if option.code in COMPONENT_ROUTES and not u.material.durable_part:
            continue  # reuse-type routes only apply to durable parts (motors, batteries ...)
        reasons = _reasons(option, u, mixes, index)
        if reasons:
            blocked.append(BlockedRoute(option.code, tuple(reasons), option.quality))
            continue
        return _reached(option, u, index, mixes, factor, tuple(blocked), tuple(issues))
    return RouteChoice(LANDFILL, "landfill", blocked=tuple(blocked), issues=tuple(issues),
                       effects=_effects(mixes))


def _uniq(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _effects(mixes: dict[str, list]) -> tuple[tuple[str, str], ...]:
    seen = dict.fromkeys([(o, "blocks") for o in mixes["blocks"]]
                         + [(o, "downgrades") for o in mixes["downgrades"]]
                         + [(o, "lowers_yield") for o in mixes["lowers"]])
    return tuple(seen)


def _reached(option: RouteOption, u: UnitContext, index: KbIndex,
             mixes: dict[str, list], factor: float, blocked: tuple[BlockedRoute, ...],
             issues: tuple[Issue, ...]) -> RouteChoice:
    effects = _effects(mixes)
    base = dict(code=option.code, quality=option.quality, blocked=blocked, issues=issues,
                effects=effects, source=option.source)
    if option.code in COMPONENT_ROUTES:
        return RouteChoice(**base, reused=option.yield_)
    if option.code == ENERGY:
        return RouteChoice(**base, energy=option.yield_)
    if option.code != RECYCLE:
        return RouteChoice(**base)
    recycled = max(0.0, min(1.0, option.yield_ * factor))
    # Recycling residues go to energy recovery where the material has that route.
    residue = next((o for o in index.route_options(u.material.id)
                    if o.code == ENERGY and not _reasons(o, u, mixes, index)), None)
    energy = (1 - recycled) * residue.yield_ if residue is not None else 0.0
    return RouteChoice(**base, recycled=recycled, energy=energy)
