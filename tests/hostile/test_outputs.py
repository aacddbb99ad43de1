"""Item 10: every command that writes checks its target, reports a failed write (no
permission, a folder in the way, a full disk) with exit 2 and a sentence, leaves no
partial file, and removes the temporary files of killed runs on its next write."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advisor import tempfiles
from advisor.paths import demo_path
from tests.hostile.conftest import run, snapshot

ROOT = Path(__file__).parent.parent.parent
DEMO = demo_path()
# The four commands that write, each with the name of its output in a folder.
WRITERS = {
    "report": lambda out: ["report", DEMO, "-o", out / "rapport.pdf"],
    "import": lambda out: ["import", DEMO, "-o", out / "project.cirkel"],
    "export": lambda out: ["export", DEMO, "-o", out / "stuklijst.xlsx"],
    "kb-export": lambda out: ["kb", "export", out / "pakket.zip"],
}


@pytest.fixture
def layer(user_home: Path) -> Path:
    """A small user layer, so that `kb export` has something to write."""
    folder = user_home / "knowledge"
    folder.mkdir()
    (folder / "joints.csv").write_text(
        "id,name_en,name_nl,reversibility,tool_class,destructive,time_s,time_status,"
        "time_source,source\nklem,Clamp,Klem,reusable,none,0,3,estimate,stopwatch,test\n",
        encoding="utf-8")
    return folder


def _target(command: list) -> Path:
    return Path(command[3] if command[0] != "kb" else command[2])


@pytest.mark.parametrize("writer", WRITERS)
def test_a_folder_in_the_way(writer, tmp_path, layer):
    command = WRITERS[writer](tmp_path)
    _target(command).mkdir()
    before = snapshot(tmp_path)
    code, _out, err = run([*command, "--lang", "en"])
    assert code == 2 and "folder of this name is in the way" in err and "Traceback" not in err
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("writer", WRITERS)
def test_a_file_where_the_folder_should_be(writer, tmp_path, layer):
    blocker = tmp_path / "map"
    blocker.write_text("a file")
    command = WRITERS[writer](blocker)
    before = snapshot(tmp_path)
    code, _out, err = run([*command, "--lang", "nl"])
    assert code == 2 and "Traceback" not in err
    assert "geen map" in err or "bestaat niet" in err, err
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("writer", WRITERS)
def test_a_missing_folder(writer, tmp_path, layer):
    command = WRITERS[writer](tmp_path / "nergens" / "dieper")
    code, _out, err = run([*command, "--lang", "en"])
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


@pytest.mark.skipif(os.name != "posix", reason="named pipes")
@pytest.mark.parametrize("writer", ["report", "import", "export"])
def test_a_pipe_as_output_is_refused_without_opening_it(writer, tmp_path, layer):
    command = WRITERS[writer](tmp_path)
    os.mkfifo(_target(command))
    code, _out, err = run([*command, "--lang", "en"])
    assert code == 2 and "not an ordinary file" in err


@pytest.mark.parametrize("writer", WRITERS)
def test_no_permission(writer, tmp_path, layer, monkeypatch):
    """A folder without write permission (as root, permissions do not bind: the check
    itself is driven here)."""
    command = WRITERS[writer](tmp_path)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if Path(p) == tmp_path
                        and mode & os.W_OK else real(p, mode, **k))
    before = snapshot(tmp_path)
    code, _out, err = run([*command, "--lang", "en"])
    assert code == 2 and "No permission to write" in err and "Traceback" not in err
    assert snapshot(tmp_path) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders")
@pytest.mark.parametrize("writer", WRITERS)
def test_a_read_only_folder(writer, tmp_path, layer):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _out, err = run([*WRITERS[writer](folder), "--lang", "en"])
    finally:
        folder.chmod(0o755)
    assert code == 2 and "No permission" in err
    assert list(folder.iterdir()) == []


def _full_disk(limit: int):
    def limit_file_size() -> None:  # in the child: writes past `limit` bytes fail (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_file_size


@pytest.mark.skipif(os.name != "posix", reason="uses RLIMIT_FSIZE")
@pytest.mark.parametrize("writer", WRITERS)
def test_a_full_disk(writer, tmp_path, layer, user_home):
    """A write that fails half-way (the disk fills up) is one sentence, exit 2, and leaves
    neither a partial file nor a temporary one; an earlier file of that name is kept."""
    out = tmp_path / "out"
    out.mkdir()
    command = WRITERS[writer](out)
    earlier = _target(command)
    if writer == "import":
        from tests.hostile.builders import saved

        saved(earlier)
    elif writer != "kb-export":
        earlier.write_bytes(b"the earlier version")
    kept = earlier.read_bytes() if earlier.exists() else None
    limit = 200 if writer == "kb-export" else 20_000
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, command),
                           "--lang", "en"], capture_output=True, text=True, cwd=ROOT,
                          preexec_fn=_full_disk(limit), timeout=120,
                          env={**os.environ, "CIRKELWIJZER_HOME": str(user_home)})
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert ("disk is full" in proc.stderr or "could not be written" in proc.stderr
            or "Cannot write the file" in proc.stderr), proc.stderr
    left = sorted(p.name for p in out.iterdir())
    assert left == ([] if writer == "kb-export" else [earlier.name])
    if kept is not None:
        assert earlier.read_bytes() == kept


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.parametrize("writer", WRITERS)
def test_leftovers_of_killed_runs_are_removed_on_the_next_write(writer, tmp_path, layer):
    command = WRITERS[writer](tmp_path)
    old = time.time() - 3600
    dead = tmp_path / f".rapport.pdf.cw{_dead_pid()}-abcd1234.tmp"
    alive = tmp_path / f".project.cirkel.cw{os.getpid()}-abcd1234.tmp"
    legacy_part = tmp_path / ".rapport.k3j4h5g6.part"
    legacy_tmp = tmp_path / ".stuklijst.xlsx.k3j4h5g6.tmp"
    fresh_part = tmp_path / ".rapport.zzzzzzzz.part"  # maybe a report still being written
    foreign = tmp_path / ".notes.k3j4h5g6.tmp"  # not a name of ours
    for p in (dead, alive, legacy_part, legacy_tmp, fresh_part, foreign):
        p.write_bytes(b"half")
    for p in (legacy_part, legacy_tmp, foreign):
        os.utime(p, (old, old))
    code, _out, err = run([*command, "--lang", "en"])
    assert code == 0, err
    assert not dead.exists() and not legacy_part.exists() and not legacy_tmp.exists()
    assert alive.exists() and fresh_part.exists() and foreign.exists()


def test_the_pid_in_a_temporary_name_tells_a_dead_writer(tmp_path):
    mine = tempfiles.temp_beside(tmp_path / "p.cirkel")
    assert mine.name.startswith(f".p.cirkel.cw{os.getpid()}-") and mine.exists()
    assert not tempfiles.is_stale(mine)
    gone = tmp_path / f".p.cirkel.cw{_dead_pid()}-x.tmp"
    gone.write_bytes(b"")
    assert tempfiles.is_stale(gone)
    assert tempfiles.remove_stale_temps(tmp_path) == [gone]
