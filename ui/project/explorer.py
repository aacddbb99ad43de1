"""The project explorer: products and variants, with rename in place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from ui.project.explorer_model import ID_ROLE, KIND_ROLE, ProjectModel


class Explorer(QWidget):
    """Tree of products and variants; activating a variant shows it in the editor."""

    variant_chosen = Signal(str)

    def __init__(self, model: ProjectModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTreeView(self)
        self.view.setObjectName("explorerTree")
        self.view.setModel(model)
        self.view.setHeaderHidden(True)
        self.view.setProperty("dataColumns", [0])  # product and variant names, as typed
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        model.modelReset.connect(self.view.expandAll)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.data(KIND_ROLE) == "variant":
            self.variant_chosen.emit(current.data(ID_ROLE))

    def selected(self) -> tuple[str, str] | None:
        """(kind, id) of the selected row."""
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        return idx.data(KIND_ROLE), idx.data(ID_ROLE)

    def product_of_selection(self) -> str | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        if idx.data(KIND_ROLE) == "variant":
            idx = idx.parent()
        return idx.data(ID_ROLE)

    def show_variant(self, variant_id: str) -> None:
        self.model.set_current(variant_id)
        idx = self.model.variant_index(variant_id)
        if idx.isValid() and self.view.currentIndex() != idx:
            self.view.setCurrentIndex(idx)

    def rename_selected(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self.view.edit(idx)
