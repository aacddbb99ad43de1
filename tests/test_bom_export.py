"""Export (.xlsx, .csv, .json) and round trips: import -> project -> export -> import."""

from __future__ import annotations

import csv
import json

import pytest

from advisor import explain
from advisor.bom_io import add_to_project, export_assessment, load_input, read_bom
from advisor.errors import InputError
from advisor.model import (
    Assessment,
    ComponentResult,
    Issue,
    Metrics,
    children_index,
    leaves,
    multipliers,
)
from advisor.store import open_project, save_project
from tests.conftest import SAMPLES

SAMPLE_NAMES = ("waterkoker_bom.csv", "speaker_bom.csv", "office_chair_bom.xlsx")


def hand_assessment(variant, product="P") -> Assessment:
    """A small assessment built by hand: every leaf to R8, one issue on the first row."""
    kids = children_index(variant.components)
    mult = multipliers(variant.components)
    results = []
    for i, c in enumerate(variant.components):
        mass = c.mass_kg or 0.0
        results.append(ComponentResult(
            row=c.row, id=c.id, parent=c.parent_id, name=c.name,
            is_assembly=bool(kids.get(c.id)), material_input=c.material_input,
            material_id=c.material_id, match_confidence=c.match_confidence, mass_kg=mass,
            quantity=c.quantity, total_mass_kg=mass * mult[c.id], joint=c.joint_id,
            liberated=True, route_code="R8", route_quality="high_grade",
            recycling_yield=0.9, energy_recovery_share=0.05,
            issues=(Issue("material_unresolved", "data", {"input": "unobtainium"}),)
            if i == 0 else ()))
    return Assessment(product_name=product, variant_name=variant.name, kb_version="test-1",
                      metrics=Metrics(total_mass_kg=1.5, recyclability_rate=0.8, mci=0.3,
                                      crm_materials=("ndfeb",)),
                      components=tuple(results))


def tree(variant):
    return [(c.id, c.parent_id, c.name, c.material_input, c.mass_kg, c.quantity,
             c.joint_input, c.finish, c.recycled_content, c.reused_content, c.notes)
            for c in variant.components]


def total(variant):
    mult = multipliers(variant.components)
    return sum(c.mass_kg * mult[c.id] for c in leaves(variant.components))


@pytest.mark.parametrize("name", SAMPLE_NAMES)
@pytest.mark.parametrize("suffix, lang", [(".csv", "nl"), (".csv", "en"), (".xlsx", "nl")])
def test_round_trip_keeps_tree_and_total_mass(tmp_path, name, suffix, lang):
    result = read_bom(SAMPLES / name)
    project_path = save_project(add_to_project(None, result), tmp_path / "p.cirkel")
    _, product, variant, _ = load_input(project_path)
    out = export_assessment(tmp_path / f"out{suffix}", variant, hand_assessment(variant),
                            lang=lang)
    again = read_bom(out).product.variants[0]
    assert tree(again) == tree(variant)
    assert total(again) == pytest.approx(total(variant), rel=1e-12)
    assert again.components[0].row == 2


def test_csv_dialects_per_language(tmp_path):
    variant = read_bom(SAMPLES / "waterkoker_bom.csv").product.variants[0]
    nl = export_assessment(tmp_path / "nl.csv", variant, hand_assessment(variant), lang="nl")
    en = export_assessment(tmp_path / "en.csv", variant, hand_assessment(variant), lang="en")
    assert nl.read_bytes().startswith(b"\xef\xbb\xbf")
    nl_rows = list(csv.reader(nl.read_text("utf-8-sig").splitlines(), delimiter=";"))
    en_rows = list(csv.reader(en.read_text("utf-8-sig").splitlines(), delimiter=","))
    assert nl_rows[0][:4] == ["Rij", "Nr", "Ouder", "Naam"]
    assert en_rows[0][:4] == ["Row", "ID", "Parent", "Name"]
    assert nl_rows[3][8] == "0,245" and en_rows[3][8] == "0.245"
    assert nl_rows[1][20] == 'Materiaal "unobtainium" staat niet in de kennisbank; telt als storten'
    assert nl_rows[1][15:18] == ["R8", explain.route_name("R8", "nl"),
                                 explain.quality_name("high_grade", "nl")]


def test_names_from_the_knowledge_base(tmp_path):
    from advisor.kb import load_kb
    from advisor.resolve import Resolver

    kb = load_kb(use_user_layer=False)
    variant = read_bom(SAMPLES / "speaker_bom.csv", resolver=Resolver(kb)).product.variants[0]
    out = export_assessment(tmp_path / "o.csv", variant, hand_assessment(variant), lang="nl",
                            kb=kb)
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    magnet = next(r for r in rows if r[3] == "Magnet")
    assert magnet[5] == "ndfeb" and magnet[6] == kb.materials["ndfeb"].name("nl")
    assert magnet[16] == kb.routes["R8"].name("nl") != "R8"


HOSTILE = ["=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def hostile_variant(tmp_path):
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "mass", "notes"])
        writer.writerows([t, 1, t] for t in HOSTILE)
    return read_bom(path).product.variants[0]


def test_csv_neutralises_formulas_and_reimports_them_intact(tmp_path):
    variant = hostile_variant(tmp_path)
    out = export_assessment(tmp_path / "o.csv", variant, None, lang="en")
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=","))
    names = [r[3] for r in rows[1:]]
    # Import strips surrounding white space, so only the first four still start dangerously
    assert all(n.startswith("'") for n in names[:4]) and names[4:] == ["TAB", "CR"]
    assert [c.name for c in read_bom(out).product.variants[0].components] == [
        t.strip() for t in HOSTILE]


def test_xlsx_writes_formulas_as_text(tmp_path):
    from openpyxl import load_workbook

    variant = hostile_variant(tmp_path)
    out = export_assessment(tmp_path / "o.xlsx", variant, hand_assessment(variant), lang="en")
    wb = load_workbook(out)
    ws = wb["BOM"]
    cells = [ws.cell(row=r, column=4) for r in range(2, 2 + len(HOSTILE))]
    assert all(c.data_type == "s" for c in cells)
    assert [c.value for c in cells] == [t.strip() for t in HOSTILE]
    metrics = {r[0]: r[2] for r in wb["Metrics"].iter_rows(min_row=2, values_only=True)}
    assert metrics["mci"] == 0.3 and metrics["product"] == "P"
    assert metrics["crm_materials"] == "ndfeb"


def test_json_follows_the_cli_schema(tmp_path):
    variant = read_bom(SAMPLES / "speaker_bom.csv").product.variants[0]
    out = export_assessment(tmp_path / "o.json", variant, hand_assessment(variant, "Speaker"),
                            lang="en")
    doc = json.loads(out.read_text("utf-8"))
    assert doc["schema"] == "cirkelwijzer.assessment/1"
    assert doc["product"] == {"name": "Speaker", "variant": "Basis"}
    assert len(doc["components"]) == 16 and doc["components"][0]["row"] == 2
    first = doc["components"][0]
    assert first["route"]["code"] == "R8" and first["issues"][0]["category"] == "data"
    assert {"total_mass_kg", "mci", "unresolved_mass_kg"} <= set(doc["metrics"])


def test_unknown_suffix_and_unwritable_target(tmp_path):
    variant = read_bom(SAMPLES / "speaker_bom.csv").product.variants[0]
    with pytest.raises(InputError) as info:
        export_assessment(tmp_path / "o.pdf", variant, None)
    assert info.value.problems[0].code == "export_format_unknown"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError) as info:
        export_assessment(blocker / "o.csv", variant, None)
    assert info.value.problems[0].code == "export_unwritable"


def test_failed_export_leaves_no_file(tmp_path, monkeypatch):
    from advisor.bom_io import export as export_module

    variant = read_bom(SAMPLES / "speaker_bom.csv").product.variants[0]

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(export_module, "write_xlsx", boom)
    with pytest.raises(RuntimeError):
        export_assessment(tmp_path / "o.xlsx", variant, None)
    assert list(tmp_path.iterdir()) == []


def test_add_to_project_new_product_then_variant(tmp_path):
    first = read_bom(SAMPLES / "speaker_bom.csv")
    project = add_to_project(None, first)
    again = add_to_project(project, read_bom(SAMPLES / "speaker_bom.csv"))
    assert [v.name for v in again.products[0].variants] == ["Basis", "Basis (2)"]
    named = add_to_project(again, first, variant="Herontwerp A")
    assert named.products[0].variants[-1].name == "Herontwerp A"
    with pytest.raises(InputError) as info:
        add_to_project(named, first, variant="Herontwerp A")
    assert info.value.problems[0].code == "variant_exists"
    other = add_to_project(named, first, product="Luidspreker 2")
    assert [p.name for p in other.products] == ["Portable Bluetooth speaker", "Luidspreker 2"]
    path = save_project(other, tmp_path / "p.cirkel")
    reopened = open_project(path)
    assert len({v.id for p in reopened.products for v in p.variants}) == 4
    _, product, variant, _ = load_input(path, product="Portable Bluetooth speaker",
                                        variant="Herontwerp A")
    assert variant.name == "Herontwerp A" and len(variant.components) == 16


def test_control_characters_do_not_break_the_xlsx_export(tmp_path):
    from advisor.bom_io import read_bom_text

    variant = read_bom_text("name,mass\nkap\x1f\x01,1\n").product.variants[0]
    out = export_assessment(tmp_path / "o.xlsx", variant, None)
    assert read_bom(out).product.variants[0].components[0].name == "kap"
