"""Read knowledge-base CSV files, check them, and merge the user layer over them."""

from __future__ import annotations

import csv
import hashlib
import io
import math
import stat
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.i18n import fmt_number
from advisor.kb.schema import SCHEMA, TableSpec

TRUE_WORDS = {"1", "yes", "true", "ja", "y"}
FALSE_WORDS = {"", "0", "no", "false", "nee", "n"}


def parse_number(text: str) -> float | None:
    """A knowledge-base number (point decimal); empty means unknown."""
    text = text.strip()
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def parse_flag(text: str) -> bool:
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(text)


# A knowledge-base table is a few hundred kilobytes; these limits are far above any real
# one and keep a hostile table (400 MB, a field of a million characters) from exhausting
# memory before its problems are reported.
MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_TABLE_ROWS = 100_000
MAX_FIELD_CHARS = 10_000
MAX_PROBLEMS = 200  # per table: enough to see what is wrong


def _data_lines(text: str) -> tuple[list[str], list[int]]:
    """Drop comment lines; keep the file line number of each remaining line."""
    lines, numbers = [], []
    for i, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#") or not line.strip():
            continue
        lines.append(line)
        numbers.append(i)
    return lines, numbers


def _problem(code: str, message: str, fname: str, line: int | None = None,
             column: str | None = None, value: str | None = None, hint: str | None = None,
             **params: object) -> Problem:
    return Problem(code, message, file=fname, row=line, column=column, value=value,
                   hint=hint, params=dict(params))


def read_table_text(text: str, spec: TableSpec, fname: str) -> list[dict]:
    """Parse and check one table's CSV text; raise `InputError` with every problem."""
    rows, problems = parse_table_text(text, spec, fname)
    if problems:
        raise InputError(problems[:MAX_PROBLEMS])
    return rows


def parse_table_text(text: str, spec: TableSpec, fname: str,
                     ) -> tuple[list[dict], list[Problem]]:
    """The rows of one table's CSV text and the problems of its rows (each row's `_line`
    tells which); a text that is no such table at all raises `InputError`."""
    if "\x00" in text:
        raise InputError(_problem("kb_binary", "The table holds NUL bytes", fname))
    lines, numbers = _data_lines(text)
    if not lines:
        raise InputError(Problem("kb_empty", "Table file is empty", file=fname))
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InputError(_problem("kb_csv", f"Not a readable CSV table ({exc})", fname,
                                  numbers[0], reason=str(exc))) from None
    missing = [c for c in spec.required if c not in header]
    if missing:
        raise InputError(Problem("kb_columns", "Required columns are missing", file=fname,
                                 row=numbers[0], value=", ".join(missing),
                                 hint=f"Expected columns: {', '.join(spec.columns)}",
                                 params={"columns": ", ".join(spec.columns)}))
    return _read_rows(reader, numbers, spec, fname)


def _read_rows(reader: csv.DictReader, numbers: list[int], spec: TableSpec,
               fname: str) -> tuple[list[dict], list[Problem]]:
    rows: list[dict] = []
    problems: list[Problem] = []
    seen: dict[tuple, int | None] = {}
    last = 1  # reader.line_num of the header
    try:
        for raw in reader:
            line = numbers[last] if last < len(numbers) else None
            last = reader.line_num
            if len(rows) >= MAX_TABLE_ROWS:
                problems.append(_problem("kb_too_many_rows", "The table has too many rows",
                                         fname, line, limit=MAX_TABLE_ROWS,
                                         limit_nl=fmt_number(MAX_TABLE_ROWS, "nl", 0)))
                break
            row = {k.strip(): (v or "").strip() for k, v in raw.items()
                   if isinstance(k, str) and isinstance(v, str)}
            problems.extend(_check_row(row, spec, fname, line))
            key = row_key(spec, row)
            if key in seen and all(key):
                problems.append(_problem("kb_duplicate", "This key is used twice", fname,
                                         line, spec.key[0], ", ".join(key),
                                         other_row=seen[key]))
            seen.setdefault(key, line)
            row["_line"] = line
            row["_file"] = fname
            rows.append(row)
            if len(problems) >= MAX_PROBLEMS:
                break
    except csv.Error as exc:
        line = numbers[min(last, len(numbers) - 1)]
        problems.append(_problem("kb_csv", f"Not a readable CSV table ({exc})", fname, line,
                                 reason=str(exc)))
    return rows, problems


def _check_row(row: dict, spec: TableSpec, fname: str, line: int | None) -> list[Problem]:
    out = []
    if row.get("deleted", "").strip().lower() in TRUE_WORDS:
        # A user-layer marker that hides a shipped row needs only its key.
        return [Problem("kb_required", "Required value is empty", file=fname, row=line,
                        column=col) for col in spec.key if col in spec.required
                and not row.get(col)]
    for col, value in row.items():
        if len(value) > MAX_FIELD_CHARS:
            out.append(_problem("kb_field_too_long", "The value is too long", fname, line,
                                col, value[:40] + "…", limit=MAX_FIELD_CHARS,
                                limit_nl=fmt_number(MAX_FIELD_CHARS, "nl", 0)))
            row[col] = value[:MAX_FIELD_CHARS]
    for col in spec.required:
        if not row.get(col):
            out.append(Problem("kb_required", "Required value is empty", file=fname, row=line,
                               column=col))
    out.extend(_check_numbers(row, spec, fname, line))
    for col in spec.flags:
        try:
            parse_flag(row.get(col, ""))
        except ValueError:
            out.append(Problem("kb_flag", "Not a yes/no value", file=fname, row=line,
                               column=col, value=row.get(col), hint="Use 1 or 0"))
    out.extend(_check_words(row, spec, fname, line))
    return out


def _check_numbers(row: dict, spec: TableSpec, fname: str, line: int | None) -> list[Problem]:
    out = []
    for col, source_col in spec.numbers.items():
        text = row.get(col, "")
        try:
            value = parse_number(text)
        except ValueError:
            out.append(Problem("kb_number", "Not a number", file=fname, row=line, column=col,
                               value=text, hint="Use a point as decimal separator"))
            continue
        low, high = spec.ranges.get(col, (-math.inf, math.inf))
        if value is not None and not low <= value <= high:
            out.append(_problem("kb_range", "The number is out of range", fname, line, col,
                                text, low=low, high=high))
        if value is not None and not row.get(source_col):
            out.append(Problem("kb_unsourced", "A number without a source", file=fname,
                               row=line, column=source_col,
                               hint=f"Every value in '{col}' needs a source in '{source_col}'",
                               params={"number_column": col}))
    for col, (low, high) in spec.integers.items():
        text = row.get(col, "")
        try:
            value = float(text) if text else None
            ok = value is None or (value.is_integer() and low <= value <= high)
        except ValueError:
            ok = False
        if not ok:
            out.append(_problem("kb_integer", "Not a whole number in range", fname, line, col,
                                text, low=low, high=high))
    return out


def _check_words(row: dict, spec: TableSpec, fname: str, line: int | None) -> list[Problem]:
    out = []
    for col, allowed in spec.enums.items():
        value = row.get(col, "")
        if value and value not in allowed:
            out.append(_problem("kb_enum", "Unknown value", fname, line, col, value,
                                choices=", ".join(a for a in allowed if a)))
    for col, allowed in spec.lists.items():
        bad = [w for w in (p.strip() for p in row.get(col, "").split(";"))
               if w and w not in allowed]
        if bad:
            out.append(_problem("kb_enum", "Unknown value", fname, line, col,
                                "; ".join(bad), choices=", ".join(allowed)))
    return out


def read_table_file(path: Path, spec: TableSpec, fname: str | None = None) -> list[dict]:
    """Read and check one table file; raise `InputError` with every problem."""
    fname = fname or str(path)
    return read_table_text(file_text(path, fname), spec, fname)


def file_text(path: Path, fname: str) -> str:
    """A table file's text, refusing what is no ordinary file, too large or not UTF-8."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_problem("kb_not_regular", "This is not an ordinary file", fname))
        if info.st_size > MAX_TABLE_BYTES:
            raise InputError(_problem("kb_too_large", "The table file is too large", fname,
                                      limit_mb=MAX_TABLE_BYTES // 10**6))
        with path.open("rb") as fh:
            data = fh.read(MAX_TABLE_BYTES + 1)
    except OSError as exc:
        raise InputError(_problem("kb_unreadable", f"Cannot read the file ({exc})", fname,
                                  reason=exc.strerror or str(exc))) from None
    if len(data) > MAX_TABLE_BYTES:
        raise InputError(_problem("kb_too_large", "The table file is too large", fname,
                                  limit_mb=MAX_TABLE_BYTES // 10**6))
    return decode_table(data, fname)


def decode_table(data: bytes, fname: str) -> str:
    """A table's text (UTF-8, with or without BOM); `InputError` naming the first bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(_problem("kb_encoding", "File is not UTF-8 text", fname,
                                  text_line(data, exc.start))) from None


def text_line(data: bytes, offset: int) -> int:
    """The line number of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def read_dir(folder: Path) -> dict[str, list[dict]]:
    """Read every known table in a folder (missing files give empty tables)."""
    tables: dict[str, list[dict]] = {}
    problems: list[Problem] = []
    for name, spec in SCHEMA.items():
        path = folder / f"{name}.csv"
        if not path.exists() and not path.is_symlink():
            tables[name] = []
            continue
        try:
            tables[name] = read_table_file(path, spec)
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return tables


def content_hash(folder: Path) -> str:
    """A short hash over the table files of a folder (empty string if none)."""
    digest = hashlib.sha256()
    found = False
    for name in sorted(SCHEMA):
        path = folder / f"{name}.csv"
        if path.is_file():
            found = True
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10] if found else ""


def row_key(spec: TableSpec, row: dict) -> tuple:
    return tuple(row.get(k, "").lower() for k in spec.key)


def merge_layers(shipped: dict[str, list[dict]], user: dict[str, list[dict]],
                 ) -> dict[str, list[dict]]:
    """User rows override shipped rows with the same key; `deleted=1` removes one."""
    merged = {}
    for name, spec in SCHEMA.items():
        rows = {row_key(spec, r): {**r, "_layer": "shipped"} for r in shipped.get(name, [])}
        for r in user.get(name, []):
            key = row_key(spec, r)
            if r.get("deleted", "").strip() in TRUE_WORDS:
                rows.pop(key, None)
                continue
            rows[key] = {**r, "_layer": "user"}
        merged[name] = list(rows.values())
    return merged
