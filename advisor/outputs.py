"""Where results go: check an output path before the work, report a failed write clearly.

Every command that writes (report, import, export, kb export) checks its target first
and turns an `OSError` of the write (no permission, a full disk, a folder in the way)
into an `InputError` with a sentence: exit 2, never a traceback. Before writing, the
temporary files that killed runs left in the folder are removed.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.tempfiles import remove_stale_temps

DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ETXTBSY})
NAME_INVALID = frozenset({errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ})
FOLDER_MISSING = frozenset({errno.ENOENT, errno.ENOTDIR})
# SQLite's own result codes for the same failures (sqlite3.Error.sqlite_errorcode).
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_IOERR = 13, 14, 8, 10


def _problem(code: str, message: str, path: Path, **params: object) -> InputError:
    return InputError(Problem(code, message, file=str(path), params=dict(params)))


def _check_folder(folder: Path, path: Path) -> None:
    if not folder.exists():
        raise _problem("output_dir_missing", "The folder does not exist", path,
                       folder=str(folder))
    if not folder.is_dir():
        raise _problem("output_parent_not_dir", "A file stands where the folder should be",
                       path, folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _problem("output_unwritable", "No permission to write in this folder", path,
                       folder=str(folder))


def check_output_file(path: str | os.PathLike, suffixes: tuple[str, ...] = ()) -> Path:
    """The target of a file we are about to write, checked; raise `InputError` if unusable.

    `suffixes` (lower case, with the dot) limits the accepted names when given.
    """
    path = Path(path)
    if not path.name or str(path).endswith((os.sep, "/")):
        raise _problem("output_name_invalid", "This is not a file name", path, reason="")
    if suffixes and path.suffix.lower() not in suffixes:
        raise _problem("output_suffix", "This kind of file cannot be written", path,
                       suffixes=", ".join(suffixes))
    try:
        mode = path.stat().st_mode if path.exists() else None
    except OSError as exc:
        raise write_problem(path, exc) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise _problem("output_is_dir", "A folder of this name is in the way", path)
    if mode is not None and not stat.S_ISREG(mode):
        raise _problem("output_not_regular", "This is not an ordinary file", path)
    _check_folder(path.parent if str(path.parent) else Path("."), path)
    if mode is not None and not os.access(path, os.W_OK):
        raise _problem("output_read_only", "The file is read-only", path)
    remove_stale_temps(path.parent)
    return path


def check_output_folder(path: str | os.PathLike) -> Path:
    """A folder we are about to write into (created if absent and its parent exists)."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise _problem("output_not_folder", "This is a file, not a folder", path)
    if not path.exists():
        _check_folder(path.parent if str(path.parent) else Path("."), path)
        try:
            path.mkdir()
        except OSError as exc:
            raise write_problem(path, exc) from None
    _check_folder(path, path)
    remove_stale_temps(path)
    return path


def write_problem(path: Path, exc: OSError) -> InputError:
    """The `InputError` for a failed write of `path`."""
    reason = exc.strerror or str(exc)
    code = exc.errno
    if code in DISK_FULL:
        return _problem("output_disk_full", "The disk is full", path, reason=reason)
    if code in NOT_WRITABLE:
        return _problem("output_unwritable", "No permission to write here", path,
                        folder=str(path.parent))
    if code == errno.EISDIR:
        return _problem("output_is_dir", "A folder of this name is in the way", path)
    if code in FOLDER_MISSING:
        return _problem("output_dir_missing", "The folder does not exist", path,
                        folder=str(path.parent))
    if code in NAME_INVALID:
        return _problem("output_name_invalid", "This file name is not valid here", path,
                        reason=reason)
    return _problem("output_write_failed", "The file could not be written", path,
                    reason=reason)


def sqlite_write_problem(path: Path, exc: sqlite3.Error) -> InputError | None:
    """The `InputError` for SQLite failing to write `path`, or None if it is no I/O error."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == SQLITE_FULL:
        return _problem("output_disk_full", "The disk is full", path, reason=str(exc))
    if primary in (SQLITE_CANTOPEN, SQLITE_READONLY):
        return _problem("output_unwritable", "No permission to write here", path,
                        folder=str(path.parent))
    if primary == SQLITE_IOERR:
        return _problem("output_write_failed", "The file could not be written", path,
                        reason=str(exc))
    return None


def _concerns(exc: OSError, path: Path) -> bool:
    """Whether an OSError is about writing the target (not, say, reading a font)."""
    name = exc.filename
    if name is None:
        return exc.errno in DISK_FULL or exc.errno in NOT_WRITABLE
    try:
        return Path(os.fsdecode(name)).resolve().parent == path.resolve().parent
    except (OSError, ValueError):
        return False


@contextmanager
def reporting_write_errors(path: str | os.PathLike) -> Iterator[Path]:
    """Run a write of `path`; an `OSError` about it becomes an `InputError` (exit 2)."""
    path = Path(path)
    try:
        yield path
    except OSError as exc:
        if not _concerns(exc, path):
            raise
        raise write_problem(path, exc) from None
