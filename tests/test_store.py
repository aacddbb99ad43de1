"""Project files: round trip, atomic save, migration with backup, refusals."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from advisor import store
from advisor.errors import InputError
from advisor.model import Component, Product, Project, Variant


def sample_project(name: str = "Kast & Co <b>") -> Project:
    comps = (
        Component(id="1", name="Waterkoker", row=2),
        Component(id="1.1", name="Behuizing", parent_id="1", material_input="PP wit",
                  material_id="pp", match_confidence=0.95, mass_kg=0.245, row=3,
                  joint_input="geschroefd", joint_id="screw", recycled_content=0.3),
        Component(id="1.2", name="Element", parent_id="1", material_input="koper/RVS",
                  constituents=(("copper", 0.5), ("stainless-304", 0.5)), mass_kg=0.095,
                  quantity=2, finish="vernikkeld", notes="ü é € ≥", row=4),
    )
    variants = (Variant(id="v1", name="Basis", components=comps, lifetime_years=8.0),
                Variant(id="v2", name="Herontwerp A", components=comps[:2]))
    return Project(name=name, products=(Product(id="p1", name="Waterkoker", variants=variants),),
                   company="Bedrijf B.V.", author="K. de Vries")


def test_round_trip(tmp_path):
    project = sample_project()
    path = store.save_project(project, tmp_path / "p.cirkel")
    assert store.open_project(path) == project


def test_save_replaces_atomically_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "p.cirkel"
    store.save_project(sample_project("first"), path)
    store.save_project(sample_project("second"), path)
    assert store.open_project(path).name == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["p.cirkel"]


def test_failed_save_keeps_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "p.cirkel"
    store.save_project(sample_project("good"), path)

    def boom(db, project):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "write_project", boom)
    with pytest.raises(RuntimeError):
        store.save_project(sample_project("bad"), path)
    monkeypatch.undo()
    assert store.open_project(path).name == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["p.cirkel"]


def test_not_a_project(tmp_path):
    text = tmp_path / "bom.cirkel"
    text.write_text("Nr;Onderdeel\n1;Kan\n")
    with pytest.raises(InputError) as err:
        store.open_project(text)
    assert err.value.problems[0].code == "not_a_project"
    other = tmp_path / "other.cirkel"
    sqlite_utils.Database(other)["t"].insert({"a": 1})
    with pytest.raises(InputError) as err:
        store.open_project(other)
    assert err.value.problems[0].code == "not_a_project"


def test_truncated_file_is_refused_without_change(tmp_path):
    path = store.save_project(sample_project(), tmp_path / "p.cirkel")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = path.read_bytes()
    with pytest.raises(InputError) as err:
        store.open_project(path)
    assert err.value.problems[0].code in ("project_corrupt", "not_a_project")
    assert path.read_bytes() == before


def test_newer_version_is_refused(tmp_path):
    path = store.save_project(sample_project(), tmp_path / "p.cirkel")
    db = sqlite_utils.Database(path)
    db["_sqlite_migrations"].insert({"migration_set": "cirkelwijzer",
                                     "name": "m999_future", "applied_at": "2030-01-01"})
    db.close()
    with pytest.raises(InputError) as err:
        store.open_project(path)
    assert err.value.problems[0].code == "project_too_new"


def _older_file(path):
    db = sqlite_utils.Database(path)
    store.migrations.apply(db, stop_before="m002_component_index")
    db["meta"].insert_all([{"key": "app", "value": "cirkelwijzer"},
                           {"key": "name", "value": "Oud"}])
    db.close()
    return path


def test_older_file_opens_unchanged_and_is_upgraded_on_save_after_backup(tmp_path):
    path = _older_file(tmp_path / "old.cirkel")
    before = path.read_bytes()
    project = store.open_project(path)
    assert project.name == "Oud"
    assert path.read_bytes() == before  # opening never upgrades in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.cirkel"]
    store.save_project(project, path)
    backup = store.backup_path(path, ["m001_initial"])
    assert backup.read_bytes() == before
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("select name from _sqlite_migrations")}
    conn.close()
    assert set(store.KNOWN_MIGRATIONS) <= names
    assert store.open_project(path) == project
    store.save_project(project, path)  # current format now: no second backup
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.cirkel", "old.cirkel.bak-1"]


def test_an_earlier_backup_is_never_overwritten(tmp_path):
    path = _older_file(tmp_path / "old.cirkel")
    backup = store.backup_path(path, ["m001_initial"])
    backup.write_bytes(b"the user's own copy")
    store.save_project(store.open_project(path), path)
    assert backup.read_bytes() == b"the user's own copy"
    assert (tmp_path / "old.cirkel.bak-1-2").exists()
