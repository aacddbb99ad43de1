"""Item 1: a broken user layer on disk never stops the app or the CLI; a data pack is checked
whole before it replaces the layer, atomically, so a kill mid-import loses nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from advisor.kb import load_kb
from advisor.kb.datapack import import_pack
from advisor.kb.layer import previous_dir
from advisor.paths import demo_path
from tests.hostile import files as f
from tests.hostile.conftest import run, snapshot

ROOT = Path(__file__).parent.parent.parent
JOINTS_HEAD = ("id,name_en,name_nl,reversibility,tool_class,destructive,time_s,time_status,"
               "time_source,source\n")


def joints(time_s: int) -> str:
    return JOINTS_HEAD + f"klem,Clamp,Klem,reusable,none,0,{time_s},estimate,stopwatch,test\n"


def _level_x(folder: Path) -> None:
    (folder / "routes.csv").write_text(f.ROUTES_HEAD + "R8,x,Recycling,Recyclen,,,test\n")


def _folder_named_table(folder: Path) -> None:
    (folder / "materials.csv").mkdir()


def _pipe_named_table(folder: Path) -> None:
    os.mkfifo(folder / "materials.csv")


def _older_columns(folder: Path) -> None:
    """A table of an older layout: a required column missing, an unknown one added."""
    (folder / "joints.csv").write_text("id,name_en,name_nl,reversibility,time_secs,source\n"
                                       "klem,Clamp,Klem,reusable,3,test\n")


def _not_utf8(folder: Path) -> None:
    (folder / "joints.csv").write_bytes(joints(4).replace("Klem", "Kl\xe9m").encode("cp1252"))


def _dangling(folder: Path) -> None:
    (folder / "material_routes.csv").write_text(
        f.ROUTES_PACK_HEAD + "onbekend,,R8,high_grade,0.9,,utrecht,estimate,test\n")


def _mixed(folder: Path) -> None:
    """Sound rows beside broken ones: repair keeps the sound ones."""
    (folder / "joints.csv").write_text(
        joints(4) + "klem2,Clamp 2,Klem 2,sideways,none,0,3,estimate,stopwatch,test\n")
    _level_x(folder)


BROKEN = {"level-x": _level_x, "folder-named-table": _folder_named_table,
          "older-columns": _older_columns, "not-utf8": _not_utf8, "dangling": _dangling,
          "mixed": _mixed}
if os.name == "posix":
    BROKEN["pipe-named-table"] = _pipe_named_table


@pytest.fixture
def broken(request, user_home: Path) -> Path:
    folder = user_home / "knowledge"
    folder.mkdir()
    BROKEN[request.param](folder)
    return folder


EVERY_COMMAND = (["evaluate", demo_path()], ["export", demo_path(), "-o", "{tmp}/o.csv"],
                 ["import", demo_path(), "-o", "{tmp}/p.cirkel"],
                 ["report", demo_path(), "-o", "{tmp}/r.pdf"])


@pytest.mark.timeout(120)
@pytest.mark.parametrize("broken", BROKEN, indirect=True)
def test_every_command_runs_on_the_shipped_knowledge_base_with_a_warning(broken, tmp_path):
    before = snapshot(broken)
    # Every command on one kind of damage; evaluate (the same loading) on the others.
    commands = EVERY_COMMAND if broken.joinpath("routes.csv").exists() and not \
        broken.joinpath("joints.csv").exists() else EVERY_COMMAND[:1]
    for command in ([str(a).format(tmp=tmp_path) for a in c] for c in commands):
        code, _out, err = run([*command, "--lang", "en"])
        assert code == 0, err
        assert "is damaged and is not used" in err and "kb repair" in err, err
        assert "Traceback" not in err
    code, out, err = run(["kb", "info", "--lang", "en"])
    assert code == 0 and "damaged, not used" in out and str(broken) in err
    pack = tmp_path / "joints.csv"
    pack.write_text(joints(9))
    code, _out, err = run(["kb", "import", pack, "--lang", "en"])
    assert code == 2 and "kb repair" in err  # no pack is merged into a damaged layer
    assert snapshot(broken) == before  # nothing of the user's own work was touched


@pytest.mark.parametrize("broken", BROKEN, indirect=True)
def test_repair_keeps_the_sound_rows_and_a_backup(broken, user_home):
    before = snapshot(broken)
    code, out, err = run(["kb", "repair", "--lang", "en"])
    assert code == 0, err
    assert "mended" in out
    [backup] = [p for p in user_home.iterdir() if p.name.startswith("knowledge-backup-")]
    regular = {k: v for k, v in before.items() if isinstance(v, str)}
    assert {k: v for k, v in snapshot(backup).items() if k in regular} == regular
    kb = load_kb()
    assert kb.user_layer_problems == ()
    code, _out, err = run(["evaluate", demo_path(), "--lang", "en"])
    assert code == 0 and "not used" not in err


def test_repair_keeps_what_is_sound(user_home):
    folder = user_home / "knowledge"
    folder.mkdir()
    _mixed(folder)
    run(["kb", "repair"])
    kb = load_kb()
    assert kb.joints["klem"].time_s == 4 and "klem2" not in kb.joints
    assert not (folder / "routes.csv").exists()


def test_reset_sets_the_whole_layer_aside(user_home):
    folder = user_home / "knowledge"
    folder.mkdir()
    _level_x(folder)
    code, out, _err = run(["kb", "reset", "--lang", "en"])
    assert code == 0 and "set aside" in out
    assert not folder.exists()
    [backup] = [p for p in user_home.iterdir() if p.name.startswith("knowledge-backup-")]
    assert (backup / "routes.csv").exists()
    assert load_kb().user_layer_problems == ()


def test_a_layer_that_is_a_file_is_reported_not_a_crash(user_home):
    (user_home / "knowledge").write_text("not a folder")
    code, _out, err = run(["evaluate", demo_path(), "--lang", "en"])
    assert code == 0 and "is not used" in err


def test_a_swap_cut_short_between_its_renames_still_finds_the_layer(user_home, tmp_path):
    folder = user_home / "knowledge"
    pack = tmp_path / "joints.csv"
    pack.write_text(joints(6))
    import_pack(pack, folder)
    folder.rename(previous_dir(folder))  # as if killed right after the first rename
    assert load_kb(user_dir=folder).joints["klem"].time_s == 6
    pack.write_text(joints(7))
    import_pack(pack, folder)  # the next write completes the swap
    assert load_kb(user_dir=folder).joints["klem"].time_s == 7
    assert not previous_dir(folder).exists()


def test_a_refused_pack_leaves_the_layer_byte_for_byte(user_home, tmp_path):
    folder = user_home / "knowledge"
    good = tmp_path / "joints.csv"
    good.write_text(joints(5))
    assert run(["kb", "import", good])[0] == 0
    before = snapshot(user_home)
    bad = tmp_path / "pack.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("joints.csv", joints(8))  # sound on its own ...
        z.writestr("material_routes.csv",  # ... but this one refers to nothing
                   f.ROUTES_PACK_HEAD + "niets,,R8,high_grade,0.9,,utrecht,estimate,test\n")
    code, _out, err = run(["kb", "import", bad, "--lang", "en"])
    assert code == 2 and "material_routes.csv, row 2" in err
    assert snapshot(user_home) == before
    assert load_kb(user_dir=folder).joints["klem"].time_s == 5


IMPORTER = """
import sys
from pathlib import Path
from advisor.kb.datapack import import_pack
folder, a, b = (Path(p) for p in sys.argv[1:4])
print("ready", flush=True)
i = 0
while True:
    import_pack(a if i % 2 else b, folder)
    i += 1
"""


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
@pytest.mark.timeout(120)
def test_a_kill_during_an_import_leaves_a_whole_layer(user_home, tmp_path):
    folder = user_home / "knowledge"
    a, b2 = tmp_path / "a" / "joints.csv", tmp_path / "b" / "joints.csv"
    for path, value in ((a, 11), (b2, 22)):
        path.parent.mkdir()
        path.write_text(joints(value))
    import_pack(a, folder)
    rng = random.Random(16)
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(folder), str(a), str(b2)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "CIRKELWIJZER_HOME": str(user_home)})
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        kb = load_kb(user_dir=folder)
        assert kb.user_layer_problems == ()
        assert kb.joints["klem"].time_s in (11, 22)
    import_pack(a, folder)  # the next write clears what the killed runs left
    assert sorted(p.name for p in user_home.iterdir()) == ["knowledge"]
