"""Logic behind the app: remembered import layouts, recovery files, knowledge-base browsing."""

from __future__ import annotations

import os

from advisor import layouts, recovery
from advisor.bom_io import preview_table, read_bom
from advisor.kb import load_kb, userlayer
from advisor.kb.browse import display_columns, edited_row, entries, shipped_tables, source_of
from advisor.model import Component, Product, Project, Variant
from tests.conftest import SAMPLES


def test_layout_remembered_per_header(tmp_path):
    headers = ["Nr", "Onderdeel", "Massa (g)"]
    assert layouts.recall(headers, tmp_path) is None
    layouts.remember(headers, layouts.Layout({"mass": "Massa (g)"}, ",", "g"), tmp_path)
    got = layouts.recall([" nr", "ONDERDEEL", "Massa  (g)"], tmp_path)
    assert got == layouts.Layout({"mass": "Massa (g)"}, ",", "g")
    assert layouts.recall(["other"], tmp_path) is None
    (tmp_path / layouts.FILE_NAME).write_text("not json")
    assert layouts.recall(headers, tmp_path) is None  # damaged file is not fatal


def test_preview_has_row_numbers_and_sheets():
    p = preview_table(SAMPLES / "office_chair_bom.xlsx")
    assert p.sheets == ["BOM"] and p.total_rows == 18
    assert p.rows[0][0] == p.header_row + 1


def test_decimal_and_unit_override():
    auto = read_bom(SAMPLES / "speaker_bom.csv").product.variants[0].components
    forced = read_bom(SAMPLES / "speaker_bom.csv", mass_unit="kg").product.variants[0]
    assert forced.components[2].mass_kg == auto[2].mass_kg * 1000


def _project() -> Project:
    v = Variant(id="v1", name="Basis", components=(Component(id="1", name="a", mass_kg=1.0),))
    return Project(name="p", products=(Product(id="p1", name="P", variants=(v,)),))


def test_recovery_orphans(tmp_path):
    mine = recovery.new_session_path(tmp_path)
    recovery.write(mine, _project(), "mine", None)
    assert recovery.orphans(tmp_path) == []  # our own file is not an orphan
    dead = recovery.new_session_path(tmp_path, pid=2**22 + 12345)
    recovery.write(dead, _project(), "lost work", tmp_path / "x.cirkel")
    found = recovery.orphans(tmp_path)
    assert [f.title for f in found] == ["lost work"]
    assert found[0].load().products[0].variants[0].components[0].name == "a"
    recovery.discard(dead)
    assert not dead.exists() and not dead.with_suffix(".json").exists()
    assert os.listdir(recovery.recovery_dir(tmp_path))


def test_kb_entries_keep_shipped_value(tmp_path):
    kb = load_kb(user_dir=tmp_path)
    row = next(r for r in kb.rows("materials") if r["id"] == "pp")
    new = edited_row("materials", row, "carbon_kg_per_kg", "9.9", "my LCA 2026")
    userlayer.save_user_row("materials", new, tmp_path)
    kb2 = load_kb(user_dir=tmp_path)
    found = [e for e in entries("materials", kb2.rows("materials"),
                                shipped_tables()["materials"]) if e.row["id"] == "pp"][0]
    assert found.layer == "user" and found.overridden
    assert found.shipped_value("carbon_kg_per_kg") == row["carbon_kg_per_kg"]
    assert source_of("materials", found.row, "carbon_kg_per_kg") == "my LCA 2026"
    assert "carbon_source" not in display_columns("materials")
