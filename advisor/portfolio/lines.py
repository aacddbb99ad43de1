"""Build and edit portfolio lines in the app: the products a file holds, new lines for
them, and one cell changed with the same checks as a portfolio file's."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from advisor.bom_io.numbers import parse_number
from advisor.errors import InputError, Problem
from advisor.portfolio.model import PortfolioLine
from advisor.portfolio.projects import Catalog, ProjectReader, check_file, is_project
from advisor.portfolio.sheet import relative_path

EDITABLE = ("product", "variant", "units_per_year", "region_share", "compare_variant")


def products_in(path: Path, resolver: object | None = None,
                ) -> list[tuple[str, tuple[str, ...]]]:
    """(product name, its variant names) of a project file or a bill of materials."""
    path = Path(path)
    check_file(path)
    if not is_project(path):
        from advisor.bom_io import read_bom

        product = read_bom(path, resolver=resolver).product
        return [(product.name, tuple(v.name for v in product.variants))]
    from advisor.store import KNOWN_MIGRATIONS

    reader = ProjectReader()
    cat = Catalog(path, "")
    try:
        with reader.attached([cat]) as failed:
            if failed:
                raise failed[0][1]
            reader.check_app(cat, KNOWN_MIGRATIONS)
            reader.read_catalog(cat)
    finally:
        reader.close()
    return [(p.name, tuple(v.name for v in cat.variants.get(p.id, [])))
            for p in cat.products]


def new_lines(path: Path, folder: Path | None, first_row: int, resolver: object | None = None,
              ) -> list[PortfolioLine]:
    """One line per product of a file, units per year still to be entered (0)."""
    written = relative_path(path, folder) if folder is not None else str(path)
    return [PortfolioLine(row=first_row + n, project=written, path=Path(path), product=name,
                          variant=None, units_per_year=0.0)
            for n, (name, _variants) in enumerate(products_in(path, resolver))]


def _number(text: str, column: str, decimal: str) -> float:
    t = text.strip()
    percent = t.endswith("%")
    try:
        value = parse_number(t[:-1].strip() if percent else t, decimal)
    except ValueError:
        raise InputError(Problem("portfolio_not_a_number", "Not a number", column=column,
                                 value=text)) from None
    return value / 100.0 if percent else value


def edit_line(line: PortfolioLine, column: str, text: str, decimal: str = ".",
              ) -> PortfolioLine:
    """The line with one cell set from what the user typed (`InputError` if it is bad);
    `decimal` is the separator of the user's language ("1.200" is twelve hundred in
    Dutch)."""
    if column not in EDITABLE:
        raise KeyError(column)
    if column in ("product", "variant", "compare_variant"):
        return replace(line, **{column: text.strip() or None})
    value = _number(text, column, decimal)
    if column == "units_per_year" and (not math.isfinite(value) or value <= 0):
        raise InputError(Problem("portfolio_units_invalid", "Units per year must be a number "
                                 "above zero", column=column, value=text))
    if column == "region_share" and (not math.isfinite(value) or not 0 <= value <= 1):
        raise InputError(Problem("portfolio_share_range", "The region share must lie "
                                 "between 0 and 1", column=column, value=text))
    return replace(line, **{column: value})


def renumbered(lines: list[PortfolioLine]) -> list[PortfolioLine]:
    """Rows as the portfolio file will show them (header row 1, first line row 2)."""
    return [replace(x, row=n) for n, x in enumerate(lines, start=2)]
