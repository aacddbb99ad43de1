"""Find the sound rows of a broken user layer: what `kb repair` keeps."""

from __future__ import annotations

from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.kb.checks import check_merged
from advisor.kb.loader import file_text, merge_layers, parse_table_text
from advisor.kb.schema import SCHEMA

MAX_ROUNDS = 10  # setting a row aside can orphan another (a route of a dropped material)


def _readable_rows(folder: Path) -> tuple[dict[str, list[dict]], list[Problem]]:
    """Per table, the rows that pass their own checks; the problems of the others."""
    kept: dict[str, list[dict]] = {}
    dropped: list[Problem] = []
    for name, spec in SCHEMA.items():
        path = folder / f"{name}.csv"
        if not path.exists() and not path.is_symlink():
            continue
        try:
            rows, problems = parse_table_text(file_text(path, str(path)), spec, str(path))
        except InputError as exc:  # the whole file is unusable
            dropped.extend(exc.problems)
            continue
        bad = {p.row for p in problems}
        kept[name] = [r for r in rows if r.get("_line") not in bad]
        dropped.extend(problems)
    return kept, dropped


def sound_rows(folder: Path, shipped: dict[str, list[dict]],
               ) -> tuple[dict[str, list[dict]], list[Problem]]:
    """The layer's rows that load over the shipped tables, and why the others do not."""
    kept, dropped = _readable_rows(folder)
    for _ in range(MAX_ROUNDS):
        problems = check_merged(merge_layers(shipped, kept), kept)
        if not problems:
            return kept, dropped
        dropped.extend(problems)
        bad = {(p.file, p.row) for p in problems}
        before = sum(len(r) for r in kept.values())
        kept = {name: [r for r in rows if (r.get("_file"), r.get("_line")) not in bad]
                for name, rows in kept.items()}
        if sum(len(r) for r in kept.values()) == before:
            break
    return {}, dropped  # nothing sound could be told apart: keep the backup only
