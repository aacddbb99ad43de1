"""Helpers for the hostile corpus: put a case's file in place, snapshot a folder, run."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from advisor.cli import run_cli
from advisor.kb.base import default_kb
from advisor.kb.layer import live_dir
from advisor.paths import user_kb_dir
from advisor.textsafe import _UNSAFE_IN_OUTPUT
from tests.hostile import cases
from tests.hostile.builders import CORPUS

HASHED_BYTES = 8 * 1024 * 1024  # larger files (the sparse 400 MB table) by size and time


_BUILT: dict[str, Path] = {}


def build_once(make, name: str, folder: Path) -> Path:
    """`make(folder / name)`; an expensive builder runs once per session, then is copied."""
    if not getattr(make, "expensive", False):
        return make(folder / name)
    if make.__name__ not in _BUILT:
        cache = Path(tempfile.mkdtemp(prefix="hostile-built-"))
        _BUILT[make.__name__] = make(cache / name)
    return Path(shutil.copy2(_BUILT[make.__name__], folder / name))


def place(case: cases.Case, folder: Path) -> Path:
    """The case's file in `folder`: a copy of the committed one, or freshly built."""
    if case.committed:
        source = CORPUS / case.name
        target = folder / source.name
        shutil.copy2(source, target)
        return target
    return build_once(case.build, case.name, folder)


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under a folder with its content hash (no pipe or device is opened)."""
    out: dict[str, object] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            info = path.lstat()
            rel = str(path.relative_to(folder))
            if stat.S_ISREG(info.st_mode) and info.st_size <= HASHED_BYTES:
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISREG(info.st_mode):
                out[rel] = (info.st_size, info.st_mtime_ns)
            else:
                out[rel] = stat.S_IFMT(info.st_mode)
    return out


def fresh_kb() -> None:
    """Forget the loaded knowledge base unless it is the shipped one and still fits: every
    test has its own (empty) user folder, so only a layer makes a reload necessary."""
    if default_kb.cache_info().currsize:
        kb = default_kb()
        if kb.user_row_count() or kb.user_layer_problems or live_dir(user_kb_dir()).exists() \
                or live_dir(user_kb_dir()).is_symlink():
            default_kb.cache_clear()


def run(args: list[str]) -> tuple[int, str, str]:
    """One command in this process, on the knowledge base of this test's user folder."""
    fresh_kb()
    out, err = io.StringIO(), io.StringIO()
    code = run_cli([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def assert_terminal_safe(*texts: str) -> None:
    """No control character (but newline and tab), no C1 control, no bidi override."""
    for text in texts:
        bad = _UNSAFE_IN_OUTPUT.search(text)
        assert bad is None, f"raw {bad.group(0)!r} in output: {text[:300]!r}"


@pytest.fixture
def work(tmp_path: Path, user_home: Path) -> Path:
    """A folder for one case's files; the user's data folder lies beside it."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder
