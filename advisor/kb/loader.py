"""Read knowledge-base CSV files, check them, and merge the user layer over them."""

from __future__ import annotations

import csv
import hashlib
import io
import math
from pathlib import Path

from advisor.errors import InputError, Problem
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


def _data_lines(text: str) -> tuple[list[str], list[int]]:
    """Drop comment lines; keep the file line number of each remaining line."""
    lines, numbers = [], []
    for i, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#") or not line.strip():
            continue
        lines.append(line)
        numbers.append(i)
    return lines, numbers


def read_table_text(text: str, spec: TableSpec, fname: str) -> list[dict]:
    """Parse and check one table's CSV text; raise `InputError` with every problem."""
    lines, numbers = _data_lines(text)
    if not lines:
        raise InputError(Problem("kb_empty", "Table file is empty", file=fname))
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in spec.required if c not in header]
    if missing:
        raise InputError(Problem("kb_columns", "Required columns are missing", file=fname,
                                 row=numbers[0], value=", ".join(missing),
                                 hint=f"Expected columns: {', '.join(spec.columns)}"))
    rows, problems = [], []
    for idx, raw in enumerate(reader, start=1):
        line = numbers[idx] if idx < len(numbers) else None
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        problems.extend(_check_row(row, spec, fname, line))
        row["_line"] = line
        rows.append(row)
    if problems:
        raise InputError(problems)
    return rows


def _check_row(row: dict, spec: TableSpec, fname: str, line: int | None) -> list[Problem]:
    out = []
    if row.get("deleted", "").strip().lower() in TRUE_WORDS:
        # A user-layer marker that hides a shipped row needs only its key.
        return [Problem("kb_required", "Required value is empty", file=fname, row=line,
                        column=col) for col in spec.key if col in spec.required
                and not row.get(col)]
    for col in spec.required:
        if not row.get(col):
            out.append(Problem("kb_required", "Required value is empty", file=fname, row=line,
                               column=col))
    for col, source_col in spec.numbers.items():
        text = row.get(col, "")
        try:
            value = parse_number(text)
        except ValueError:
            out.append(Problem("kb_number", "Not a number", file=fname, row=line, column=col,
                               value=text, hint="Use a point as decimal separator"))
            continue
        if value is not None and not row.get(source_col):
            out.append(Problem("kb_unsourced", "A number without a source", file=fname,
                               row=line, column=source_col,
                               hint=f"Every value in '{col}' needs a source in '{source_col}'"))
    for col in spec.flags:
        try:
            parse_flag(row.get(col, ""))
        except ValueError:
            out.append(Problem("kb_flag", "Not a yes/no value", file=fname, row=line,
                               column=col, value=row.get(col), hint="Use 1 or 0"))
    return out


def read_dir(folder: Path) -> dict[str, list[dict]]:
    """Read every known table in a folder (missing files give empty tables)."""
    tables: dict[str, list[dict]] = {}
    problems: list[Problem] = []
    for name, spec in SCHEMA.items():
        path = folder / f"{name}.csv"
        if not path.exists():
            tables[name] = []
            continue
        try:
            tables[name] = read_table_text(path.read_text(encoding="utf-8-sig"), spec,
                                           str(path))
        except UnicodeDecodeError:
            problems.append(Problem("kb_encoding", "File is not UTF-8 text", file=str(path)))
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
        if path.exists():
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
