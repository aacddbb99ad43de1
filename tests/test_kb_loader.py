"""The knowledge-base loader: checks, sources, user layer and data packs."""

from __future__ import annotations

import zipfile

import pytest

from advisor.errors import InputError
from advisor.kb import load_kb
from advisor.kb.datapack import export_pack, import_pack, read_pack

JOINTS = (
    "id,name_en,name_nl,reversibility,tool_class,destructive,time_s,time_status,time_source,"
    "source\n"
    "screw,Screw,Schroef,reusable,basic,0,5,estimate,test basis,src\n"
    "adhesive,Adhesive,Lijm,non_removable,special,1,,,,src\n"
)


@pytest.fixture
def shipped(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "joints.csv").write_text("# joints\n" + JOINTS)
    (folder / "VERSION").write_text("2026.11\n")
    return folder


def test_loads_and_versions(shipped, tmp_path):
    kb = load_kb(shipped, tmp_path / "none")
    assert kb.joints["screw"].time_s == 5
    assert kb.joints["adhesive"].time_s is None
    assert kb.version.startswith("2026.11-")
    assert kb.db["joints"].count == 2


def test_number_without_source_is_refused(shipped, tmp_path):
    (shipped / "joints.csv").write_text(JOINTS.replace("test basis", ""))
    with pytest.raises(InputError) as err:
        load_kb(shipped, tmp_path / "none")
    p = err.value.problems[0]
    assert p.code == "kb_unsourced" and p.row == 2 and p.column == "time_source"


def test_user_layer_overrides_and_changes_version(shipped, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "joints.csv").write_text(
        JOINTS.splitlines()[0] + "\nscrew,Screw,Schroef,reusable,basic,0,9,estimate,mine,src\n")
    kb = load_kb(shipped, user)
    assert kb.joints["screw"].time_s == 9
    assert kb.joints["adhesive"].reversibility == "non_removable"
    assert "+user-" in kb.version
    assert kb.user_row_count() == 1


def test_data_pack_round_trip(shipped, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "joints.csv").write_text(JOINTS)
    pack = export_pack(user, tmp_path / "out")
    other = tmp_path / "other"
    changes = import_pack(pack, other)
    assert changes[0].table == "joints" and changes[0].added == 2
    assert load_kb(shipped, other).joints["screw"].time_s == 5


def test_bad_pack_changes_nothing(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "joints.csv").write_text(JOINTS)
    before = (user / "joints.csv").read_bytes()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("joints.csv", JOINTS.replace("test basis", ""))
    with pytest.raises(InputError):
        import_pack(bad, user)
    assert (user / "joints.csv").read_bytes() == before
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(InputError):
        read_pack(tmp_path / "junk.zip")


def test_user_edits_are_checked_and_survive_a_shipped_update(shipped, tmp_path):
    from advisor.kb.userlayer import hide_shipped_row, remove_user_row, save_user_row

    user = tmp_path / "user"
    row = {"id": "screw", "name_en": "Screw", "name_nl": "Schroef", "reversibility": "reusable",
           "tool_class": "basic", "destructive": "0", "time_s": "7", "time_status": "estimate",
           "time_source": "own stopwatch, 10 screws", "source": "consultant"}
    save_user_row("joints", row, user)
    with pytest.raises(InputError) as err:
        save_user_row("joints", {**row, "time_s": "8", "time_source": ""}, user)
    assert err.value.problems[0].code == "kb_unsourced"
    # A shipped update (new content) does not erase the user's row.
    (shipped / "joints.csv").write_text(JOINTS.replace(",5,", ",6,"))
    kb = load_kb(shipped, user)
    assert kb.joints["screw"].time_s == 7
    hide_shipped_row("joints", {"id": "adhesive"}, user)
    assert "adhesive" not in load_kb(shipped, user).joints
    assert remove_user_row("joints", {"id": "adhesive"}, user)
    assert "adhesive" in load_kb(shipped, user).joints
