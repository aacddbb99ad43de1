"""The knowledge base as the editor shows it: rows with their layer, shipped value and sources.

Pure functions over `KnowledgeBase.rows()` and the shipped CSV tables; the desktop
editor turns them into Qt models and writes changes through `advisor.kb.userlayer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from advisor.kb.loader import read_dir, row_key
from advisor.kb.schema import SCHEMA
from advisor.paths import data_dir

# The tables the editor offers, in menu order.
EDITABLE = ("materials", "compositions", "joints", "material_routes", "compatibility", "crm",
            "crm_content", "priority_streams", "priority_stream_feeds")


@dataclass(frozen=True)
class Entry:
    """One merged row: its key, layer, and the shipped row it overrides (if any)."""

    table: str
    key: tuple
    row: dict
    layer: str  # "shipped" or "user"
    shipped: dict | None

    @property
    def overridden(self) -> bool:
        return self.layer == "user" and self.shipped is not None

    def shipped_value(self, column: str) -> str | None:
        """The shipped value where the user's differs, else None."""
        if not self.overridden or self.shipped is None:
            return None
        old = self.shipped.get(column, "")
        return old if old != self.row.get(column, "") else None


def source_column(table: str, column: str) -> str | None:
    """The column that holds the source of this column's value."""
    spec = SCHEMA[table]
    if column in spec.numbers:
        return spec.numbers[column]
    return "source" if "source" in spec.columns else None


def source_of(table: str, row: dict, column: str) -> str:
    """The source of one value: its own source column, else the row's source."""
    col = source_column(table, column)
    own = row.get(col, "") if col else ""
    return own or row.get("source", "")


def display_columns(table: str) -> tuple[str, ...]:
    """The table's columns without the per-number source columns (shown as tooltips)."""
    spec = SCHEMA[table]
    hidden = {c for c in spec.numbers.values() if c != "source"}
    return tuple(c for c in spec.columns if c not in hidden)


@lru_cache(maxsize=4)
def _shipped(folder: str) -> dict[str, list[dict]]:
    return read_dir(Path(folder))


def shipped_tables(folder: Path | None = None) -> dict[str, list[dict]]:
    """The shipped tables (read once per folder)."""
    return _shipped(str(folder or data_dir()))


def entries(table: str, merged_rows: list[dict], shipped_rows: list[dict]) -> list[Entry]:
    """The merged rows of a table with their shipped counterparts."""
    spec = SCHEMA[table]
    shipped = {row_key(spec, r): r for r in shipped_rows}
    out = []
    for r in merged_rows:
        key = row_key(spec, r)
        out.append(Entry(table, key, r, r.get("_layer", "shipped"), shipped.get(key)))
    return out


def edited_row(table: str, row: dict, column: str, value: str, source: str) -> dict:
    """The row after setting one value, with the source recorded where the value's goes."""
    spec = SCHEMA[table]
    new = {c: row.get(c, "") for c in spec.columns}
    new[column] = value
    col = source_column(table, column)
    if col and source:
        new[col] = source
    if source and "source" in spec.columns and col != "source":
        new["source"] = new.get("source") or source
    return new


def key_of(table: str, row: dict) -> dict:
    """The key columns of a row, for `userlayer.remove_user_row`."""
    return {k: row.get(k, "") for k in SCHEMA[table].key}


def matches(row: dict, text: str) -> bool:
    """Whether any value of the row contains the text (case-insensitive)."""
    needle = text.strip().lower()
    return not needle or any(needle in str(v).lower() for k, v in row.items()
                             if not k.startswith("_"))
