"""Temporary files beside a target, and the removal of those a killed run left behind.

Every writer of Cirkelwijzer writes a complete file under a hidden temporary name in
the target's folder and then moves it into place. A run that is killed (power cut,
`kill -9`) leaves that temporary file. Our own names carry the writer's process id, so
the next write to the folder can tell a dead writer's file (removed) from a live one's
(kept). Names of older versions and of writers outside this module carry no process
id: those are removed once they have not changed for `STALE_SECONDS`.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

STALE_SECONDS = 600
# A file of a live writer is never this old; past it a reused process id is no reason
# to keep it.
ABANDONED_SECONDS = 24 * 3600
# Hidden temporary names: ours (with the writer's pid), and the unnumbered names of
# earlier versions and of the report and export writers (mkstemp's random part).
_OURS = re.compile(r"^\..+\.cw(?P<pid>\d+)-[A-Za-z0-9_]+\.(?:tmp|part)(?:-journal)?$")
_KNOWN_SUFFIXES = (".cirkel", ".pdf", ".xlsx", ".csv", ".json", ".zip")
_LEGACY_TMP = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{6,8}\.tmp(?:-journal)?$")
_LEGACY_PART = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")
_LEGACY_NAMES = ("datapack", "layouts")


def temp_beside(target: Path, suffix: str = ".tmp") -> Path:
    """Create an empty hidden temporary file in the target's folder and return its path."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.cw{os.getpid()}-", suffix=suffix,
                                dir=target.parent)
    os.close(fd)
    return Path(name)


def usual_permissions(tmp: Path, target: Path) -> None:
    """Give a finished temporary file, before it replaces `target`, the permissions of the
    file it replaces, or those the user's new files get (umask): mkstemp makes it readable
    by its owner only, and a report or export is meant to be shared."""
    try:
        mode = Path(target).stat().st_mode & 0o7777 if Path(target).is_file() \
            else 0o666 & ~_umask()
        os.chmod(tmp, mode)
    except OSError:
        pass  # a file system without permissions (a network share): nothing to correct


def _umask() -> int:
    """The process's umask without changing it (os.umask would, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    return 0o022


def pid_alive(pid: int) -> bool:
    """Whether a process of this id runs (on Windows: assumed, see below)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: keep by age only
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _is_legacy(name: str) -> bool:
    if _LEGACY_PART.match(name):
        return True
    found = _LEGACY_TMP.match(name)
    if not found:
        return False
    base = found.group("name")
    return base.endswith(_KNOWN_SUFFIXES) or base in _LEGACY_NAMES


def is_stale(path: Path, now: float | None = None) -> bool:
    """Whether a hidden temporary file was left by a writer that is gone."""
    now = time.time() if now is None else now
    try:
        age = now - path.lstat().st_mtime
    except OSError:
        return False
    ours = _OURS.match(path.name)
    if ours:
        return age > ABANDONED_SECONDS or not pid_alive(int(ours.group("pid")))
    return _is_legacy(path.name) and age > STALE_SECONDS


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temporary files of killed runs in a folder; return what was removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(".") or not entry.is_file(follow_symlinks=False):
            continue
        path = Path(entry.path)
        if is_stale(path, now):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # another process removed or holds it
    return removed


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename in it) to disk, where the platform can."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on Windows
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
