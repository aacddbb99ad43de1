"""Many project files through one SQLite connection: ATTACH in batches, SQL over the
attached schemas, only the known tables' columns.

A project file is data, never code. Each is attached read-only and immutable through an
escaped URI (`#`, `?` or `%` in a name never open another file), `trusted_schema` is off,
and an authorizer allows nothing but reading the known tables and the schema. Its schema
is checked from `sqlite_master` first: a known name must be a plain table without
generated columns, so no view and no trigger of the file ever runs (a read fires no
trigger). A file is never written: an older one is read with defaults for the columns
it lacks, a newer one is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.model import (
    DEFAULT_PROCESSING_SCOPE,
    DEFAULT_REGION,
    Component,
    Variant,
    evolve,
)
from advisor.project_reader import read_only_uri

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_ID = "cirkelwijzer"
MIGRATIONS_TABLE = "_sqlite_migrations"
KNOWN_TABLES = ("meta", "products", "variants", "components", MIGRATIONS_TABLE)
REQUIRED_TABLES = ("meta", "products", "variants", "components")
# SQLite's compile-time maximum of attached databases; the library may allow fewer.
MAX_ATTACHED = 125
MAX_PROJECT_BYTES = 2 * 1024**3
MAX_CONSTITUENTS_CHARS = 100_000
IDS_PER_QUERY = 500  # well below SQLite's limit of bound parameters
PRODUCT_COLUMNS = ("id", "name", "position", "region", "processed_within", "stream")
VARIANT_COLUMNS = ("id", "product_id", "name", "position", "lifetime_years",
                   "industry_lifetime_years", "use_intensity")
COMPONENT_COLUMNS = ("variant_id", "position", "id", "parent_id", "name", "material_input",
                     "material_id", "match_confidence", "constituents", "mass_kg", "quantity",
                     "joint_input", "joint_id", "finish", "recycled_content",
                     "reused_content", "notes", "row", "attached_to")


def project_problem(path: Path, code: str, message: str, hint: str = "") -> InputError:
    return InputError(Problem(code, message, file=str(path), hint=hint or None))


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes: the key of its results in the cache."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def check_file(path: Path) -> None:
    """Refuse what is missing, a folder, a device or pipe, too large, or no SQLite file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise project_problem(path, "project_missing", "File does not exist") from None
    except OSError as exc:
        raise project_problem(path, "project_corrupt", f"Cannot read the file ({exc})") \
            from None
    if stat.S_ISDIR(info.st_mode):
        raise project_problem(path, "project_is_dir", "This is a folder, not a project file")
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_PROJECT_BYTES:
        raise project_problem(path, "not_a_project", "This is not a Cirkelwijzer project file")


def is_project(path: Path) -> bool:
    """Whether a file is SQLite (a project), whatever its name says."""
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None,
               _trigger: str | None) -> int:
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_READ and (arg1 in KNOWN_TABLES or arg1 == "sqlite_master"):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg1 == "table_xinfo":
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


@dataclass(frozen=True)
class ProductRow:
    id: str
    name: str
    region: str
    processed_within: str
    stream: str


@dataclass(frozen=True)
class VariantRow:
    id: str
    name: str
    lifetime_years: float | None
    industry_lifetime_years: float | None
    use_intensity: float


@dataclass
class Catalog:
    """A project file's products and their variants, in file order (no components)."""

    path: Path
    digest: str
    products: list[ProductRow] = field(default_factory=list)
    variants: dict[str, list[VariantRow]] = field(default_factory=dict)
    alias: str = ""  # the schema it is attached as, while it is


# SQL text is built only from our own names: an attached schema's alias (p0, p1, ...),
# the known tables and our column names; every value goes in as a parameter.
_ALIAS = re.compile(r"p\d{1,3}")


def _schema(alias: str) -> str:
    if not _ALIAS.fullmatch(alias):
        raise ValueError(f"not an attached schema: {alias!r}")
    return f'"{alias}"'


def _table(alias: str, table: str) -> str:
    if table not in KNOWN_TABLES:
        raise ValueError(f"not a known table: {table!r}")
    return f'{_schema(alias)}."{table}"'


def in_list(sql: str, count: int) -> str:
    """`sql` followed by an IN list of `count` parameters."""
    return sql + " IN (" + ",".join("?" * count) + ")"


def _schema_columns(conn: sqlite3.Connection, alias: str, path: Path) -> dict[str, list[str]]:
    """The known tables' columns; refuse a known name that is no plain table."""
    listing = "SELECT type, name, sql FROM " + _schema(alias) + ".sqlite_master"
    objects = conn.execute(listing).fetchall()
    columns: dict[str, list[str]] = {}
    for kind, name, sql in objects:
        if name not in KNOWN_TABLES:
            continue  # views, triggers and other tables are never read
        if kind != "table" or not re.match(r"\s*create\s+table\b", sql or "", re.I):
            raise project_problem(path, "project_corrupt",
                                  f"The project file is damaged ({name} is not a plain table)")
        pragma = "PRAGMA " + _schema(alias) + '.table_xinfo("' + name + '")'  # a known name
        info = conn.execute(pragma).fetchall()
        if any(r[6] != 0 for r in info):  # hidden 2/3: a generated column runs code
            raise project_problem(path, "project_corrupt",
                                  f"The project file is damaged ({name} has computed columns)")
        columns[name] = [str(r[1]) for r in info]
    missing = [t for t in REQUIRED_TABLES if t not in columns]
    if missing:
        raise project_problem(path, "not_a_project", "This is not a Cirkelwijzer project file")
    return columns


def _select(alias: str, table: str, wanted: tuple[str, ...], present: list[str]) -> str:
    """SELECT of our own column names (NULL for those an older file lacks)."""
    cols = ", ".join(f'"{c}"' if c in present else f'NULL AS "{c}"' for c in wanted)
    return f"SELECT {cols} FROM {_table(alias, table)}"


def _text(value: object) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _float(value: object) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"not a number: {value!r}")
    return float(value)


class ProjectReader:
    """One in-memory SQLite connection that project files are attached to in batches."""

    def __init__(self) -> None:
        self.conn = sqlite3.connect(":memory:", uri=True, isolation_level=None,
                                    check_same_thread=False)
        self.conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, MAX_ATTACHED)
        self.batch_size = max(1, self.conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED))
        self.conn.execute("PRAGMA trusted_schema=OFF")
        self.conn.set_authorizer(_authorize)
        self._columns: dict[str, dict[str, list[str]]] = {}

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def attached(self, catalogs: list[Catalog]) -> Iterator[list[tuple[Catalog, InputError]]]:
        """Attach up to `batch_size` files (as p0, p1, ...); yield the ones that failed."""
        failed: list[tuple[Catalog, InputError]] = []
        done: list[str] = []
        try:
            for n, cat in enumerate(catalogs[: self.batch_size]):
                alias = f"p{n}"
                try:
                    self.conn.execute("ATTACH DATABASE ? AS " + _schema(alias),
                                      (read_only_uri(cat.path),))
                    done.append(alias)
                    self._columns[alias] = _schema_columns(self.conn, alias, cat.path)
                    cat.alias = alias
                except sqlite3.DatabaseError as exc:
                    failed.append((cat, project_problem(
                        cat.path, "project_corrupt", f"The project file is damaged ({exc})")))
                except InputError as exc:
                    failed.append((cat, exc))
            yield failed
        finally:
            for alias in done:
                self.conn.execute("DETACH DATABASE " + _schema(alias))
                self._columns.pop(alias, None)
            for cat in catalogs:
                cat.alias = ""

    def check_app(self, cat: Catalog, known_migrations: tuple[str, ...]) -> None:
        """Refuse files of other programs and of newer versions of this one."""
        cols = self._columns[cat.alias]
        meta = dict(self.conn.execute(_select(cat.alias, "meta", ("key", "value"),
                                              cols["meta"])).fetchall())
        if meta.get("app") != APP_ID:
            raise project_problem(cat.path, "not_a_project",
                                  "This SQLite file is not a Cirkelwijzer project")
        if MIGRATIONS_TABLE in cols and {"migration_set", "name"} <= set(cols[MIGRATIONS_TABLE]):
            rows = self.conn.execute(_select(cat.alias, MIGRATIONS_TABLE,
                                             ("migration_set", "name"),
                                             cols[MIGRATIONS_TABLE])).fetchall()
            unknown = [n for s, n in rows if s == APP_ID and n not in known_migrations]
            if unknown:
                raise project_problem(cat.path, "project_too_new",
                                      "This project was saved by a newer version of "
                                      "Cirkelwijzer", "Update Cirkelwijzer to open it")

    def read_catalog(self, cat: Catalog) -> None:
        """Fill in the products and variants of an attached file (by position)."""
        cols, alias = self._columns[cat.alias], cat.alias
        try:
            products = self.conn.execute(
                _select(alias, "products", PRODUCT_COLUMNS, cols["products"])
                + " ORDER BY position, rowid").fetchall()
            variants = self.conn.execute(
                _select(alias, "variants", VARIANT_COLUMNS, cols["variants"])
                + " ORDER BY position, rowid").fetchall()
            cat.products = [ProductRow(_text(p[0]), _text(p[1]), _text(p[3]) or DEFAULT_REGION,
                                       _text(p[4]) or DEFAULT_PROCESSING_SCOPE, _text(p[5]))
                            for p in products]
            cat.variants = {}
            for v in variants:
                use = _float(v[6])
                cat.variants.setdefault(_text(v[1]), []).append(VariantRow(
                    _text(v[0]), _text(v[2]), _float(v[4]), _float(v[5]),
                    use if use is not None else 1.0))
        except (sqlite3.DatabaseError, ValueError) as exc:
            raise project_problem(cat.path, "project_corrupt",
                                  f"The project file is damaged ({exc})") from exc

    def components(self, cat: Catalog, variant_ids: list[str]) -> dict[str, list[Component]]:
        """The component rows of some variants of an attached file, in file order."""
        cols, out = self._columns[cat.alias], {}
        query = _select(cat.alias, "components", COMPONENT_COLUMNS, cols["components"])
        try:
            for start in range(0, len(variant_ids), IDS_PER_QUERY):
                ids = variant_ids[start:start + IDS_PER_QUERY]
                ordered = in_list(query + " WHERE variant_id", len(ids)) + \
                    " ORDER BY variant_id, position, rowid"
                for r in self.conn.execute(ordered, ids):
                    out.setdefault(_text(r[0]), []).append(_component(r))
        except (sqlite3.DatabaseError, ValueError, TypeError) as exc:
            raise project_problem(cat.path, "project_corrupt",
                                  f"The project file is damaged ({exc})") from exc
        return out


def _constituents(text: object) -> tuple[tuple[str, float], ...]:
    raw = _text(text)
    if not raw or raw == "[]":
        return ()
    if len(raw) > MAX_CONSTITUENTS_CHARS:
        raise ValueError("constituents too long")
    return tuple((str(a), float(b)) for a, b in json.loads(raw))


_TEMPLATE = Component(id="", name="")


def _component(r: tuple) -> Component:
    """A component row (`evolve` of a template: a tenth of the cost of `__init__`, for
    the million rows of a large portfolio's first run)."""
    quantity = _float(r[10])
    row = _float(r[17])
    return evolve(
        _TEMPLATE,
        id=_text(r[2]), name=_text(r[4]), parent_id=_text(r[3]) or None,
        material_input=_text(r[5]), material_id=_text(r[6]) or None,
        match_confidence=_float(r[7]) or 0.0, constituents=_constituents(r[8]),
        mass_kg=_float(r[9]), quantity=quantity if quantity is not None else 1.0,
        joint_input=_text(r[11]), joint_id=_text(r[12]) or None, finish=_text(r[13]),
        recycled_content=_float(r[14]), reused_content=_float(r[15]), notes=_text(r[16]),
        row=int(row) if row is not None else None, attached_to=_text(r[18]) or None)


def variant_of(row: VariantRow, components: list[Component]) -> Variant:
    return Variant(id=row.id, name=row.name, components=tuple(components),
                   lifetime_years=row.lifetime_years,
                   industry_lifetime_years=row.industry_lifetime_years,
                   use_intensity=row.use_intensity)
