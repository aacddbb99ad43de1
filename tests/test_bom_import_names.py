"""Bills of materials as people have them (issue 14): identifier columns, assembly bodies,
the attached-to column, odd but valid files, warnings that name row and column."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from advisor.bom_io import (
    FIELDS,
    ImportCancelled,
    export_assessment,
    read_bom,
    read_bom_text,
    reader,
    resolving,
)
from advisor.cli import run_cli
from advisor.errors import InputError
from advisor.kb import load_kb
from advisor.messages import problem_text
from advisor.resolve import LOW_CONFIDENCE, Resolver

ODD = Path(__file__).parent / "data" / "bom" / "odd"


@pytest.fixture(scope="module")
def resolver():
    return Resolver(load_kb(use_user_layer=False))


def comps_of(result):
    return {c.id: c for c in result.product.variants[0].components}


def codes(problems):
    return [(p.code, p.row, p.column) for p in problems]


def test_a_dutch_export_with_code_and_bovenliggend():
    result = read_bom(ODD / "code_bovenliggend.csv")
    comps = comps_of(result)
    assert comps["K1-02"].parent_id == "K1" and result.columns["id"] == "Code"
    assert not [p for p in result.problems if p.is_error]


def test_the_identifier_is_the_column_the_parents_point_to():
    result = read_bom(ODD / "parent_refers_to_article.csv")
    comps = comps_of(result)
    assert set(comps) == {"A100", "B200", "C300"} and comps["B200"].parent_id == "A100"
    [note] = [p for p in result.problems if p.code == "id_column_found"]
    assert (note.row, note.column, note.severity) == (1, "Artikelnummer", "warning")
    assert "Artikelnummer" in problem_text(note, "en") and "Bovenliggend" in problem_text(note)


def test_parents_matching_another_column_name_it_and_the_map():
    with pytest.raises(InputError) as info:
        read_bom(ODD / "parent_refers_to_article.csv", mapping={"id": "Pos"})
    first = info.value.problems[0]
    assert (first.code, first.row, first.column) == ("parent_references_other_column", 1,
                                                     "Bovenliggend")
    sentence = problem_text(first, "en")
    assert '--map id="Artikelnummer"' in sentence and '"Pos"' in sentence
    assert [p.row for p in info.value.problems if p.code == "parent_unknown"] == [3, 4]


def test_parents_matching_nothing_say_so():
    with pytest.raises(InputError) as info:
        read_bom(ODD / "parent_matches_nothing.csv")
    first = info.value.problems[0]
    assert first.code == "parent_references_unmatched" and first.column == "Bovenliggend"
    assert "--map id=" in problem_text(first, "en") and "--map id=" in problem_text(first, "nl")


def test_a_few_stray_parents_are_typos_with_their_rows_only():
    text = "id,parent,name,mass\nA,,top,\nB,A,child,1\nC,Z,orphan,1\n"
    with pytest.raises(InputError) as info:
        read_bom_text(text, "x.csv")
    assert [p.code for p in info.value.problems if p.is_error] == ["parent_unknown"]


def test_attached_to_column():
    assert "attached_to" in FIELDS  # the import wizard offers the field
    with pytest.raises(InputError) as info:
        read_bom(ODD / "attached_to.csv")
    [problem] = [p for p in info.value.problems if p.is_error]
    assert codes([problem]) == [("attached_unknown", 6, "Bevestigd aan")]
    text = (ODD / "attached_to.csv").read_text(encoding="utf-8").replace(";9.9;", ";;")
    comps = comps_of(read_bom_text(text, "fixed.csv"))
    assert comps["1.3"].attached_to == "1.2" and comps["1.3"].parent_id == "1"
    assert comps["1.2"].attached_to is None


def test_attached_to_is_exported_and_reimported(tmp_path):
    text = (ODD / "attached_to.csv").read_text(encoding="utf-8").replace(";9.9;", ";;")
    variant = read_bom_text(text, "fixed.csv").product.variants[0]
    target = export_assessment(tmp_path / "out.csv", variant, None, lang="nl")
    again = comps_of(read_bom(target))
    assert again["1.3"].attached_to == "1.2"


def test_assembly_rows_with_their_own_material():
    result = read_bom(ODD / "assembly_bodies.csv")
    comps = comps_of(result)
    assert (comps["1.1"].material_input, comps["1.1"].mass_kg) == ("PP", 0.32)
    assert codes(result.problems) == [
        ("assembly_material_no_body", 5, "Materiaal"),  # steel seat with no mass of its own
        ("assembly_surplus_no_material", 7, "Massa (kg)")]  # 0.5 kg that no material names
    for p in result.problems:
        assert p.severity == "warning" and problem_text(p, "nl") and problem_text(p, "en")


@pytest.mark.parametrize("name, ending", [("cr_only.csv", b"\r"),
                                          ("mixed_line_endings.csv", b"\r\n"),
                                          ("excel_sep_line.csv", b"\r\n")])
def test_line_endings_and_the_excel_sep_line(name, ending):
    data = (ODD / name).read_bytes()
    assert ending in data  # the fixture kept its line endings
    result = read_bom(ODD / name)
    comps = result.product.variants[0].components
    assert [c.name for c in comps][:2] == ["kap", "voet"] and comps[0].row == 2
    assert comps[0].mass_kg == 0.2 and not result.problems


def test_two_mass_columns_are_compared_per_row():
    result = read_bom(ODD / "two_mass_columns.csv")
    comps = result.product.variants[0].components
    assert [c.mass_kg for c in comps] == [0.2, 0.1, 0.01]  # the gap filled from "Massa (kg)"
    assert codes(result.problems) == [("mass_second_column", 1, "Massa (kg)"),
                                      ("mass_columns_disagree", 3, "Massa (kg)")]


def test_a_unit_column_against_the_header_unit():
    result = read_bom(ODD / "unit_column_conflict.csv")
    comps = result.product.variants[0].components
    assert [c.mass_kg for c in comps] == [0.2, 0.1, 0.01]
    assert codes(result.problems) == [("unit_conflict", 3, "Eenheid")]
    assert "row 3" in problem_text(result.problems[0], "en")


def test_a_cell_unit_against_the_header_unit():
    result = read_bom_text("Naam;Materiaal;Massa (g)\nkap;PP;200\nvoet;ABS;0,1 kg\n", "x.csv")
    assert [c.mass_kg for c in result.product.variants[0].components] == [0.2, 0.1]
    assert codes(result.problems) == [("unit_conflict", 3, "Massa (g)")]


def test_german_headers(resolver):
    result = read_bom(ODD / "german_headers.csv", resolver=resolver)
    comps = comps_of(result)
    assert comps["110"].parent_id == "100" and comps["110"].mass_kg == 1.35
    assert comps["130"].material_id == "cardboard" and comps["120"].material_id == (
        "pur-flexible-foam")


def test_low_confidence_is_a_question_with_row_column_and_alternatives(resolver):
    text = "Naam;Materiaal;Massa\nkap;polykarbonat zwart glansend;0,2\nvoet;xyzzy;0,1\n"
    result = read_bom_text(text, "x.csv", resolver=resolver)
    for p in result.problems:
        assert p.row in (2, 3) and p.column == "Materiaal"
    unresolved = [p for p in result.problems if p.code.startswith("material_unresolved")]
    asked = [p for p in result.problems if p.code == "material_low_confidence"]
    for p in asked + unresolved:
        if p.params["alternatives"]:
            assert "?" in problem_text(p, "en") and "?" in problem_text(p, "nl")
    comps = result.product.variants[0].components
    silent = [c for c in comps if 0 < c.match_confidence < LOW_CONFIDENCE and not any(
        p.row == c.row for p in result.problems)]
    assert not silent  # never a guess without a word


def test_generic_and_estimated_materials_are_flagged(resolver):
    text = "Naam;Materiaal;Massa\nbeslag;metaal;0,2\nplug;ABS met messing insert;0,1\n"
    result = read_bom_text(text, "x.csv", resolver=resolver)
    assert codes(result.problems) == [("material_generic", 2, "Materiaal"),
                                      ("material_split_estimated", 3, "Materiaal")]
    generic = result.problems[0]
    assert "steel" in [a for a, _ in generic.params["alternatives"]]
    assert "Metaal (onbepaald)" in problem_text(generic, "nl")
    assert "engineering estimate" in result.problems[1].params["note"]


def test_the_threshold_is_the_resolvers():
    assert resolving.LOW_CONFIDENCE == LOW_CONFIDENCE


def test_no_row_limit_below_a_million():
    assert reader.MAX_ROWS >= 1_000_000
    rows = "".join(f"{n};deel {n};PP;0,01\n" for n in range(25_000))
    result = read_bom_text("Nr;Naam;Materiaal;Massa\n" + rows, "big.csv")
    assert len(result.product.variants[0].components) == 25_000


def test_progress_and_cancellation():
    rows = "".join(f"{n};deel {n};PP;0,01\n" for n in range(5_000))
    text = "Nr;Naam;Materiaal;Massa\n" + rows
    seen: list[tuple[int, int]] = []
    read_bom_text(text, "x.csv", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 10_000) and seen[-1] == (10_000, 10_000)
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
    with pytest.raises(ImportCancelled):
        read_bom_text(text, "x.csv", cancelled=lambda: True)


def test_cli_prints_the_new_warnings_with_row_and_column(tmp_path, user_home):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["import", str(ODD / "assembly_bodies.csv"), "-o",
                    str(tmp_path / "p.cirkel"), "--lang", "en"], out, err)
    assert code == 0
    assert 'row 7, column "Massa (kg)"' in err.getvalue() and "0.5 kg" in err.getvalue()
    assert 'row 5, column "Materiaal"' in err.getvalue()


NEW_CODES = ("id_column_found", "parent_references_other_column", "parent_references_unmatched",
             "assembly_surplus_no_material", "assembly_material_no_body", "mass_second_column",
             "mass_columns_disagree", "unit_conflict", "material_generic",
             "material_split_estimated", "material_unresolved_suggest",
             "joint_unresolved_suggest", "finish_unresolved", "finish_unresolved_suggest",
             "finish_low_confidence", "material_low_confidence", "joint_low_confidence")


@pytest.mark.parametrize("code", NEW_CODES)
def test_every_new_warning_speaks_dutch_and_english_with_a_hint(code):
    from advisor.messages import catalog

    for key in (code, code + "_hint"):
        assert {"en", "nl"} <= set(catalog()[key]), key
