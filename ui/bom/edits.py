"""Turn edits in the BOM view into undoable document changes (no widgets here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from advisor import edit
from advisor.model import Component, Variant
from ui.base.catalog import Catalog
from ui.bom.cell_values import (
    UNREADABLE,
    CellError,
    Problems,
    cell_fields,
    fields_of,
    problem_map,
    vocabulary_marks,
)
from ui.bom.rows import COLUMNS, column_headers
from ui.project.document import Document


def _tr(text: str) -> str:
    return QCoreApplication.translate("BomEdits", text)


def column_label(column: int) -> str:
    """The column's header in the interface language, as undo texts name it."""
    return column_headers()[column][0].lower()


def _first_up(text: str) -> str:
    """An undo text starts with a capital, wherever the language puts the column."""
    return text[:1].upper() + text[1:]


class BomEditing(QObject):
    """Applies cell edits and row operations to the document's current variant."""

    rejected = Signal(str)  # a message for the status bar

    def __init__(self, document: Document, catalog: Catalog,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.catalog = catalog
        self.lang = "en"

    def problems(self, variant: Variant | None) -> Problems:
        if variant is None:
            return {}
        return vocabulary_marks(variant.components, self.catalog,
                                problem_map(variant.components, self.lang))

    def check(self, column: int, text: str) -> str:
        """Why a typed value cannot be stored ('' when it can); the editor stays open."""
        if COLUMNS[column] not in UNREADABLE:
            return ""
        try:
            cell_fields(COLUMNS[column], text, self.catalog, self.lang)
        except CellError as exc:
            return str(exc)
        return ""

    def set_cell(self, component_id: str, column: int, text: str) -> bool:
        """The model's edit handler: parse, then push one undo command."""
        return self.set_cells([component_id], column, text)

    def set_cells(self, component_ids: list[str], column: int, text: str) -> bool:
        """The same value in one or several rows: one undo step."""
        try:
            fields = cell_fields(COLUMNS[column], text, self.catalog, self.lang)
        except CellError as exc:
            self.rejected.emit(str(exc))
            return False

        def op(v: Variant) -> Variant:
            for cid in component_ids:
                v = edit.set_fields(v, cid, **fields)
            return v

        n = len(component_ids)
        label = (lambda: _first_up(_tr("Edit {column}").format(column=column_label(column)))) \
            if n == 1 else (lambda: _first_up(_tr("Edit {column} in {n} rows").format(
                column=column_label(column), n=n)))
        return self.doc.edit_variant(label, op, component_ids)

    def fill_down(self, component_ids: list[str], column: int) -> bool:
        """Copy a cell down: from the first chosen row into the others, or with one row
        chosen, from the row above it (as a spreadsheet's Ctrl+D)."""
        variant = self.doc.current_variant()
        if variant is None or not component_ids or COLUMNS[column] == "name":
            return False
        order = [c.id for c in variant.components]
        by_id = {c.id: c for c in variant.components}
        ids = sorted(component_ids, key=order.index)
        if len(ids) == 1:
            above = order.index(ids[0]) - 1
            if above < 0:
                return False
            ids = [order[above], ids[0]]
        fields = fields_of(by_id[ids[0]], COLUMNS[column])
        if not fields:
            return False

        def op(v: Variant) -> Variant:
            for cid in ids[1:]:
                v = edit.set_fields(v, cid, **fields)
            return v

        return self.doc.edit_variant(lambda: _first_up(_tr("Fill down {column}").format(
            column=column_label(column))), op, ids[1:])

    def add_row(self, after_id: str | None, as_child: bool) -> list[str]:
        """Insert an empty part after a row (or as its first child); returns the new id.

        The new part is joined as the row it comes from: a child as its parent, a row
        below another as that row (so a list of screwed parts needs the joint once)."""
        variant = self.doc.current_variant()
        if variant is None:
            return []
        parent_id, after = self._insert_point(variant, after_id, as_child)
        source = next((c for c in variant.components if c.id == after_id), None)
        new = Component(id="", name=_tr("New part"))
        if source is not None and (source.joint_input or source.joint_id):
            new = replace(new, **fields_of(source, "joint"))
        result: list[str] = []

        def op(v):
            out, ids = edit.insert_components(v, parent_id, after, [new])
            result.extend(ids)
            return out

        self.doc.edit_variant(lambda: _tr("Add row"), op)
        self.doc.select_requested.emit(result)
        return result

    @staticmethod
    def _insert_point(variant, after_id: str | None, as_child: bool):
        if after_id is None:
            last_top = [c.id for c in variant.components if c.parent_id is None]
            return None, (last_top[-1] if last_top else None)
        if as_child:
            return after_id, None
        me = next(c for c in variant.components if c.id == after_id)
        return me.parent_id, after_id

    def delete_rows(self, ids: list[str]) -> bool:
        n = len(ids)
        return self.doc.edit_variant(
            lambda: (_tr("Delete {n} row") if n == 1 else _tr("Delete {n} rows")).format(n=n),
            lambda v: edit.delete_components(v, ids))

    def tree_op(self, label: Callable[[], str], ids: list[str],
                fn: Callable[..., object], *args: object) -> bool:
        """Indent, outdent or move each chosen row, as one undo step."""
        ordered = ids if fn is not edit.move or args[0] < 0 else list(reversed(ids))

        def op(v):
            for cid in ordered:
                v = fn(v, cid, *args)
            return v

        return self.doc.edit_variant(label, op, ids)

    def paste(self, rows: list[Component], after_id: str | None) -> list[str]:
        variant = self.doc.current_variant()
        if variant is None or not rows:
            return []
        parent_id, after = self._insert_point(variant, after_id, False)
        result: list[str] = []

        def op(v):
            out, ids = edit.insert_components(v, parent_id, after, rows)
            result.extend(ids)
            return out

        n = len(rows)
        self.doc.edit_variant(
            lambda: (_tr("Paste {n} row") if n == 1 else _tr("Paste {n} rows")).format(n=n), op)
        self.doc.select_requested.emit(result)
        return result

    def resolve_rows(self, rows: list[Component]) -> list[Component]:
        """Fill the material and joint ids of pasted rows from their names."""
        out = []
        for c in rows:
            fields = {}
            if c.material_input and not c.material_id:
                fields.update(self.catalog.material_fields(c.material_input))
            if c.joint_input and not c.joint_id:
                fields.update(self.catalog.joint_fields(c.joint_input))
            out.append(replace(c, **fields) if fields else c)
        return out
