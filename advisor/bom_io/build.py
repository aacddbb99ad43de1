"""Turn a raw table into components: parse every cell, collect every problem."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from advisor.bom_io import masses, numbers
from advisor.bom_io.headers import header_unit
from advisor.bom_io.hierarchy import LEVEL, RowLink, assign_parents, choose_method
from advisor.bom_io.reader import Cell, Table
from advisor.errors import WARNING, Problem
from advisor.model import Component, evolve

MAX_TEXT_CHARS = 500   # longer names and notes are truncated, with a warning
MAX_ID_CHARS = 100
DECIMAL_SAMPLE_ROWS = 20_000  # rows looked at to tell the decimal separator
TICK_ROWS = 2_000  # rows between two progress reports (and looks at the cancel flag)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHARE_FIELDS = ("recycled_content", "reused_content")
NUMBER_FIELDS = ("mass", "quantity", *SHARE_FIELDS)
TEXT_FIELDS = ("name", "material", "joint", "finish", "notes")
# Text fields of a row and their length limits.
ROW_TEXT_FIELDS = {**dict.fromkeys(("name", "material", "joint", "finish", "notes"),
                                   MAX_TEXT_CHARS),
                   **dict.fromkeys(("id", "parent", "attached_to"), MAX_ID_CHARS)}
# Fields whose values repeat across rows: kept once in memory (see `_short`).
SHARED_FIELDS = frozenset({"material", "joint", "finish", "notes", "parent", "attached_to"})
# validate_components names columns by field; map them to the file's headers.
MODEL_COLUMNS = {"id": "id", "parent": "parent", "mass": "mass", "quantity": "quantity",
                 "recycled content": "recycled_content", "reused content": "reused_content",
                 "attached to": "attached_to", "material": "material"}


@dataclass
class Parsed:
    """What the rows of one table parse into."""

    components: list[Component] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    decimal: str = "."
    method: str = "flat"


@dataclass(frozen=True)
class Context:
    table: Table
    columns: dict[str, int]
    fname: str
    decimal: str
    mass_unit: str
    percent: dict[str, bool]
    stated_unit: str | None = None  # the unit the mass header names, if it names one
    second_mass: masses.SecondMass | None = None
    pool: dict[str, str] = field(default_factory=dict, compare=False)

    def header(self, fld: str) -> str:
        index = self.columns.get(fld)
        return self.table.header[index] if index is not None else fld

    def cell(self, cells: list[Cell], fld: str) -> Cell:
        index = self.columns.get(fld)
        if index is None or index >= len(cells):
            return ""
        value = cells[index]
        if isinstance(value, str):
            value = value.strip()
            if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
                value = value[1:]  # undo the quote our export (and Excel) put before formulas
        return value


def _text(value: Cell) -> str:
    if isinstance(value, float):
        return numbers.format_plain(value) if math.isfinite(value) else str(value)
    return value


def cell_text(value: Cell) -> str:
    """A cell as the text identifiers and references are compared by ("1.0" is "1")."""
    return _text(value).strip()


def _numeric_samples(table: Table, columns: dict[str, int]) -> list[str]:
    out = []
    for fld in ("mass", "quantity", *SHARE_FIELDS):
        index = columns.get(fld)
        if index is None:
            continue
        out.extend(cells[index] for _, cells in table.rows[:DECIMAL_SAMPLE_ROWS]
                   if index < len(cells) and isinstance(cells[index], str) and cells[index])
    return out


def make_context(table: Table, columns: dict[str, int], fname: str,
                 decimal: str | None = None, mass_unit: str | None = None) -> Context:
    """Decide decimal separator, mass unit and percent columns once per table.

    `decimal` and `mass_unit` given by the user (the import wizard) win over detection.
    """
    default = "," if table.delimiter == ";" else "."
    decimal = decimal or numbers.detect_decimal(_numeric_samples(table, columns), default)
    stated = header_unit(table.header[columns["mass"]]) if "mass" in columns else None
    unit = mass_unit or stated or "kg"
    percent = {}
    for fld in SHARE_FIELDS:
        index = columns.get(fld)
        values = [cells[index] for _, cells in table.rows if index is not None
                  and index < len(cells)]
        percent[fld] = numbers.column_is_percent(values, decimal)
    return Context(table, columns, fname, decimal, unit, percent, mass_unit or stated,
                   masses.second_mass_column(table.header, columns))


def _problem(ctx: Context, row: int, fld: str, code: str, message: str, value: Cell,
             severity: str = "error", **params) -> Problem:
    return Problem(code, message, file=ctx.fname, row=row, column=ctx.header(fld),
                   value=_text(value)[:80], severity=severity,
                   params={"column": ctx.header(fld), **params})


def _row_unit(ctx: Context, row: int, cells: list[Cell], out: list[Problem]) -> str:
    """The mass unit for one row: the unit column if it names a mass unit, else the header's."""
    raw = ctx.cell(cells, "unit")
    word = _text(raw).strip().lower().rstrip(".") if raw != "" else ""
    if not word or word in numbers.COUNT_UNITS:
        return ctx.mass_unit
    if numbers.unit_factor(word) is None:
        out.append(_problem(ctx, row, "unit", "unit_unknown", "Unknown unit", raw,
                            units="g, kg, t, lb, oz"))
        return ctx.mass_unit
    if ctx.stated_unit:
        conflict = masses.unit_conflict(row, ctx.header("unit"), ctx.header("mass"),
                                        ctx.stated_unit, word, ctx.fname, _text(raw))
        out.extend([conflict] if conflict else [])
    return word


def _mass(ctx: Context, row: int, cells: list[Cell], out: list[Problem]) -> float | None:
    """The row's mass: from the mass column (its own unit, the unit column's or the
    header's), checked against a second mass column and the header's unit."""
    value = ctx.cell(cells, "mass")
    kg = numbers.parse_mass(value, ctx.decimal, _row_unit(ctx, row, cells, out))
    written = masses.cell_unit(value)
    if written and ctx.stated_unit:
        conflict = masses.unit_conflict(row, ctx.header("mass"), ctx.header("mass"),
                                        ctx.stated_unit, written, ctx.fname, _text(value))
        out.extend([conflict] if conflict else [])
    if ctx.second_mass is not None:
        second = cells[ctx.second_mass.index] if ctx.second_mass.index < len(cells) else ""
        kg, found = masses.compare(row, kg, second, ctx.second_mass, ctx.decimal, ctx.fname,
                                   ctx.header("mass"))
        out.extend(found)
    return kg


def _number(ctx: Context, row: int, cells: list[Cell], fld: str, out: list[Problem],
            ) -> float | None:
    value = ctx.cell(cells, fld)
    try:
        if fld == "mass":
            return _mass(ctx, row, cells, out)
        if fld == "quantity":
            return numbers.parse_quantity(value, ctx.decimal)
        return numbers.parse_share(value, ctx.decimal, ctx.percent.get(fld, False))
    except ValueError:
        code = {"mass": "mass_not_a_number", "quantity": "quantity_not_a_number"}.get(
            fld, "share_not_a_number")
        out.append(_problem(ctx, row, fld, code, "Not a number", value))
        return None
    except OverflowError:
        return math.inf


def _short(ctx: Context, row: int, fld: str, value: Cell, limit: int,
           out: list[Problem]) -> str:
    text = _text(value)
    if fld in SHARED_FIELDS:  # one string per distinct value: a million rows repeat them
        text = ctx.pool.setdefault(text, text)
    if len(text) > limit:
        out.append(_problem(ctx, row, fld, "field_truncated", "Text too long; shortened",
                            text, severity=WARNING, length=len(text), limit=limit))
        return text[:limit]
    return text


def _level(ctx: Context, row: int, cells: list[Cell], out: list[Problem]) -> int | None:
    value = ctx.cell(cells, "level")
    if value == "":
        return None
    try:
        number = numbers.parse_number(value, ".")
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number != int(number) or not 0 <= number <= 1000:
        out.append(_problem(ctx, row, "level", "level_invalid", "Level is not a whole number",
                            value))
        return None
    return int(number)


def _texts(ctx: Context, row: int, cells: list[Cell], out: list[Problem],
           ) -> dict[str, str]:
    """The text fields of a row that has their columns ("" for the others)."""
    text = dict.fromkeys(ROW_TEXT_FIELDS, "")
    for fld, limit in ROW_TEXT_FIELDS.items():
        if fld in ctx.columns:
            text[fld] = _short(ctx, row, fld, ctx.cell(cells, fld), limit, out)
    return text


def _parse_row(ctx: Context, row: int, cells: list[Cell], out: list[Problem],
               ) -> tuple[Component, RowLink]:
    text = _texts(ctx, row, cells, out)
    ident = text["id"]
    numbers_read = {f: _number(ctx, row, cells, f, out) if f in ctx.columns else None
                    for f in NUMBER_FIELDS}
    quantity = numbers_read["quantity"]
    comp = Component(
        id=ident or str(row), name=text["name"] or text["material"] or ident or str(row),
        material_input=text["material"], mass_kg=numbers_read["mass"],
        quantity=1.0 if quantity is None else quantity, joint_input=text["joint"],
        finish=text["finish"], notes=text["notes"],
        recycled_content=numbers_read["recycled_content"],
        reused_content=numbers_read["reused_content"], row=row,
        attached_to=text["attached_to"] or None)
    parent = text["parent"]
    link = RowLink(row=row, id=comp.id, parent=parent or None,
                   level=_level(ctx, row, cells, out) if "level" in ctx.columns else None)
    return comp, link


def _unique_fallback_ids(comps: list[Component]) -> list[Component]:
    """Rows whose id fell back to the row number must not collide with written ids."""
    written = {c.id for c in comps if c.id != str(c.row)}
    return [evolve(c, id=f"row{c.row}") if c.id == str(c.row) and c.id in written else c
            for c in comps]


def parse_table(table: Table, columns: dict[str, int], fname: str,
                decimal: str | None = None, mass_unit: str | None = None,
                tick: Callable[[int], None] | None = None) -> Parsed:
    """Components in file order with parents assigned, and the parse problems.

    `tick(rows_done)` is called every `TICK_ROWS` rows (progress and cancellation)."""
    ctx = make_context(table, columns, fname, decimal, mass_unit)
    result = Parsed(decimal=ctx.decimal)
    if ctx.second_mass is not None:
        result.problems.append(masses.note_second_column(fname, table.header_row,
                                                         ctx.header("mass"), ctx.second_mass))
    links: list[RowLink] = []
    for n, (row, cells) in enumerate(table.rows):
        if tick is not None and n % TICK_ROWS == 0:
            tick(n)
        comp, link = _parse_row(ctx, row, cells, result.problems)
        result.components.append(comp)
        links.append(link)
    result.components = _unique_fallback_ids(result.components)
    links = [evolve(link, id=c.id) for link, c in zip(links, result.components, strict=True)]
    method = choose_method("parent" in columns, "level" in columns, [lk.id for lk in links])
    parents, problems = assign_parents(links, method, fname, ctx.header("level"))
    result.problems.extend(problems)
    result.components = [evolve(c, parent_id=parents.get(c.row)) for c in result.components]
    result.method = method
    return result


def rename_columns(problems: list[Problem], ctx_header, method: str,
                   raw_cell=None) -> list[Problem]:
    """Give model-level problems the file's header names and the cell as written.

    The model checks converted values (kg); `raw_cell(row, field)` gives the text the
    user typed, which is what a message should quote.
    """
    out = []
    for p in problems:
        fld = MODEL_COLUMNS.get(p.column or "")
        if fld == "parent" and method != "parent":
            fld = "level" if method == LEVEL else "id"
        if not fld:
            out.append(p)
            continue
        quote_cell = raw_cell is not None and p.value is not None and fld in NUMBER_FIELDS
        written = raw_cell(p.row, fld) if quote_cell else None
        value = str(written) if written not in (None, "") else p.value
        out.append(replace(p, column=ctx_header(fld), value=value))
    return out
