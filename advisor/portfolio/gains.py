"""Before and after: what the redesigns change in the region a year, and who contributes.

The alliance's figures: virgin material avoided (before minus after), critical raw
materials recovered, material kept in the region, and the portfolio's mass-weighted
recyclability and MCI. The ranked contributors say where to push first: each plan's
recommendations measured one at a time, each named redesign variant as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.portfolio.model import Contributor, Difference, LineFigures, ProductFigures, Side

# Below this many kilograms a year a contribution is rounding, not a contribution.
NEGLIGIBLE_KG = 1e-9


@dataclass(frozen=True)
class UnitFigures:
    """One unit of a product: its mass and what of it the alliance counts (kg)."""

    mass: float
    virgin: float
    recovered: float
    kept_in_region: float
    crm: float
    crm_recovered: float


def per_unit(f: ProductFigures) -> UnitFigures:
    m, materials = f.mass_kg, f.materials
    return UnitFigures(
        mass=m, virgin=m * sum(x.virgin for x in materials),
        recovered=m * sum(x.reuse + x.recycled for x in materials),
        kept_in_region=m * sum(x.reuse + x.recycled for x in materials
                               if x.processed_in == "region"),
        crm=m * sum(c.kg for c in f.crm), crm_recovered=m * sum(c.recovered for c in f.crm))


def difference(before: Side, after: Side) -> Difference:
    b, a = before.totals, after.totals
    return Difference(virgin_avoided=b.virgin - a.virgin,
                      crm_recovered=a.crm_recovered - b.crm_recovered,
                      kept_in_region=a.kept_in_region - b.kept_in_region,
                      recyclability_rate=a.recyclability_rate - b.recyclability_rate,
                      mci=a.mci - b.mci)


def line_difference(line: LineFigures) -> dict[str, float] | None:
    """A line's own change a year (kg), or None without an "after"."""
    if line.after is None:
        return None
    b, a = per_unit(line.before), per_unit(line.after)
    k = line.factor
    return {"virgin_avoided": k * (b.virgin - a.virgin),
            "crm_recovered": k * (a.crm_recovered - b.crm_recovered),
            "kept_in_region": k * (a.kept_in_region - b.kept_in_region)}


def _variant_contributor(line: LineFigures, lang: str) -> Contributor:
    change = line_difference(line) or {}
    after = line.after
    return Contributor(line.line.row, line.before.product_name,
                       after.variant_name if after else "", "variant",
                       change.get("virgin_avoided", 0.0), change.get("crm_recovered", 0.0))


def contributors(lines: list[LineFigures], lang: str = "nl") -> tuple[Contributor, ...]:
    """Every recommendation of every plan and every redesign variant that changes the
    virgin material or the recovered CRM, most virgin material avoided first."""
    out: list[Contributor] = []
    for line in lines:
        after = line.after
        if after is None:
            continue
        if not after.is_plan:
            out.append(_variant_contributor(line, lang))
            continue
        for c in after.contributions:
            out.append(Contributor(line.line.row, line.before.product_name,
                                   c.title_nl if lang == "nl" else c.title_en,
                                   "recommendation", line.factor * c.virgin_avoided_kg,
                                   line.factor * c.crm_recovered_kg))
    kept = [c for c in out if abs(c.virgin_avoided) > NEGLIGIBLE_KG
            or abs(c.crm_recovered) > NEGLIGIBLE_KG]
    return tuple(sorted(kept, key=lambda c: (-c.virgin_avoided, -c.crm_recovered, c.row)))


def product_ranking(lines: list[LineFigures]) -> list[tuple[LineFigures, dict[str, float]]]:
    """The lines with an "after", the one that avoids most virgin material first."""
    found = [(x, line_difference(x)) for x in lines if x.after is not None]
    ranked = [(x, d) for x, d in found if d is not None]
    return sorted(ranked, key=lambda p: (-p[1]["virgin_avoided"], -p[1]["crm_recovered"],
                                         p[0].line.row))
