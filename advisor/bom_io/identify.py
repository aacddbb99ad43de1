"""Which column identifies the rows: the one whose values the parent references point to.

ERP exports name their identifier column anything ("Code", "Sachnummer", "Tekening-
nummer"); the parent column tells which one it is. When the parent references match the
values of exactly one column, that column is the identifier (and the import says so).
When they match nothing, the parent errors name the column they do match, or say that
none does, with the `--map` that fixes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.bom_io.build import cell_text
from advisor.bom_io.reader import Table
from advisor.errors import WARNING, Problem

# Only this many rows are read to compare columns: enough for any real hierarchy, and
# quick on a million rows.
SAMPLE_ROWS = 50_000


@dataclass(frozen=True)
class Coverage:
    """How the parent references relate to the columns of a table."""

    references: frozenset[str]
    full: tuple[int, ...]  # columns holding every reference, left to right
    best: int | None  # the column holding the most references (None: none holds any)


def _values(table: Table, index: int) -> set[str]:
    return {text for _, cells in table.rows[:SAMPLE_ROWS] if index < len(cells)
            and (text := cell_text(cells[index]))}


def coverage(table: Table, columns: dict[str, int]) -> Coverage | None:
    """Which columns the parent references point to; None without parent references."""
    parent = columns.get("parent")
    if parent is None:
        return None
    refs = frozenset(_values(table, parent))
    if not refs:
        return None
    found = {i: len(refs & _values(table, i)) for i in range(len(table.header)) if i != parent}
    full = tuple(i for i, n in found.items() if n == len(refs))
    best = max(found, key=lambda i: (found[i], -i)) if any(found.values()) else None
    return Coverage(refs, full, best)


def _unique(table: Table, index: int) -> bool:
    values = [cell_text(cells[index]) for _, cells in table.rows[:SAMPLE_ROWS]
              if index < len(cells)]
    present = [v for v in values if v]
    return len(present) == len(set(present))


def choose_identifier(table: Table, columns: dict[str, int], fname: str,
                      mapped: set[str]) -> tuple[dict[str, int], list[Problem]]:
    """The columns with the identifier the parent references point to, and a note."""
    cover = coverage(table, columns)
    if cover is None or "id" in mapped:
        return columns, []
    current = columns.get("id")
    if current in cover.full:
        return columns, []
    choices = [i for i in cover.full if _unique(table, i)]
    if not choices:
        return columns, []
    index = choices[0]
    parent = table.header[columns["parent"]]
    note = Problem("id_column_found", "Row identifiers read from another column",
                   file=fname, row=table.header_row, column=table.header[index],
                   severity=WARNING,
                   params={"column": table.header[index], "parent": parent,
                           "instead": table.header[current] if current is not None else ""})
    return {**columns, "id": index}, [note]


def explain_parents(problems: list[Problem], table: Table, columns: dict[str, int],
                    fname: str) -> list[Problem]:
    """One error that says why parent references match nothing, before the per-row ones:
    the column they do match (with the `--map` that fixes it), or that none does. A few
    stray references among good ones are typos and keep only their row errors."""
    unknown = [p for p in problems if p.code == "parent_unknown"]
    cover = coverage(table, columns)
    if not unknown or cover is None or "id" not in columns:
        return problems
    ids = _values(table, columns["id"])
    stray = cover.references - ids
    other = cover.best if cover.best is not None and cover.best != columns["id"] else None
    matches_other = other is not None and len(cover.references & _values(table, other)) > len(
        cover.references & ids)
    if not matches_other and stray != cover.references:
        return problems
    parent, id_header = table.header[columns["parent"]], table.header[columns["id"]]
    params = {"parent": parent, "id_column": id_header, "count": len(stray),
              "match": table.header[other] if matches_other else "",
              "map": f'--map id="{table.header[other]}"' if matches_other else ""}
    code = "parent_references_other_column" if matches_other else "parent_references_unmatched"
    summary = Problem(code, "Parent references do not match the identifier column",
                      file=fname, row=table.header_row, column=parent, params=params)
    return [summary, *problems]
