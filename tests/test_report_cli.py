"""`main.py report`: exit codes, no partial file, and the PDF states what the JSON states."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.cli import run_cli
from advisor.report.text import carbon, index, minutes, pct
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
