"""Recovery files: unsaved work kept in the user's data folder, and found after a crash.

Each running app writes `recovery/<pid>-<stamp>.cirkel` (a normal project file, saved
atomically by `advisor.store.save_project`) and a small JSON note beside it naming the
project's own file. A clean close removes both; files left by a process that is no
longer running are offered for restoring at the next start.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from advisor.model import Project
from advisor.paths import user_data_dir
from advisor.store import SUFFIX, open_project, save_project

FOLDER = "recovery"


@dataclass(frozen=True)
class RecoveryFile:
    """A recovery file and what its note says about it."""

    path: Path
    title: str
    original: str  # the project's own file, or "" for a never-saved project
    saved_at: float
    pid: int

    def load(self) -> Project:
        return open_project(self.path)


def recovery_dir(folder: Path | None = None) -> Path:
    return (folder or user_data_dir()) / FOLDER


def new_session_path(folder: Path | None = None, pid: int | None = None) -> Path:
    """The recovery file for this process (not yet written)."""
    pid = os.getpid() if pid is None else pid
    return recovery_dir(folder) / f"{pid}-{int(time.time() * 1000)}{SUFFIX}"


def _note(path: Path) -> Path:
    return path.with_suffix(".json")


def write(path: Path, project: Project, title: str, original: Path | None) -> Path:
    """Save the project into the recovery file, then its note (both atomic)."""
    save_project(project, path)
    note = {"title": title, "original": str(original or ""), "saved_at": time.time()}
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, _note(path))
    return path


def discard(path: Path) -> None:
    """Remove a recovery file and its note."""
    for p in (path, _note(path), path.with_suffix(".json.tmp")):
        p.unlink(missing_ok=True)


def _pid_of(path: Path) -> int:
    head = path.stem.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def _alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid() or os.name != "posix":
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_note(path: Path) -> dict:
    try:
        data = json.loads(_note(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def orphans(folder: Path | None = None) -> list[RecoveryFile]:
    """Recovery files left by processes that are gone (newest first)."""
    root = recovery_dir(folder)
    if not root.is_dir():
        return []
    found = []
    for path in root.glob(f"*{SUFFIX}"):
        pid = _pid_of(path)
        if _alive(pid):
            continue
        note = _read_note(path)
        found.append(RecoveryFile(path, str(note.get("title") or path.stem),
                                  str(note.get("original") or ""),
                                  float(note.get("saved_at") or path.stat().st_mtime), pid))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
