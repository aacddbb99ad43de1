"""Broken and hostile project files: a clear error, nothing on disk changed."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
import sqlite_utils

from advisor import store
from advisor.errors import InputError
from advisor.model import Component, Product, Project, Variant


def good_project() -> Project:
    comps = (Component(id="1", name="Kan", mass_kg=0.2, row=2),)
    return Project(name="Goed", products=(Product(id="p", name="P", variants=(
        Variant(id="v", name="Basis", components=comps),)),))


def make_empty(path):
    path.write_bytes(b"")


def make_random(path):
    path.write_bytes(bytes(range(256)) * 40)


def make_truncated(path):
    store.save_project(good_project(), path)
    data = path.read_bytes()
    path.write_bytes(data[:200])


def make_header_only(path):
    path.write_bytes(store.SQLITE_MAGIC + b"\x00" * 84)


def make_other_sqlite(path):
    sqlite_utils.Database(path)["notes"].insert({"text": "hello"})


def make_other_app(path):
    db = sqlite_utils.Database(path)
    store.migrations.apply(db)
    db["meta"].insert({"key": "app", "value": "someone-else"})
    db.close()


def make_bad_json(path):
    store.save_project(good_project(), path)
    conn = sqlite3.connect(path)
    conn.execute("update components set constituents = '{not json'")
    conn.commit()
    conn.close()


def make_dropped_table(path):
    store.save_project(good_project(), path)
    conn = sqlite3.connect(path)
    conn.execute("drop table components")
    conn.commit()
    conn.close()


def make_zip(path):
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("x.txt", "x")


CASES = {
    "empty": make_empty, "random": make_random, "truncated": make_truncated,
    "header_only": make_header_only, "other_sqlite": make_other_sqlite,
    "other_app": make_other_app, "bad_json": make_bad_json,
    "dropped_table": make_dropped_table, "zip": make_zip,
}


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_project_gives_clear_error_and_changes_nothing(tmp_path, case):
    path = tmp_path / f"{case}.cirkel"
    CASES[case](path)
    before = digest(tmp_path)
    with pytest.raises(InputError) as err:
        store.open_project(path)
    problem = err.value.problems[0]
    assert problem.code in {"not_a_project", "project_corrupt", "constituents_invalid"}
    assert problem.file.startswith(str(path))
    assert digest(tmp_path) == before


def test_huge_names_round_trip(tmp_path):
    name = "ü" * 100_000
    comps = (Component(id="1", name=name, material_input=name, mass_kg=1.0, row=2),)
    project = Project(name=name, products=(Product(id="p", name=name, variants=(
        Variant(id="v", name="Basis", components=comps),)),))
    path = store.save_project(project, tmp_path / "big.cirkel")
    assert store.open_project(path) == project


def test_directory_and_missing_file(tmp_path):
    with pytest.raises(InputError) as err:
        store.open_project(tmp_path)
    assert err.value.problems[0].code == "project_is_dir"
    with pytest.raises(InputError) as err:
        store.open_project(tmp_path / "nope.cirkel")
    assert err.value.problems[0].code == "project_missing"
