"""Where a product's mass ends up, what loses the most, and how firm the data are.

Pure arithmetic over an `Assessment` (no reportlab, no matplotlib), shared by the verdict,
the flow chart and the tests. Every figure is derived from the per-row results, so the
outcomes of the parts add up to the product's figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from advisor.model import ROUTE_ORDER, Assessment, ComponentResult, Reason

if TYPE_CHECKING:
    from advisor.kb import KnowledgeBase

# The end-of-life outcomes in the order the report shows them (best first).
OUTCOME_NAMES = ("reuse", "recycled", "process_loss", "energy", "landfill")
# Route-value statuses of material_routes.csv that mean a published figure.
PUBLISHED_STATUSES = ("published", "verified", "measured")
TINY = 1e-12


@dataclass(frozen=True)
class Outcome:
    """Masses (kg) or shares per end-of-life outcome; they add up to the mass."""

    reuse: float = 0.0
    recycled: float = 0.0
    process_loss: float = 0.0
    energy: float = 0.0
    landfill: float = 0.0

    @property
    def total(self) -> float:
        return sum(getattr(self, n) for n in OUTCOME_NAMES)

    def scaled(self, factor: float) -> Outcome:
        return Outcome(*(getattr(self, n) * factor for n in OUTCOME_NAMES))

    def plus(self, other: Outcome) -> Outcome:
        return Outcome(*(getattr(self, n) + getattr(other, n) for n in OUTCOME_NAMES))


def part_shares(c: ComponentResult) -> Outcome:
    """What happens to one kilogram of a row.

    The engine gives reuse, recycled and energy shares; the rest is process loss and
    landfill. Where the engine splits the rest (process_loss_share, landfill_share) that
    split is used; otherwise the rest of a part that is recycled at all is process loss
    and the rest of any other part is landfill.
    """
    reuse, recycled, energy = c.reuse_share, c.recycling_yield, c.energy_recovery_share
    rest = max(0.0, 1.0 - reuse - recycled - energy)
    if c.process_loss_share + c.landfill_share > TINY:
        split = c.process_loss_share + c.landfill_share
        loss = rest * c.process_loss_share / split
        return Outcome(reuse, recycled, loss, energy, rest - loss)
    if recycled > TINY:
        return Outcome(reuse, recycled, rest, energy, 0.0)
    return Outcome(reuse, recycled, 0.0, energy, rest)


def multiplier(c: ComponentResult) -> float:
    """How many units of the row one product holds."""
    return c.total_mass_kg / c.mass_kg if c.mass_kg > 0 else c.quantity


def whole_row(c: ComponentResult) -> dict[str | None, Outcome]:
    """Outcome masses (kg) per material of a row and everything under it."""
    out: dict[str | None, Outcome] = defaultdict(Outcome)
    if c.flows:
        for f in c.flows:
            flow = Outcome(f.reuse, f.recycled, f.process_loss, f.energy, f.landfill)
            out[f.material_id] = out[f.material_id].plus(flow.scaled(c.total_mass_kg))
    else:
        out[c.material_id] = part_shares(c).scaled(c.total_mass_kg)
    return out


def own_body(c: ComponentResult, kids: list[ComponentResult]) -> dict[str | None, Outcome]:
    """Outcome masses (kg) per material of an assembly's own body: the assembly's rolled-up
    outcomes less those of its children."""
    out = whole_row(c)
    for k in kids:
        for material, o in whole_row(k).items():
            out[material] = out.get(material, Outcome()).plus(o.scaled(-1.0))
    return {m: Outcome(*(max(0.0, getattr(o, n)) for n in OUTCOME_NAMES))
            for m, o in out.items() if o.total > TINY}


def _children(assessment: Assessment) -> dict[str | None, list[ComponentResult]]:
    out: dict[str | None, list[ComponentResult]] = defaultdict(list)
    for c in assessment.components:
        out[c.parent].append(c)
    return out


def _body_row(c: ComponentResult, body: dict[str | None, Outcome]) -> ComponentResult:
    """An assembly's own body as a row of its own (its mass and shares)."""
    from dataclasses import replace

    total = Outcome()
    for o in body.values():
        total = total.plus(o)
    mass = total.total
    share = total.scaled(1 / mass) if mass > 0 else Outcome()
    return replace(c, is_assembly=False, total_mass_kg=mass, mass_kg=c.own_mass_kg,
                   reuse_share=share.reuse, recycling_yield=share.recycled,
                   energy_recovery_share=share.energy, process_loss_share=share.process_loss,
                   landfill_share=share.landfill, flows=())


def mass_rows(assessment: Assessment) -> list[tuple[ComponentResult, float]]:
    """Every row that carries mass of its own, with that mass in one product (kg): the
    parts, and the own bodies of assemblies (as rows of their own)."""
    kids = None
    out = []
    for c in assessment.components:
        if not c.is_assembly:
            out.append((c, c.total_mass_kg))
        elif c.own_mass_kg > 0:
            kids = kids if kids is not None else _children(assessment)
            row = _body_row(c, own_body(c, kids.get(c.id, [])))
            out.append((row, row.total_mass_kg))
    return out


def material_outcomes(assessment: Assessment) -> dict[str | None, Outcome]:
    """Outcome masses (kg) per material; per material flow where the engine gives them."""
    out: dict[str | None, Outcome] = defaultdict(Outcome)
    kids = None
    for c in assessment.components:
        if not c.is_assembly:
            found = whole_row(c)
        elif c.own_mass_kg > 0:
            kids = kids if kids is not None else _children(assessment)
            found = own_body(c, kids.get(c.id, []))
        else:
            continue
        for material, o in found.items():
            out[material] = out[material].plus(o)
    return dict(out)


def product_outcome(assessment: Assessment) -> Outcome:
    """Outcome masses (kg) of the whole product."""
    total = Outcome()
    for outcome in material_outcomes(assessment).values():
        total = total.plus(outcome)
    return total


def route_outcomes(assessment: Assessment) -> dict[str, Outcome]:
    """Outcome masses (kg) per reached route, in R-ladder order (used routes only)."""
    out: dict[str, Outcome] = {}
    for c, mass in mass_rows(assessment):
        out[c.route_code] = out.get(c.route_code, Outcome()).plus(part_shares(c).scaled(mass))
    return {code: out[code] for code in (*ROUTE_ORDER, *sorted(set(out) - set(ROUTE_ORDER)))
            if code in out}


def lost_kg(c: ComponentResult, mass: float) -> float:
    """Mass of a row that is neither reused nor recycled (energy recovery counts as lost)."""
    return max(0.0, mass * (1.0 - c.recycling_yield - c.reuse_share))


# -------------------------------------------------------------------- the main causes


@dataclass(frozen=True)
class Cause:
    """Parts of one material that reach the same route and so lose mass alike; the
    reasons are those of the part that loses the most."""

    parts: tuple[ComponentResult, ...]
    material_id: str | None
    route_code: str
    reasons: tuple[Reason, ...]
    mass_kg: float
    lost_kg: float
    crm_lost_kg: float = 0.0
    crm_lost: tuple[str, ...] = ()  # CRM ids, most lost first

    @property
    def rows(self) -> tuple[int, ...]:
        return tuple(c.row for c in self.parts if c.row is not None)


def blocking_reasons(c: ComponentResult) -> tuple[Reason, ...]:
    """Why the best better route than the one reached is blocked (empty: none is)."""
    reached = ROUTE_ORDER.index(c.route_code) if c.route_code in ROUTE_ORDER else len(ROUTE_ORDER)
    for blocked in c.blocked_routes:
        if blocked.code in ROUTE_ORDER and ROUTE_ORDER.index(blocked.code) < reached:
            return blocked.reasons
    return ()


def causes(assessment: Assessment, kb: KnowledgeBase) -> list[Cause]:
    """Every group of parts that loses mass, most lost kilograms first."""
    content = crm_content(kb)
    groups: dict[tuple, list[tuple[ComponentResult, float]]] = defaultdict(list)
    for c, mass in mass_rows(assessment):
        if lost_kg(c, mass) <= TINY:
            continue
        groups[(c.material_id, c.route_code)].append((c, mass))
    out = []
    for (material_id, route), members in groups.items():
        members.sort(key=lambda cm: -lost_kg(*cm))
        crm: dict[str, float] = defaultdict(float)
        for c, mass in members:
            for crm_id, kg in part_crm_lost(c, mass, content).items():
                crm[crm_id] += kg
        ranked = tuple(sorted((k for k in crm if crm[k] > TINY), key=lambda k: -crm[k]))
        out.append(Cause(tuple(c for c, _ in members), material_id, route,
                         blocking_reasons(members[0][0]), sum(m for _, m in members),
                         sum(lost_kg(c, m) for c, m in members), sum(crm.values()), ranked))
    return sorted(out, key=lambda x: (-x.lost_kg, -x.crm_lost_kg, x.rows))


def top_causes(assessment: Assessment, kb: KnowledgeBase, n: int = 3) -> list[Cause]:
    """The `n` causes that lose the most mass, with the one that loses the most critical
    raw material among them (it replaces the last when it would not be)."""
    found = causes(assessment, kb)
    head = found[:n]
    by_crm = max(found, key=lambda x: x.crm_lost_kg, default=None)
    if by_crm is not None and by_crm.crm_lost_kg > TINY and by_crm not in head and head:
        head = [*head[: n - 1], by_crm]
    return head


def crm_content(kb: KnowledgeBase) -> dict[str, dict[str, float]]:
    """Critical raw material per kilogram of each material (compositions expanded)."""
    cached = getattr(kb, "_report_crm_content", None)
    if cached is not None:
        return cached
    direct: dict[str, dict[str, float]] = defaultdict(dict)
    for r in kb.rows("crm_content"):
        share = _number(r.get("mass_share"))
        if share:
            direct[r["material_id"]][r["crm_id"]] = share
    out = {k: dict(v) for k, v in direct.items()}
    composed: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in kb.rows("compositions"):
        item, part_share = r["item_id"], _number(r.get("mass_share")) or 0.0
        if item in direct:
            continue
        for crm_id, s in direct.get(r["constituent_id"], {}).items():
            composed[item][crm_id] += part_share * s
    out.update({k: dict(v) for k, v in composed.items()})
    object.__setattr__(kb, "_report_crm_content", out)
    return out


def part_crm_lost(c: ComponentResult, mass: float,
                  content: dict[str, dict[str, float]]) -> dict[str, float]:
    """Critical raw material of a row that is not recovered (kg per CRM).

    The recovered share is the engine's own (its critical-raw-material issue)."""
    issue = next((i for i in c.issues if i.code == "crm_present"), None)
    if issue is None:
        return {}
    kept = float(issue.params.get("recovered", 0.0) or 0.0)
    units = ([(f.material_id, f.share) for f in c.flows] if c.flows
             else [(c.material_id, 1.0)])
    out: dict[str, float] = defaultdict(float)
    for material_id, share in units:
        for crm_id, s in content.get(material_id or "", {}).items():
            out[crm_id] += mass * share * s * (1.0 - kept)
    return dict(out)


def _number(text: object) -> float | None:
    try:
        return float(str(text).strip())
    except ValueError:
        return None


# -------------------------------------------------------------------- data quality


@dataclass(frozen=True)
class DataQuality:
    """How firm the figures are: resolved mass and where the route values come from."""

    resolved_share: float  # of the mass, material resolved with confidence >= threshold
    published_share: float  # of the mass, on published route values only
    values_published: int  # distinct route values used that are published
    values_total: int


def data_quality(assessment: Assessment, kb: KnowledgeBase) -> DataQuality:
    from advisor.resolve import LOW_CONFIDENCE

    rows = mass_rows(assessment)
    total = sum(m for _, m in rows)
    resolved = sum(m for c, m in rows if c.material_id and c.match_confidence >= LOW_CONFIDENCE)
    statuses = route_value_statuses(kb)
    used: dict[tuple, str] = {}
    published_mass = 0.0
    for c, mass in rows:
        found = [(s, statuses[s]) for s in c.sources if s in statuses]
        used.update({(c.route_code, s): st for s, st in found})
        if found and all(st in PUBLISHED_STATUSES for _, st in found):
            published_mass += mass
    published = sum(1 for st in used.values() if st in PUBLISHED_STATUSES)
    return DataQuality(_share(resolved, total), _share(published_mass, total), published,
                       len(used))


def _share(part: float, total: float) -> float:
    return part / total if total > 0 else 0.0


def route_value_statuses(kb: KnowledgeBase) -> dict[str, str]:
    """The status (published, derived, estimate) of each route source text."""
    out: dict[str, str] = {}
    for option in kb.route_options:
        if option.source:
            status = option.status.strip().lower()
            # One text used by rows of different statuses counts as the weakest.
            if out.get(option.source, "published") in PUBLISHED_STATUSES:
                out[option.source] = status
    return out
