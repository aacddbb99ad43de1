"""Row actions of the BOM editor: add, delete, indent, move, cut, copy and paste."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from advisor import edit
from advisor.model import Component
from ui.bom.edits import BomEditing
from ui.bom.view import BomEditor
from ui.project.document import Document

MIME = "application/x-cirkelwijzer-rows"


class RowOps(QObject):
    """Connects the row actions to `BomEditing`, using the editor's selection."""

    def __init__(self, window: QWidget, doc: Document, editing: BomEditing,
                 editor: BomEditor) -> None:
        super().__init__(window)
        self._w = window
        self.doc = doc
        self.editing = editing
        self.editor = editor
        self._copied: list[Component] = []
        self._copied_text = ""

    def connect_actions(self, a) -> None:
        a.connect({
            a.add_row: lambda: self.add(False), a.add_child: lambda: self.add(True),
            a.delete_rows: self.delete, a.indent: lambda: self._tree(edit.indent),
            a.outdent: lambda: self._tree(edit.outdent),
            a.move_up: lambda: self._tree(edit.move, -1),
            a.move_down: lambda: self._tree(edit.move, +1),
            a.copy: self.copy, a.cut: self.cut, a.paste: self.paste,
            a.fill_down: self.fill_down,
        })

    def add(self, as_child: bool) -> None:
        self.editor.finish_editing()
        ids = self.editing.add_row(self.editor.current_id(), as_child)
        if ids:
            self.editor.edit_cell(ids[0], "name")

    def fill_down(self) -> None:
        self.editor.finish_editing()
        self.editing.fill_down(self.editor.selected_ids(), self.editor.current_column())

    def delete(self) -> None:
        self.editor.finish_editing()
        ids = self.editor.selected_ids()
        if ids:
            self.editing.delete_rows(ids)

    def _tree(self, fn, *args) -> None:
        ids = self.editor.selected_ids()
        labels = {edit.indent: lambda: self.tr("Indent"),
                  edit.outdent: lambda: self.tr("Outdent"), edit.move: lambda: self.tr("Move")}
        if ids:
            self.editor.finish_editing()
            self.editing.tree_op(labels[fn], ids, fn, *args)
            self.editor.select_ids(ids)

    def copy(self) -> bool:
        variant = self.doc.current_variant()
        ids = self.editor.selected_ids()
        if variant is None or not ids:
            return False
        self._copied = edit.copy_components(variant, ids)
        self._copied_text = edit.to_tsv(self._copied)
        mime = QMimeData()
        mime.setText(self._copied_text)
        mime.setData(MIME, b"1")
        QApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        if self.copy():
            self.editing.delete_rows(self.editor.selected_ids())

    def paste(self) -> None:
        text = QApplication.clipboard().text()
        tools = getattr(self._w, "tools", None)
        if tools is not None and tools.paste_table(text):
            return  # a table pasted onto an empty project goes through the import wizard
        if self._copied and text == self._copied_text:
            rows = list(self._copied)
        else:
            try:
                rows = self.editing.resolve_rows(edit.parse_tsv(text))
            except ValueError as exc:
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot paste"), self.tr(
                    "The pasted text could not be read as rows."),
                    QMessageBox.StandardButton.Ok, self._w)
                box.setInformativeText(self.tr(
                    "Copy rows with these columns, separated by tabs (as Excel copies them): "
                    "name, material, mass, quantity, joint, finish, recycled content. To "
                    "paste a table with its header row, use File, Import bill of materials."))
                box.setDetailedText(str(exc))
                box.exec()
                return
        self.editing.paste(rows, self.editor.current_id())
