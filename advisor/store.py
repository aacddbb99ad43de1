"""Project files (`.cirkel`): one SQLite file per project, saved atomically.

A save writes a complete new file beside the old one and then replaces it in one
`os.replace`, so an interrupted save always leaves the previous project readable.
Opening never changes a file (`advisor.project_reader`: read-only, nothing of the file
runs); an older file opens as it is and is upgraded when it is saved, after a backup
copy `NAME.bak-N`; a file from a newer version is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from advisor import __version__, project_rows
from advisor import project_reader as reader
from advisor.errors import InputError, Problem
from advisor.model import Component, Project
from advisor.outputs import sqlite_write_problem, write_problem
from advisor.project_reader import REQUIRED_TABLES, SQLITE_MAGIC
from advisor.tempfiles import fsync_dir, remove_stale_temps, temp_beside, usual_permissions

APP_ID = "cirkelwijzer"
SUFFIX = ".cirkel"
__all__ = ["APP_ID", "SQLITE_MAGIC", "SUFFIX", "REQUIRED_TABLES", "OpenedProject",
           "inspect_file", "open_project", "project_problems", "read_project",
           "save_project"]

migrations = Migrations("cirkelwijzer")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["products"].create({"id": str, "position": int, "name": str, "notes": str}, pk="id")
    db["variants"].create(
        {"id": str, "product_id": str, "position": int, "name": str,
         "lifetime_years": float, "industry_lifetime_years": float,
         "use_intensity": float, "notes": str},
        pk="id", foreign_keys=[("product_id", "products", "id")])
    db["components"].create(
        {"variant_id": str, "position": int, "id": str, "parent_id": str, "name": str,
         "material_input": str, "material_id": str, "match_confidence": float,
         "constituents": str, "mass_kg": float, "quantity": float, "joint_input": str,
         "joint_id": str, "finish": str, "recycled_content": float,
         "reused_content": float, "notes": str, "row": int},
        pk=("variant_id", "id"), foreign_keys=[("variant_id", "variants", "id")])


@migrations()
def m002_component_index(db: sqlite_utils.Database) -> None:
    db["components"].create_index(["variant_id", "position"], if_not_exists=True)


@migrations()
def m003_settings_and_attachment(db: sqlite_utils.Database) -> None:
    """Per-product end-of-life settings (CLI.md) and the optional "attached to" row."""
    db["products"].add_column("region", str)
    db["products"].add_column("processed_within", str)
    db["products"].add_column("stream", str)
    db["components"].add_column("attached_to", str)


KNOWN_MIGRATIONS = tuple(m.name for m in migrations._migrations)

# --------------------------------------------------------------------------
# Opening (read-only: nothing of the file runs, nothing on disk changes)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenedProject:
    """A project read from a file, with what the file held that was not read."""

    project: Project
    applied: tuple[str, ...]  # the file's migrations; fewer than ours: upgraded on save
    ignored: tuple[str, ...]  # triggers, views and tables outside the known schema

    @property
    def is_older(self) -> bool:
        return tuple(self.applied) != KNOWN_MIGRATIONS


def _open(path: Path) -> sqlite3.Connection:
    reader.check_regular_file(path)
    try:
        return reader.connect(path)
    except sqlite3.Error as exc:
        raise reader.damaged(path, str(exc)) from exc


def _applied(conn: sqlite3.Connection, schema: reader.Schema) -> list[str]:
    columns = schema.columns.get(reader.MIGRATIONS_TABLE)
    if not columns or not {"migration_set", "name"} <= set(columns):
        return []
    rows = conn.execute('SELECT migration_set, name FROM "_sqlite_migrations" '
                        "ORDER BY rowid").fetchall()
    return [str(name) for mset, name in rows if mset == migrations.name]


def _meta(conn: sqlite3.Connection, schema: reader.Schema) -> dict[str, str]:
    rows = reader.select_rows(conn, "meta", ("key", "value"), schema.columns["meta"])
    return {str(r["key"]): r["value"] if isinstance(r["value"], str) else str(r["value"] or "")
            for r in rows if r["key"] is not None}


def _inspect(conn: sqlite3.Connection, path: Path) -> tuple[reader.Schema, dict, list[str]]:
    schema = reader.read_schema(conn, path)
    if "meta" not in schema.columns:
        raise reader.project_error(path, "not_a_project",
                                   "This SQLite file is not a Cirkelwijzer project")
    return schema, _meta(conn, schema), _applied(conn, schema)


def inspect_file(path: str | os.PathLike) -> tuple[str, list[str]]:
    """Return (app id, applied migrations); raise `InputError` if it is no project."""
    path = Path(path)
    conn = _open(path)
    try:
        _schema, meta, applied = _inspect(conn, path)
        return meta.get("app", ""), applied
    except sqlite3.DatabaseError as exc:
        raise reader.damaged(path, str(exc)) from exc
    finally:
        conn.close()


def _check_version(path: Path, app: str, applied: list[str]) -> None:
    """Refuse files from other apps or from newer versions."""
    if app != APP_ID:
        raise reader.project_error(path, "not_a_project",
                                   "This SQLite file is not a Cirkelwijzer project")
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown:
        raise reader.project_error(
            path, "project_too_new", "This project was saved by a newer version of Cirkelwijzer",
            f"Update Cirkelwijzer (this is version {__version__}) to open it")


def backup_path(path: Path, applied: list[str]) -> Path:
    return path.with_name(f"{path.name}.bak-{len(applied)}")


def read_project(path: str | os.PathLike) -> OpenedProject:
    """Read a project file without changing it; refuse a file that is not a sound tree.

    Types, ids, parents and cycles are checked here (such a file comes only from outside
    the app); the ranges of the values are the import's, checked before evaluating
    (`project_problems`): a project saved half-finished still opens.
    """
    path = Path(path)
    conn = _open(path)
    try:
        schema, meta, applied = _inspect(conn, path)
        _check_version(path, meta.get("app", ""), applied)
        missing = [t for t in REQUIRED_TABLES if t not in schema.columns]
        if missing:
            raise reader.damaged(path, f"missing tables: {', '.join(missing)}")
        project = project_rows.read_tables(conn, schema, meta, path)
    except sqlite3.DatabaseError as exc:
        raise reader.damaged(path, str(exc)) from exc
    finally:
        conn.close()
    return OpenedProject(project, tuple(applied), schema.ignored)


def open_project(path: str | os.PathLike) -> Project:
    """Read a project file (an older one too: it is upgraded on save, never on open)."""
    return read_project(path).project


def project_problems(project: Project, path: str | os.PathLike) -> list[Problem]:
    """Every problem of every variant by the import's rules (errors and warnings)."""
    return project_rows.value_problems(project, str(path))


# --------------------------------------------------------------------------
# Saving
# --------------------------------------------------------------------------


def _component_row(variant_id: str, position: int, c: Component) -> dict:
    return {
        "variant_id": variant_id, "position": position, "id": c.id,
        "parent_id": c.parent_id, "name": c.name, "material_input": c.material_input,
        "material_id": c.material_id, "match_confidence": c.match_confidence,
        "constituents": json.dumps([list(x) for x in c.constituents]),
        "mass_kg": c.mass_kg, "quantity": c.quantity, "joint_input": c.joint_input,
        "joint_id": c.joint_id, "finish": c.finish, "recycled_content": c.recycled_content,
        "reused_content": c.reused_content, "notes": c.notes, "row": c.row,
        "attached_to": c.attached_to,
    }


def write_project(db: sqlite_utils.Database, project: Project) -> None:
    """Write a whole project into a fresh database in one transaction."""
    migrations.apply(db)
    meta = {"app": APP_ID, "format": str(len(KNOWN_MIGRATIONS)), "app_version": __version__,
            "name": project.name, "company": project.company, "author": project.author,
            "notes": project.notes, "date": project.date}
    with db.atomic():
        db["meta"].insert_all(({"key": k, "value": v} for k, v in meta.items()),
                              replace=True)
        for pi, p in enumerate(project.products):
            db["products"].insert({"id": p.id, "position": pi, "name": p.name,
                                   "notes": p.notes, "region": p.region,
                                   "processed_within": p.processed_within,
                                   "stream": p.stream})
            for vi, v in enumerate(p.variants):
                db["variants"].insert({
                    "id": v.id, "product_id": p.id, "position": vi, "name": v.name,
                    "lifetime_years": v.lifetime_years,
                    "industry_lifetime_years": v.industry_lifetime_years,
                    "use_intensity": v.use_intensity, "notes": v.notes})
                db["components"].insert_all(
                    (_component_row(v.id, ci, c) for ci, c in enumerate(v.components)),
                    batch_size=500)


def _check_unique_ids(project: Project) -> None:
    seen: set[str] = set()
    for p in project.products:
        for v in p.variants:
            if v.id in seen:
                raise InputError(Problem("variant_id_duplicate",
                                         f"Variant id {v.id!r} is used twice"))
            seen.add(v.id)


def _keep_backup(path: Path) -> Path | None:
    """Before a project file of another format is replaced, copy it to `NAME.bak-N`
    (N: the number of its migrations), atomically; return the copy."""
    try:
        _app, applied = inspect_file(path)
    except InputError:
        return None  # not a project file we can read: nothing to upgrade
    if tuple(applied) == KNOWN_MIGRATIONS:
        return None
    backup = backup_path(path, applied)
    n = 2
    while backup.exists():
        backup = path.with_name(f"{path.name}.bak-{len(applied)}-{n}")
        n += 1
    tmp = temp_beside(backup)
    try:
        shutil.copyfile(path, tmp)
        _fsync_file(tmp)
        os.replace(tmp, backup)
    finally:
        tmp.unlink(missing_ok=True)
    return backup


def _write_file(project: Project, tmp: Path) -> None:
    tmp.unlink()
    conn = sqlite3.connect(tmp)
    try:
        # A fresh file that is thrown away on failure needs no journal (and leaves none
        # behind when killed); it is flushed to disk once, before it replaces the old one.
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        write_project(sqlite_utils.Database(conn), project)
        conn.commit()
    finally:
        conn.close()
    _fsync_file(tmp)


def save_project(project: Project, path: str | os.PathLike) -> Path:
    """Save atomically: write a temporary file, flush it to disk, then replace.

    This is the one place an older project file is upgraded: the old file is first
    copied to `NAME.bak-N`, then replaced by the new-format file in one `os.replace`.
    A full disk or a folder without permission raises `InputError` (nothing changed).
    """
    path = Path(path)
    _check_unique_ids(project)
    if path.exists() and not path.is_file():
        raise write_problem(path, IsADirectoryError(21, "Is a directory")) if path.is_dir() \
            else reader.project_error(path, "output_not_regular", "Not an ordinary file")
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path.parent)
        tmp = temp_beside(path)
        _write_file(project, tmp)
        usual_permissions(tmp, path)
        if path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise write_problem(path, exc) from None
    except sqlite3.Error as exc:
        problem = sqlite_write_problem(path, exc)
        if problem is None:
            raise
        raise problem from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return path


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
