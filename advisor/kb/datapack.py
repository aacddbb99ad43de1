"""Data packs: the user's knowledge-base layer as one zip file, to share offline.

Importing checks every table first and writes nothing when any problem is found.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.kb.loader import read_dir, read_table_text, row_key
from advisor.kb.schema import SCHEMA

PACK_FORMAT = "cirkelwijzer.datapack/1"
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class PackChange:
    table: str
    added: int
    changed: int


def _csv_text(name: str, rows: list[dict]) -> str:
    spec = SCHEMA[name]
    extra = sorted({k for r in rows for k in r if not k.startswith("_")} - set(spec.columns))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[*spec.columns, *extra], extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: v for k, v in r.items() if not k.startswith("_")} for r in rows)
    return buf.getvalue()


def export_pack(user_dir: Path, out: Path, kb_version: str = "") -> Path:
    """Write the user layer into a zip; `out` is a folder or a .zip path."""
    tables = read_dir(user_dir) if user_dir.exists() else {}
    if out.suffix.lower() != ".zip":
        out.mkdir(parents=True, exist_ok=True)
        out = out / f"cirkelwijzer-datapack-{datetime.now():%Y%m%d-%H%M%S}.zip"
    manifest = {"format": PACK_FORMAT, "kb_version": kb_version,
                "created": datetime.now().isoformat(timespec="seconds"),
                "tables": {n: len(r) for n, r in tables.items() if r}}
    fd, tmp = tempfile.mkstemp(prefix=".datapack.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
            for name, rows in tables.items():
                if rows:
                    zf.writestr(f"{name}.csv", _csv_text(name, rows))
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def _read_zip(path: Path) -> dict[str, str]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(Problem("pack_bad", f"Not a readable data pack ({exc})",
                                 file=str(path))) from exc
    texts: dict[str, str] = {}
    with zf:
        infos = zf.infolist()
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise InputError(Problem("pack_too_large", "Data pack is too large when unpacked",
                                     file=str(path)))
        for info in infos:
            stem = Path(info.filename).stem
            if Path(info.filename).suffix != ".csv" or stem not in SCHEMA:
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                raise InputError(Problem("pack_too_large", "A table in the pack is too large",
                                         file=f"{path}:{info.filename}"))
            with zf.open(info) as fh:
                data = fh.read(MAX_MEMBER_BYTES + 1)
            texts[stem] = data.decode("utf-8-sig", errors="strict")
    return texts


def read_pack(path: Path) -> dict[str, list[dict]]:
    """Read and check a data pack (.zip) or a single table (.csv named after it)."""
    path = Path(path)
    if not path.exists():
        raise InputError(Problem("pack_missing", "File does not exist", file=str(path)))
    try:
        if path.suffix.lower() == ".csv":
            if path.stem not in SCHEMA:
                raise InputError(Problem("pack_table", "Unknown table name", file=str(path),
                                         hint="Name the file after a table, e.g. "
                                              "materials.csv"))
            texts = {path.stem: path.read_text(encoding="utf-8-sig")}
        else:
            texts = _read_zip(path)
    except UnicodeDecodeError as exc:
        raise InputError(Problem("pack_encoding", "Data pack is not UTF-8 text",
                                 file=str(path))) from exc
    if not texts:
        raise InputError(Problem("pack_empty", "The data pack holds no knowledge-base tables",
                                 file=str(path)))
    tables, problems = {}, []
    for name, text in texts.items():
        try:
            tables[name] = read_table_text(text, SCHEMA[name], f"{path}:{name}.csv")
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return tables


def preview(incoming: dict[str, list[dict]], current: dict[str, list[dict]],
            ) -> list[PackChange]:
    """How many rows a pack adds and changes per table."""
    out = []
    for name, rows in incoming.items():
        spec = SCHEMA[name]
        have = {row_key(spec, r): r for r in current.get(name, [])}
        added = sum(1 for r in rows if row_key(spec, r) not in have)
        changed = sum(1 for r in rows if row_key(spec, r) in have and any(
            (have[row_key(spec, r)].get(c, "") != r.get(c, "")) for c in spec.columns))
        out.append(PackChange(name, added, changed))
    return out


def write_user_tables(user_dir: Path, tables: dict[str, list[dict]]) -> None:
    """Write whole user-layer tables: every file first to a temp name, then replace."""
    user_dir.mkdir(parents=True, exist_ok=True)
    staged = []
    try:
        for name, rows in tables.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=user_dir)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(_csv_text(name, rows))
                fh.flush()
                os.fsync(fh.fileno())
            staged.append((tmp, user_dir / f"{name}.csv"))
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


def import_pack(path: Path, user_dir: Path) -> list[PackChange]:
    """Merge a checked pack into the user layer (rows with the same key are replaced)."""
    incoming = read_pack(path)
    current = read_dir(user_dir) if user_dir.exists() else {}
    changes = preview(incoming, current)
    merged = {}
    for name, rows in incoming.items():
        spec = SCHEMA[name]
        by_key = {row_key(spec, r): r for r in current.get(name, [])}
        by_key.update({row_key(spec, r): r for r in rows})
        merged[name] = list(by_key.values())
    write_user_tables(user_dir, merged)
    return changes
