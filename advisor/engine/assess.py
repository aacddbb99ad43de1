"""The assessment of one leaf part: its material units, routes, outcomes, issues and sums.

A leaf's result depends on the part itself, its liberation, the materials that stay
attached to it in the shredder (its fused group), the materials its fragments are sorted
with, whether the chain takes it out before shredding, and the settings: it is a pure
function of those, so the mass-independent part is remembered per knowledge base and the
sums are those per kilogram times the part's mass.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from advisor.engine import leafsums
from advisor.engine.kbindex import KbIndex, remember
from advisor.engine.liberation import Liberation
from advisor.engine.metrics import Contribution
from advisor.engine.mixissues import merge_by_code, mix_issues
from advisor.engine.partissues import part_issues
from advisor.engine.routes import LANDFILL, RouteChoice, UnitContext, choose_route, lost_route
from advisor.engine.sorting import travels_with
from advisor.engine.streams import Chain
from advisor.engine.units import Units, is_black, material_units
from advisor.model import COMPONENT_ROUTES, Component, ComponentResult, MaterialFlow, MciInputs

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
    stream_guessed: bool = False
    chain: Chain = field(default_factory=lambda: Chain("", "", ""))


@dataclass(frozen=True, slots=True)
class Treatment:
    """What the chain does with a leaf beyond shredding it with its group."""

    removed: str = ""  # why it is taken out before shredding (WEEE Annex VII), if it is
    battery_unit: bool = False  # the leaf is itself the battery the law speaks of
    sorted_with: frozenset[str] = frozenset()  # shredded materials in its sorting classes
    main: str = ""  # the material its shredded fragment is sorted as (its group's heaviest)
    # Mass share of each material of the fragment, banded (`replan.banded`): only
    # compared with the knowledge base's share thresholds.
    shares: tuple[tuple[str, float], ...] = ()


NO_TREATMENT = Treatment()


@dataclass(frozen=True, slots=True)
class LeafOutcome:
    """One leaf's result, its contribution to the product sums and whether it comes out."""

    result: ComponentResult
    removal: tuple[str, ...]  # ("reuse",) when it is taken out whole for a reuse route
    units: Units
    core: _LeafCore  # the mass-independent part it was built from
    per_kg: _PerKg  # and its sums per kilogram: `contribution` is these times the mass

    @property
    def contribution(self) -> Contribution:
        """What the leaf adds to the product sums: its sums per kilogram times its mass,
        worked out when asked (the same digits each time) rather than kept for every leaf
        of a 200,000-row bill of materials."""
        return self.per_kg.contribution.scaled(self.result.total_mass_kg)


def _unit_context(c: Component, mid: str, lib: Liberation, attached: tuple[str, ...],
                  unsorted: tuple[str, ...], treatment: Treatment, index: KbIndex,
                  settings: Settings) -> UnitContext:
    finish = index.finish(c.finish) if c.finish.strip() else None
    m = index.materials[mid]
    subst = tuple(dict.fromkeys(m.substances + (finish.substances if finish else ())))
    return UnitContext(
        material=m, liberated=lib.liberated, known=lib.known, destructive=lib.destructive,
        joint_name=lib.joint.id if lib.joint else c.joint_input, finish=finish,
        black=is_black(c, mid, index), substances=subst, attached=attached,
        unsorted=unsorted, shares=treatment.shares, region=settings.region,
        processed_within=settings.processed_within, chain=settings.chain,
        removed=bool(treatment.removed), stream=settings.stream)


def reuse_reachable(c: Component, lib: Liberation, index: KbIndex,
                    settings: Settings) -> bool:
    """Whether a durable part comes out whole for a reuse channel (a whole-part route of
    R3-R7 that it reaches on its own: its joint, its channel, where it is collected and
    processed), before anything about the shredder matters."""
    m = index.materials.get(c.material_id or "")
    if m is None or not m.durable_part or not lib.known or not lib.liberated:
        return False
    if not any(o.code in COMPONENT_ROUTES for o in index.route_options(m.id)):
        return False
    ctx = _unit_context(c, m.id, lib, (), (), NO_TREATMENT, index, settings)
    return choose_route(ctx, index).code in COMPONENT_ROUTES


def _representative(choices: Sequence[tuple[RouteChoice, float]]) -> RouteChoice:
    """The route shown for a multi-material part: the one carrying the most recovered mass."""
    def key(item: tuple[RouteChoice, float]) -> tuple[float, float]:
        choice, share = item
        return share * (choice.recycled + choice.reused), share
    return max(choices, key=key)[0]


def assess_leaf(c: Component, mass: float, lib: Liberation, group_materials: frozenset[str],
                index: KbIndex, settings: Settings,
                treatment: Treatment = NO_TREATMENT) -> LeafOutcome:
    """Assess one leaf part given what it is shredded and sorted together with."""
    core = _leaf_core(c, lib, group_materials, treatment, index, settings)
    per_kg = _per_kg(c, core, index)
    result = ComponentResult(
        row=c.row, id=c.id, parent=c.parent_id, name=c.name, is_assembly=False,
        material_input=c.material_input, material_id=c.material_id,
        match_confidence=c.match_confidence, mass_kg=c.mass_kg or 0.0, quantity=c.quantity,
        total_mass_kg=mass, joint=lib.joint.id if lib.joint else (c.joint_id or None),
        liberated=lib.liberated, route_code=core.rep.code, route_quality=core.rep.quality,
        blocked_routes=core.rep.blocked, recycling_yield=core.shares["recycled"],
        energy_recovery_share=core.shares["energy"], reuse_share=core.shares["reused"],
        mci_inputs=per_kg.inputs, issues=core.issues, sources=core.sources,
        needs_removal=bool(core.removal or treatment.removed), finish=c.finish,
        attached_to=c.attached_to, processed_in=core.rep.processed_in,
        chain=core.rep.chain or settings.chain.id,
        process_loss_share=core.shares["process_loss"], landfill_share=core.shares["landfill"],
        recyclable_share=core.shares["recyclable"], flows=core.flows)
    return LeafOutcome(result, core.removal, core.units, core, per_kg)


def gain_core(c: Component, lib: Liberation, group_materials: frozenset[str],
              index: KbIndex, settings: Settings, before: _LeafCore | None = None,
              treatment: Treatment = NO_TREATMENT) -> _LeafCore:
    """The mass-independent assessment of a part, for the gain path (see `leaf_per_kg`).

    `before` is the core of this very part (same component and liberation) in another
    context: the new core is then looked up by its group's materials and treatment alone.
    """
    if before is None or not MEMO_ENABLED:
        return _leaf_core(c, lib, group_materials, treatment, index, settings)
    return remember(before.regrouped, (group_materials, treatment), REGROUPED_SIZE,
                    lambda: _leaf_core(c, lib, group_materials, treatment, index, settings))


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
    """Remembered per knowledge base by everything `contribution` reads apart from the
    mass: `sums_key` and the recycled and reused content."""
    key = (core.sums_key, _exact(c.recycled_content or 0.0), _exact(c.reused_content or 0.0))

    def make() -> _PerKg:
        return _PerKg(*leafsums.contribution(c, 1.0, core.units, core.choices, index), key,
                      hash(key))

    return remember(index.per_kg_cache, key, PER_KG_MEMO_SIZE, make) if MEMO_ENABLED \
        else make()


@dataclass(frozen=True)
class _LeafCore:
    """What a leaf's assessment is apart from its mass, its identity and its row."""

    units: Units
    choices: tuple[tuple[RouteChoice, float], ...]
    issues: tuple  # all of them, the critical raw materials' included
    removal: tuple[str, ...]
    rep: RouteChoice
    shares: dict  # recycled, energy, reused, process_loss, landfill, recyclable per kg
    flows: tuple[MaterialFlow, ...]
    sources: tuple[str, ...]
    # Everything `contribution` reads apart from the part's mass and recycled and reused
    # content: equal keys give equal sums (the material id picks the carbon factor).
    sums_key: tuple
    # The core of the same part in another context, by its group's materials and
    # treatment (filled by `gain_core`; everything else in the memo key is the same).
    regrouped: dict = field(default_factory=dict, compare=False, repr=False)


def memo_key(c: Component, lib: Liberation, group_materials: frozenset[str],
             treatment: Treatment, settings: Settings) -> tuple:
    """Everything `_compute_core` reads, exactly (numbers with their type and sign).

    Not in it: id, name, parent, row, notes, mass and quantity (not read by the core),
    reused content (read only by `contribution`), and of the recycled content only
    whether it is above zero (the `e_f_unknown` issue; the sums use the value itself).
    """
    return (c.material_id, c.material_input, _exact(c.match_confidence),
            tuple((m, _exact(s)) for m, s in c.constituents), c.joint_input, c.joint_id,
            c.finish, (c.recycled_content or 0.0) > 0, lib, group_materials, treatment,
            settings.region, settings.processed_within, settings.chain.id, settings.stream)


def _exact(value: object) -> tuple[type, str]:
    """A key that tells 0.0 from -0.0 and 1 from 1.0 (equal in Python, not in output)."""
    return type(value), repr(value)


def _leaf_core(c: Component, lib: Liberation, group_materials: frozenset[str],
               treatment: Treatment, index: KbIndex, settings: Settings) -> _LeafCore:
    if not MEMO_ENABLED:
        return _compute_core(c, lib, group_materials, treatment, index, settings)
    return remember(index.leaf_cache, memo_key(c, lib, group_materials, treatment, settings),
                    LEAF_MEMO_SIZE,
                    lambda: _compute_core(c, lib, group_materials, treatment, index, settings))


def _choices(c: Component, units: Units, lib: Liberation, group_materials: frozenset[str],
             treatment: Treatment, index: KbIndex,
             settings: Settings) -> list[tuple[RouteChoice, float]]:
    own = {m for m, _ in units}
    out = []
    for mid, share in units:
        attached = tuple(sorted((group_materials | own) - {mid}))
        unsorted = () if treatment.removed else tuple(sorted(
            treatment.sorted_with - set(attached) - {mid}))
        ctx = _unit_context(c, mid, lib, attached, unsorted, treatment, index, settings)
        if treatment.main and travels_with(mid, treatment.main, index, settings.chain) \
                and not _unit_is_main_of_blend(mid, treatment):
            out.append((lost_route(ctx, treatment.main, index), share))
        else:
            out.append((choose_route(ctx, index), share))
    return out


def _unit_is_main_of_blend(mid: str, treatment: Treatment) -> bool:
    """A material that is itself the heaviest of its fragment never travels with it."""
    return mid == treatment.main


def _compute_core(c: Component, lib: Liberation, group_materials: frozenset[str],
                  treatment: Treatment, index: KbIndex, settings: Settings) -> _LeafCore:
    units, issues = material_units(c, index)
    choices = _choices(c, units, lib, group_materials, treatment, index, settings)
    issues += part_issues(c, units, lib, treatment, choices, index, settings.chain,
                          settings.stream)
    issues += mix_issues(units, [ch.effects for ch, _ in choices], lib,
                         (c.material_id, c.material_input), index, group_materials)
    after = []
    if (c.recycled_content or 0.0) > 0 and leafsums.stream_yield(units, index) is None:
        after.append(_e_f_issue(units, index))
    for choice, _ in choices:
        after.extend(choice.issues)
    crm = Contribution()  # the critical raw materials in one kilogram of the part
    leafsums.crm_sums(crm, 1.0, units, tuple(choices), index)
    crm_issue = leafsums.crm_issue(crm, index)
    reused = any(ch.code in COMPONENT_ROUTES for ch, _ in choices)
    shares = {name: _weighted(choices, name) for name in
              ("recycled", "energy", "reused", "process_loss", "landfill")}
    shares["recyclable"] = sum(s for ch, s in choices if ch.recyclable)
    if not units:
        shares["landfill"] = 1.0
    return _LeafCore(
        units, tuple(choices),
        merge_by_code([*issues, *([crm_issue] if crm_issue else []), *after], index),
        ("reuse",) if reused else (),
        _representative(choices) if choices else RouteChoice(LANDFILL, "landfill",
                                                             landfill=1.0),
        shares, leafsums.flows(units, choices),
        tuple(dict.fromkeys(ch.source for ch, _ in choices if ch.source)),
        (c.material_id, units, tuple((ch.code, ch.recycled, ch.reused, ch.energy,
                                      ch.process_loss, ch.landfill, ch.recyclable,
                                      ch.processed_in) for ch, _ in choices)))


def _e_f_issue(units: Units, index: KbIndex):
    from advisor.model import Issue

    return Issue("e_f_unknown", "data", index.named("material", [m for m, _ in units]))


def _weighted(choices: Sequence[tuple[RouteChoice, float]], name: str) -> float:
    return min(1.0, sum(getattr(ch, name) * share for ch, share in choices))


@contextmanager
def leaf_memo(enabled: bool) -> Iterator[None]:
    """Within the block, use the leaf memo or not (process-wide; for tests and benches)."""
    global MEMO_ENABLED
    before, MEMO_ENABLED = MEMO_ENABLED, enabled
    try:
        yield
    finally:
        MEMO_ENABLED = before
