"""Pure edit operations on component trees and projects."""

from __future__ import annotations

import pytest

from advisor import edit
from advisor.model import Component, Product, Project, Variant, validate_components


def _variant() -> Variant:
    return Variant(id="v1", name="Baseline", components=(
        Component(id="a", name="A"),
        Component(id="a1", name="A1", parent_id="a", mass_kg=1.0),
        Component(id="a2", name="A2", parent_id="a", mass_kg=2.0),
        Component(id="b", name="B", mass_kg=3.0),
        Component(id="c", name="C", mass_kg=4.0),
    ))


def _names(v: Variant) -> list[str]:
    return [c.id for c in v.components]


def _parents(v: Variant) -> dict[str, str | None]:
    return {c.id: c.parent_id for c in v.components}


def test_parse_values():
    assert edit.parse_mass("120 g") == pytest.approx(0.12)
    assert edit.parse_mass("0,25") == pytest.approx(0.25)
    assert edit.parse_mass("1.234,5 g") == pytest.approx(1.2345)
    assert edit.parse_mass("") is None
    assert edit.parse_share("30%") == pytest.approx(0.3)
    assert edit.parse_share("0,3") == pytest.approx(0.3)
    assert edit.parse_share("45") == pytest.approx(0.45)
    with pytest.raises(ValueError):
        edit.parse_mass("heavy")
    with pytest.raises(ValueError):
        edit.parse_mass("3 parsecs")


def test_set_fields_is_pure():
    v = _variant()
    v2 = edit.set_fields(v, "b", mass_kg=5.0)
    assert v.components[3].mass_kg == 3.0
    assert v2.components[3].mass_kg == 5.0
    with pytest.raises(ValueError):
        edit.set_fields(v, "b", id="x")


def test_indent_and_outdent_round_trip():
    v = _variant()
    v2 = edit.indent(v, "b")
    assert _parents(v2)["b"] == "a"
    assert _names(v2) == _names(v)
    v3 = edit.outdent(v2, "b")
    assert _parents(v3)["b"] is None
    assert _names(v3) == _names(v)
    assert edit.indent(v, "a") == v  # nothing above it
    assert edit.outdent(v, "b") == v


def test_outdent_moves_subtree_after_parent():
    v = edit.outdent(_variant(), "a1")
    assert _names(v) == ["a", "a2", "a1", "b", "c"]
    assert _parents(v)["a1"] is None
    assert validate_components(v.components) == []


def test_move_swaps_blocks():
    v = edit.move(_variant(), "b", -1)
    assert _names(v) == ["b", "a", "a1", "a2", "c"]
    v = edit.move(v, "b", +1)
    assert _names(v) == ["a", "a1", "a2", "b", "c"]
    assert edit.move(v, "c", +1) == v


def test_delete_removes_descendants():
    v = edit.delete_components(_variant(), ["a"])
    assert _names(v) == ["b", "c"]


def test_copy_paste_gives_fresh_ids():
    v = _variant()
    copied = edit.copy_components(v, ["a"])
    v2, tops = edit.insert_components(v, None, "c", copied)
    assert len(v2.components) == 8
    assert len({c.id for c in v2.components}) == 8
    assert len(tops) == 1
    new_top = tops[0]
    assert [c.parent_id for c in v2.components[-2:]] == [new_top, new_top]
    assert validate_components(v2.components) == []


def test_insert_child_first():
    v, tops = edit.insert_components(_variant(), "a", None, [Component(id="", name="N")])
    assert _names(v)[1] == tops[0]
    assert _parents(v)[tops[0]] == "a"


def test_tsv_round_trip():
    v = _variant()
    text = edit.to_tsv(v.components)
    rows = edit.parse_tsv(text)
    assert [r.name for r in rows] == ["A", "A1", "A2", "B", "C"]
    assert rows[1].parent_id == rows[0].id
    assert rows[3].parent_id is None
    assert rows[2].mass_kg == pytest.approx(2.0)


def test_tsv_reports_line():
    with pytest.raises(ValueError, match="line 2"):
        edit.parse_tsv("A\tPP\t1 kg\nB\tPP\theavy\n")


def test_normalise_order():
    comps = (Component(id="x", name="x", parent_id="y"), Component(id="y", name="y"))
    assert [c.id for c in edit.normalise_order(comps)] == ["y", "x"]


def test_project_operations():
    project = Project(name="P", products=(Product(id="p1", name="Kettle",
                                                  variants=(_variant(),)),))
    project, vid = edit.duplicate_variant(project, "v1", "Redesign A")
    assert [v.name for v in project.products[0].variants] == ["Baseline", "Redesign A"]
    assert len(edit.find_variant(project, vid)[1].components) == 5
    project = edit.rename_variant(project, vid, "Redesign B")
    assert edit.find_variant(project, vid)[1].name == "Redesign B"
    project = edit.delete_variant(project, vid)
    assert len(project.products[0].variants) == 1
    project, vid2 = edit.add_product(project, "Toaster")
    assert project.products[1].variants[0].id == vid2
    project = edit.rename_product(project, project.products[1].id, "Broodrooster")
    assert project.products[1].name == "Broodrooster"
    project = edit.delete_product(project, project.products[1].id)
    assert len(project.products) == 1
