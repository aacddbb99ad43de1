"""Edit the user's layer of the knowledge base: one row at a time, checked, atomic.

Each edit writes the whole layer anew through `advisor.kb.layer.replace_tables`: the
layer with the edit is checked against the shipped tables before it replaces the old.
"""

from __future__ import annotations

from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.kb.layer import current_tables, replace_tables, table_csv
from advisor.kb.loader import read_table_text, row_key
from advisor.kb.schema import SCHEMA


def _check(table: str, row: dict) -> dict:
    """Check one row as the loader would (a number needs its source)."""
    if table not in SCHEMA:
        raise InputError(Problem("kb_table", f"Unknown knowledge-base table {table!r}"))
    spec = SCHEMA[table]
    clean = {c: str(row.get(c, "") or "").strip() for c in spec.columns}
    if "deleted" in row:
        clean["deleted"] = str(row["deleted"])
    text = table_csv(table, [clean])
    return read_table_text(text, spec, f"{table} (user edit)")[0]


def save_user_row(table: str, row: dict, user_dir: Path) -> None:
    """Add or replace one row of the user layer (same key replaces)."""
    checked = _check(table, row)
    spec = SCHEMA[table]
    current = current_tables(user_dir).get(table, [])
    rows = [r for r in current if row_key(spec, r) != row_key(spec, checked)]
    rows.append(checked)
    replace_tables(user_dir, {table: rows})


def hide_shipped_row(table: str, key: dict, user_dir: Path) -> None:
    """Hide a shipped row: the user layer keeps a `deleted` marker for its key."""
    spec = SCHEMA[table]
    row = {c: key.get(c, "") for c in spec.columns} | {"deleted": "1"}
    missing = [k for k in spec.key if not row.get(k) and k in spec.required]
    if missing:
        raise InputError(Problem("kb_required", "Key values are missing",
                                 value=", ".join(missing)))
    current = current_tables(user_dir).get(table, [])
    rows = [r for r in current if row_key(spec, r) != row_key(spec, row)]
    rows.append(row)
    replace_tables(user_dir, {table: rows})


def remove_user_row(table: str, key: dict, user_dir: Path) -> bool:
    """Drop the user's row for a key (the shipped value shows again). True if removed."""
    spec = SCHEMA[table]
    current = current_tables(user_dir).get(table, [])
    rows = [r for r in current if row_key(spec, r) != row_key(spec, key)]
    if len(rows) == len(current):
        return False
    replace_tables(user_dir, {table: rows})
    return True
