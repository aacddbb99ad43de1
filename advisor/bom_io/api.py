"""Import a bill of materials: the functions the CLI and the import wizard call."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from advisor.bom_io import reader, sniff
from advisor.bom_io.build import parse_table, rename_columns
from advisor.bom_io.headers import apply_mapping
from advisor.bom_io.identify import choose_identifier, explain_parents
from advisor.bom_io.resolving import resolve_components
from advisor.errors import ERROR, WARNING, InputError, Problem
from advisor.model import Component, Product, Variant, children_index, validate_components

DEFAULT_VARIANT = "Basis"
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")


@dataclass(frozen=True)
class ImportResult:
    """One imported bill of materials: a product with one variant, and the warnings."""

    product: Product
    problems: tuple[Problem, ...]
    columns: dict[str, str]
    encoding: str
    delimiter: str | None
    decimal: str
    sheet: str | None


def _fname(path: str | os.PathLike) -> str:
    return str(path)


def _mismatch(path: Path, kind: str, fname: str) -> list[Problem]:
    """A warning when the content is not what the extension promises."""
    suffix = path.suffix.lower()
    wrong = (kind == sniff.XLSX and suffix in TEXT_SUFFIXES) or (
        kind == sniff.TEXT and suffix in (".xlsx", ".xlsm"))
    if not wrong:
        return []
    label = "Excel" if kind == sniff.XLSX else "text"
    return [Problem("extension_mismatch", f"Named {suffix} but holds {label}", file=fname,
                    severity=WARNING, params={"extension": suffix, "kind": label})]


def _refuse(kind: str, fname: str) -> None:
    codes = {sniff.EMPTY: ("bom_empty", "The file holds no table"),
             sniff.BINARY: ("bom_binary", "This is not a table but a binary file"),
             sniff.PROJECT: ("bom_is_project", "This is a project, not a bill of materials"),
             sniff.XLS: ("xls_unsupported", "Old Excel files (.xls) are not supported")}
    if kind in codes:
        code, message = codes[kind]
        raise InputError(Problem(code, message, file=fname, row=1))


def load_table(path: str | os.PathLike, sheet: str | None = None,
               header_hint: list[str] | None = None) -> tuple[reader.Table, list[Problem]]:
    """The raw table of a file, whatever its extension claims, and format warnings."""
    path = Path(path)
    fname = _fname(path)
    data = reader.read_bytes(path, fname)
    kind = sniff.kind_of(data)
    _refuse(kind, fname)
    warnings = _mismatch(path, kind, fname)
    if kind == sniff.XLSX:
        raw, sheet_name = reader.xlsx_rows(data, fname, sheet)
        table = reader.to_table(raw, fname, sheet=sheet_name, kind=kind, header_hint=header_hint)
        return table, warnings
    text, encoding = sniff.decode(data)
    return _text_table(text, fname, encoding, header_hint), warnings


def _text_table(text: str, fname: str, encoding: str,
                header_hint: list[str] | None) -> reader.Table:
    raw, delimiter = reader.text_rows(text, fname)
    return reader.to_table(raw, fname, encoding=encoding, delimiter=delimiter,
                           header_hint=header_hint)


def preview_rows(path: str | os.PathLike, sheet: str | None = None, limit: int = 50,
                 ) -> tuple[list[str], list[list[str]]]:
    """The header and the first raw rows as text, for the import wizard."""
    table, _ = load_table(path, sheet)
    rows = [[reader_text(c) for c in cells] for _, cells in table.rows[:limit]]
    return list(table.header), rows


@dataclass(frozen=True)
class RawPreview:
    """The raw table as the import wizard shows it: header, numbered rows, sheets."""

    header: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells as text)
    sheet: str | None
    sheets: list[str]
    total_rows: int


def preview_table(path: str | os.PathLike, sheet: str | None = None, limit: int = 500,
                  ) -> RawPreview:
    """The header and the first raw rows with their row numbers, and the sheet names."""
    table, _ = load_table(path, sheet)
    return _raw_preview(table, limit, reader.sheet_names(Path(path)) if table.sheet else [])


def preview_text(text: str, name: str = "clipboard", limit: int = 500) -> RawPreview:
    """The same preview for pasted text."""
    if not text.strip():
        raise InputError(Problem("bom_empty", "The text holds no table", file=name, row=1))
    return _raw_preview(_text_table(text, name, "text", None), limit, [])


def _raw_preview(table: reader.Table, limit: int, sheets: list[str]) -> RawPreview:
    rows = [(n, [reader_text(c) for c in cells]) for n, cells in table.rows[:limit]]
    return RawPreview(list(table.header), table.header_row, rows, table.sheet, sheets,
                      len(table.rows))


def reader_text(cell: reader.Cell) -> str:
    """A raw cell as text (numbers from a workbook without a trailing '.0')."""
    if isinstance(cell, float):
        return f"{cell:g}" if cell == int(cell) and abs(cell) < 1e15 else repr(cell)
    return cell


Progress = Callable[[int, int], None]


class ImportCancelled(Exception):
    """The caller's `cancelled()` returned True during an import (nothing is kept)."""


@dataclass(frozen=True)
class _Options:
    """What the caller set besides the file: overrides of detection, progress, cancel."""

    decimal: str | None = None
    mass_unit: str | None = None
    only_mapped: bool = False
    progress: Progress | None = None
    cancelled: Callable[[], bool] | None = None

    def ticker(self, total: int) -> Callable[[int], None] | None:
        """`tick(done)`: report progress and stop when cancelled (None: nobody listens)."""
        if self.progress is None and self.cancelled is None:
            return None

        def tick(done: int) -> None:
            if self.cancelled is not None and self.cancelled():
                raise ImportCancelled()
            if self.progress is not None:
                self.progress(min(done, total), total)

        return tick


def read_bom(path: str | os.PathLike, *, sheet: str | None = None,
             mapping: dict[str, str] | None = None, product_name: str | None = None,
             variant_name: str | None = None, resolver=None, lang: str = "nl",
             decimal: str | None = None, mass_unit: str | None = None,
             only_mapped: bool = False, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import a bill of materials file; raise `InputError` with every problem if any is bad.

    `decimal` ("." or ",") and `mass_unit` (for masses without a unit) override detection.
    `progress(done, total)` is called while rows are read and resolved (two steps per
    data row: `total` is twice the row count); `cancelled()` is asked as often, and when it
    returns True the import stops with `ImportCancelled`.
    """
    options = _Options(decimal, mass_unit, only_mapped, progress, cancelled)
    table, warnings = load_table(path, sheet, list(mapping.values()) if mapping else None)
    return _import(table, _fname(path), Path(path).stem, warnings, mapping, product_name,
                   variant_name, resolver, options)


def read_bom_text(text: str, name: str = "clipboard", *, sheet: str | None = None,
                  mapping: dict[str, str] | None = None, product_name: str | None = None,
                  variant_name: str | None = None, resolver=None, lang: str = "nl",
                  decimal: str | None = None, mass_unit: str | None = None,
                  only_mapped: bool = False, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import pasted text (tab-separated from Excel, or any delimited text); see `read_bom`."""
    if not text.strip():
        raise InputError(Problem("bom_empty", "The text holds no table", file=name, row=1))
    if "\x00" in text:
        raise InputError(Problem("bom_binary", "This is not a table", file=name, row=1))
    table = _text_table(text, name, "text", list(mapping.values()) if mapping else None)
    options = _Options(decimal, mass_unit, only_mapped, progress, cancelled)
    return _import(table, name, Path(name).stem or name, [], mapping, product_name,
                   variant_name, resolver, options)


def _check_columns(table: reader.Table, columns: dict[str, int], fname: str) -> None:
    if "mass" not in columns:
        raise InputError(Problem(
            "mass_column_missing", "No mass column found", file=fname, row=table.header_row,
            params={"headers": ", ".join(h for h in table.header if h)[:300]}))
    if not table.rows:
        raise InputError(Problem("bom_no_rows", "The table has a header but no rows",
                                 file=fname, row=table.header_row + 1))
    if len(table.rows) > reader.MAX_ROWS:
        raise InputError(Problem("too_many_rows", "Too many rows", file=fname,
                                 row=table.rows[reader.MAX_ROWS][0],
                                 params={"limit": reader.MAX_ROWS}))


def _import(table: reader.Table, fname: str, stem: str, warnings: list[Problem],
            mapping: dict[str, str] | None, product_name: str | None,
            variant_name: str | None, resolver, options: _Options) -> ImportResult:
    columns = apply_mapping(table.header, mapping, fname, table.header_row,
                            options.only_mapped)
    _check_columns(table, columns, fname)
    columns, notes = choose_identifier(table, columns, fname, set(mapping or {}))
    rows = len(table.rows)
    tick = options.ticker(2 * rows)
    parsed = parse_table(table, columns, fname, options.decimal, options.mass_unit, tick)
    comps = parsed.components
    problems = warnings + notes + parsed.problems
    if resolver is not None:
        comps, found = resolve_components(
            comps, resolver, fname, lambda f: _header(table, columns, f),
            (lambda n: tick(rows + n)) if tick else None)
        problems += found
    cells_by_row = dict(table.rows)
    model = rename_columns(validate_components(comps, fname),
                           lambda f: _header(table, columns, f), parsed.method,
                           lambda row, f: _raw(cells_by_row.get(row), columns.get(f)))
    # A cell that did not parse is already reported; "mass missing" there says it twice.
    seen = {(p.row, p.column) for p in problems if p.severity == ERROR}
    problems += explain_parents([p for p in model if (p.row, p.column) not in seen], table,
                                columns, fname)
    problems.sort(key=lambda p: (p.row if p.row is not None else 0))
    if any(p.severity == ERROR for p in problems):
        raise InputError(problems)
    if tick is not None:
        tick(2 * rows)
    product = _product(comps, product_name or _top_name(comps) or stem, variant_name)
    return ImportResult(product=product, problems=tuple(problems),
                        columns={f: table.header[i] for f, i in columns.items()},
                        encoding=table.encoding, delimiter=table.delimiter,
                        decimal=parsed.decimal, sheet=table.sheet)


def _raw(cells: list | None, index: int | None):
    """The cell as it stands in the file, or None."""
    if cells is None or index is None or index >= len(cells):
        return None
    return cells[index]


def _header(table: reader.Table, columns: dict[str, int], fld: str) -> str:
    return table.header[columns[fld]] if fld in columns else fld


def _top_name(comps: list[Component]) -> str | None:
    """A single top-level row is the product and names it."""
    tops = children_index(comps).get(None, [])
    return tops[0].name if len(tops) == 1 else None


def new_id() -> str:
    return uuid.uuid4().hex


def _product(comps: list[Component], name: str, variant_name: str | None) -> Product:
    variant = Variant(id=new_id(), name=variant_name or DEFAULT_VARIANT,
                      components=tuple(comps))
    return Product(id=new_id(), name=name, variants=(variant,))

