"""Mass columns and units that disagree: two mass columns, a unit column against the header.

A file may give a mass twice ("Massa (g)" and "Massa (kg)") or state a unit in the header
and another in the unit column or the cell. Nothing of that is used silently: the first
mass column is read, the second fills its gaps and is compared on every row, and every
conflict is a warning naming the row and the column.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.bom_io import numbers
from advisor.bom_io.headers import SYNONYMS, normalise
from advisor.errors import WARNING, Problem

# Two masses of one row agree when they differ by less than this share (rounding).
AGREE_SHARE = 0.01


@dataclass(frozen=True)
class SecondMass:
    """A second mass column: where it is, what it is called and its unit."""

    index: int
    header: str
    unit: str


def second_mass_column(header: list[str], columns: dict[str, int]) -> SecondMass | None:
    """Another column whose header means a mass per unit, besides the one read."""
    first = columns.get("mass")
    if first is None:
        return None
    taken = set(columns.values())
    for i, text in enumerate(header):
        key, unit = normalise(text or "")
        if i != first and i not in taken and key in SYNONYMS["mass"]:
            return SecondMass(i, text, unit or "kg")
    return None


def note_second_column(fname: str, header_row: int, first: str,
                       second: SecondMass) -> Problem:
    return Problem("mass_second_column", "Two mass columns", file=fname, row=header_row,
                   column=second.header, severity=WARNING,
                   params={"first": first, "second": second.header})


def compare(row: int, kg: float | None, cell: object, second: SecondMass, decimal: str,
            fname: str, first: str) -> tuple[float | None, list[Problem]]:
    """The row's mass with the second column filling a gap, and any disagreement."""
    try:
        other = numbers.parse_mass(cell, decimal, second.unit) if cell not in ("", None) else None
    except (ValueError, OverflowError):
        return kg, []  # the first column decides; the second is only a check
    if other is None:
        return kg, []
    if kg is None:
        return other, []
    if abs(other - kg) <= AGREE_SHARE * max(abs(kg), abs(other)):
        return kg, []
    return kg, [Problem("mass_columns_disagree", "Two mass columns disagree", file=fname,
                        row=row, column=second.header, value=str(cell), severity=WARNING,
                        params={"first": first, "second": second.header, "first_kg": kg,
                                "second_kg": other})]


def cell_unit(value: object) -> str | None:
    """The mass unit written in a cell ("120 g"), if any."""
    if not isinstance(value, str) or not any(ch.isalpha() for ch in value):
        return None
    try:
        _, unit = numbers.split_unit(value)
    except ValueError:
        return None
    return unit if numbers.unit_factor(unit) is not None else None


def unit_conflict(row: int, column: str, header: str, stated: str, written: str,
                  fname: str, value: str) -> Problem | None:
    """A unit column or cell that says another unit than the header (the row's is used)."""
    if numbers.unit_factor(written) == numbers.unit_factor(stated):
        return None
    return Problem("unit_conflict", "The unit differs from the header's", file=fname,
                   row=row, column=column, value=value, severity=WARNING,
                   params={"header": header, "header_unit": stated, "row_unit": written})
