"""Data packs: the user's knowledge-base layer as one zip file, to share offline.

A pack comes from someone else: every part of it is size-checked before it is unpacked
(an encrypted, damaged or oversized member is refused with its name), every table is
checked as the shipped ones are, and the merged layer is checked as a whole in a staging
folder before it replaces the live layer (`advisor.kb.layer`). Nothing is written when
any problem is found.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from advisor.errors import InputError, Problem
from advisor.kb.layer import current_tables, replace_tables, table_csv
from advisor.kb.loader import decode_table, file_text, read_table_text, row_key
from advisor.kb.schema import SCHEMA
from advisor.tempfiles import temp_beside, usual_permissions

PACK_FORMAT = "cirkelwijzer.datapack/1"
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 1_000
MAX_MANIFEST_BYTES = 1024 * 1024


@dataclass(frozen=True)
class PackChange:
    table: str
    added: int
    changed: int


_csv_text = table_csv  # the name older callers import


def export_pack(user_dir: Path, out: Path, kb_version: str = "") -> Path:
    """Write the user layer into a zip; `out` is a folder or a .zip path.

    A broken layer is refused (`InputError`): a pack made of it would break whoever
    imports it. The zip is written beside its target and moved into place when complete.
    """
    from advisor.outputs import check_output_file, check_output_folder, reporting_write_errors

    tables = current_tables(user_dir)
    if out.suffix.lower() != ".zip":
        folder = check_output_folder(out)
        out = folder / f"cirkelwijzer-datapack-{datetime.now():%Y%m%d-%H%M%S}.zip"
    check_output_file(out, (".zip",))
    manifest = {"format": PACK_FORMAT, "kb_version": kb_version,
                "created": datetime.now().isoformat(timespec="seconds"),
                "tables": {n: len(r) for n, r in tables.items() if r}}
    with reporting_write_errors(out):
        tmp = temp_beside(out)
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, indent=2))
                for name, rows in tables.items():
                    if rows:
                        zf.writestr(f"{name}.csv", table_csv(name, rows))
            usual_permissions(tmp, out)
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    return out


def _pack_error(code: str, message: str, where: str, **params: object) -> InputError:
    return InputError(Problem(code, message, file=where, params=dict(params)))


def _open_zip(path: Path) -> zipfile.ZipFile:
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise _pack_error("input_not_regular", "This is not an ordinary file", str(path))
    if info.st_size > MAX_TOTAL_BYTES:
        raise _pack_error("pack_too_large", "Data pack is too large", str(path))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise _pack_error("pack_bad", f"Not a readable data pack ({exc})", str(path),
                          reason=str(exc)) from None


def _members(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    """The pack's table files by table name, each checked before a byte is unpacked."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise _pack_error("pack_too_large", "Data pack is too large when unpacked", str(path))
    found: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = PurePosixPath(info.filename)
        if name.suffix != ".csv" or name.stem not in SCHEMA:
            continue
        where = f"{path}:{info.filename}"
        if info.is_dir():
            raise _pack_error("pack_folder", "A folder has a table's name", where)
        if info.flag_bits & 0x1:
            raise _pack_error("pack_encrypted", "The data pack is encrypted", where)
        if info.file_size > MAX_MEMBER_BYTES:
            raise _pack_error("pack_too_large", "A table in the pack is too large", where)
        if name.stem in found:
            raise _pack_error("pack_duplicate", "The pack holds this table twice", where)
        found[name.stem] = info
    return found


def _unpack(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    where = f"{path}:{info.filename}"
    try:
        with zf.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
            NotImplementedError, ValueError) as exc:
        raise _pack_error("pack_damaged", f"A table in the pack is damaged ({exc})", where,
                          reason=str(exc)) from None
    if len(data) > MAX_MEMBER_BYTES:
        raise _pack_error("pack_too_large", "A table in the pack is too large", where)
    return data


def _check_manifest(zf: zipfile.ZipFile, path: Path) -> None:
    """Refuse a pack of a newer format; a pack without a manifest is read as ours."""
    try:
        info = zf.getinfo("manifest.json")
    except KeyError:
        return
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _pack_error("pack_bad", "The manifest is too large", f"{path}:manifest.json",
                          reason="manifest.json")
    try:
        manifest = json.loads(_unpack(zf, info, path).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return  # informative only: the tables are checked on their own
    fmt = manifest.get("format", PACK_FORMAT) if isinstance(manifest, dict) else PACK_FORMAT
    if isinstance(fmt, str) and fmt.startswith("cirkelwijzer.datapack/") and fmt != PACK_FORMAT:
        raise _pack_error("pack_too_new", "The data pack has a newer format", str(path),
                          format=fmt)


def _read_zip(path: Path) -> dict[str, tuple[str, str]]:
    """Table name -> (text, where) of every table in a pack."""
    texts: dict[str, tuple[str, str]] = {}
    with _open_zip(path) as zf:
        members = _members(zf, path)
        _check_manifest(zf, path)
        for stem, info in members.items():
            where = f"{path}:{info.filename}"
            texts[stem] = (decode_table(_unpack(zf, info, path), where), where)
    return texts


def read_pack(path: Path) -> dict[str, list[dict]]:
    """Read and check a data pack (.zip) or a single table (.csv named after it)."""
    path = Path(path)
    if not path.exists():
        raise InputError(Problem("pack_missing", "File does not exist", file=str(path)))
    if path.is_dir():
        raise _pack_error("pack_is_dir", "This is a folder, not a data pack", str(path))
    if path.suffix.lower() == ".csv":
        if path.stem not in SCHEMA:
            raise InputError(Problem("pack_table", "Unknown table name", file=str(path),
                                     hint="Name the file after a table, e.g. materials.csv",
                                     params={"tables": ", ".join(SCHEMA)}))
        texts = {path.stem: (file_text(path, str(path)), str(path))}
    else:
        try:
            texts = _read_zip(path)
        except OSError as exc:
            raise _pack_error("pack_bad", f"Not a readable data pack ({exc})", str(path),
                              reason=exc.strerror or str(exc)) from None
    if not texts:
        raise InputError(Problem("pack_empty", "The data pack holds no knowledge-base tables",
                                 file=str(path), params={"tables": ", ".join(SCHEMA)}))
    tables, problems = {}, []
    for name, (text, where) in texts.items():
        try:
            tables[name] = read_table_text(text, SCHEMA[name], where)
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


def write_user_tables(user_dir: Path, tables: dict[str, list[dict]],
                      shipped_dir: Path | None = None) -> None:
    """Replace whole tables of the user layer: checked as a whole, swapped in atomically."""
    replace_tables(user_dir, tables, shipped_dir)


def import_pack(path: Path, user_dir: Path, shipped_dir: Path | None = None,
                ) -> list[PackChange]:
    """Merge a checked pack into the user layer (rows with the same key are replaced).

    The merged layer is checked completely over the shipped tables in a staging folder
    before it replaces the live layer; nothing changes when any problem is found.
    """
    incoming = read_pack(path)
    current = current_tables(user_dir)
    changes = preview(incoming, current)
    merged = {}
    for name, rows in incoming.items():
        spec = SCHEMA[name]
        by_key = {row_key(spec, r): r for r in current.get(name, [])}
        by_key.update({row_key(spec, r): r for r in rows})
        merged[name] = list(by_key.values())
    write_user_tables(user_dir, merged, shipped_dir)
    return changes
