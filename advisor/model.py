"""The domain: knowledge-base entries, the product tree and assessment results.

Everything here is a frozen dataclass. Validation of a component tree lives here
too and reports through `InputError`, so every front end shows the same message.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace

from advisor.errors import ERROR, WARNING, InputError, Problem

# Reversibility classes in the sense of EN 45554 (fasteners).
REUSABLE = "reusable"
REMOVABLE = "removable"
NON_REMOVABLE = "non_removable"

# Route qualities, best first.
QUALITIES = ("reuse", "closed_loop", "high_grade", "downcycled", "energy", "landfill")

# R-ladder steps that keep a product or part whole (PBL R3..R7).
COMPONENT_ROUTES = ("R3", "R4", "R5", "R6", "R7")
ROUTE_ORDER = ("R3", "R4", "R5", "R6", "R7", "R8", "R9", "landfill")

# A mass per unit above this is certainly a typing error for a product BOM (kg).
ABSURD_MASS_KG = 100_000.0
# An assembly's own mass within this share of its parts' sum is the parts' sum (CLI.md).
ASSEMBLY_TOLERANCE = 0.05

# Where a product is used and collected at end of life (CLI.md `--region`).
REGIONS = ("utrecht", "nl", "eu")
# The supply-security scenario: only recovery processed within this area counts
# (CLI.md `--processed-within`); "anywhere" counts every processor.
PROCESSING_SCOPES = ("region", "nl", "eu", "anywhere")
# Where a route's processor is, nearest first (a route row's `processed_in`).
PROCESSING_PLACES = ("region", "nl", "eu", "world")
DEFAULT_REGION = "utrecht"
DEFAULT_PROCESSING_SCOPE = "anywhere"


# --------------------------------------------------------------------------
# Knowledge-base entries
# --------------------------------------------------------------------------


class Bilingual:
    """An entry with `name_en` and `name_nl`: its name in a language (Dutch falls back)."""

    name_en: str
    name_nl: str

    def name(self, lang: str = "nl") -> str:
        return self.name_nl if lang == "nl" and self.name_nl else self.name_en


@dataclass(frozen=True)
class Material(Bilingual):
    """A material or composite item of the knowledge base."""

    id: str
    name_en: str
    name_nl: str
    family: str
    iso_code: str = ""
    density_kg_m3: float | None = None
    carbon_kg_per_kg: float | None = None
    carbon_recycled_kg_per_kg: float | None = None
    recycled_content_market: float | None = None
    biobased: bool = False
    substances: tuple[str, ...] = ()
    carbon_black: bool = False
    stream: str = ""
    is_composite: bool = False
    durable_part: bool = False
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class Joint(Bilingual):
    """A way of attaching a component to its parent."""

    id: str
    name_en: str
    name_nl: str
    reversibility: str
    tool_class: str
    destructive: bool
    time_s: float | None = None
    time_status: str = ""
    source: str = ""
    # A hammer-mill shredder tears the joint apart (the parts come out as separate
    # fragments); False: they stay attached after shredding.
    shredder_liberates: bool = False


@dataclass(frozen=True)
class RecoveryRoute(Bilingual):
    """One step of the R-ladder (PBL): R3 reuse ... R9 energy recovery, landfill."""

    code: str
    level: int
    name_en: str
    name_nl: str
    description_en: str = ""
    description_nl: str = ""
    source: str = ""


@dataclass(frozen=True)
class RouteOption:
    """A route a material (or family) can reach, with what it requires."""

    code: str
    quality: str
    yield_: float
    requires: tuple[str, ...] = ()
    regions: tuple[str, ...] = ("utrecht", "nl", "eu")  # where it is collected for it
    material_id: str = ""
    family: str = ""
    status: str = ""
    source: str = ""
    chains: tuple[str, ...] = ()  # treatment chains that lead to it (empty: every chain)
    streams: tuple[str, ...] = ()  # product streams it is open to (empty: every stream)
    processed_in: str = "nl"  # where the processor is: region, nl, eu, world
    # Share recovered per critical raw material where it differs from the yield ("*": rest).
    crm_recovery: tuple[tuple[str, float], ...] = ()


# --------------------------------------------------------------------------
# Product tree
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Component:
    """One row of a bill of materials: an assembly or a part.

    `mass_kg` is the mass of one unit; the mass in the product is
    `mass_kg * quantity * (quantities of all ancestors)`.
    """

    id: str
    name: str
    parent_id: str | None = None
    material_input: str = ""
    material_id: str | None = None
    match_confidence: float = 0.0
    constituents: tuple[tuple[str, float], ...] = ()
    mass_kg: float | None = None
    quantity: float = 1.0
    joint_input: str = ""
    joint_id: str | None = None
    finish: str = ""
    recycled_content: float | None = None
    reused_content: float | None = None
    notes: str = ""
    row: int | None = None
    # The row this part is joined to when that is not its parent (a grip overmoulded onto
    # a sibling housing half); None: the parent.
    attached_to: str | None = None


@dataclass(frozen=True)
class Variant:
    """A version of a product (baseline, redesign A, ...) with its component tree."""

    id: str
    name: str
    components: tuple[Component, ...] = ()
    lifetime_years: float | None = None
    industry_lifetime_years: float | None = None
    use_intensity: float = 1.0
    notes: str = ""

    def with_components(self, components: Iterable[Component]) -> Variant:
        return replace(self, components=tuple(components))


@dataclass(frozen=True)
class Product:
    """A product with its variants and the end-of-life settings its figures assume.

    `region` is where it is used and collected, `processed_within` the supply-security
    scenario, `stream` its end-of-life stream id (empty: guessed from the parts)."""

    id: str
    name: str
    variants: tuple[Variant, ...] = ()
    notes: str = ""
    region: str = DEFAULT_REGION
    processed_within: str = DEFAULT_PROCESSING_SCOPE
    stream: str = ""

    def variant(self, name_or_id: str | None = None) -> Variant:
        """Return the named variant, or the first one."""
        if not self.variants:
            raise InputError(Problem("no_variant", f"Product {self.name!r} has no variants"))
        if name_or_id is None:
            return self.variants[0]
        for v in self.variants:
            if name_or_id in (v.id, v.name):
                return v
        names = ", ".join(v.name for v in self.variants)
        raise InputError(
            Problem(
                "unknown_variant",
                f"Product {self.name!r} has no variant {name_or_id!r}",
                hint=f"Choose one of: {names}",
            )
        )


@dataclass(frozen=True)
class Project:
    name: str
    products: tuple[Product, ...] = ()
    company: str = ""  # the client
    author: str = ""
    notes: str = ""
    date: str = ""  # ISO date of the visit or report, as the user keeps it

    def product(self, name_or_id: str | None = None) -> Product:
        """Return the named product, or the first one."""
        if not self.products:
            raise InputError(Problem("no_product", f"Project {self.name!r} has no products"))
        if name_or_id is None:
            return self.products[0]
        for p in self.products:
            if name_or_id in (p.id, p.name):
                return p
        names = ", ".join(p.name for p in self.products)
        raise InputError(
            Problem(
                "unknown_product",
                f"Project {self.name!r} has no product {name_or_id!r}",
                hint=f"Choose one of: {names}",
            )
        )


@dataclass(frozen=True)
class EolSettings:
    """What a product's figures assume: where it is collected, which processing counts,
    its end-of-life stream (empty: guessed) and the MCI's utility inputs."""

    region: str = DEFAULT_REGION
    processed_within: str = DEFAULT_PROCESSING_SCOPE
    stream: str = ""
    lifetime_years: float | None = None
    industry_lifetime_years: float | None = None
    use_intensity: float | None = None

    def overridden(self, **given: object) -> EolSettings:
        """These settings with every given value that is not None put in their place."""
        return replace(self, **{k: v for k, v in given.items() if v is not None})


def settings_of(product: Product, variant: Variant) -> EolSettings:
    """The settings a project stores for a product and one of its variants."""
    return EolSettings(product.region, product.processed_within, product.stream,
                       variant.lifetime_years, variant.industry_lifetime_years,
                       variant.use_intensity)


def with_settings(product: Product, variant_id: str, settings: EolSettings) -> Product:
    """The product with the settings stored: the product's own on the product, the MCI
    inputs on the variant `variant_id`."""
    variants = tuple(
        replace(v, lifetime_years=settings.lifetime_years,
                industry_lifetime_years=settings.industry_lifetime_years,
                use_intensity=settings.use_intensity if settings.use_intensity else 1.0)
        if v.id == variant_id else v for v in product.variants)
    return replace(product, region=settings.region, processed_within=settings.processed_within,
                   stream=settings.stream, variants=variants)


# --------------------------------------------------------------------------
# Assessment results
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why a route is blocked, or an issue: a code with parameters (no language)."""

    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class BlockedRoute:
    code: str
    reasons: tuple[Reason, ...] = ()
    quality: str = ""


@dataclass(frozen=True)
class Issue:
    code: str
    category: str
    params: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class MciInputs:
    F_R: float = 0.0
    F_U: float = 0.0
    C_R: float = 0.0
    C_U: float = 0.0
    E_C: float = 1.0
    E_F: float = 1.0


# The end-of-life outcomes one kilogram of material can have (they add up to 1).
OUTCOMES = ("reuse", "recycled", "process_loss", "energy", "landfill")


@dataclass(frozen=True)
class MaterialFlow:
    """What happens to one material of a part at end of life, per kilogram of the part.

    `share` is the material's mass share in the part; the outcome fields split that
    share (reuse + recycled + process_loss + energy + landfill == share). `processed_in`
    is where the recycled or reused share is processed (region, nl, eu, world)."""

    material_id: str
    share: float
    reuse: float = 0.0
    recycled: float = 0.0
    process_loss: float = 0.0
    energy: float = 0.0
    landfill: float = 0.0
    processed_in: str = ""


@dataclass(frozen=True, slots=True)
class ComponentResult:
    """The assessment of one BOM row."""

    row: int | None
    id: str
    parent: str | None
    name: str
    is_assembly: bool
    material_input: str
    material_id: str | None
    match_confidence: float
    mass_kg: float
    quantity: float
    total_mass_kg: float
    joint: str | None
    liberated: bool
    route_code: str
    route_quality: str
    blocked_routes: tuple[BlockedRoute, ...] = ()
    recycling_yield: float = 0.0
    energy_recovery_share: float = 0.0
    mci_inputs: MciInputs = MciInputs()
    issues: tuple[Issue, ...] = ()
    sources: tuple[str, ...] = ()
    reuse_share: float = 0.0
    needs_removal: bool = False
    finish: str = ""
    attached_to: str | None = None
    # An assembly row's own body (mass per unit above its children's sum, CLI.md).
    own_mass_kg: float = 0.0
    processed_in: str = ""  # where the route's processor is: region, nl, eu, world
    chain: str = ""  # the collection scheme or treatment chain that brings it there
    process_loss_share: float = 0.0  # sent to recycling but lost in the process
    landfill_share: float = 0.0
    recyclable_share: float = 0.0  # in materials with an established route (no yields)
    flows: tuple[MaterialFlow, ...] = ()  # per material, per kilogram of the row


@dataclass(frozen=True)
class Metrics:
    total_mass_kg: float = 0.0
    recyclability_rate: float = 0.0
    recoverability_rate: float = 0.0
    reuse_rate: float = 0.0
    mci: float = 0.0
    lfi: float = 1.0
    utility_x: float = 1.0
    v_kg: float = 0.0
    w0_kg: float = 0.0
    wc_kg: float = 0.0
    wf_kg: float = 0.0
    w_kg: float = 0.0
    circular_inflow: float = 0.0
    circular_outflow: float = 0.0
    crm_mass_kg: float = 0.0
    crm_recovered_kg: float = 0.0
    crm_materials: tuple[str, ...] = ()
    # None: not assessed (joints unknown for parts that must come out).
    disassembly_time_s: float | None = 0.0
    disassembly_tools: tuple[str, ...] = ()
    embodied_carbon_kg: float = 0.0
    carbon_saved_kg: float = 0.0
    unresolved_mass_kg: float = 0.0
    crm: tuple[CrmShare, ...] = ()
    carbon_unknown_mass_kg: float = 0.0
    energy_recovery_rate: float = 0.0
    # Mass in materials with an established recycling route in the stream, no yields
    # (the "recyclable" of EPDs); never compared with the recyclability rate.
    recyclable_material_share: float = 0.0
    process_loss_rate: float = 0.0  # sent to recycling, lost in the process
    landfill_rate: float = 0.0
    # Shares of the recovered (reused + recycled) mass by where it is processed.
    processed_in_region_share: float = 0.0
    processed_in_nl_share: float = 0.0
    processed_abroad_share: float = 0.0


@dataclass(frozen=True)
class CrmShare:
    """One critical raw material in a product: its mass and how much of it is recovered."""

    id: str
    name_en: str
    name_nl: str
    mass_kg: float
    recovered_kg: float
    strategic: bool = False
    top_supplier: str = ""
    supply_share: float | None = None


@dataclass(frozen=True)
class Gain:
    """A recommendation's measured effect: after minus before, per figure."""

    recyclability_rate: float = 0.0
    mci: float = 0.0
    disassembly_time_s: float = 0.0
    crm_recovered_kg: float = 0.0
    recyclable_material_share: float = 0.0
    recoverability_rate: float = 0.0
    reuse_rate: float = 0.0
    embodied_carbon_kg: float = 0.0  # negative: less CO2e


@dataclass(frozen=True)
class Change:
    """One edit to a component that a recommendation proposes (field -> new value)."""

    component_id: str
    field: str
    value: object = None


@dataclass(frozen=True)
class Recommendation:
    """A design rule that fired, the rows it concerns, and its measured gain."""

    id: str
    rule_id: str
    category: str
    rows: tuple[int, ...]
    component_ids: tuple[str, ...]
    params: dict = field(default_factory=dict, compare=False, hash=False)
    changes: tuple[Change, ...] = ()
    gain: Gain = Gain()
    effort: int = 2
    priority: int = 0
    legal: bool = False  # a duty under EU law, listed apart from the ranking
    gain_note: Reason | None = None  # why a gain is zero, or what it depends on

    @property
    def edits(self) -> bool:
        """Whether applying it changes the variant (else it is advice without an edit)."""
        return bool(self.changes)


@dataclass(frozen=True)
class Finding:
    """An assumption the figures rest on, or data to complete: a code, its parameters and
    the rows it concerns (no language; `explain` words it)."""

    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)
    rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class TargetCheck:
    """A product figure against a legal target of its waste stream."""

    id: str
    name_en: str
    name_nl: str
    figure: str  # a Metrics field name
    target: float
    value: float
    source: str = ""

    @property
    def met(self) -> bool:
        return self.value >= self.target - 1e-12


@dataclass(frozen=True)
class PlanStage:
    """One step of the redesign plan: the recommendations of one effort level and the
    combined gain of every stage up to and including it."""

    effort: int
    recommendation_ids: tuple[str, ...]
    gain: Gain = Gain()


@dataclass(frozen=True)
class Plan:
    """All recommended changes applied together: the figures after, and the stages."""

    metrics: Metrics
    stages: tuple[PlanStage, ...] = ()
    gain: Gain = Gain()


@dataclass(frozen=True)
class Assessment:
    """The result of evaluating one variant."""

    product_name: str
    variant_name: str
    kb_version: str
    metrics: Metrics
    components: tuple[ComponentResult, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    region: str = DEFAULT_REGION
    lifetime_years: float | None = None
    industry_lifetime_years: float | None = None
    use_intensity: float = 1.0
    processed_within: str = DEFAULT_PROCESSING_SCOPE
    stream: str = ""
    stream_guessed: bool = False
    assumptions: tuple[Finding, ...] = ()
    data_gaps: tuple[Finding, ...] = ()
    targets: tuple[TargetCheck, ...] = ()
    plan: Plan | None = None
    product_route: ProductRoute | None = None


@dataclass(frozen=True)
class ProductRoute:
    """The route the whole product reaches through a channel that takes it as a whole
    (office-furniture refurbishers, second-hand trade), before any part is recycled; or
    the reasons it does not."""

    code: str  # R3..R7, or "" when no channel takes it
    channel_en: str = ""
    channel_nl: str = ""
    processed_in: str = ""
    blocked: tuple[BlockedRoute, ...] = ()
    source: str = ""


# --------------------------------------------------------------------------
# Tree helpers and validation
# --------------------------------------------------------------------------


def evolve(record, **changes):
    """`dataclasses.replace` for a frozen record without running `__init__` again: about a
    tenth of the cost, for the hot paths (import of 20,000 rows, recommendation gains).
    Only for records without `__post_init__` (others go through `replace`); unknown field
    names raise TypeError as `replace` does."""
    cls = type(record)
    if hasattr(cls, "__post_init__") or not hasattr(record, "__dict__"):
        return replace(record, **changes)  # slotted records have no __dict__ to copy
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))
    unknown = changes.keys() - names
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    out = object.__new__(cls)
    out.__dict__.update(record.__dict__)
    out.__dict__.update(changes)
    return out


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def children_index(components: Iterable[Component]) -> dict[str | None, list[Component]]:
    """Map each parent id (None for top level) to its children in order."""
    index: dict[str | None, list[Component]] = {}
    for c in components:
        index.setdefault(c.parent_id, []).append(c)
    return index


def leaves(components: Iterable[Component]) -> Iterator[Component]:
    """The components that have no children."""
    components = tuple(components)
    parents = {c.parent_id for c in components}
    return (c for c in components if c.id not in parents)


def multipliers(components: Iterable[Component]) -> dict[str, float]:
    """Quantity of each component in one product (own quantity x ancestors')."""
    by_id = {c.id: c for c in components}
    cache: dict[str, float] = {}

    def total(cid: str) -> float:
        if cid in cache:
            return cache[cid]
        chain = []
        cur: str | None = cid
        while cur is not None and cur not in cache:
            chain.append(cur)
            cur = by_id[cur].parent_id if cur in by_id else None
        base = cache[cur] if cur is not None else 1.0
        for cid2 in reversed(chain):
            base *= by_id[cid2].quantity
            cache[cid2] = base
        return cache[cid]

    return {cid: total(cid) for cid in by_id}


def _number_problem(c: Component, fname: str | None, column: str, value: object,
                    code: str, message: str, hint: str) -> Problem:
    return Problem(code, message, file=fname, row=c.row, column=column,
                   value=str(value), hint=hint, params={"id": c.id, "name": c.name})


def _check_numbers(c: Component, has_children: bool, fname: str | None) -> list[Problem]:
    out: list[Problem] = []
    m = c.mass_kg
    if m is None:
        if not has_children:
            out.append(Problem("mass_missing", "A part without sub-parts needs a mass",
                               file=fname, row=c.row, column="mass",
                               hint="Enter the mass of one unit, e.g. 0,25 kg or 250 g",
                               params={"id": c.id, "name": c.name}))
    elif not math.isfinite(m):
        out.append(_number_problem(c, fname, "mass", m, "mass_not_finite",
                                   "Mass is not a finite number", "Enter a number such as 0,25"))
    elif m < 0:
        out.append(_number_problem(c, fname, "mass", m, "mass_negative",
                                   "Mass is negative", "Enter a mass of zero or more"))
    elif m > ABSURD_MASS_KG:
        out.append(_number_problem(c, fname, "mass", m, "mass_absurd",
                                   "Mass is implausibly large for a product part",
                                   "Check the unit (g or kg)"))
    q = c.quantity
    if not math.isfinite(q) or q <= 0:
        out.append(_number_problem(c, fname, "quantity", q, "quantity_invalid",
                                   "Quantity must be a number above zero", "Enter 1 or more"))
    for column, share in (("recycled content", c.recycled_content),
                          ("reused content", c.reused_content)):
        if share is not None and (not math.isfinite(share) or not 0 <= share <= 1):
            out.append(_number_problem(c, fname, column, share, "share_out_of_range",
                                       "A share must lie between 0% and 100%",
                                       "Enter e.g. 30% or 0,3"))
    if (c.recycled_content or 0) + (c.reused_content or 0) > 1 + 1e-9:
        out.append(_number_problem(c, fname, "recycled content",
                                   (c.recycled_content, c.reused_content),
                                   "shares_exceed_one",
                                   "Recycled and reused content together exceed 100%",
                                   "Lower one of the two shares"))
    return out


def _find_cycles(components: tuple[Component, ...], fname: str | None) -> list[Problem]:
    by_id = {c.id: c for c in components}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    out: list[Problem] = []
    for start in by_id:
        path: list[str] = []
        cur: str | None = start
        while cur is not None and cur in by_id and state.get(cur) is None:
            state[cur] = 1
            path.append(cur)
            cur = by_id[cur].parent_id
        if cur is not None and state.get(cur) == 1:
            c = by_id[cur]
            loop = path[path.index(cur):]
            out.append(Problem("cycle", "Parent links form a loop", file=fname, row=c.row,
                               column="parent", value=" -> ".join(loop + [cur]),
                               hint="Give one of these rows a parent outside the loop",
                               params={"id": c.id, "loop": loop}))
        for p in path:
            state[p] = 2
    return out


def validate_components(components: Iterable[Component], fname: str | None = None,
                        ) -> list[Problem]:
    """Return every problem in a component list (errors and warnings), in row order."""
    components = tuple(components)
    out: list[Problem] = []
    seen: dict[str, Component] = {}
    for c in components:
        if not c.id:
            out.append(Problem("id_missing", "Row has no identifier", file=fname, row=c.row,
                               column="id", hint="Give every row a unique id"))
        elif c.id in seen:
            out.append(Problem("id_duplicate", "Identifier is used twice", file=fname,
                               row=c.row, column="id", value=c.id,
                               hint=f"Also used on row {seen[c.id].row}; make it unique",
                               params={"id": c.id, "other_row": seen[c.id].row}))
        else:
            seen[c.id] = c
    kids = children_index(components)
    for c in components:
        if c.parent_id is not None and c.parent_id not in seen:
            out.append(Problem("parent_unknown", "Parent does not exist", file=fname,
                               row=c.row, column="parent", value=c.parent_id,
                               hint="Use the id of another row, or leave it empty",
                               params={"id": c.id}))
        if c.attached_to is not None and (c.attached_to not in seen or c.attached_to == c.id):
            out.append(Problem("attached_unknown", "Attached-to row does not exist",
                               file=fname, row=c.row, column="attached to",
                               value=c.attached_to,
                               hint="Use the id of another row, or leave it empty "
                                    "(the part is then joined to its parent)",
                               params={"id": c.id}))
        if c.parent_id is not None and c.parent_id == c.id:
            continue  # reported as a cycle below
        out.extend(_check_numbers(c, bool(kids.get(c.id)), fname))
    cycles = _find_cycles(components, fname)
    out.extend(cycles)
    if not cycles:
        from advisor.bounds import bound_problems  # bounds builds on this module's types

        out.extend(bound_problems(components, kids, fname))
    if not out:
        out.extend(_check_assembly_masses(components, kids, fname))
    return sorted(out, key=lambda p: (p.row if p.row is not None else 0))


def rolled_up_mass(components: tuple[Component, ...],
                   kids: dict[str | None, list[Component]] | None = None) -> dict[str, float]:
    """Mass of one unit of each component: its own mass for a leaf, else its children's."""
    kids = kids if kids is not None else children_index(components)
    out: dict[str, float] = {}

    def unit_mass(c: Component) -> float:
        if c.id in out:
            return out[c.id]
        stack = [(c, False)]
        while stack:
            node, expanded = stack.pop()
            children = kids.get(node.id, [])
            if not children:
                out[node.id] = node.mass_kg or 0.0
            elif expanded:
                out[node.id] = sum(out[k.id] * k.quantity for k in children)
            else:
                stack.append((node, True))
                stack.extend((k, False) for k in children if k.id not in out)
        return out[c.id]

    for c in components:
        unit_mass(c)
    return out


def own_body_masses(components: tuple[Component, ...],
                    kids: dict[str | None, list[Component]]) -> dict[str, float]:
    """Unit mass of each row counting assembly bodies: a leaf's mass; an assembly's parts,
    or its own mass where it names a material and gives more than its parts (CLI.md)."""
    out: dict[str, float] = {}
    for c in _post_order(components, kids):
        children = kids.get(c.id)
        if not children:
            out[c.id] = c.mass_kg or 0.0
            continue
        parts = sum(out.get(k.id, 0.0) * k.quantity for k in children)
        given = c.mass_kg or 0.0
        out[c.id] = given if c.material_input.strip() and given > parts else parts
    return out


def _post_order(components: tuple[Component, ...],
                kids: dict[str | None, list[Component]]) -> list[Component]:
    """Children before their parents (the tree has no cycles when this is called)."""
    order: list[Component] = []
    stack = [(c, False) for c in reversed(kids.get(None, []))]
    seen: set[str] = set()
    while stack:
        node, expanded = stack.pop()
        if expanded:
            order.append(node)
        elif node.id not in seen:
            seen.add(node.id)
            stack.append((node, True))
            stack.extend((k, False) for k in reversed(kids.get(node.id, [])))
    return order


def _assembly_problem(c: Component, fname: str | None, code: str, column: str,
                      message: str, **params: float) -> Problem:
    return Problem(code, message, file=fname, row=c.row, column=column,
                   value=f"{c.mass_kg:g} kg" if c.mass_kg is not None else c.material_input,
                   severity=WARNING, params={"id": c.id, **params})


def _check_assembly(c: Component, parts: float, fname: str | None) -> Problem | None:
    """An assembly row against its parts: a body of its own where it names a material and
    gives more mass; else a warning where the figures cannot all be counted."""
    named = bool(c.material_input.strip())
    given = c.mass_kg or 0.0
    surplus = given - parts
    tolerance = ASSEMBLY_TOLERANCE * given
    if given > 0 and surplus < -tolerance:
        return _assembly_problem(
            c, fname, "assembly_mass_mismatch", "mass",
            "Assembly mass differs from the sum of its parts by more than 5%",
            given=given, children=parts)
    if given > 0 and surplus > tolerance:
        if named:
            return None  # a body of its own, counted in its material
        return _assembly_problem(
            c, fname, "assembly_surplus_no_material", "mass",
            "Assembly mass is above its parts but names no material", given=given,
            children=parts, surplus=surplus)
    if named:
        return _assembly_problem(
            c, fname, "assembly_material_no_body", "material",
            "Assembly names a material but gives no mass above its parts", given=given,
            children=parts)
    return None


def _check_assembly_masses(components: tuple[Component, ...],
                           kids: dict[str | None, list[Component]],
                           fname: str | None) -> list[Problem]:
    unit = own_body_masses(components, kids)
    out = []
    for c in components:
        children = kids.get(c.id)
        if children:
            parts = sum(unit[k.id] * k.quantity for k in children)
            found = _check_assembly(c, parts, fname)
            if found is not None:
                out.append(found)
    return out


def check_components(components: Iterable[Component], fname: str | None = None) -> list[Problem]:
    """Validate and raise `InputError` with all problems if any is an error.

    Returns the warnings when there is no error.
    """
    problems = validate_components(components, fname)
    if any(p.severity == ERROR for p in problems):
        raise InputError(problems)
    return problems
