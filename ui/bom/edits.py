"""Turn edits in the BOM view into undoable document changes (no widgets here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from advisor import edit
from advisor.errors import ERROR
from advisor.messages import text as message_text
from advisor.model import Component, validate_components
from ui.base.catalog import Catalog
from ui.bom.rows import COL, COLUMNS, PROBLEM_COLUMNS
from ui.project.document import Document


def _tr(text: str) -> str:
    return QCoreApplication.translate("BomEdits", text)


def cell_fields(column: str, text: str, catalog: Catalog) -> dict:
    """The component fields an edited cell stands for; ValueError if unreadable."""
    if column == "name":
        return {"name": text.strip()}
    if column == "material":
        return catalog.material_fields(text)
    if column == "mass":
        return {"mass_kg": edit.parse_mass(text)}
    if column == "quantity":
        return {"quantity": edit.parse_quantity(text)}
    if column == "joint":
        return catalog.joint_fields(text)
    if column == "finish":
        return {"finish": text.strip()}
    if column == "recycled":
        return {"recycled_content": edit.parse_share(text)}
    raise ValueError(f"column {column} is not editable")


def problem_map(components: tuple[Component, ...], lang: str) -> dict[tuple[str, int], str]:
    """(component id, column) -> reason, for every validation problem of a tree."""
    out: dict[tuple[str, int], str] = {}
    for p in validate_components(components):
        cid = p.params.get("id")
        column = PROBLEM_COLUMNS.get(p.column or "", "name")
        if not cid:
            continue
        sentence = message_text(p.code, lang, default=p.message, **p.params)
        hint = message_text(p.code + "_hint", lang, default=p.hint or "", **p.params)
        prefix = "" if p.severity == ERROR else _tr("Warning: ")
        key = (cid, COL[column])
        line = prefix + sentence + (f". {hint}" if hint else "")
        out[key] = f"{out[key]}\n{line}" if key in out else line
    return out


class BomEditing(QObject):
    """Applies cell edits and row operations to the document's current variant."""

    rejected = Signal(str)  # a message for the status bar

    def __init__(self, document: Document, catalog: Catalog,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.catalog = catalog
        self.lang = "en"

    def problems(self, variant) -> dict[tuple[str, int], str]:
        return problem_map(variant.components, self.lang) if variant else {}

    def set_cell(self, component_id: str, column: int, text: str) -> bool:
        """The model's edit handler: parse, then push one undo command."""
        name = COLUMNS[column]
        try:
            fields = cell_fields(name, text, self.catalog)
        except ValueError as exc:
            self.rejected.emit(_tr("Cannot read “{text}”: {error}").format(text=text,
                                                                            error=exc))
            return False
        label = _tr("Edit {column}").format(column=name)
        return self.doc.edit_variant(
            label, lambda v: edit.set_fields(v, component_id, **fields), [component_id])

    def set_cells(self, component_ids: list[str], column: int, text: str) -> bool:
        """The same value in several rows: one macro, one undo step."""
        stack = self.doc.undo_stack
        stack.beginMacro(_tr("Edit {n} rows").format(n=len(component_ids)))
        try:
            changed = [self.set_cell(cid, column, text) for cid in component_ids]
        finally:
            stack.endMacro()
        return any(changed)

    def add_row(self, after_id: str | None, as_child: bool) -> list[str]:
        """Insert an empty part after a row (or as its first child); returns the new id."""
        variant = self.doc.current_variant()
        if variant is None:
            return []
        new = Component(id="", name=_tr("New part"))
        parent_id, after = self._insert_point(variant, after_id, as_child)
        result: list[str] = []

        def op(v):
            out, ids = edit.insert_components(v, parent_id, after, [new])
            result.extend(ids)
            return out

        self.doc.edit_variant(_tr("Add row"), op)
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
        return self.doc.edit_variant(_tr("Delete {n} rows").format(n=len(ids)),
                                     lambda v: edit.delete_components(v, ids))

    def tree_op(self, label: str, ids: list[str],
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

        self.doc.edit_variant(_tr("Paste {n} rows").format(n=len(rows)), op)
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
            out.append(_replace(c, fields))
        return out


def _replace(c: Component, fields: dict) -> Component:
    from dataclasses import replace

    return replace(c, **fields) if fields else c
