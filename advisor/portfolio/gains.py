"""Before and after: what the redesigns change in the region a year, and who contributes.

The alliance's figures: virgin material avoided (before minus after), critical raw
materials recovered, material kept in the region, material reused or recycled, and the
portfolio's mass-weighted recyclability and MCI. The ranked contributors say where to
push first: each plan's recommendations measured one at a time, each named redesign
variant as a whole.

Critical raw materials recovered in addition are counted like for like, as the advice's
measured gain counts them (advisor/recommend/gains.py): the critical raw materials no
longer lost. A redesign that holds more copper recovers more kilograms of copper, but
that is more copper demanded, not more recovered.
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


def per_unit(f: ProductFigures) -> UnitFigures:
    m, materials = f.mass_kg, f.materials
    return UnitFigures(
        mass=m, virgin=m * sum(x.virgin for x in materials),
        recovered=m * sum(x.reuse + x.recycled for x in materials),
        kept_in_region=m * sum(x.reuse + x.recycled for x in materials
                               if x.processed_in == "region"))


def crm_lost(f: ProductFigures) -> float:
    """Kilograms of critical raw materials a unit of the product loses at end of life."""
    return f.mass_kg * sum(c.kg - c.recovered for c in f.crm)


def crm_gain(before: ProductFigures, after: ProductFigures) -> float:
    """Critical raw materials recovered in addition per unit (kg), like for like as the
    advice measures them: the critical raw materials no longer lost (lost before minus
    lost after). A part that holds more copper and recovers all of it gains nothing; one
    that holds less and loses less gains what it no longer loses."""
    return crm_lost(before) - crm_lost(after)


def difference(before: Side, after: Side, lines: list[LineFigures]) -> Difference:
    b, a = before.totals, after.totals
    crm = sum(line.factor * crm_gain(line.before, line.after) for line in lines
              if line.after is not None)
    return Difference(virgin_avoided=b.virgin - a.virgin, crm_recovered=crm,
                      kept_in_region=a.kept_in_region - b.kept_in_region,
                      recyclability_rate=a.recyclability_rate - b.recyclability_rate,
                      mci=a.mci - b.mci)


def line_difference(line: LineFigures) -> dict[str, float] | None:
    """A line's own change a year (kg; `recyclability` as a change of the rate), or None
    without an "after"."""
    if line.after is None:
        return None
    b, a = per_unit(line.before), per_unit(line.after)
    k = line.factor
    return {"virgin_avoided": k * (b.virgin - a.virgin),
            "crm_recovered": k * crm_gain(line.before, line.after),
            "kept_in_region": k * (a.kept_in_region - b.kept_in_region),
            "recovered": k * (a.recovered - b.recovered),
            "recyclability": line.after.recyclability_rate - line.before.recyclability_rate}


def _variant_contributor(line: LineFigures, lang: str) -> Contributor:
    change = line_difference(line) or {}
    after = line.after
    return Contributor(line.line.row, line.before.product_name,
                       after.variant_name if after else "", "variant",
                       change.get("virgin_avoided", 0.0), change.get("crm_recovered", 0.0),
                       change.get("recovered", 0.0))


def _rank_key(c: Contributor) -> tuple:
    return (-c.virgin_avoided, -c.crm_recovered, -c.recovered, c.row)


def contributors(lines: list[LineFigures], lang: str = "nl") -> tuple[Contributor, ...]:
    """Every recommendation of every plan and every redesign variant that changes the
    virgin material, the recovered CRM or the material reused or recycled, most virgin
    material avoided first."""
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
                                   line.factor * c.crm_recovered_kg,
                                   line.factor * c.recovered_kg))
    kept = [c for c in out if max(abs(c.virgin_avoided), abs(c.crm_recovered),
                                  abs(c.recovered)) > NEGLIGIBLE_KG]
    return tuple(sorted(kept, key=_rank_key))


def product_ranking(lines: list[LineFigures]) -> list[tuple[LineFigures, dict[str, float]]]:
    """The lines with an "after", the one that avoids most virgin material first."""
    found = [(x, line_difference(x)) for x in lines if x.after is not None]
    ranked = [(x, d) for x, d in found if d is not None]
    return sorted(ranked, key=lambda p: (-p[1]["virgin_avoided"], -p[1]["crm_recovered"],
                                         -p[1]["recovered"], p[0].line.row))
