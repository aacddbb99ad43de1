"""Real-world shapes: encodings, delimiters, decimals, units, headers, hierarchies."""

from __future__ import annotations

import io

import pytest

from advisor.bom_io import detect_columns, preview_rows, read_bom, read_bom_text
from advisor.bom_io.numbers import detect_decimal, parse_mass, parse_number, parse_share
from advisor.errors import InputError


def comps(result):
    return list(result.product.variants[0].components)


@pytest.mark.parametrize("text, decimal, expected", [
    ("1.250,5", ",", 1250.5), ("1,250.5", ".", 1250.5), ("0,8", ",", 0.8), ("0.8", ".", 0.8),
    ("1.250", ",", 1250.0), ("1,250", ",", 1.25), ("1.250", ".", 1.25), ("1,250", ".", 1250.0),
    ("0,245", ".", 0.245), ("1.250.000", ",", 1250000.0), ("1 250,5", ",", 1250.5),
    ("-3", ".", -3.0), ("\u22123", ".", -3.0), ("1e-3", ".", 0.001), (".5", ".", 0.5),
])
def test_numbers_dutch_and_english(text, decimal, expected):
    assert parse_number(text, decimal) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "12-3", "1,2,3,4", "--1", "e5"])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("cell, unit, kg", [
    ("120 g", "kg", 0.12), ("1.35 kg", "kg", 1.35), ("0,5 g", "kg", 0.0005), ("2 lb", "kg",
     0.90718474), ("3oz", "kg", 0.085048569375), ("0.002 t", "kg", 2.0), ("245", "g", 0.245),
    (1.5, "kg", 1.5), (250.0, "g", 0.25), ("500 mg", "kg", 0.0005), ("1,5 kg.", "g", 1.5),
])
def test_mass_units(cell, unit, kg):
    assert parse_mass(cell, "," if isinstance(cell, str) and "," in cell else ".", unit) == (
        pytest.approx(kg))


def test_shares_percent_or_fraction():
    assert parse_share("30%") == pytest.approx(0.3)
    assert parse_share("30", percent=True) == pytest.approx(0.3)
    assert parse_share("0,3", ",") == pytest.approx(0.3)
    assert parse_share("") is None


def test_decimal_detection_votes():
    assert detect_decimal(["245,0", "62,5", "0,8"]) == ","
    assert detect_decimal(["1.35", "0.62"]) == "."
    assert detect_decimal(["1.250"], default=",") == ","


def test_headers_nl_en_with_units_and_punctuation():
    headers = ["Pos.", "Omschrijving", "MATERIAAL", "Gewicht [kg]", "Stuks", "Bevestiging",
               "Coating/lak", "Recyclaat (%)", "Hergebruikt", "Opmerkingen", "Ouder"]
    assert detect_columns(headers) == {
        "id": 0, "parent": 10, "name": 1, "material": 2, "mass": 3, "quantity": 4,
        "joint": 5, "finish": 6, "recycled_content": 7, "reused_content": 8, "notes": 9}


def test_part_number_is_an_id_and_total_mass_is_not_a_mass():
    found = detect_columns(["Part No", "Part", "Total mass (kg)", "Mass per unit (kg)", "Qty"])
    assert found == {"id": 0, "name": 1, "mass": 3, "quantity": 4}


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings(tmp_path, encoding):
    path = write(tmp_path, "bom.csv", "Naam;Materiaal;Massa (g)\r\nKogellager;RVS;12,5\r\n"
                 "Veer;staal \u00e9\u00e9n;3\r\n", encoding)
    result = read_bom(path)
    assert [c.name for c in comps(result)] == ["Kogellager", "Veer"]
    assert comps(result)[1].material_input == "staal \u00e9\u00e9n"
    assert comps(result)[0].mass_kg == pytest.approx(0.0125)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path, delimiter):
    rows = [["name", "material", "mass (kg)", "qty"], ["frame", "steel", "1.5", "2"],
            ["seat", "PP", "0.75", "1"]]
    text = "\n".join(delimiter.join(r) for r in rows)
    result = read_bom(write(tmp_path, "bom.txt", text))
    assert result.delimiter == delimiter
    assert [c.mass_kg for c in comps(result)] == [1.5, 0.75]


def test_excel_sep_line_and_title_block(tmp_path):
    text = ("sep=;\nStuklijst Waterkoker;;\nVersie 3;;\n\nNaam;Materiaal;Massa\n"
            "kan;PP;0,25\n")
    result = read_bom(write(tmp_path, "bom.csv", text))
    [c] = comps(result)
    assert (c.name, c.mass_kg, c.row) == ("kan", 0.25, 5)


def test_unit_column_and_count_units(tmp_path):
    text = ("name,mass,unit,qty\nframe,1.5,kg,2 pcs\nscrew,4,g,8x\nlabel,0.1,oz,1\n"
            "tube,1,pcs,1\n")
    result = read_bom(write(tmp_path, "bom.csv", text))
    assert [c.mass_kg for c in comps(result)] == pytest.approx([1.5, 0.004, 0.0028349523125,
                                                                1.0])
    assert [c.quantity for c in comps(result)] == [2, 8, 1, 1]


def test_parent_column_in_any_order(tmp_path):
    text = "id,parent,name,mass\nB,A,child,0.2\nA,,top,\nC,A,other,0.3\n"
    result = read_bom(write(tmp_path, "bom.csv", text))
    assert result.product.name == "top"
    assert {c.id: c.parent_id for c in comps(result)} == {"B": "A", "A": None, "C": "A"}


def test_one_based_levels(tmp_path):
    text = "niveau;naam;massa\n1;fiets;\n2;frame;12\n2;wiel;\n3;band;0,5\n3;velg;0,8\n"
    result = read_bom(write(tmp_path, "fiets.csv", text))
    by_name = {c.name: c for c in comps(result)}
    assert by_name["fiets"].parent_id is None
    assert by_name["band"].parent_id == by_name["wiel"].id
    assert by_name["wiel"].parent_id == by_name["fiets"].id
    assert result.product.name == "fiets"


def test_flat_list_is_named_after_the_file_or_the_option(tmp_path):
    path = write(tmp_path, "lamp.csv", "part,mass\nshade,0.2\nbase,0.5\n")
    assert read_bom(path).product.name == "lamp"
    assert all(c.parent_id is None for c in comps(read_bom(path)))
    assert read_bom(path, product_name="Lamp X").product.name == "Lamp X"
    assert read_bom(path, variant_name="Herontwerp").product.variants[0].name == "Herontwerp"


def test_explicit_mapping_overrides_detection(tmp_path):
    path = write(tmp_path, "bom.csv", "Omschr;Wt;Gewicht\nkap;0.2;999\n")
    with pytest.raises(InputError):
        read_bom(path, mapping={"mass": "Missing"})
    result = read_bom(path, mapping={"mass": "wt", "name": "Omschr"})
    assert comps(result)[0].mass_kg == 0.2 and comps(result)[0].name == "kap"
    assert result.columns["mass"] == "Wt"


def test_pasted_tsv_from_excel():
    text = "Onderdeel\tMateriaal\tMassa (g)\tAantal\r\nKap\tPP\t1.250,5\t2\r\n"
    result = read_bom_text(text)
    [c] = comps(result)
    assert (c.mass_kg, c.quantity, result.delimiter) == (pytest.approx(1.2505), 2, "\t")
    assert result.product.name == "Kap"


def test_formula_quote_from_our_export_is_undone():
    result = read_bom_text("name,mass\n'=cmd,1\n'-x,2\n")
    assert [c.name for c in comps(result)] == ["=cmd", "-x"]


def test_preview_rows_for_the_wizard(tmp_path):
    from tests.conftest import SAMPLES

    header, rows = preview_rows(SAMPLES / "office_chair_bom.xlsx", limit=3)
    assert header[:3] == ["Item No.", "Description", "Material"]
    assert rows[0][:2] == ["1", "Task chair, complete"] and len(rows) == 3
    header, rows = preview_rows(SAMPLES / "waterkoker_bom.csv")
    assert header[0] == "Nr" and len(rows) == 19


def test_xlsx_numbers_stay_numbers_and_chosen_sheet(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Notes"
    wb.active.append(["nothing here"])
    ws = wb.create_sheet("Stuklijst")
    ws.append([None])
    ws.append(["Nr", "Naam", "Massa (g)", "Aantal"])
    ws.append([1, "doos", None, 1])
    ws.append([1.1, "deksel", 1250.5, 2])
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "bom.xlsx"
    path.write_bytes(buf.getvalue())
    result = read_bom(path, sheet="stuklijst")
    lid = comps(result)[1]
    assert (lid.id, lid.parent_id, lid.mass_kg, lid.row) == ("1.1", "1", 1.2505, 4)
    with pytest.raises(InputError):
        read_bom(path)  # the first sheet holds no bill of materials
