"""100,000-character text through import, evaluation, export and the PDF report."""

from __future__ import annotations

import io
import json

import pytest

from advisor.analysis import evaluate
from advisor.bom_io import export_assessment
from advisor.cli import run_cli
from advisor.kb.base import default_kb
from advisor.model import Component, Variant
from advisor.report import write_report

HUGE = 100_000


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def huge_csv(tmp_path):
    cells = ["N" * HUGE, "PP " + "x" * HUGE, "1", "j" * HUGE, "f" * HUGE, "n" * HUGE]
    path = tmp_path / "huge.csv"
    path.write_text("name;material;mass;joint;finish;notes\n" + ";".join(cells)
                    + "\nkap;ABS;0,2;schroef;;\n", encoding="utf-8")
    return path


def test_cli_import_evaluate_export_report(huge_csv, tmp_path, user_home):
    code, out, err = run("evaluate", huge_csv, "--json", "--lang", "en")
    assert code == 0, err[-500:]
    names = [c["name"] for c in json.loads(out)["components"]]
    assert max(len(n) for n in names) <= 500 and "shortened" in err
    project = tmp_path / "p.cirkel"
    assert run("import", huge_csv, "-o", project)[0] == 0
    for suffix in (".csv", ".xlsx", ".json"):
        code, _, err = run("export", project, "-o", tmp_path / f"out{suffix}")
        assert code == 0 and (tmp_path / f"out{suffix}").stat().st_size > 0, err[-500:]
    code, _, err = run("report", huge_csv, "-o", tmp_path / "r.pdf", "--lang", "nl")
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF"), err[-500:]


def test_untruncated_names_from_a_project_evaluate_export_and_report(tmp_path, user_home):
    """A project file may hold 100k names (store round-trips them): nothing downstream breaks."""
    kb = default_kb()
    comps = (Component(id="p", name="P" * HUGE, row=2),
             Component(id="a", name="A" * HUGE, parent_id="p", material_id="pp",
                       material_input="m" * HUGE, mass_kg=0.3, joint_input="j" * HUGE,
                       finish="f" * HUGE, notes="n" * HUGE, row=3),
             Component(id="b", name="=HYPERLINK(\"x\")" + "B" * HUGE, parent_id="p",
                       material_id="steel", mass_kg=0.5, row=4))
    variant = Variant(id="v", name="V" * HUGE, components=comps)
    assessment = evaluate(variant, kb, product_name="Q" * HUGE)
    assert [r.name for r in assessment.components] == [c.name for c in comps]
    for suffix in (".csv", ".xlsx", ".json"):
        assert export_assessment(tmp_path / f"o{suffix}", variant, assessment, kb=kb).exists()
    assert not (tmp_path / "o.csv").read_text(encoding="utf-8-sig").count("\n=HYPERLINK")
    pdf = write_report(tmp_path / "r.pdf", assessment, kb, lang="en", variant=variant,
                       company="C" * HUGE, author="A" * HUGE)
    assert pdf.read_bytes().startswith(b"%PDF")
