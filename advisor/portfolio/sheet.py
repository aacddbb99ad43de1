"""The portfolio file (CLI.md `portfolio`): one row per product line, as CSV or XLSX.

Headers are matched as the bill-of-materials importer matches its own: case and
punctuation ignored, Dutch or English. Every bad cell is reported with the file, the row
as a spreadsheet shows it (header row 1) and the column; nothing is guessed.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import zipfile
from functools import lru_cache
from pathlib import Path

from advisor.bom_io import sniff
from advisor.bom_io.numbers import detect_decimal, format_plain, parse_number
from advisor.bom_io.reader import read_bytes
from advisor.errors import InputError, Problem
from advisor.portfolio.model import PortfolioLine

COLUMNS = ("project", "product", "variant", "units_per_year", "region_share",
           "compare_variant")
REQUIRED = ("project", "units_per_year")
# Header words per column after folding (lower case, letters and digits only).
ALIASES = {
    "project": ("project", "projectfile", "projectbestand", "file", "bestand", "path", "pad",
                "bom", "stuklijst"),
    "product": ("product", "productname", "productnaam"),
    "variant": ("variant", "variantname", "variantnaam", "before", "voor"),
    "units_per_year": ("unitsperyear", "units", "unitsyear", "volume", "stuksperjaar",
                       "aantalperjaar", "eenhedenperjaar", "jaarvolume"),
    "region_share": ("regionshare", "shareinregion", "regioaandeel", "aandeelregio",
                     "aandeelinregio", "regionaalaandeel"),
    "compare_variant": ("comparevariant", "compare", "after", "na", "navariant",
                        "vergelijkvariant", "vergelijkmet", "herontwerp"),
}
MAX_LINES = 1_000_000
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # zip-bomb guard for .xlsx
HEADER_SCAN_ROWS = 20
DECIMAL_SAMPLE_ROWS = 2_000  # rows whose numbers tell the decimal separator


def _fold(text: object) -> str:
    return re.sub(r"[^0-9a-z]", "", str(text).lower())


_BY_WORD = {word: col for col, words in ALIASES.items() for word in words}


def _problem(fname: str, row: int | None, column: str | None, code: str, message: str,
             value: object = None, hint: str = "", **params: object) -> Problem:
    return Problem(code, message, file=fname, row=row, column=column,
                   value=None if value is None else str(value), hint=hint or None,
                   params=dict(params))


def _xlsx_rows(data: bytes, fname: str) -> list[tuple[int, list[object]]]:
    """The first sheet's rows with their row numbers (cells as Excel holds them)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_UNZIPPED_BYTES:
                raise InputError(_problem(fname, None, None, "file_too_large",
                                          "File too large", limit_mb=MAX_UNZIPPED_BYTES >> 20))
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(_problem(fname, None, None, "portfolio_unreadable",
                                  f"Cannot read the workbook ({exc})", reason=str(exc))) from None
    try:
        ws = wb.worksheets[0]
        out = []
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > MAX_LINES + HEADER_SCAN_ROWS:
                raise InputError(_problem(fname, number, None, "too_many_rows",
                                          "Too many rows", limit=MAX_LINES))
            out.append((number, ["" if v is None else v for v in row]))
        return out
    finally:
        wb.close()


def _split_text(text: str, delimiter: str, skip: int, fname: str,
                ) -> list[tuple[int, list[object]]]:
    lines = io.StringIO(text)
    for _ in range(skip):
        lines.readline()
    out: list[tuple[int, list[object]]] = []
    try:
        for number, row in enumerate(csv.reader(lines, delimiter=delimiter), start=1 + skip):
            if number > MAX_LINES + HEADER_SCAN_ROWS:
                raise InputError(_problem(fname, number, None, "too_many_rows",
                                          "Too many rows", limit=MAX_LINES))
            out.append((number, list(row)))
    except csv.Error as exc:
        raise InputError(_problem(fname, len(out) + 1, None, "portfolio_unreadable",
                                  f"Cannot read the table ({exc})", reason=str(exc))) from None
    return out


def _text_rows(data: bytes, fname: str) -> tuple[list[tuple[int, list[object]]], str]:
    """Rows of delimited text: the sniffed delimiter, or the one whose header row names
    the required columns (a file name with a semicolon can mislead the sniffer)."""
    text, _encoding = sniff.decode(data)
    shape = sniff.detect_shape(text)
    first = shape.delimiter or ","
    for delimiter in dict.fromkeys((first, *sniff.DELIMITERS)):
        rows = _split_text(text, delimiter, shape.skip_lines, fname)
        try:
            _header(rows, fname)
        except InputError:
            continue
        return rows, delimiter
    return _split_text(text, first, shape.skip_lines, fname), first


def raw_rows(path: Path) -> tuple[list[tuple[int, list[object]]], str]:
    """The file's rows (spreadsheet numbering) and the decimal separator to default to."""
    fname = str(path)
    data = read_bytes(path, fname)
    kind = sniff.kind_of(data)
    if kind == sniff.XLSX:
        return _xlsx_rows(data, fname), "."
    if kind != sniff.TEXT:
        raise InputError(_problem(fname, None, None, "portfolio_not_a_table",
                                  "This is not a portfolio table",
                                  hint="Give a .csv or .xlsx file with the columns project "
                                       "and units_per_year"))
    rows, delimiter = _text_rows(data, fname)
    return rows, "," if delimiter == ";" else "."


def _header(rows: list[tuple[int, list[object]]], fname: str) -> tuple[int, dict[str, int]]:
    """Index of the header row in `rows` and the column index of each known column."""
    for i, (_n, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = {}
        for col, cell in enumerate(cells):
            name = _BY_WORD.get(_fold(cell))
            if name and name not in found:
                found[name] = col
        if all(c in found for c in REQUIRED):
            return i, found
    first = rows[0][0] if rows else 1
    raise InputError(_problem(fname, first, None, "portfolio_columns",
                              "The portfolio needs the columns project and units_per_year",
                              hint="Columns: " + ", ".join(COLUMNS)))


def _text(cells: list[object], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    value = cells[index]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(cells: list[object], index: int | None, decimal: str) -> float | None:
    text = _text(cells, index) if index is not None else ""
    if index is not None and index < len(cells) and isinstance(cells[index], (int, float)) \
            and not isinstance(cells[index], bool):
        return float(cells[index])
    if not text:
        return None
    if text.endswith("%"):
        return parse_number(text[:-1].strip(), decimal) / 100.0
    return parse_number(text, decimal)


def _decimal(rows: list[tuple[int, list[object]]], cols: dict[str, int], default: str) -> str:
    samples = [_text(cells, cols.get(c)) for _n, cells in rows[:DECIMAL_SAMPLE_ROWS]
               for c in ("units_per_year", "region_share") if c in cols]
    return detect_decimal([s for s in samples if s], default)


def _line(number: int, cells: list[object], cols: dict[str, int], folder: Path,
          decimal: str, fname: str, out: list[Problem],
          lenient: bool = False) -> PortfolioLine | None:
    project = _text(cells, cols.get("project"))
    if not project:
        out.append(_problem(fname, number, "project", "portfolio_project_missing",
                            "No project file given", hint="Give the path of a .cirkel file "
                            "or a bill of materials, relative to the portfolio file"))
    units = _checked(cells, cols, "units_per_year", decimal, fname, number, out)
    share = _checked(cells, cols, "region_share", decimal, fname, number, out)
    if lenient:  # the app shows the line with what is still to be entered
        units = 0.0 if units is None else units
        share = 1.0 if share is None else share
    if not project or units is None or share is None:
        return None
    return PortfolioLine(
        row=number, project=project, path=_resolved(project, folder),
        product=_text(cells, cols.get("product")) or None,
        variant=_text(cells, cols.get("variant")) or None, units_per_year=units,
        region_share=share, compare_variant=_text(cells, cols.get("compare_variant")) or None)


@lru_cache(maxsize=4096)
def _resolved(project: str, folder: Path) -> Path:
    """A project cell as a path: relative to the portfolio's folder (50,000 lines name
    about a thousand files: each is resolved once)."""
    path = Path(project).expanduser()
    return path if path.is_absolute() else folder / path


def _checked(cells: list[object], cols: dict[str, int], column: str, decimal: str,
             fname: str, number: int, out: list[Problem]) -> float | None:
    """A volume cell as a number, or None with a problem for the row."""
    raw = _text(cells, cols.get(column))
    try:
        value = _number(cells, cols.get(column), decimal)
    except ValueError:
        out.append(_problem(fname, number, column, "portfolio_not_a_number", "Not a number",
                            raw, hint="Enter a number such as 1200 or 0,8"))
        return None
    if column == "region_share":
        if value is None:
            return 1.0
        if not math.isfinite(value) or not 0 <= value <= 1:
            out.append(_problem(fname, number, column, "portfolio_share_range",
                                "The region share must lie between 0 and 1", raw,
                                hint="Enter e.g. 0,8 or 80%"))
            return None
        return value
    if value is None or not math.isfinite(value) or value <= 0:
        out.append(_problem(fname, number, column, "portfolio_units_invalid",
                            "Units per year must be a number above zero", raw or None,
                            hint="Enter the units put on the market per year, e.g. 1200"))
        return None
    return value


def check_lines(lines: tuple[PortfolioLine, ...] | list[PortfolioLine], source: str) -> None:
    """Refuse lines built in the app that a portfolio file would refuse (`InputError`
    naming every row): a volume still to be entered, a share outside 0..1."""
    problems = []
    for x in lines:
        if not math.isfinite(x.units_per_year) or x.units_per_year <= 0:
            problems.append(_problem(source, x.row, "units_per_year",
                                     "portfolio_units_invalid",
                                     "Units per year must be a number above zero",
                                     hint="Enter the units put on the market per year, "
                                          "e.g. 1200"))
        if not math.isfinite(x.region_share) or not 0 <= x.region_share <= 1:
            problems.append(_problem(source, x.row, "region_share", "portfolio_share_range",
                                     "The region share must lie between 0 and 1",
                                     x.region_share, hint="Enter e.g. 0,8 or 80%"))
    if not lines:
        problems.append(_problem(source, None, None, "portfolio_empty",
                                 "The portfolio holds no product lines",
                                 hint="Add one row per product line"))
    if problems:
        raise InputError(problems)


def read_portfolio(path: str | Path) -> tuple[PortfolioLine, ...]:
    """The lines of a portfolio file; `InputError` with every bad cell if any."""
    lines, problems = read_portfolio_lines(path)
    if problems:
        raise InputError(problems)
    return lines


def read_portfolio_lines(path: str | Path, lenient: bool = False,
                         ) -> tuple[tuple[PortfolioLine, ...], list[Problem]]:
    """The lines and the problems of their cells. `lenient` keeps a line whose volume is
    missing or bad (units 0: still to be entered), as the app shows it; a file that is
    no portfolio at all raises `InputError` either way."""
    path = Path(path)
    fname = str(path)
    rows, default_decimal = raw_rows(path)
    rows = [(n, cells) for n, cells in rows if any(_text(cells, i) for i in range(len(cells)))]
    if not rows:
        raise InputError(_problem(fname, 1, None, "portfolio_empty", "The portfolio is empty",
                                  hint="Add one row per product line"))
    index, cols = _header(rows, fname)
    data = rows[index + 1:]
    decimal = _decimal(data, cols, default_decimal)
    problems: list[Problem] = []
    lines = [_line(n, cells, cols, path.parent, decimal, fname, problems, lenient)
             for n, cells in data]
    if not lines and not lenient:
        raise InputError(_problem(fname, rows[index][0], None, "portfolio_empty",
                                  "The portfolio has a header but no product lines",
                                  hint="Add one row per product line"))
    return tuple(x for x in lines if x is not None), problems


def _cells(x: PortfolioLine, folder: Path) -> list[str]:
    return [relative_path(x.path, folder), x.product or "", x.variant or "",
            format_plain(x.units_per_year) if x.units_per_year > 0 else "",
            format_plain(x.region_share), x.compare_variant or ""]


def portfolio_csv(lines: tuple[PortfolioLine, ...] | list[PortfolioLine], folder: Path) -> str:
    """The lines as a portfolio CSV (CLI.md), project paths relative to `folder`; a line
    whose units are still to be entered has them empty."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for x in lines:
        writer.writerow(_cells(x, folder))
    return buf.getvalue()


def write_portfolio(lines: tuple[PortfolioLine, ...] | list[PortfolioLine],
                    path: str | Path) -> Path:
    """Save lines as a portfolio file (.csv, or .xlsx by its suffix), complete or not at
    all; project paths are written relative to the file's folder."""
    from advisor.bom_io.export import _write_atomic, _xlsx_cell

    path = Path(path)

    def write(tmp: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            tmp.write_text(portfolio_csv(lines, path.parent), encoding="utf-8")
            return
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        for col, name in enumerate(COLUMNS, start=1):
            _xlsx_cell(ws, 1, col, name)
        for r, x in enumerate(lines, start=2):
            cells = _cells(x, path.parent)
            for col, value in enumerate(cells, start=1):
                number = col in (4, 5) and value != ""
                _xlsx_cell(ws, r, col, float(value) if number else value)
        wb.save(tmp)

    return _write_atomic(path, write)


def relative_path(path: Path, folder: Path) -> str:
    """`path` relative to `folder` where it can be (portable between machines)."""
    try:
        return Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        try:
            return Path(os.path.relpath(Path(path).resolve(), folder.resolve())).as_posix()
        except ValueError:  # another drive on Windows
            return str(path)
