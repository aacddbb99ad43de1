"""Explorer actions: new product, duplicate, rename and delete (with confirmation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from advisor import edit
from ui.project.document import Document
from ui.project.explorer import Explorer


def _tr(text: str) -> str:
    """Undo texts are worded again after a language switch, when this object is gone."""
    return QCoreApplication.translate("ProjectOps", text)


class ProjectOps(QObject):
    """Undoable changes of the project's products and variants."""

    def __init__(self, window: QWidget, doc: Document, explorer: Explorer) -> None:
        super().__init__(window)
        self._w = window
        self.doc = doc
        self.explorer = explorer

    def new_product(self) -> None:
        name, ok = QInputDialog.getText(self._w, self.tr("New product"), self.tr("Name:"),
                                        text=self.tr("New product"))
        if ok and name.strip():
            project, vid = edit.add_product(self.doc.project, name.strip(),
                                            self.tr("Baseline"))
            self.doc.edit_project(lambda: _tr("New product"), project, focus=vid)

    def duplicate_variant(self, name: str | None = None) -> str | None:
        found = self.doc.current()
        if found is None:
            return None
        _product, variant = found
        if name is None:
            name, ok = QInputDialog.getText(
                self._w, self.tr("Duplicate variant"), self.tr("Name of the copy:"),
                text=self.tr("{name} (copy)").format(name=variant.name))
            if not ok or not name.strip():
                return None
        project, vid = edit.duplicate_variant(self.doc.project, variant.id, name.strip())
        self.doc.edit_project(lambda: _tr("Duplicate variant"), project, focus=vid)
        return vid

    def rename(self) -> None:
        if self.explorer.selected() is None:
            self.explorer.show_variant(self.doc.current_variant_id)
        self.explorer.rename_selected()

    def rename_to(self, kind: str, key: str, name: str) -> bool:
        if kind == "product":
            project = edit.rename_product(self.doc.project, key, name)
        else:
            project = edit.rename_variant(self.doc.project, key, name)
        self.doc.edit_project(lambda: _tr("Rename"), project)
        return True

    def delete_selected(self) -> None:
        selected = self.explorer.selected()
        if selected is None:
            return
        kind, key = selected
        if kind == "variant":
            _p, v = edit.find_variant(self.doc.project, key)
            name, after = v.name, edit.delete_variant(self.doc.project, key)
        else:
            p = next(p for p in self.doc.project.products if p.id == key)
            name, after = p.name, edit.delete_product(self.doc.project, key)
        answer = QMessageBox.question(
            self._w, self.tr("Delete"),
            self.tr("Delete “{name}”? You can undo this with Ctrl+Z.").format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            self.doc.edit_project(lambda: _tr("Delete {name}").format(name=name), after)
