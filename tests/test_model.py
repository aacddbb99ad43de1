"""Validation of component trees: every problem found, with its row and column."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from advisor.errors import InputError
from advisor.model import (
    Component,
    check_components,
    leaves,
    multipliers,
    rolled_up_mass,
    validate_components,
)


def c(id_, parent=None, mass=1.0, qty=1.0, row=None, **kw):
    return Component(id=id_, name=f"part {id_}", parent_id=parent, mass_kg=mass, quantity=qty,
                     row=row, **kw)


def codes(problems):
    return [p.code for p in problems]


def test_valid_tree_has_no_problems():
    comps = [c("1", mass=None, row=2), c("1.1", "1", row=3), c("1.2", "1", qty=2, row=4)]
    assert validate_components(comps) == []
    assert [x.id for x in leaves(comps)] == ["1.1", "1.2"]


@pytest.mark.parametrize("mass,code", [(-1.0, "mass_negative"), (math.nan, "mass_not_finite"),
                                       (math.inf, "mass_not_finite"), (1e9, "mass_absurd"),
                                       (None, "mass_missing")])
def test_bad_masses(mass, code):
    problems = validate_components([c("1", mass=mass, row=7)], "bom.csv")
    assert codes(problems) == [code]
    assert problems[0].row == 7 and problems[0].file == "bom.csv"
    assert problems[0].column == "mass"


def test_all_problems_are_collected():
    comps = [c("1", row=2, qty=0), c("1", row=3), c("2", "9", row=4), c("3", row=5, mass=-2)]
    found = codes(validate_components(comps))
    assert {"quantity_invalid", "id_duplicate", "parent_unknown", "mass_negative"} <= set(found)
    with pytest.raises(InputError) as err:
        check_components(comps, "x.csv")
    assert len(err.value.problems) >= 4


def test_cycle_is_found_with_its_row():
    comps = [c("a", "b", row=2), c("b", "a", row=3)]
    problems = validate_components(comps)
    assert "cycle" in codes(problems)
    assert next(p for p in problems if p.code == "cycle").row in (2, 3)


def test_self_parent_is_a_cycle():
    assert "cycle" in codes(validate_components([c("a", "a", row=2)]))


def test_assembly_mass_below_its_parts_is_a_warning():
    comps = [c("1", mass=0.4, row=2), c("1.1", "1", mass=0.5, row=3)]
    problems = check_components(comps)
    assert codes(problems) == ["assembly_mass_mismatch"]
    assert problems[0].severity == "warning"


def test_assembly_mass_above_its_parts_without_a_material_is_a_warning():
    comps = [c("1", mass=2.0, row=2), c("1.1", "1", mass=0.5, row=3)]
    [problem] = check_components(comps)
    assert (problem.code, problem.row, problem.column) == ("assembly_surplus_no_material", 2,
                                                           "mass")
    assert problem.params["surplus"] == pytest.approx(1.5) and problem.severity == "warning"


def test_assembly_with_a_material_and_a_surplus_is_a_body():
    comps = [replace(c("1", mass=2.0, row=2), material_input="PP"), c("1.1", "1", mass=0.5,
                                                                       row=3)]
    assert check_components(comps) == []


def test_assembly_naming_a_material_without_a_surplus_is_a_warning():
    for mass in (None, 0.5, 0.51):
        comps = [replace(c("1", mass=mass, row=2), material_input="PP"),
                 c("1.1", "1", mass=0.5, row=3)]
        [problem] = check_components(comps)
        assert (problem.code, problem.column) == ("assembly_material_no_body", "material")


def test_nested_bodies_count_in_the_parent_sum():
    """A sub-assembly's own body is part of its parent's parts: no false surplus."""
    comps = [replace(c("1", mass=1.5, row=2), material_input="steel"),
             replace(c("1.1", "1", mass=0.5, row=3), material_input="PP"),
             c("1.1.1", "1.1", mass=0.2, row=4), c("1.2", "1", mass=0.7, row=5)]
    assert check_components(comps) == []


def test_quantities_multiply_down_the_tree():
    comps = [c("1", mass=None), c("1.1", "1", mass=None, qty=2), c("1.1.1", "1.1", mass=0.1,
                                                                     qty=3)]
    assert multipliers(comps)["1.1.1"] == 6
    assert rolled_up_mass(comps)["1"] == pytest.approx(0.6)
