"""Project files (`.cirkel`): one SQLite file per project, saved atomically.

A save writes a complete new file beside the old one and then replaces it in one
`os.replace`, so an interrupted save always leaves the previous project readable.
Opening an older file upgrades it after a backup copy; a newer file is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from advisor import __version__
from advisor.errors import InputError, Problem
from advisor.model import (
    DEFAULT_PROCESSING_SCOPE,
    DEFAULT_REGION,
    Component,
    Product,
    Project,
    Variant,
)

APP_ID = "cirkelwijzer"
SUFFIX = ".cirkel"
SQLITE_MAGIC = b"SQLite format 3\x00"

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


def _error(path: Path, code: str, message: str, hint: str = "") -> InputError:
    return InputError(Problem(code, message, file=str(path), hint=hint or None))


# --------------------------------------------------------------------------
# Opening
# --------------------------------------------------------------------------


def _check_file(path: Path) -> None:
    if not path.exists():
        raise _error(path, "project_missing", "File does not exist")
    if path.is_dir():
        raise _error(path, "project_is_dir", "This is a folder, not a project file")
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise _error(path, "not_a_project", "This is not a Cirkelwijzer project file",
                     "Open a .cirkel file, or import a bill of materials (.csv, .xlsx)")


def _read_only(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    return sqlite_utils.Database(conn)


def _applied(db: sqlite_utils.Database) -> list[str]:
    if not db["_sqlite_migrations"].exists():
        return []
    return [m.name for m in migrations.applied(db)]


def inspect_file(path: Path) -> tuple[str, list[str]]:
    """Return (app id, applied migrations); raise `InputError` if it is no project."""
    path = Path(path)
    _check_file(path)
    db = _read_only(path)
    try:
        tables = set(db.table_names())
        if "meta" not in tables:
            raise _error(path, "not_a_project",
                         "This SQLite file is not a Cirkelwijzer project")
        meta = {r["key"]: r["value"] for r in db["meta"].rows}
        return meta.get("app", ""), _applied(db)
    except sqlite3.DatabaseError as exc:
        raise _error(path, "project_corrupt", f"The project file is damaged ({exc})",
                     "Restore a backup copy (.bak) or the last saved version") from exc
    finally:
        db.close()


def _check_version(path: Path, app: str, applied: list[str]) -> list[str]:
    """Return the pending migrations; refuse files from other apps or newer versions."""
    if app != APP_ID:
        raise _error(path, "not_a_project", "This SQLite file is not a Cirkelwijzer project")
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown:
        raise _error(path, "project_too_new",
                     "This project was saved by a newer version of Cirkelwijzer",
                     f"Update Cirkelwijzer (this is version {__version__}) to open it")
    return [name for name in KNOWN_MIGRATIONS if name not in applied]


def backup_path(path: Path, applied: list[str]) -> Path:
    return path.with_name(f"{path.name}.bak-{len(applied)}")


def _upgrade(path: Path, applied: list[str]) -> None:
    """Copy the file aside, then apply the pending migrations in place."""
    shutil.copy2(path, backup_path(path, applied))
    db = sqlite_utils.Database(path)
    try:
        migrations.apply(db)
        db["meta"].upsert({"key": "format", "value": str(len(KNOWN_MIGRATIONS))}, pk="key")
    finally:
        db.close()


def open_project(path: str | os.PathLike) -> Project:
    """Read a project file; upgrade an older one (after a backup)."""
    path = Path(path)
    app, applied = inspect_file(path)
    pending = _check_version(path, app, applied)
    if pending:
        _upgrade(path, applied)
    db = _read_only(path)
    try:
        return _read_project(db)
    except (sqlite3.DatabaseError, KeyError, ValueError, TypeError) as exc:
        raise _error(path, "project_corrupt", f"The project file is damaged ({exc})",
                     "Restore a backup copy (.bak) or the last saved version") from exc
    finally:
        db.close()


def _component(r: dict) -> Component:
    constituents = tuple((str(a), float(b)) for a, b in json.loads(r["constituents"] or "[]"))
    return Component(
        id=r["id"], name=r["name"] or "", parent_id=r["parent_id"],
        material_input=r["material_input"] or "", material_id=r["material_id"],
        match_confidence=r["match_confidence"] or 0.0, constituents=constituents,
        mass_kg=r["mass_kg"], quantity=r["quantity"] if r["quantity"] is not None else 1.0,
        joint_input=r["joint_input"] or "", joint_id=r["joint_id"], finish=r["finish"] or "",
        recycled_content=r["recycled_content"], reused_content=r["reused_content"],
        notes=r["notes"] or "", row=r["row"], attached_to=r.get("attached_to") or None,
    )


REQUIRED_TABLES = ("meta", "products", "variants", "components")


def _read_project(db: sqlite_utils.Database) -> Project:
    missing = [t for t in REQUIRED_TABLES if not db[t].exists()]
    if missing:
        raise KeyError(f"missing tables: {', '.join(missing)}")
    meta = {r["key"]: r["value"] for r in db["meta"].rows}
    comps: dict[str, list[Component]] = {}
    for r in db["components"].rows_where(order_by="variant_id, position"):
        comps.setdefault(r["variant_id"], []).append(_component(r))
    variants: dict[str, list[Variant]] = {}
    for r in db["variants"].rows_where(order_by="position"):
        variants.setdefault(r["product_id"], []).append(Variant(
            id=r["id"], name=r["name"], components=tuple(comps.get(r["id"], [])),
            lifetime_years=r["lifetime_years"],
            industry_lifetime_years=r["industry_lifetime_years"],
            use_intensity=r["use_intensity"] if r["use_intensity"] is not None else 1.0,
            notes=r["notes"] or ""))
    products = tuple(
        Product(id=r["id"], name=r["name"], variants=tuple(variants.get(r["id"], [])),
                notes=r["notes"] or "", region=r.get("region") or DEFAULT_REGION,
                processed_within=r.get("processed_within") or DEFAULT_PROCESSING_SCOPE,
                stream=r.get("stream") or "")
        for r in db["products"].rows_where(order_by="position"))
    return Project(name=meta.get("name", ""), products=products,
                   company=meta.get("company", ""), author=meta.get("author", ""),
                   notes=meta.get("notes", ""), date=meta.get("date", ""))


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


STALE_TEMP_SECONDS = 600


def _remove_stale_temps(path: Path) -> None:
    """Remove temporary files left by a save that was killed (older than 10 minutes)."""
    now = time.time()
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if now - tmp.stat().st_mtime > STALE_TEMP_SECONDS:
                tmp.unlink()
        except OSError:
            pass  # another process may be using or removing it


def save_project(project: Project, path: str | os.PathLike) -> Path:
    """Save atomically: write a temporary file, flush it to disk, then replace."""
    path = Path(path)
    _check_unique_ids(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        conn = sqlite3.connect(tmp)
        db = sqlite_utils.Database(conn)
        try:
            write_project(db, project)
            conn.commit()
        finally:
            conn.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported on this platform (Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
