"""Import with the knowledge-base resolver: ids filled, poor matches become warnings."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest

from advisor.bom_io import read_bom, read_bom_text
from advisor.cli import run_cli
from advisor.kb import load_kb
from advisor.resolve import Resolver
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def resolver():
    return Resolver(load_kb(use_user_layer=False))


def test_samples_resolve_materials_and_joints(resolver):
    result = read_bom(SAMPLES / "waterkoker_bom.csv", resolver=resolver)
    comps = {c.id: c for c in result.product.variants[0].components}
    assert comps["1.1.4"].material_id == "stainless-304" and comps["1.1.4"].joint_id == "weld"
    assert dict(comps["1.2.2"].constituents)["copper"] > 0
    assert comps["1"].material_id is None and comps["1"].joint_id is None  # assembly row
    # "koper/RVS" (the heating element) has no stated or sourced split: flagged as an estimate
    found = [(p.code, p.row) for p in result.problems if p.code.startswith("material_")]
    assert found == [("material_split_estimated", comps["1.1.5"].row)]


@dataclass(frozen=True)
class FakeResolution:
    material_id: str | None
    confidence: float
    constituents: tuple = ()


class FakeResolver:
    """Recognises 'pp' for sure, guesses 'pp-ish', knows no joints."""

    def material(self, text):
        return {"pp": FakeResolution("pp", 1.0), "pp-ish": FakeResolution("pp", 0.4)}.get(
            text.lower(), FakeResolution(None, 0.0))

    def joint(self, text):
        return FakeResolution(None, 0.0)


def test_unresolved_and_low_confidence_are_warnings_with_row_and_column():
    text = "Naam;Materiaal;Massa;Verbinding\na;PP;1;\nb;pp-ish;1;\nc;unobtainium;1;lasso\n"
    result = read_bom_text(text, "x.csv", resolver=FakeResolver())
    found = [(p.code, p.row, p.column, p.severity) for p in result.problems]
    assert found == [("material_low_confidence", 3, "Materiaal", "warning"),
                     ("material_unresolved", 4, "Materiaal", "warning"),
                     ("joint_unresolved", 4, "Verbinding", "warning")]
    low = result.problems[0]
    assert low.params["confidence"] == 0.4 and low.params["text"] == "pp-ish"
    comps = result.product.variants[0].components
    assert [c.material_id for c in comps] == ["pp", "pp", None]


def test_cli_import_prints_resolution_warnings(tmp_path, user_home):
    bom = tmp_path / "bom.csv"
    bom.write_text("name,material,mass\nknob,unobtainium-42,0.01\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["import", str(bom), "-o", str(tmp_path / "p.cirkel"), "--lang", "en"],
                   out, err)
    assert code == 0
    assert "row 2" in err.getvalue() and "unobtainium-42" in err.getvalue()


def test_cli_export_with_the_real_engine(tmp_path, user_home):
    from openpyxl import load_workbook

    project = tmp_path / "p.cirkel"
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["import", str(SAMPLES / "speaker_bom.csv"), "-o", str(project)],
                   out, err) == 0
    target = tmp_path / "o.xlsx"
    assert run_cli(["export", str(project), "-o", str(target), "--lang", "en"], out, err) == 0
    wb = load_workbook(target, read_only=True)
    rows = list(wb["BOM"].iter_rows(values_only=True))
    assert len(rows) == 17 and rows[1][15] in ("R3", "R4", "R5", "R6", "R7", "R8", "R9",
                                                "landfill")
    metrics = {r[0]: r[2] for r in wb["Metrics"].iter_rows(min_row=2, values_only=True)}
    assert metrics["total_mass_kg"] == pytest.approx(0.6918)
    wb.close()
