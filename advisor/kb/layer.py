"""The user's layer on disk: checked whole before it is written, swapped in atomically.

The layer is a folder with one CSV file per table. It is never edited in place: a new
layer (the current one with the change) is written to a staging folder beside it,
checked there as a whole against the shipped tables (every row's types, ranges and
enums, and every reference, loop and share sum across tables), and only then swapped
in by two renames. A reader that comes between the two renames (or after a crash there)
finds the previous folder and uses it. A layer found broken on disk anyway (edited by
hand, written by an older version) is not used: `read_layer` reports its problems and
`repair_layer` or `reset_layer` mend it, each after a backup copy.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.kb.checks import check_merged
from advisor.kb.loader import read_dir, read_table_text
from advisor.kb.schema import SCHEMA
from advisor.tempfiles import fsync_dir

PREVIOUS = ".previous"
_STAGING = re.compile(r"^\..+\.staging-cw(?P<pid>\d+)-\w+$")


def table_csv(name: str, rows: list[dict]) -> str:
    """One table as CSV text: its columns in order, then any extra columns of the rows."""
    spec = SCHEMA[name]
    extra = sorted({k for r in rows for k in r if not k.startswith("_")} - set(spec.columns))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[*spec.columns, *extra], extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: v for k, v in r.items() if not k.startswith("_")} for r in rows)
    return buf.getvalue()


def previous_dir(user_dir: Path) -> Path:
    return user_dir.with_name(user_dir.name + PREVIOUS)


def live_dir(user_dir: Path) -> Path:
    """The folder holding the live layer: `user_dir`, or the previous one after a swap
    that was cut short between its two renames."""
    if not user_dir.exists() and previous_dir(user_dir).is_dir():
        return previous_dir(user_dir)
    return user_dir


@dataclass(frozen=True)
class LayerState:
    """The user layer as found on disk: its rows if sound, else its problems."""

    folder: Path
    tables: dict[str, list[dict]]
    problems: tuple[Problem, ...] = ()

    @property
    def broken(self) -> bool:
        return bool(self.problems)


def read_layer(user_dir: Path, shipped: dict[str, list[dict]]) -> LayerState:
    """Read and check the layer over the shipped tables; never raises for its content."""
    from advisor.kb.loader import merge_layers

    folder = live_dir(user_dir)
    if not folder.exists() and not folder.is_symlink():
        return LayerState(folder, {})
    if not folder.is_dir():
        return LayerState(folder, {}, (Problem("kb_layer_not_dir", "The layer is no folder",
                                               file=str(folder)),))
    try:
        user = read_dir(folder)
    except InputError as exc:
        return LayerState(folder, {}, tuple(exc.problems))
    problems = check_merged(merge_layers(shipped, user), user)
    return LayerState(folder, {} if problems else user, tuple(problems))


def check_layer(user: dict[str, list[dict]], shipped: dict[str, list[dict]],
                label: str) -> list[Problem]:
    """Every problem of a layer about to be written, as the loader will find it."""
    from advisor.kb.loader import merge_layers

    problems: list[Problem] = []
    for name, rows in user.items():
        if not rows:
            continue
        try:  # checked as it will be written: what passes here loads again
            read_table_text(table_csv(name, rows), SCHEMA[name], f"{label}/{name}.csv")
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        return problems
    # Across tables with the rows as they came (their own file and line, for the messages).
    return check_merged(merge_layers(shipped, user), user)


def _remove_stale_staging(parent: Path) -> None:
    """Remove the staging folders of writers that were killed (their pid is gone)."""
    from advisor.tempfiles import ABANDONED_SECONDS, pid_alive

    for entry in parent.glob(".*.staging-cw*"):
        found = _STAGING.match(entry.name)
        if not found or not entry.is_dir() or entry.is_symlink():
            continue
        try:
            old = time.time() - entry.stat().st_mtime > ABANDONED_SECONDS
        except OSError:
            continue
        if old or not pid_alive(int(found.group("pid"))):
            shutil.rmtree(entry, ignore_errors=True)


def _write_staging(user_dir: Path, tables: dict[str, list[dict]]) -> Path:
    parent = user_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(parent)
    staging = Path(tempfile.mkdtemp(prefix=f".{user_dir.name}.staging-cw{os.getpid()}-",
                                    dir=parent))
    try:
        for name, rows in tables.items():
            if not rows:
                continue
            with (staging / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
                fh.write(table_csv(name, rows))
                fh.flush()
                os.fsync(fh.fileno())
        fsync_dir(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _swap(user_dir: Path, staging: Path) -> None:
    previous = previous_dir(user_dir)
    if user_dir.exists():
        if previous.exists():
            shutil.rmtree(previous)  # left by an earlier swap; `user_dir` is the live one
        os.rename(user_dir, previous)
    os.rename(staging, user_dir)
    fsync_dir(user_dir.parent)
    shutil.rmtree(previous, ignore_errors=True)


def shipped_tables(shipped_dir: Path | None) -> dict[str, list[dict]]:
    from advisor.paths import data_dir

    return read_dir(shipped_dir or data_dir())


def current_tables(user_dir: Path) -> dict[str, list[dict]]:
    """The live layer's rows; a broken layer raises, naming what to repair."""
    folder = live_dir(user_dir)
    if not folder.exists():
        return {}
    try:
        return read_dir(folder)
    except InputError as exc:
        raise InputError([Problem("kb_layer_damaged", "The user layer is damaged",
                                  file=str(folder)), *exc.problems]) from None


def replace_tables(user_dir: Path, tables: dict[str, list[dict]],
                   shipped_dir: Path | None = None) -> None:
    """Make `tables` the new content of those tables of the layer (others are kept).

    The whole new layer is checked and written beside the old one first; nothing on
    disk changes when a problem is found (`InputError`).
    """
    current = current_tables(user_dir)
    new = {**current, **tables}
    shipped = shipped_tables(shipped_dir)
    problems = check_layer(new, shipped, str(user_dir))
    if problems:
        if current and check_layer(current, shipped, str(user_dir)):
            problems.insert(0, Problem("kb_layer_damaged", "The user layer is damaged",
                                       file=str(live_dir(user_dir))))
        raise InputError(problems)
    staging = _write_staging(user_dir, new)
    staged = read_layer(staging, shipped)  # the staging copy loads as the live one will
    if staged.broken:
        shutil.rmtree(staging, ignore_errors=True)
        raise InputError(list(staged.problems))
    _swap(user_dir, staging)


# --------------------------------------------------------------------------
# Mending a broken layer
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Mended:
    """What repairing or resetting did: rows kept, problems of the rows set aside, backup."""

    kept: int
    dropped: tuple[Problem, ...]
    backup: Path | None
    reset: bool = False


def _backup_name(user_dir: Path) -> Path:
    """A free name beside the layer: `knowledge-backup-<time>` (then -2, -3, ...)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = user_dir.with_name(f"{user_dir.name}-backup-{stamp}")
    n = 2
    while backup.exists():
        backup = user_dir.with_name(f"{user_dir.name}-backup-{stamp}-{n}")
        n += 1
    return backup


def _backup(folder: Path, user_dir: Path) -> Path:
    backup = _backup_name(user_dir)
    backup.mkdir()
    for entry in folder.iterdir():
        if entry.is_file() and not entry.is_symlink():
            shutil.copy2(entry, backup / entry.name)
    return backup


def reset_layer(user_dir: Path) -> Mended:
    """Set the whole layer aside (renamed to a backup folder): the shipped tables remain."""
    folder = live_dir(user_dir)
    if not folder.exists() and not folder.is_symlink():
        return Mended(0, (), None)
    backup = _backup_name(user_dir)
    os.rename(folder, backup)
    return Mended(0, (), backup, reset=True)


def repair_layer(user_dir: Path, shipped_dir: Path | None = None) -> Mended:
    """Keep every sound row of the layer, set the others aside (a backup keeps them all)."""
    from advisor.kb.repair import sound_rows

    folder = live_dir(user_dir)
    if not folder.is_dir():
        return reset_layer(user_dir)
    shipped = shipped_tables(shipped_dir)
    kept, dropped = sound_rows(folder, shipped)
    backup = _backup(folder, user_dir)
    _swap(user_dir, _write_staging(user_dir, kept))
    return Mended(sum(len(r) for r in kept.values()), tuple(dropped), backup)
