"""Limits that keep every figure finite: no `inf` or `nan` reaches a metric, chart or JSON.

A quantity of 1e308, or 400 nested assemblies of quantity 10, multiply past what a float
holds. These limits lie far above any product (a ship is a few thousand tonnes) and far
below where sums of a million rows could overflow. Each problem names the row where the
limit is first crossed, with the import's wording, so a bill of materials and a project
file get the same message.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from advisor.errors import InputError, Problem
from advisor.i18n import fmt_number
from advisor.model import ABSURD_MASS_KG, Component, Variant, children_index

MAX_QUANTITY = 1_000_000.0            # of one row, per unit of its parent
MAX_QUANTITY_PRODUCT = 1_000_000_000.0  # a row's quantity times its assemblies'
MAX_TOTAL_MASS_KG = 100_000_000.0     # the whole product: 100,000 t
# The MCI's utility inputs (years, and a ratio to the industry average), bounded as the
# command line bounds them (advisor.cli.options): beyond them X = (L/L_av)(U/U_av)
# overflows or vanishes.
SETTING_LOW, SETTING_HIGH = 1e-3, 1000.0
SETTING_RANGES = {"lifetime_years": (SETTING_LOW, SETTING_HIGH),
                  "industry_lifetime_years": (SETTING_LOW, SETTING_HIGH),
                  "use_intensity": (SETTING_LOW, SETTING_HIGH)}


def _problem(c: Component, fname: str | None, code: str, column: str, value: float,
             message: str, limit: float) -> Problem:
    return Problem(code, message, file=fname, row=c.row, column=column, value=f"{value:g}",
                   params={"id": c.id, "name": c.name, "limit": limit,
                           "limit_nl": fmt_number(limit, "nl", 0)})


def _usable(q: float) -> bool:
    return math.isfinite(q) and q > 0


def _quantity_products(components: Sequence[Component], kids: dict,
                       fname: str | None, out: list[Problem]) -> dict[str, float]:
    """Each row's units per product; a row past the limit is reported (not its subtree)."""
    totals: dict[str, float] = {}
    stack = [(c, 1.0) for c in reversed(kids.get(None, []))]
    while stack:
        c, above = stack.pop()
        q = c.quantity if _usable(c.quantity) else 1.0
        if q > MAX_QUANTITY:
            out.append(_problem(c, fname, "quantity_too_large", "quantity", q,
                                "Quantity is too large", MAX_QUANTITY))
            continue
        total = above * q
        if total > MAX_QUANTITY_PRODUCT:
            out.append(_problem(c, fname, "quantity_product_too_large", "quantity", total,
                                "Nested quantities multiply to too many units",
                                MAX_QUANTITY_PRODUCT))
            continue
        totals[c.id] = total
        stack.extend((k, total) for k in reversed(kids.get(c.id, [])))
    return totals


def _own_mass(c: Component, kids: dict, rolled: dict[str, float]) -> float:
    m = c.mass_kg
    if m is None or not math.isfinite(m) or m <= 0 or m > ABSURD_MASS_KG:
        return 0.0  # missing, or refused on its own row already
    if not kids.get(c.id):
        return m
    return max(0.0, m - rolled.get(c.id, 0.0))  # an assembly's body of its own


def bound_problems(components: Sequence[Component], kids: dict,
                   fname: str | None = None) -> list[Problem]:
    """Rows past the limits on quantity, nested quantity and total mass (tree without loops)."""
    from advisor.model import rolled_up_mass

    out: list[Problem] = []
    totals = _quantity_products(components, kids, fname, out)
    if out or len(totals) != len(components):
        return out  # refused already, or no sound tree (loops, unknown parents): reported
    rolled = rolled_up_mass(tuple(components), kids)
    running = 0.0
    for c in components:
        running += _own_mass(c, kids, rolled) * totals.get(c.id, 0.0)
        if running > MAX_TOTAL_MASS_KG:
            out.append(_problem(c, fname, "total_mass_too_large", "mass", running,
                                "The product's total mass is too large", MAX_TOTAL_MASS_KG))
            break
    return out


def _not_finite(c: Component, fname: str | None) -> list[Problem]:
    out = []
    for column, value, code in (("mass", c.mass_kg, "mass_not_finite"),
                                ("quantity", c.quantity, "quantity_invalid"),
                                ("recycled content", c.recycled_content, "share_out_of_range"),
                                ("reused content", c.reused_content, "share_out_of_range")):
        if value is not None and not math.isfinite(value):
            out.append(Problem(code, "Not a finite number", file=fname, row=c.row,
                               column=column, value=f"{value}",
                               params={"id": c.id, "name": c.name}))
    return out


def setting_problems(variant: Variant, fname: str | None = None) -> list[Problem]:
    """The variant's MCI utility inputs outside their bounds."""
    out = []
    for name, (low, high) in SETTING_RANGES.items():
        value = getattr(variant, name)
        if value is not None and not (math.isfinite(value) and low <= value <= high):
            out.append(Problem("setting_out_of_range", f"{name} out of range", file=fname,
                               column=name, value=f"{value:g}",
                               params={"setting": name, "low": low, "high": high}))
    return out


def unbounded_problems(variant: Variant, fname: str | None = None) -> list[Problem]:
    """The problems of a variant that would make a figure infinite or not a number: a
    number that is not finite, the limits above, MCI utility inputs out of range.

    A half-finished variant (a part without a mass, quantity 0) still evaluates; these
    do not, so that no `inf` or `nan` reaches a metric card, a chart or a report.
    """
    out = [p for c in variant.components for p in _not_finite(c, fname)]
    if not out:
        out = bound_problems(variant.components, children_index(variant.components), fname)
    out.extend(setting_problems(variant, fname))
    return out


def refuse_unbounded(variant: Variant, fname: str | None = None) -> None:
    """Raise `InputError` with `unbounded_problems` when there are any."""
    problems = unbounded_problems(variant, fname)
    if problems:
        raise InputError(problems)
