"""Work out each row's parent from a parent column, a level column or dotted numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor.errors import Problem

DOTTED = re.compile(r"^\d+(\.\d+)+$")
PARENT, LEVEL, DOTTED_IDS, FLAT = "parent", "level", "dotted", "flat"


@dataclass(frozen=True)
class RowLink:
    """What one row says about its place in the tree."""

    row: int
    id: str
    parent: str | None = None      # from a parent column
    level: int | None = None       # from a level column


def choose_method(has_parent: bool, has_level: bool, ids: list[str]) -> str:
    """Parent column beats level column beats dotted item numbers; else a flat list."""
    if has_parent:
        return PARENT
    if has_level:
        return LEVEL
    if any(DOTTED.match(i) for i in ids):
        return DOTTED_IDS
    return FLAT


def _dotted_parents(links: list[RowLink]) -> dict[int, str | None]:
    """'1.1.2' hangs from '1.1'; '1' is top level."""
    out: dict[int, str | None] = {}
    for link in links:
        head, dot, _ = link.id.rpartition(".")
        out[link.row] = head if dot and DOTTED.match(link.id) else None
    return out


def _level_parents(links: list[RowLink], level_column: str, fname: str,
                   ) -> tuple[dict[int, str | None], list[Problem]]:
    """Each row hangs from the nearest row above it one level up (0- or 1-based)."""
    levels = [link.level for link in links if link.level is not None]
    top = min(levels) if levels else 0
    top = top if top in (0, 1) else 0
    out: dict[int, str | None] = {}
    problems: list[Problem] = []
    stack: list[tuple[int, str]] = []  # (depth, id) of the open ancestors
    for link in links:
        if link.level is None:
            out[link.row] = None
            continue
        depth = link.level - top
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if depth > 0 and (not stack or stack[-1][0] != depth - 1):
            expected = (stack[-1][0] + 1 + top) if stack else top
            problems.append(Problem(
                "level_jump", "Level jumps by more than one", file=fname, row=link.row,
                column=level_column, value=str(link.level),
                params={"level": link.level, "expected": expected}))
        out[link.row] = stack[-1][1] if stack and depth > 0 else None
        stack.append((depth, link.id))
    return out, problems


def assign_parents(links: list[RowLink], method: str, fname: str, level_column: str = "",
                   ) -> tuple[dict[int, str | None], list[Problem]]:
    """Row number -> parent id for every row, with problems found on the way."""
    if method == PARENT:
        return {link.row: link.parent for link in links}, []
    if method == LEVEL:
        return _level_parents(links, level_column, fname)
    if method == DOTTED_IDS:
        return _dotted_parents(links), []
    return {link.row: None for link in links}, []
