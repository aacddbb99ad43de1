"""`main.py portfolio`: the JSON contract, bad rows with file, row and column (exit 2,
nothing written), and the same figures in the JSON, the text, the PDF and the workbook."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from advisor.cli import run_cli
from advisor.portfolio.sheet import read_portfolio
from advisor.portfolio.tables import TONNES, cell_text
from tests.portfolio_fixtures import PORTFOLIO, SPEAKER_FILE, build_portfolio


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("portfolio-cli")
    build_portfolio(folder)
    return folder


@pytest.fixture(scope="module")
def document(folder):
    code, out, err = cli("portfolio", str(folder / "portfolio.csv"), "--json", "--lang", "en")
    assert code == 0, err
    return json.loads(out)


def test_json_has_the_contract_fields(document):
    assert document["schema"] == "cirkelwijzer.portfolio/1"
    assert {"kb_version", "region", "products", "flows", "crm", "totals", "after",
            "contributors"} <= set(document)
    p = document["products"][0]
    assert {"row", "project", "product", "variant", "units_per_year", "region_share",
            "mass_kg", "metrics"} <= set(p)
    assert p["row"] == 2 and p["project"] == SPEAKER_FILE
    f = document["flows"][0]
    assert {"material_id", "group", "priority_stream", "on_market_kg_per_year",
            "virgin_kg_per_year", "eol_kg_per_year", "outcome_kg_per_year"} <= set(f)
    assert set(f["outcome_kg_per_year"]) == {"reuse", "recycled_region", "recycled_nl",
                                             "recycled_abroad", "process_loss", "energy",
                                             "landfill"}
    c = document["crm"][0]
    assert {"crm", "kg_per_year", "recovered_kg_per_year", "main_suppliers"} <= set(c)
    assert {"recyclability_rate", "mci", "on_market_kg_per_year"} <= set(document["totals"])
    assert {"flows", "crm", "totals"} <= set(document["after"])
    k = document["contributors"][0]
    assert {"product", "recommendation", "virgin_avoided_kg_per_year",
            "crm_recovered_kg_per_year"} <= set(k)
    assert all(a["message"] and a["figures"] for a in document["assumptions"])


def test_totals_are_sums_of_the_flows(document):
    t = document["totals"]
    assert t["on_market_kg_per_year"] == pytest.approx(
        sum(f["on_market_kg_per_year"] for f in document["flows"]), rel=1e-12)
    for key in t["outcome_kg_per_year"]:
        assert t["outcome_kg_per_year"][key] == pytest.approx(
            sum(f["outcome_kg_per_year"][key] for f in document["flows"]), rel=1e-12,
            abs=1e-12)
    assert t["crm_kg_per_year"] == pytest.approx(
        sum(c["kg_per_year"] for c in document["crm"]), rel=1e-12)


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("lang", ["nl"])  # English: the window's export test
def test_pdf_and_workbook_show_the_json_figures(folder, tmp_path, lang):
    code, out, err = cli("portfolio", str(folder / "portfolio.csv"), "--json", "--lang", lang)
    doc = json.loads(out)
    pdf, book = tmp_path / "p.pdf", tmp_path / "p.xlsx"
    assert cli("portfolio", str(folder / "portfolio.csv"), "-o", str(pdf), "--lang", lang)[0] == 0
    assert cli("portfolio", str(folder / "portfolio.csv"), "-o", str(book), "--lang",
               lang)[0] == 0
    text = _pdf_text(pdf)
    t, a = doc["totals"], doc["after"]["totals"]
    for kg in (t["on_market_kg_per_year"], t["virgin_kg_per_year"],
               a["virgin_kg_per_year"], doc["difference"]["virgin_avoided_kg_per_year"]):
        assert cell_text(kg, TONNES, lang) in text
    first = doc["contributors"][0]
    assert first["recommendation"][:30] in text
    ws = load_workbook(book, read_only=True).worksheets[0]
    values = {row[0]: row[1:] for row in ws.iter_rows(values_only=True) if row[0]}
    on_market = next(v for k, v in values.items() if k.startswith(("Op de markt", "Put on")))
    assert on_market[0] == pytest.approx(t["on_market_kg_per_year"] / 1000, rel=1e-12)


def test_text_output_names_the_figures(folder):
    code, out, err = cli("portfolio", str(folder / "portfolio.csv"), "--lang", "nl")
    assert code == 0, err
    assert "Op de markt in de regio" in out and "Waar" not in err
    assert "t/jr" in out and "Kritieke grondstof" in out


def _write(folder: Path, body: str) -> Path:
    path = folder / "bad.csv"
    path.write_text("project;product;variant;units_per_year;region_share;compare_variant\n"
                    + body, encoding="utf-8")
    return path


def test_bad_rows_name_file_row_and_column_and_nothing_is_written(folder, tmp_path):
    path = _write(folder, "\n".join([
        "missing.cirkel;;;10;1;",
        f"{SPEAKER_FILE};;;-5;1;",
        f"{SPEAKER_FILE};Geen product;;10;1;",
        f"{SPEAKER_FILE};;Geen variant;10;1;",
        f"{SPEAKER_FILE};;;10;1,5;",
        f"{SPEAKER_FILE};;;tien;1;",
        f"{SPEAKER_FILE};;;10;1;Geen herontwerp",
    ]) + "\n")
    target = tmp_path / "out.pdf"
    code, out, err = cli("portfolio", str(path), "-o", str(target), "--lang", "en")
    assert code == 2 and not out
    assert not target.exists() and not list(tmp_path.iterdir())
    lines = err.strip().splitlines()
    assert len(lines) == 3  # number problems come first, all at once
    assert all(str(path) in x for x in lines)
    assert 'row 3, column "units_per_year"' in err and 'row 6, column "region_share"' in err
    assert 'row 7, column "units_per_year"' in err
    fixed = path.read_text().replace(";-5;", ";5;").replace(";1,5;", ";0,5;").replace(
        "tien", "10")
    path.write_text(fixed)
    code, out, err = cli("portfolio", str(path), "-o", str(target), "--lang", "nl")
    assert code == 2 and not target.exists()
    assert 'rij 2, kolom "project"' in err and "missing.cirkel" in err
    assert 'rij 4, kolom "product"' in err and "Portable Bluetooth speaker" in err
    assert 'rij 5, kolom "variant"' in err
    assert 'rij 8, kolom "compare_variant"' in err
    assert "Traceback" not in err


def test_wrong_output_and_missing_columns(folder, tmp_path):
    code, _out, err = cli("portfolio", str(folder / "portfolio.csv"), "-o",
                          str(tmp_path / "x.docx"))
    assert code == 2 and ".pdf" in err
    bad = folder / "nocols.csv"
    bad.write_text("naam;aantal\nx;1\n")
    code, _out, err = cli("portfolio", str(bad), "--lang", "en")
    assert code == 2 and "project and units_per_year" in err and "row 1" in err


def test_dutch_headers_percentages_and_xlsx(folder):
    path = folder / "nl.csv"
    path.write_text("Projectbestand;Product;Stuks per jaar;Aandeel regio\n"
                    f"{SPEAKER_FILE};Portable Bluetooth speaker;1.200;80%\n", encoding="utf-8")
    (line,) = read_portfolio(path)
    assert line.units_per_year == 1200 and line.region_share == pytest.approx(0.8)
    wb = Workbook()
    ws = wb.active
    for row in [r.split(";") for r in PORTFOLIO.format(speaker=SPEAKER_FILE).splitlines()]:
        ws.append([float(c.replace(",", ".")) if c.replace(",", "").isdigit() else c
                   for c in row])
    wb.save(folder / "portfolio.xlsx")
    lines = read_portfolio(folder / "portfolio.xlsx")
    assert [x.row for x in lines] == [2, 3, 4, 5, 6]
    assert lines[0].units_per_year == 12000 and lines[2].region_share == pytest.approx(0.75)


def test_large_portfolios_stream_the_same_document(folder):
    """Above INDENT_MAX_LINES the products are written in pieces with the metrics as the
    cache keeps them: the same document as the indented one."""
    import advisor.portfolio.jsonout as jsonout
    from advisor.kb.base import default_kb
    from advisor.portfolio import run_portfolio

    kb = default_kb()
    result = run_portfolio(folder / "portfolio.csv", kb, lang="en")
    small = io.StringIO()
    jsonout.write_portfolio_json(result, kb, "en", small)
    big = io.StringIO()
    old, jsonout.INDENT_MAX_LINES, jsonout.PIECE = (jsonout.INDENT_MAX_LINES,
                                                    jsonout.PIECE), 1, 2
    try:
        jsonout.write_portfolio_json(result, kb, "en", big)
    finally:
        jsonout.INDENT_MAX_LINES, jsonout.PIECE = old
    assert "\n" not in big.getvalue()
    assert json.loads(big.getvalue()) == json.loads(small.getvalue())


@pytest.mark.parametrize("name", ["out.pdf", "out.xlsx"])
def test_an_unusable_output_is_refused_before_any_work(folder, tmp_path, name):
    (tmp_path / name).mkdir()
    code, out, err = cli("portfolio", str(folder / "portfolio.csv"), "-o",
                         str(tmp_path / name), "--lang", "en")
    assert code == 2 and "in the way" in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == [name]
