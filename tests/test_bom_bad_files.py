"""A table of bad files: each gets an `InputError` naming code, row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.bom_io import read_bom, read_bom_text
from advisor.errors import InputError
from advisor.messages import problem_text

BAD = Path(__file__).parent / "data" / "bom"


@pytest.mark.parametrize("name, code, row, column", [
    ("empty.csv", "bom_empty", 1, None),
    ("header_only.csv", "bom_no_rows", 2, None),
    ("binary.csv", "bom_binary", 1, None),
    ("old_excel.xls", "xls_unsupported", 1, None),
    ("text_in_mass.csv", "mass_not_a_number", 3, "Massa (g)"),
    ("negative_mass.csv", "mass_negative", 3, "mass_kg"),
    ("infinite_mass.csv", "mass_not_finite", 3, "mass"),
    ("nan_mass.csv", "mass_not_finite", 2, "mass"),
    ("cycle.csv", "cycle", 2, "parent"),
    ("dangling_parent.csv", "parent_unknown", 4, "parent"),
    ("duplicate_id.csv", "id_duplicate", 4, "Nr"),
    ("no_mass_column.csv", "mass_column_missing", 1, None),
    ("quantity_zero.csv", "quantity_invalid", 2, "qty"),
    ("level_jump.csv", "level_jump", 3, "level"),
    ("unknown_unit.csv", "unit_unknown", 2, "unit"),
    ("leaf_without_mass.csv", "mass_missing", 3, "Massa (g)"),
    ("truncated.xlsx", "xlsx_unreadable", 1, None),
    ("zip_not_workbook.xlsx", "xlsx_unreadable", 1, None),
    ("missing-file.csv", "bom_missing", None, None),
])
def test_bad_file(name, code, row, column):
    with pytest.raises(InputError) as info:
        read_bom(BAD / name)
    errors = [p for p in info.value.problems if p.is_error]
    assert (errors[0].code, errors[0].row, errors[0].column) == (code, row, column)
    assert len(errors) == 1, [p.code for p in errors]
    for lang in ("nl", "en"):
        line = problem_text(errors[0], lang)
        assert str(BAD / name) in line and "{" not in line


@pytest.mark.parametrize("name, kind", [("csv_named.xlsx", "text"),
                                        ("xlsx_named.csv", "Excel")])
def test_content_wins_over_extension_with_a_warning(name, kind):
    result = read_bom(BAD / name)
    [warning] = [p for p in result.problems if p.code == "extension_mismatch"]
    assert warning.params["kind"] == kind and warning.severity == "warning"
    assert result.product.variants[0].components


def test_all_problems_are_collected_not_only_the_first():
    text = ("Naam;Massa (g);Aantal\n"
            "a;zwaar;1\n"
            "b;-5;1\n"
            "c;5;nul\n"
            "d;5;-1\n")
    with pytest.raises(InputError) as info:
        read_bom_text(text, "plak.csv")
    found = [(p.code, p.row, p.column) for p in info.value.problems]
    assert found == [("mass_not_a_number", 2, "Massa (g)"), ("mass_negative", 3, "Massa (g)"),
                     ("quantity_not_a_number", 4, "Aantal"),
                     ("quantity_invalid", 5, "Aantal")]
    assert info.value.problems[0].value == "zwaar"
    assert info.value.problems[0].file == "plak.csv"


def test_dotted_parent_missing_names_the_id_column():
    with pytest.raises(InputError) as info:
        read_bom_text("Nr;Naam;Massa\n1;product;\n2.1;wees;1\n", "x.csv")
    [p] = [p for p in info.value.problems if p.code == "parent_unknown"]
    assert (p.row, p.column, p.value) == (3, "Nr", "2")


def test_oversized_text_is_truncated_with_a_warning():
    name = "x" * 100_000
    result = read_bom_text(f"name,mass\n{name},1\n")
    comp = result.product.variants[0].components[0]
    assert len(comp.name) == 500
    [warning] = result.problems
    assert (warning.code, warning.row, warning.column) == ("field_truncated", 2, "name")


def test_a_field_beyond_the_csv_limit_is_an_input_error():
    with pytest.raises(InputError) as info:
        read_bom_text('name,mass\n"' + "x" * 1_100_000 + '",1\n')
    assert info.value.problems[0].code == "bom_unreadable"


def test_unknown_sheet_lists_the_sheets():
    from tests.conftest import SAMPLES

    with pytest.raises(InputError) as info:
        read_bom(SAMPLES / "office_chair_bom.xlsx", sheet="Blad2")
    p = info.value.problems[0]
    assert p.code == "sheet_unknown" and "BOM" in problem_text(p, "en")


def test_zip_bomb_is_refused(tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * (20 * 1024 * 1024))  # packs ~1000:1
    with pytest.raises(InputError) as info:
        read_bom(bomb)
    assert info.value.problems[0].code == "xlsx_too_large"


def test_messages_quote_the_cell_as_written_not_the_converted_value():
    text = ("Nr;Onderdeel;Materiaal;Massa (g);Aantal\n1;Kan;;;1\n1.1;Bodem;RVS;-5;0\n"
            "1.2;Greep;PP;1e999;1\n")
    with pytest.raises(InputError) as info:
        read_bom_text(text, "bad.csv")
    found = {(p.row, p.column, p.value) for p in info.value.problems}
    assert (3, "Massa (g)", "-5") in found
    assert (3, "Aantal", "0") in found
    assert (4, "Massa (g)", "1e999") in found
