"""Read a file or pasted text into a raw table: header row, data rows, row numbers.

Nothing here knows what the columns mean. Cells stay as written (text), except that
numbers from a workbook stay numbers, so "1.5" from Excel is never re-guessed.
Every limit is a named constant: hostile files must fail fast with an `InputError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from advisor.bom_io import bounded, sniff
from advisor.bom_io.headers import header_score
from advisor.errors import InputError, Problem

Cell = str | float

MAX_FILE_BYTES = 256 * 1024 * 1024   # a million-row text BOM is about 100 MB
MAX_ROWS = 1_000_000          # data rows (CLI.md: no limit below a million)
MAX_COLUMNS = 200
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024  # zip-bomb guard (a million-row sheet is ~500 MB)
MAX_ZIP_ENTRIES = 2_000
MAX_COMPRESSION_RATIO = 200
MAX_EMPTY_ROW_RUN = 1_000     # formatted-but-empty rows at the end of a sheet
MAX_SHEET_SCAN = 1_048_576    # rows of a sheet looked at in all (Excel's own row limit)
HEADER_SCAN_ROWS = 20         # a title block above the header is common in exports
MAX_FIELD_CHARS = 1_000_000   # the csv module's own guard, raised from 128 k
# Sheet XML above this size is scanned (streaming, in C) before openpyxl builds rows:
# openpyxl holds a whole <row> in memory, so one row of millions of cells is a memory
# bomb that the zip ratio check cannot see. A 20,000-row BOM sheet is about 7 MB.
PRESCAN_SHEET_BYTES = 4 * 1024 * 1024
MAX_CELLS_PER_ROW = 16_384     # Excel's own column limit
MAX_SHEET_CELLS = 40_000_000  # a million rows of 40 columns; a memory bomb has far more
PRESCAN_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Table:
    """A header and its data rows, each with the row number a spreadsheet shows."""

    header: list[str]
    header_row: int
    rows: list[tuple[int, list[Cell]]]
    encoding: str = ""
    delimiter: str | None = None
    sheet: str | None = None
    kind: str = sniff.TEXT


def _problem(code: str, message: str, fname: str, row: int | None = 1, **params) -> Problem:
    return Problem(code, message, file=fname, row=row, params=params)


def read_bytes(path: Path, fname: str) -> bytes:
    """The file's bytes, refusing folders, missing, oversized and password-protected files."""
    try:
        if path.is_dir():
            raise InputError(_problem("bom_is_dir", "This is a folder", fname, None))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(_problem("file_too_large", "File too large", fname, None,
                                      size_mb=round(size / 1e6), limit_mb=MAX_FILE_BYTES // 10**6))
        data = bounded.read_regular_file(path, fname, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise InputError(_problem("bom_missing", "File does not exist", fname, None)) from None
    except OSError as exc:
        raise InputError(_problem("bom_unreadable", f"Cannot read the file ({exc})", fname,
                                  None, reason=str(exc))) from None
    if sniff.is_encrypted_office(data):
        raise InputError(_problem("xlsx_encrypted", "The workbook is password-protected", fname))
    bounded.refuse_hostile_text(data, fname)
    return data


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _is_empty(cells: list[Cell]) -> bool:
    return all(isinstance(c, str) and not c.strip() for c in cells)


def _find_header(raw: list[tuple[int, list[Cell]]], fname: str) -> int:
    """Index in `raw` of the header row: the first row naming two fields or more."""
    best, best_score = None, 0
    for i, (_, cells) in enumerate(raw[:HEADER_SCAN_ROWS]):
        score = header_score([c if isinstance(c, str) else "" for c in cells])
        if score >= 2:
            return i
        if score > best_score:
            best, best_score = i, score
    if best is not None:
        return best
    first = next((i for i, (_, cells) in enumerate(raw) if not _is_empty(cells)), 0)
    return first


def to_table(raw: list[tuple[int, list[Cell]]], fname: str, *, encoding: str = "",
             delimiter: str | None = None, sheet: str | None = None,
             kind: str = sniff.TEXT, header_hint: list[str] | None = None) -> Table:
    """Split raw rows into header and data; refuse an empty table."""
    raw = [(n, cells) for n, cells in raw if not _is_empty(cells)]
    if not raw:
        raise InputError(_problem("bom_empty", "The file holds no table", fname))
    if header_hint:
        wanted = {h.strip().lower() for h in header_hint}
        index = next((i for i, (_, cells) in enumerate(raw[:HEADER_SCAN_ROWS])
                      if wanted <= {str(c).strip().lower() for c in cells}), None)
        index = _find_header(raw, fname) if index is None else index
    else:
        index = _find_header(raw, fname)
    header_row, header_cells = raw[index]
    header = [str(c).strip() if not isinstance(c, float) else f"{c:g}" for c in header_cells]
    width = len(header)
    rows = [(n, (cells + [""] * width)[:max(width, len(cells))]) for n, cells in raw[index + 1:]]
    return Table(header, header_row, rows, encoding, delimiter, sheet, kind)


def text_rows(text: str, fname: str, delimiter: str | None = None,
              ) -> tuple[list[tuple[int, list[Cell]]], str | None]:
    """Rows of delimited text with their spreadsheet row numbers, and the delimiter."""
    shape = sniff.detect_shape(text)
    delim = delimiter or shape.delimiter
    lines = universal_lines(text)
    for _ in range(shape.skip_lines):
        lines.readline()
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD_CHARS)
    out: list[tuple[int, list[Cell]]] = []
    try:
        reader = csv.reader(lines, delimiter=delim or "\x1f", strict=False)
        for number, row in enumerate(reader, start=1):
            _check_size(number, len(row), fname)
            out.append((number, list(row)))
    except csv.Error as exc:
        raise InputError(Problem("bom_unreadable", f"Cannot read the text table ({exc})",
                                 file=fname, row=len(out) + 1,
                                 params={"reason": str(exc)})) from None
    finally:
        csv.field_size_limit(old_limit)
    return out, delim


def universal_lines(text: str) -> io.StringIO:
    """The text as a stream of lines ending in CR (old Mac), CRLF or LF, mixed or not."""
    return io.StringIO(text, newline=None)


def _check_size(number: int, width: int, fname: str) -> None:
    if number > MAX_ROWS + HEADER_SCAN_ROWS:
        raise InputError(_problem("too_many_rows", "Too many rows", fname, number,
                                  limit=MAX_ROWS))
    if width > MAX_COLUMNS:
        raise InputError(_problem("too_many_columns", "Too many columns", fname, number,
                                  limit=MAX_COLUMNS))


def _check_zip(data: bytes, fname: str) -> None:
    """Refuse archives that would unpack to far more than they weigh (zip bombs)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(_problem("xlsx_unreadable", f"Damaged workbook ({exc})", fname,
                                  reason=str(exc))) from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if (len(infos) > MAX_ZIP_ENTRIES or total > MAX_UNZIPPED_BYTES
            or total / packed > MAX_COMPRESSION_RATIO and total > 10 * 1024 * 1024):
        raise InputError(_problem("xlsx_too_large", "Workbook unpacks to too much data",
                                  fname, limit_mb=MAX_UNZIPPED_BYTES // 10**6))
    if not any(i.filename == "xl/workbook.xml" for i in infos):
        raise InputError(_problem("xlsx_unreadable", "Not an Excel workbook", fname,
                                  reason="no xl/workbook.xml"))
    big = [i for i in infos if i.filename.startswith("xl/worksheets/")
           and i.file_size > PRESCAN_SHEET_BYTES]
    for info in big:
        _prescan_sheet(data, info, fname)
    bounded.check_workbook_parts(data, infos, fname, MAX_UNZIPPED_BYTES)


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")


def _prescan_sheet(data: bytes, info: zipfile.ZipInfo, fname: str) -> None:
    """Count cells per row in the unpacked stream; refuse an excess or a DTD.

    Byte patterns rather than an XML parser: the scan runs at C speed, and a tag cut
    by a chunk boundary is carried into the next chunk, so the counts are exact.
    """
    in_row = total = 0
    carry = b""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open(info) as src:
            while chunk := src.read(PRESCAN_CHUNK):
                chunk, cut = carry + chunk, (carry + chunk).rfind(b"<")
                chunk, carry = (chunk[:cut], chunk[cut:]) if cut >= 0 else (chunk, b"")
                if b"<!DOCTYPE" in chunk:
                    raise InputError(_problem("xlsx_unreadable", "DTD in a worksheet", fname,
                                              reason="a worksheet may not declare a DTD"))
                pieces = _ROW_TAG.split(chunk)
                for n, piece in enumerate(pieces):
                    cells = len(_CELL_TAG.findall(piece))
                    in_row = cells if n else in_row + cells
                    total += cells
                    if in_row > MAX_CELLS_PER_ROW or total > MAX_SHEET_CELLS:
                        raise InputError(_problem(
                            "sheet_too_many_cells", "Worksheet holds too many cells", fname,
                            limit=MAX_CELLS_PER_ROW, total_limit=MAX_SHEET_CELLS))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(_problem("xlsx_unreadable", f"Damaged workbook ({exc})", fname,
                                  reason=str(exc))) from None


def xlsx_rows(data: bytes, fname: str, sheet: str | None,
              ) -> tuple[list[tuple[int, list[Cell]]], str]:
    """Rows of one sheet of a workbook (read-only mode), and the sheet's name."""
    _check_zip(data, fname)
    import openpyxl  # imported late: plain-text imports should not pay for it

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types on damaged files; all mean that
        raise InputError(_problem("xlsx_unreadable", f"Damaged workbook ({exc})", fname,
                                  reason=str(exc))) from None
    try:
        ws = _pick_sheet(wb, sheet, fname)
        return _sheet_rows(ws, fname), ws.title
    except InputError:
        raise
    except Exception as exc:  # damaged sheet XML surfaces only while iterating
        raise InputError(_problem("xlsx_unreadable", f"Damaged workbook ({exc})", fname,
                                  reason=str(exc))) from None
    finally:
        wb.close()


def sheet_names(path: Path) -> list[str]:
    """The sheet names of a workbook (empty for anything that is not one)."""
    data = read_bytes(path, str(path))
    if sniff.kind_of(data) != sniff.XLSX:
        return []
    _check_zip(data, str(path))
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # a damaged workbook: the import itself reports why
        return []
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _pick_sheet(wb, sheet: str | None, fname: str):
    sheets = list(wb.worksheets)
    if not sheets:
        raise InputError(_problem("bom_empty", "The workbook has no sheets", fname))
    if sheet is None:
        return sheets[0]
    for ws in sheets:
        if ws.title == sheet or ws.title.strip().lower() == sheet.strip().lower():
            return ws
    raise InputError(Problem("sheet_unknown", f"No sheet {sheet!r}", file=fname, value=sheet,
                             params={"sheet": sheet,
                                     "sheets": ", ".join(ws.title for ws in sheets)}))


def _sheet_rows(ws, fname: str) -> list[tuple[int, list[Cell]]]:
    # The sheet's <dimension> claim is not trusted: read-only openpyxl stops at the row
    # it names (silently dropping rows a careless writer left out) or pads up to it.
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    out: list[tuple[int, list[Cell]]] = []
    empty_run = 0
    for number, values in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1),
                                    start=1):
        if number > MAX_SHEET_SCAN:
            break
        # openpyxl pads gaps (a far cell like XFD1048576) with all-None rows: skip them
        # without converting 200 cells each, so a million padded rows stay cheap.
        cells = [] if values.count(None) == len(values) else [_cell(v) for v in values]
        while cells and cells[-1] == "":
            cells.pop()
        _check_size(len(out) + 1, len(cells), fname)
        if not cells:
            empty_run += 1
            if empty_run > MAX_EMPTY_ROW_RUN and out:
                break
            continue
        empty_run = 0
        out.append((number, cells))
    return out
