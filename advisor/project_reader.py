"""Read a project file as data, never as code.

A `.cirkel` file may come from anyone. It is opened read-only and immutable through an
escaped URI (so `#`, `?` and `%20` in a name never open another file and nothing is
created beside it), with `trusted_schema` off and an authorizer that allows nothing but
reading the known tables. Triggers and views never run: a read fires no trigger, and
views are never read. The schema is checked from `sqlite_master` before any row is
read: a known table must be a plain table without generated columns. Anything else in
the file (views, triggers, other tables) is left unread and is gone after the next save.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.i18n import fmt_number

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"
KNOWN_TABLES = ("meta", "products", "variants", "components", MIGRATIONS_TABLE)
REQUIRED_TABLES = ("meta", "products", "variants", "components")
# Schema objects SQLite itself keeps, and the indexes our migrations create.
INTERNAL = re.compile(r"^(sqlite_autoindex_.*|sqlite_sequence|sqlite_stat\d|idx_.*)$")
# The file is read whole by SQLite; far beyond any real project (a million parts is
# about 300 MB) it is refused before it is opened.
MAX_PROJECT_BYTES = 2 * 1024**3
MAX_COMPONENTS = 5_000_000
MAX_CONSTITUENTS_CHARS = 100_000

_ALLOWED_PRAGMAS = frozenset({"table_xinfo", "trusted_schema"})
_ALLOWED_FUNCTIONS = frozenset({"count"})


def project_error(path: Path, code: str, message: str, hint: str = "",
                  **params: object) -> InputError:
    return InputError(Problem(code, message, file=str(path), hint=hint or None,
                              params=dict(params)))


def damaged(path: Path, reason: str) -> InputError:
    return project_error(path, "project_corrupt", f"The project file is damaged ({reason})",
                         "Restore a backup copy (.bak) or the last saved version",
                         reason=reason)


def check_regular_file(path: Path) -> None:
    """Refuse what is missing, a folder, a device or pipe, too large, or no SQLite file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise project_error(path, "project_missing", "File does not exist") from None
    except OSError as exc:
        raise damaged(path, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise project_error(path, "project_is_dir", "This is a folder, not a project file")
    if not stat.S_ISREG(info.st_mode):
        raise project_error(path, "input_not_regular", "This is not an ordinary file")
    if info.st_size > MAX_PROJECT_BYTES:
        raise project_error(path, "project_too_large", "The project file is too large",
                            size_mb=info.st_size // 10**6, limit_mb=MAX_PROJECT_BYTES // 10**6)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise damaged(path, exc.strerror or str(exc)) from None
    if head != SQLITE_MAGIC:
        raise project_error(path, "not_a_project", "This is not a Cirkelwijzer project file",
                            "Open a .cirkel file, or import a bill of materials (.csv, .xlsx)")


def read_only_uri(path: Path) -> str:
    """The SQLite URI that opens `path` read-only and immutable, every odd character escaped."""
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None,
               _trigger: str | None) -> int:
    if action == sqlite3.SQLITE_SELECT:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_READ and (arg1 in KNOWN_TABLES or arg1 == "sqlite_master"):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg1 in _ALLOWED_PRAGMAS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _ALLOWED_FUNCTIONS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection to a checked file that can run nothing of the file's own."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.set_authorizer(_authorize)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


@dataclass(frozen=True)
class Schema:
    """What a project file holds: the known tables' columns, and what is left unread."""

    columns: dict[str, tuple[str, ...]]
    ignored: tuple[str, ...]  # "trigger wipe", "view v", "table extra"


def _is_plain_table(sql: str | None) -> bool:
    return bool(sql) and re.match(r"\s*create\s+table\b", sql, re.IGNORECASE) is not None


def read_schema(conn: sqlite3.Connection, path: Path) -> Schema:
    """Check the schema from sqlite_master; refuse a known name that is no plain table."""
    objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    columns: dict[str, tuple[str, ...]] = {}
    ignored: list[str] = []
    for kind, name, _table, sql in objects:
        if name in KNOWN_TABLES:
            if kind != "table":
                raise damaged(path, f"{name} is a {kind}, not a table")
            if not _is_plain_table(sql):
                raise damaged(path, f"{name} is not a plain table")
            columns[name] = _plain_columns(conn, name, path)
        elif kind == "index" and INTERNAL.match(name or ""):
            continue
        elif kind == "table" and INTERNAL.match(name or ""):
            continue
        else:
            ignored.append(f"{kind} {name}")
    return Schema(columns, tuple(ignored))


# Statements over the known tables only: names from our constants, never from the file.
_XINFO = {t: f'PRAGMA table_xinfo("{t}")' for t in KNOWN_TABLES}
_COUNT = {t: f'SELECT count(*) FROM "{t}"' for t in KNOWN_TABLES}


def _plain_columns(conn: sqlite3.Connection, table: str, path: Path) -> tuple[str, ...]:
    rows = conn.execute(_XINFO[table]).fetchall()
    if any(r[6] not in (0,) for r in rows):  # hidden 2/3: a generated column runs code
        raise damaged(path, f"{table} has computed columns")
    return tuple(r[1] for r in rows)


def count_rows(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(_COUNT[table]).fetchone()[0]


def select_rows(conn: sqlite3.Connection, table: str, wanted: tuple[str, ...],
                present: tuple[str, ...], order: str = "") -> list[dict]:
    """Rows of a known table as dicts of the wanted columns (absent columns are None).

    `table`, `wanted` and `order` are our constants; of the file's columns only the names
    equal to a wanted one are used.
    """
    have = [c for c in wanted if c in present]
    if not have or table not in KNOWN_TABLES:
        return []
    names = ", ".join(f'"{c}"' for c in have)
    query = f'SELECT {names} FROM "{table}"' + (f" ORDER BY {order}" if order else "")
    out = []
    for values in conn.execute(query):
        row = dict.fromkeys(wanted)
        row.update(zip(have, values, strict=True))
        out.append(row)
    return out


# --------------------------------------------------------------------------
# Typed values
# --------------------------------------------------------------------------


@dataclass
class Where:
    """Where a value stands, for the messages: the file label, row and column."""

    label: str
    row: int | None
    ident: str = ""


NUMBER_CODES = {"mass_kg": ("mass_not_a_number", "mass"),
                "quantity": ("quantity_not_a_number", "quantity"),
                "recycled_content": ("share_not_a_number", "recycled content"),
                "reused_content": ("share_not_a_number", "reused content")}


def number(value: object, field: str, where: Where, out: list[Problem]) -> float | None:
    """A stored number (None stays None); anything else is a problem at its row."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    code, column = NUMBER_CODES.get(field, ("value_not_a_number", field))
    out.append(Problem(code, "Not a number", file=where.label, row=where.row, column=column,
                       value=_shown(value), params={"id": where.ident, "column": column}))
    return None


def text(value: object, field: str, where: Where, out: list[Problem]) -> str | None:
    """A stored text (numbers become text, as SQLite would); a blob is a problem."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:g}" if isinstance(value, float) else str(value)
    out.append(Problem("value_not_text", "Not a text", file=where.label, row=where.row,
                       column=field, value=_shown(value), params={"id": where.ident,
                                                                   "column": field}))
    return None


def constituents(value: object, where: Where, out: list[Problem]) -> tuple:
    """The stored constituents: a JSON list of [material id, share 0..1] pairs."""
    raw = text(value, "constituents", where, out) or "[]"
    try:
        if len(raw) > MAX_CONSTITUENTS_CHARS:
            raise ValueError("too long")
        pairs = json.loads(raw)
        result = tuple((str(a), float(b)) for a, b in pairs)
        if any(not math.isfinite(b) or not 0 <= b <= 1 for _a, b in result):
            raise ValueError("share outside 0..1")
        return result
    except (ValueError, TypeError, RecursionError) as exc:
        out.append(Problem("constituents_invalid", "The stored composition is damaged",
                           file=where.label, row=where.row, column="constituents",
                           value=_shown(raw), params={"id": where.ident, "reason": str(exc)}))
        return ()


def _shown(value: object) -> str:
    shown = value.hex() if isinstance(value, bytes) else str(value)
    return shown if len(shown) <= 80 else shown[:79] + "…"


def too_many(path: Path, count: int) -> InputError:
    return project_error(path, "project_too_many_parts", "The project holds too many parts",
                         count=count, limit=MAX_COMPONENTS, count_nl=fmt_number(count, "nl", 0),
                         limit_nl=fmt_number(MAX_COMPONENTS, "nl", 0))
