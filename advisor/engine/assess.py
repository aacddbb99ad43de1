"""The assessment of one leaf part: its material units, routes, yields, issues and sums."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from advisor.engine.kbindex import LOWERS_YIELD, PLASTIC_FAMILIES, KbIndex, remember
from advisor.engine.liberation import Liberation
from advisor.engine.metrics import Contribution, mci_terms
from advisor.engine.mixissues import merge_by_code, mix_issues
from advisor.engine.routes import (
    HINDERS,
    LANDFILL,
    RECYCLE,
    RouteChoice,
    UnitContext,
    choose_route,
)
from advisor.model import COMPONENT_ROUTES, Component, ComponentResult, Issue, MciInputs

# Below this resolver confidence a material match is shown to the user to confirm
# (the knowledge-base issue sets 0.6 as the bar for a usable match).
MIN_CONFIDENCE = 0.6
# Words in a plastic's name that mean carbon-black pigment, and words that say the black
# is an NIR-detectable pigment instead.
BLACK_WORDS = ("black", "zwart", "roet", "carbon black")
DETECTABLE_WORDS = ("nir", "detectable", "detecteerbaar")
# Families whose parts must be taken out before shredding (WEEE Annex VII).
REMOVE_FAMILIES = {"battery": "battery", "electronics": "electronics"}
REMOVAL_ORDER = ("battery", "electronics", "substance", "reuse")
# Leaf assessments remembered per knowledge base (`KbIndex.leaf_cache`): BOM rows repeat
# material, joint, finish and shredding group, and recommendation gains re-assess the
# same parts once per rule. Cleared when full; a core is a few kB.
LEAF_MEMO_SIZE = 10_000
# Sums per kilogram remembered per knowledge base (`_per_kg`); a few hundred bytes each.
PER_KG_MEMO_SIZE = 20_000
# Cores of one part in other shredding groups (`_LeafCore.regrouped`), per core.
REGROUPED_SIZE = 64
# Off only to check that the memo changes nothing (`leaf_memo(False)` in the tests).
MEMO_ENABLED = True


@dataclass(frozen=True)
class Settings:
    region: str
    utility_x: float
    processed_within: str = "anywhere"
    stream: str = ""


@dataclass(frozen=True)
class LeafOutcome:
    """One leaf's result, its contribution to the product sums and why it must come out."""

    result: ComponentResult
    contribution: Contribution
    removal: tuple[str, ...]
    units: tuple[tuple[str, float], ...]
    core: _LeafCore  # the mass-independent part it was built from
    per_kg: _PerKg  # and its sums per kilogram: `contribution` is these times the mass


def material_units(c: Component, index: KbIndex) -> tuple[tuple[tuple[str, float], ...],
                                                          list[Issue]]:
    """The materials a part is made of, with mass shares summing to 1."""
    mats = index.materials
    if c.constituents:
        known = [(m, s) for m, s in c.constituents if m in mats and s > 0]
        total = sum(s for _, s in known)
        if known and total > 0:
            return tuple((m, s / total) for m, s in known), []
    if c.material_id is None or c.material_id not in mats:
        return (), [Issue("material_unresolved", "data", {"input": c.material_input})]
    m = mats[c.material_id]
    parts = index.compositions.get(m.id, ())
    if m.is_composite and not index.route_options(m.id):
        known = [(k, s) for k, s in parts if k in mats and s > 0]
        total = sum(s for _, s in known)
        if known and total > 0:
            return tuple((k, s / total) for k, s in known), []
        return ((m.id, 1.0),), [Issue("composition_unknown", "data", index.named("material", m.id))]
    return ((m.id, 1.0),), []


def is_black(c: Component, material_id: str, index: KbIndex) -> bool:
    """Carbon-black pigmented: flagged in the knowledge base, or said so in a plastic's name."""
    m = index.materials[material_id]
    if m.carbon_black:
        return True
    if m.family not in PLASTIC_FAMILIES:
        return False
    text = c.material_input.lower()
    return any(w in text for w in BLACK_WORDS) and not any(w in text for w in DETECTABLE_WORDS)


def removal_reasons(units: tuple[tuple[str, float], ...], c: Component,
                    index: KbIndex, finish_subst: tuple[str, ...]) -> tuple[str, ...]:
    """Why a part must be taken out before shredding (empty: it need not)."""
    out: list[str] = []
    ids = [m for m, _ in units]
    if c.material_id in index.materials:
        ids.append(c.material_id)
    for mid in ids:
        m = index.materials[mid]
        if m.family in REMOVE_FAMILIES:
            out.append(REMOVE_FAMILIES[m.family])
        if m.substances:
            out.append("substance")
        if m.durable_part:
            out.append("reuse")
    if finish_subst:
        out.append("substance")
    # The most specific reason first: a board is 'electronics' before 'substance'.
    return tuple(sorted(dict.fromkeys(out), key=REMOVAL_ORDER.index))


def _unit_context(c: Component, mid: str, lib: Liberation, others: tuple[str, ...],
                  index: KbIndex, region: str) -> UnitContext:
    finish = index.finish(c.finish) if c.finish.strip() else None
    m = index.materials[mid]
    subst = tuple(dict.fromkeys(m.substances + (finish.substances if finish else ())))
    return UnitContext(
        material=m, liberated=lib.liberated, destructive=lib.destructive,
        joint_name=lib.joint.id if lib.joint else c.joint_input, finish=finish,
        black=is_black(c, mid, index), substances=subst, others=others,
        region=region)


def _representative(choices: Sequence[tuple[RouteChoice, float]]) -> RouteChoice:
    """The route shown for a multi-material part: the one carrying the most recovered mass."""
    def key(item: tuple[RouteChoice, float]) -> tuple[float, float]:
        choice, share = item
        return share * (choice.recycled + choice.reused), share
    return max(choices, key=key)[0]


def assess_leaf(c: Component, mass: float, lib: Liberation, group_materials: frozenset[str],
                index: KbIndex, settings: Settings) -> LeafOutcome:
    """Assess one leaf part given what it is shredded together with.

    The mass-independent part (`_LeafCore`) and the sums per kilogram (`_PerKg`) are
    remembered per knowledge base; the part's sums are those per kilogram times its mass,
    with the memo or without it, so the outcome is identical either way.
    """
    core = _leaf_core(c, lib, group_materials, index, settings.region)
    per_kg = _per_kg(c, core, index)
    contribution, mci_inputs, issues = per_kg.contribution.scaled(mass), per_kg.inputs, \
        core.issues
    result = ComponentResult(
        row=c.row, id=c.id, parent=c.parent_id, name=c.name, is_assembly=False,
        material_input=c.material_input, material_id=c.material_id,
        match_confidence=c.match_confidence, mass_kg=c.mass_kg or 0.0, quantity=c.quantity,
        total_mass_kg=mass, joint=lib.joint.id if lib.joint else (c.joint_id or None),
        liberated=lib.liberated, route_code=core.rep.code, route_quality=core.rep.quality,
        blocked_routes=core.rep.blocked, recycling_yield=core.recycling_yield,
        energy_recovery_share=core.energy_share, reuse_share=core.reuse_share,
        mci_inputs=mci_inputs, issues=issues, sources=core.sources,
        needs_removal=bool(core.removal), finish=c.finish)
    return LeafOutcome(result, contribution, core.removal, core.units, core, per_kg)


def gain_core(c: Component, lib: Liberation, group_materials: frozenset[str],
              index: KbIndex, settings: Settings, before: _LeafCore | None = None,
              ) -> _LeafCore:
    """The mass-independent assessment of a part, for the gain path (see `leaf_per_kg`).

    `before` is the core of this very part (same component and liberation) in another
    shredding group: the new core is then looked up by the group's materials alone.
    """
    if before is None or not MEMO_ENABLED:
        return _leaf_core(c, lib, group_materials, index, settings.region)
    return remember(before.regrouped, group_materials, REGROUPED_SIZE,
                    lambda: _leaf_core(c, lib, group_materials, index, settings.region))


def leaf_per_kg(c: Component, core: _LeafCore, index: KbIndex) -> _PerKg:
    """What `assess_leaf` adds to the product sums for one kilogram of the part (its
    contribution is this times its mass): the cheap path for a recommendation's gain."""
    return _per_kg(c, core, index)


@dataclass(frozen=True)
class _PerKg:
    """A part's sums for one kilogram and its MCI inputs (mass-independent)."""

    contribution: Contribution
    inputs: MciInputs
    key: tuple  # everything it was computed from (see `_per_kg`)
    key_hash: int  # hash(key), kept: the gain path groups parts by it


def _per_kg(c: Component, core: _LeafCore, index: KbIndex) -> _PerKg:
    """Remembered per knowledge base by everything `_contribution` reads apart from the
    mass: `sums_key` and the recycled and reused content."""
    key = (core.sums_key, _exact(c.recycled_content or 0.0), _exact(c.reused_content or 0.0))

    def make() -> _PerKg:
        return _PerKg(*_contribution(c, 1.0, core.units, core.choices, index), key, hash(key))

    return remember(index.per_kg_cache, key, PER_KG_MEMO_SIZE, make) if MEMO_ENABLED \
        else make()


@dataclass(frozen=True)
class _LeafCore:
    """What a leaf's assessment is apart from its mass, its identity and its row."""

    units: tuple[tuple[str, float], ...]
    choices: tuple[tuple[RouteChoice, float], ...]
    issues: tuple[Issue, ...]  # all of them, the critical raw materials' included
    removal: tuple[str, ...]
    rep: RouteChoice
    recycling_yield: float
    energy_share: float
    reuse_share: float
    sources: tuple[str, ...]
    # Everything `_contribution` reads apart from the part's mass and recycled and reused
    # content: equal keys give equal sums (the material id picks the carbon factor).
    sums_key: tuple
    # The core of the same part in a shredding group with other materials, by those
    # materials (filled by `leaf_sums`; everything else in the memo key is the same).
    regrouped: dict = field(default_factory=dict, compare=False, repr=False)


def memo_key(c: Component, lib: Liberation, group_materials: frozenset[str],
             region: str) -> tuple:
    """Everything `_compute_core` reads, exactly (numbers with their type and sign).

    Not in it: id, name, parent, row, notes, mass and quantity (not read by the core),
    reused content (read only by `_contribution`), and of the recycled content only
    whether it is above zero (the `e_f_unknown` issue; the sums use the value itself).
    """
    return (c.material_id, c.material_input, _exact(c.match_confidence),
            tuple((m, _exact(s)) for m, s in c.constituents), c.joint_input, c.joint_id,
            c.finish, (c.recycled_content or 0.0) > 0, lib, group_materials, region)


def _exact(value: object) -> tuple[type, str]:
    """A key that tells 0.0 from -0.0 and 1 from 1.0 (equal in Python, not in output)."""
    return type(value), repr(value)


def _leaf_core(c: Component, lib: Liberation, group_materials: frozenset[str],
               index: KbIndex, region: str) -> _LeafCore:
    if not MEMO_ENABLED:
        return _compute_core(c, lib, group_materials, index, region)
    return remember(index.leaf_cache, memo_key(c, lib, group_materials, region),
                    LEAF_MEMO_SIZE,
                    lambda: _compute_core(c, lib, group_materials, index, region))


def _compute_core(c: Component, lib: Liberation, group_materials: frozenset[str],
                  index: KbIndex, region: str) -> _LeafCore:
    units, issues = material_units(c, index)
    own = {m for m, _ in units}
    choices: list[tuple[RouteChoice, float]] = []
    for mid, share in units:
        others = tuple(sorted((group_materials | own) - {mid}))
        choices.append((choose_route(_unit_context(c, mid, lib, others, index, region),
                                     index), share))
    finish = index.finish(c.finish) if c.finish.strip() else None
    issues += _part_issues(c, units, lib, finish, index)
    issues += mix_issues(units, [ch.effects for ch, _ in choices], group_materials, lib,
                         (c.material_id, c.material_input), index)
    removal = removal_reasons(units, c, index, finish.substances if finish else ())
    if removal and not lib.liberated:
        code = "battery_not_removable" if "battery" in removal else "removal_blocked"
        issues.append(Issue(code, "joint", {"why": removal[0]} | index.named(
            "joint", lib.joint.id if lib.joint else "")))
    elif removal and lib.joint is not None and lib.joint.tool_class == "special":
        issues.append(Issue("special_tool", "joint",
                            {"why": removal[0]} | index.named("joint", lib.joint.id)))
    after: list[Issue] = []
    if (c.recycled_content or 0.0) > 0 and _stream_yield(units, index) is None:
        after.append(Issue("e_f_unknown", "data", index.named("material", [m for m, _ in units])))
    for choice, _ in choices:
        after.extend(choice.issues)
    crm = Contribution()  # the critical raw materials in one kilogram of the part
    _crm(crm, 1.0, units, tuple(choices), index)
    crm_issue = _crm_issue(crm, index)
    return _LeafCore(
        units, tuple(choices),
        merge_by_code([*issues, *([crm_issue] if crm_issue else []), *after], index), removal,
        _representative(choices) if choices else RouteChoice(LANDFILL, "landfill"),
        _weighted(choices, "recycled"), _weighted(choices, "energy"),
        _weighted(choices, "reused"),
        tuple(dict.fromkeys(ch.source for ch, _ in choices if ch.source)),
        (c.material_id, units,
         tuple((ch.code, ch.recycled, ch.reused, ch.energy) for ch, _ in choices)))


def _weighted(choices: Sequence[tuple[RouteChoice, float]], name: str) -> float:
    return min(1.0, sum(getattr(ch, name) * share for ch, share in choices))


def _part_issues(c: Component, units: tuple[tuple[str, float], ...], lib: Liberation,
                 finish, index: KbIndex) -> list[Issue]:
    """Design faults of the part itself (language-free codes with parameters)."""
    out: list[Issue] = []
    if 0 < c.match_confidence < MIN_CONFIDENCE and c.material_id:
        out.append(Issue("low_confidence", "data", {"input": c.material_input,
                                                    "confidence": c.match_confidence}
                         | index.named("material", c.material_id)))
    if lib.unresolved:
        out.append(Issue("joint_unresolved", "data", {"input": c.joint_input}))
    if lib.embedded and lib.joint is not None:
        out.append(Issue("embedded_fastener", "joint", index.named("joint", lib.joint.id)
                         | index.named("material", c.material_id or "")
                         | ({"finish": c.finish} if c.finish.strip() else {"finish": ""})))
    if c.finish.strip() and finish is None:
        out.append(Issue("finish_unknown", "data", {"input": c.finish}))
    elif finish is not None and finish.effect in HINDERS | LOWERS_YIELD:
        out.append(Issue("coating_hinders", "coating",
                         {"effect": finish.effect} | index.named("finish", finish.id)))
    for mid, _ in units:
        m = index.materials[mid]
        if is_black(c, mid, index):
            out.append(Issue("carbon_black", "material", index.named("material", mid)))
        if m.substances:
            out.append(Issue("substance_of_concern", "substance",
                             {"substances": ", ".join(m.substances)}
                             | index.named("material", mid)))
    if finish is not None and finish.substances:
        out.append(Issue("substance_of_concern", "substance",
                         {"substances": ", ".join(finish.substances)}
                         | index.named("material", finish.id)))
    return out


def _stream_yield(units: tuple[tuple[str, float], ...], index: KbIndex) -> float | None:
    """E_F: the process yield of the stream that makes the part's recycled feedstock."""
    known = [(index.stream_yield.get(index.materials[m].stream), s) for m, s in units]
    if not known or any(y is None for y, _ in known):
        return None
    return sum(y * s for y, s in known)


def _contribution(c: Component, mass: float, units: tuple[tuple[str, float], ...],
                  choices: Sequence[tuple[RouteChoice, float]], index: KbIndex,
                  ) -> tuple[Contribution, MciInputs]:
    """The part's sums: yields, MCI terms, carbon and critical raw materials."""
    out = Contribution(mass=mass)
    if not units:
        out.unresolved = mass
    f_r = c.recycled_content or 0.0
    f_u = c.reused_content or 0.0
    recycled = sum(ch.recycled * s for ch, s in choices)
    c_r = sum(s for ch, s in choices if ch.code == RECYCLE)
    c_u = sum(ch.reused * s for ch, s in choices if ch.code in COMPONENT_ROUTES)
    e_c = recycled / c_r if c_r > 0 else 1.0
    e_f = _stream_yield(units, index) or 1.0
    inputs = MciInputs(F_R=f_r, F_U=f_u, C_R=c_r, C_U=c_u, E_C=e_c, E_F=e_f)
    out.v, out.w0, out.wc, out.wf = mci_terms(mass, f_r, f_u, c_r, c_u, e_c, e_f)
    out.recycled = mass * recycled
    out.energy = mass * sum(ch.energy * s for ch, s in choices)
    out.reused = mass * c_u
    out.inflow = mass * (f_r + f_u)
    _carbon(out, mass, units, f_r, c, index)
    _crm(out, mass, units, choices, index)
    return out, inputs


def _carbon(out: Contribution, mass: float, units: tuple[tuple[str, float], ...], f_r: float,
            c: Component, index: KbIndex) -> None:
    """Cradle-to-gate carbon; recycled content counts only where a recycled factor exists."""
    item = index.materials.get(c.material_id or "")
    if item is not None and item.carbon_kg_per_kg is not None:
        units = ((item.id, 1.0),)
    for mid, share in units:
        m = index.materials[mid]
        if m.carbon_kg_per_kg is None:
            out.carbon_unknown += mass * share
            continue
        virgin = mass * share * m.carbon_kg_per_kg
        if m.carbon_recycled_kg_per_kg is None or f_r <= 0:
            out.carbon += virgin
            continue
        saved = mass * share * f_r * (m.carbon_kg_per_kg - m.carbon_recycled_kg_per_kg)
        out.carbon += virgin - saved
        out.carbon_saved += saved


def _crm(out: Contribution, mass: float, units: tuple[tuple[str, float], ...],
         choices: Sequence[tuple[RouteChoice, float]], index: KbIndex) -> None:
    """Critical raw materials in the part and the mass on a route that recovers them."""
    for (mid, share), (choice, _) in zip(units, choices, strict=True):
        kept = choice.recycled + choice.reused
        content = index.crm_content.get(mid)
        if content is None:
            content = tuple((crm, s * cs) for k, cs in index.compositions.get(mid, ())
                            for crm, s in index.crm_content.get(k, ()))
        for crm_id, crm_share in content:
            m_crm = mass * share * crm_share
            prev = out.crm.get(crm_id, (0.0, 0.0))
            out.crm[crm_id] = (prev[0] + m_crm, prev[1] + m_crm * kept)


def _crm_issue(out: Contribution, index: KbIndex) -> Issue | None:
    """The part's critical raw materials and the share on a route that recovers them
    (from the sums of one kilogram: the share does not depend on the mass)."""
    if not out.crm:
        return None
    total = sum(m for m, _ in out.crm.values())
    kept_share = sum(r for _, r in out.crm.values()) / total if total > 0 else 0.0
    return Issue("crm_present", "crm",
                 {"recovered": kept_share} | index.named("crms", sorted(out.crm)))


@contextmanager
def leaf_memo(enabled: bool) -> Iterator[None]:
    """Within the block, use the leaf memo or not (process-wide; for tests and benches)."""
    global MEMO_ENABLED
    before, MEMO_ENABLED = MEMO_ENABLED, enabled
    try:
        yield
    finally:
        MEMO_ENABLED = before
