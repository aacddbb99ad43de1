"""`main.py report`: exit codes, no partial file, and the PDF states what the JSON states."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.cli import run_cli
from advisor.report.text import carbon, fmt_number, index, minutes, pct
from tests.test_report_support import write_bom

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "resources" / "examples" / "demo_stofzuiger.csv"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_states_what_evaluate_json_states(tmp_path, lang):
    code, out, err = cli("evaluate", str(DEMO), "--json", "--lang", lang)
    assert code == 0, err
    data = json.loads(out)
    target = tmp_path / "demo.pdf"
    code, out, err = cli("report", str(DEMO), "-o", str(target), "--lang", lang,
                         "--company", "<b>Kast</b> & Co", "--author", "Zoë")
    assert code == 0, err
    text = pdf_text(target)
    m = data["metrics"]
    assert data["product"]["name"] in text and "<b>Kast</b> & Co" in text
    for share in ("recyclability_rate", "recoverability_rate", "reuse_rate"):
        assert pct(m[share], lang) in text
    assert index(m["mci"], lang) in text
    if m["disassembly_time_s"] is None:
        assert ("niet beoordeeld" if lang == "nl" else "not assessed") in text
    elif m["disassembly_time_s"] < 120:  # seconds below two minutes, as the app shows it
        assert f"{fmt_number(m['disassembly_time_s'], lang, 0)} s" in text
    else:
        assert f"{minutes(m['disassembly_time_s'], lang)} min" in text
    assert carbon(m["embodied_carbon_kg"], lang) in text
    for rec in data["recommendations"]:
        assert " ".join(rec["title"].split()) in text
    assert data["kb_version"] in text


def test_bad_input_exits_2_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Nr;Onderdeel;Materiaal;Massa (g)\n1;Ding;staal;-5\n", encoding="utf-8")
    target = tmp_path / "out.pdf"
    code, _out, err = cli("report", str(bad), "-o", str(target), "--lang", "en")
    assert code == 2
    assert "row 2" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


@pytest.mark.parametrize("name", ["missing/out.pdf", "out.txt"])
def test_bad_output_exits_2(tmp_path, name):
    code, _out, err = cli("report", str(DEMO), "-o", str(tmp_path / name), "--lang", "en")
    assert code == 2 and err


def test_missing_input_exits_2(tmp_path):
    code, _out, err = cli("report", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and err
    assert list(tmp_path.iterdir()) == []


def test_two_thousand_row_bom_with_comparison(tmp_path):
    big = write_bom(tmp_path / "big.csv", 2000)
    target = tmp_path / "big.pdf"
    code, out, err = cli("report", str(big), "-o", str(target), "--lang", "nl",
                         "--compare", str(DEMO))
    assert code == 0, err
    reader = PdfReader(str(target))
    assert len(reader.pages) > 60
    head = " ".join(page.extract_text() for page in reader.pages[:8])
    assert "Testproduct groot" in head and "Vergelijking:" in head
    # The parts table holds the last data row (2001).
    tables = [page.extract_text() for page in reader.pages]
    assert any("2001" in page and "Zuigbuis 1998" in page for page in tables)



def test_no_appendix_leaves_out_the_parts_table_and_sources(tmp_path):
    full, short = tmp_path / "full.pdf", tmp_path / "short.pdf"
    assert cli("report", str(DEMO), "-o", str(full), "--lang", "nl")[0] == 0
    code, _out, err = cli("report", str(DEMO), "-o", str(short), "--lang", "nl",
                          "--no-appendix")
    assert code == 0, err
    assert "Onderdelentabel" in pdf_text(full) and "Onderdelentabel" not in pdf_text(short)
    assert "Oordeel" in pdf_text(short) and "Het plan" in pdf_text(short)
    assert len(PdfReader(str(short)).pages) < len(PdfReader(str(full)).pages)


def _two_variant_project(folder: Path) -> Path:
    """The demo as a project with its redesign as a second variant ('Basis', 'Herontwerp')."""
    from dataclasses import replace

    from advisor import store
    from advisor.bom_io import read_bom
    from advisor.engine import resolver_for
    from advisor.kb.base import default_kb
    from advisor.model import Project

    resolver = resolver_for(default_kb())
    base = read_bom(DEMO, resolver=resolver).product
    redesign = read_bom(ROOT / "tests" / "data" / "report" / "demo_herontwerp.csv",
                        resolver=resolver).product.variants[0]
    variants = (base.variants[0], replace(redesign, id="herontwerp", name="Herontwerp"))
    return store.save_project(Project("Demo", (replace(base, variants=variants),)),
                              folder / "demo.cirkel")


def _cover(path: Path) -> str:
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


def test_compare_with_the_same_project_takes_the_other_variant(tmp_path):
    project = str(_two_variant_project(tmp_path))
    out = tmp_path / "a.pdf"
    code, _out, err = cli("report", project, "--compare", project, "-o", str(out),
                          "--lang", "nl", "--no-appendix")
    assert code == 0, err
    assert "Variant Basis" in _cover(out) and "Vergeleken met Herontwerp" in _cover(out)
    from tests.report_fixtures import REDESIGN, evaluated

    redesign = pct(evaluated(REDESIGN).metrics.recyclability_rate, "nl")
    assert redesign != pct(evaluated(DEMO).metrics.recyclability_rate, "nl")
    assert f"Recyclebaarheid {pct(evaluated(DEMO).metrics.recyclability_rate, 'nl')} " \
           f"{redesign}" in pdf_text(out)
    code, _out, err = cli("report", project, "--variant", "Herontwerp", "--compare", project,
                          "-o", str(out), "--lang", "en", "--no-appendix")
    assert code == 0, err
    # The project's 'Basis' keeps its name (in English 'Base'), never 'Redesign'.
    assert "Variant Herontwerp" in _cover(out) and "Compared with Base" in _cover(out)


def test_compare_variant_names_the_variant_and_refuses_the_report_s_own(tmp_path):
    project = str(_two_variant_project(tmp_path))
    out = tmp_path / "b.pdf"
    code, _out, err = cli("report", project, "--variant", "Herontwerp", "--compare", project,
                          "--compare-variant", "Herontwerp", "-o", str(out), "--lang", "nl")
    assert code == 2 and "variant van het rapport zelf" in err and "Basis" in err
    assert not out.exists()
    code, _out, err = cli("report", project, "--compare", project, "--compare-variant",
                          "Nergens", "-o", str(out), "--lang", "nl")
    assert code == 2 and not out.exists()


def test_compare_with_a_one_variant_project_itself_is_refused(tmp_path):
    from advisor import store
    from advisor.bom_io import read_bom
    from advisor.model import Project

    project = store.save_project(Project("Demo", (read_bom(DEMO).product,)),
                                 tmp_path / "one.cirkel")
    code, _out, err = cli("report", str(project), "--compare", str(project),
                          "-o", str(tmp_path / "c.pdf"), "--lang", "en")
    assert code == 2 and "nothing to compare" in err
