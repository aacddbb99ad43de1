"""The portfolio's records: its lines, each product's figures per kilogram, and the
region's flows per year that they add up to.

Everything is a frozen dataclass. Figures per kilogram of product (`ProductFigures`) do
not depend on volumes: they are what the results cache keeps, and a line's yearly flows
are those figures times the product's mass, its units per year and its region share.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

# The outcomes of a kilogram at end of life as CLI.md's portfolio JSON names them (they
# add up to the end-of-life outflow). Recycled is split by where it is processed: eu and
# world are abroad.
OUTCOME_KEYS = ("reuse", "recycled_region", "recycled_nl", "recycled_abroad", "process_loss",
                "energy", "landfill")
RECYCLED_BY_PLACE = {"region": "recycled_region", "nl": "recycled_nl",
                     "eu": "recycled_abroad", "world": "recycled_abroad"}
# Where a recovered share without a place is counted (as the engine does).
DEFAULT_PLACE = "nl"
# The value of the variant columns that takes the recommended redesign plan (CLI.md).
PLAN = "plan"
# A material's packed values: share, reuse, recycled, process_loss, energy, landfill, virgin.
VALUES_PER_MATERIAL = 7


@dataclass(frozen=True)
class PortfolioLine:
    """One row of a portfolio file: a product of a project with its yearly volume.

    `variant` and `compare_variant` are names or ids as written (None: the first variant
    and no "after"); `plan` takes the recommended redesign plan."""

    row: int  # as a spreadsheet shows it: header row 1, first data row 2
    project: str  # as written in the file
    path: Path  # resolved against the portfolio file's folder
    product: str | None
    variant: str | None
    units_per_year: float
    region_share: float = 1.0
    compare_variant: str | None = None


class MaterialKg(NamedTuple):
    """One material of a product at end of life, per kilogram of product.

    `share` is its mass share; reuse + recycled + process_loss + energy + landfill ==
    share; `virgin` is the part of the share that is neither recycled nor reused content
    (the MCI's V); `processed_in` is where its recovered share is processed. (A named
    tuple, not a dataclass: a portfolio holds about a million of them.)"""

    material_id: str
    processed_in: str
    share: float
    reuse: float
    recycled: float
    process_loss: float
    energy: float
    landfill: float
    virgin: float


class CrmKg(NamedTuple):
    """A critical raw material in a product, per kilogram of product."""

    crm_id: str
    kg: float
    recovered: float


@dataclass(frozen=True)
class Contribution:
    """What one recommendation of the plan changes on its own, per unit of product."""

    id: str
    title_en: str
    title_nl: str
    virgin_avoided_kg: float
    crm_recovered_kg: float
    recovered_kg: float = 0.0  # more reused or recycled at end of life


@dataclass(frozen=True)
class ProductFigures:
    """One evaluated product variant (or plan): everything the portfolio needs of it."""

    product_name: str
    variant_name: str
    mass_kg: float
    stream: str
    stream_guessed: bool
    region: str
    processed_within: str
    lifetime_years: float | None
    mci: float
    recyclability_rate: float
    metrics_json: str  # the metrics as `evaluate --json` writes them (parsed on output)
    # The materials, packed: a portfolio holds a million of them, and a float in an array
    # takes 8 bytes where a Python float takes 32. `materials` unpacks them.
    material_ids: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    values: array = field(default_factory=lambda: array("d"))  # VALUES_PER_MATERIAL each
    crm: tuple[CrmKg, ...] = ()
    contributions: tuple[Contribution, ...] = ()  # for a plan: each recommendation alone
    is_plan: bool = False

    @property
    def materials(self) -> tuple[MaterialKg, ...]:
        """The materials as records (built on each call from the packed values)."""
        v, n = self.values, VALUES_PER_MATERIAL
        return tuple(MaterialKg(mid, place, *v[i * n:(i + 1) * n])
                     for i, (mid, place) in enumerate(zip(self.material_ids, self.places,
                                                          strict=True)))

    @property
    def metrics(self) -> dict:
        """The metrics as `evaluate --json` writes them (parsed each time: kept as text,
        a dictionary per product would double a large portfolio's memory)."""
        return json.loads(self.metrics_json)


@dataclass(frozen=True)
class LineFigures:
    """A line with the figures of its variant and, if it names one, of its "after"."""

    line: PortfolioLine
    before: ProductFigures
    after: ProductFigures | None = None

    @property
    def factor(self) -> float:
        """Units of this product used in the region per year."""
        return self.line.units_per_year * self.line.region_share


@dataclass(frozen=True)
class Outcomes:
    """End-of-life outcomes in kg per year (they add up to the outflow)."""

    reuse: float = 0.0
    recycled_region: float = 0.0
    recycled_nl: float = 0.0
    recycled_abroad: float = 0.0
    process_loss: float = 0.0
    energy: float = 0.0
    landfill: float = 0.0

    def as_dict(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in OUTCOME_KEYS}

    @property
    def total(self) -> float:
        return sum(getattr(self, k) for k in OUTCOME_KEYS)

    @property
    def recovered(self) -> float:
        """Reused or recycled (the numerator of the recyclability rate)."""
        return self.reuse + self.recycled_region + self.recycled_nl + self.recycled_abroad


@dataclass(frozen=True)
class Flow:
    """One material of the region in kg per year, in one priority stream."""

    material_id: str
    group: str  # the material family
    priority_stream: str | None
    on_market: float
    virgin: float
    eol: float
    outcomes: Outcomes
    kept_in_region: float  # reused or recycled by a processor in the region
    also_feeds: tuple[str, ...] = ()  # other priority streams this mass matches


@dataclass(frozen=True)
class CrmFlow:
    """A critical raw material of the region in kg per year."""

    crm_id: str
    name_en: str
    name_nl: str
    kg: float
    recovered: float
    strategic: bool = False
    suppliers: tuple[str, ...] = ()
    supply_share: float | None = None

    def name(self, lang: str = "nl") -> str:
        return self.name_nl if lang == "nl" and self.name_nl else self.name_en


@dataclass(frozen=True)
class StreamTotal:
    """A priority stream's flows in kg per year (each kilogram in one stream)."""

    id: str | None  # None: no priority stream
    on_market: float
    virgin: float
    eol: float
    outcomes: Outcomes
    kept_in_region: float
    also_elsewhere: float  # mass counted in another stream that matches this one too

    @property
    def recyclability_rate(self) -> float:
        return self.outcomes.recovered / self.eol if self.eol > 0 else 0.0


@dataclass(frozen=True)
class Totals:
    """The portfolio's sums in kg per year and its mass-weighted rates."""

    on_market: float
    virgin: float
    eol: float
    outcomes: Outcomes
    kept_in_region: float
    crm_kg: float
    crm_recovered: float
    recyclability_rate: float
    mci: float
    in_use_stock: float | None  # inflow x lifetime, where every lifetime is known


@dataclass(frozen=True)
class Side:
    """The region's flows with each product's variant ("before") or redesign ("after")."""

    flows: tuple[Flow, ...]
    crm: tuple[CrmFlow, ...]
    totals: Totals
    streams: tuple[StreamTotal, ...]


@dataclass(frozen=True)
class Contributor:
    """One product's recommendation (or redesign variant) and what it changes a year."""

    row: int
    product: str
    recommendation: str  # in the result's language
    kind: str  # "recommendation" or "variant"
    virgin_avoided: float
    crm_recovered: float  # at the product's critical raw material content before
    recovered: float = 0.0  # more reused or recycled at end of life (kg a year)


@dataclass(frozen=True)
class Difference:
    """After minus before, as the alliance reports it (kg per year, rates).

    `crm_recovered` is what a higher recovered share brings at each product's content of
    critical raw materials before the redesign: a redesign that puts more copper in a
    product recovers more copper, but that is more demand, not more recovery."""

    virgin_avoided: float  # before - after
    crm_recovered: float
    kept_in_region: float
    recyclability_rate: float
    mci: float


@dataclass(frozen=True)
class PortfolioResult:
    """The whole portfolio: its lines, the flows before and after, and who contributes."""

    kb_version: str
    region: str
    lines: tuple[LineFigures, ...]
    before: Side
    after: Side | None = None
    difference: Difference | None = None
    contributors: tuple[Contributor, ...] = ()
    evaluated: int = 0  # products evaluated in this run (the rest came from the cache)
    cached: int = 0
    source: str = ""  # the portfolio file
    lang: str = "nl"
    notes: tuple[str, ...] = field(default=())
    # Whether the knowledge base names any processor in the region: without one, the
    # material kept in the region is 0 by construction, not a finding.
    regional_processors: bool = True
