"""New project from a template: the bundled example products and the user's own."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from advisor.templates import Template, all_templates, delete_template

_ROOT = QModelIndex()
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateList(QAbstractListModel):
    """An empty project first, then the bundled templates, then the user's own."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.templates: list[Template | None] = []

    def load(self, templates: tuple[Template, ...]) -> None:
        self.beginResetModel()
        self.templates = [None, *templates]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.templates)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self.templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if t is None:
                return self.tr("Empty project")
            return self.tr("{name} (your template)").format(name=t.name(self.lang)) \
                if t.own else t.name(self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.description(index.row())
        if role == TEMPLATE_ROLE:
            return t
        return None

    def description(self, row: int) -> str:
        t = self.templates[row]
        if t is None:
            return self.tr("A product with an empty bill of materials to type or import.")
        if t.own:
            return self.tr("Your template, saved from a project.")
        return t.description(self.lang)


class TemplateDialog(QDialog):
    """Choose what the new project starts from."""

    def __init__(self, lang: str, parent=None, base=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project from a template"))
        self.resize(560, 420)
        self.base = base
        self.model = TemplateList(lang, self)
        self.model.load(all_templates(base))
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setMinimumHeight(48)
        self.remove = QPushButton(self.tr("Delete this template"))
        self.remove.clicked.connect(self._delete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("New project"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start the new project from:")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.remove)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda c, _p: self._show(c.row()))
        self.view.setCurrentIndex(self.model.index(0, 0))

    def _show(self, row: int) -> None:
        self.about.setText(self.model.description(row) if row >= 0 else "")
        chosen = self.chosen()
        self.remove.setVisible(chosen is not None and chosen.own)

    def chosen(self) -> Template | None:
        """The chosen template; None for an empty project."""
        return self.view.currentIndex().data(TEMPLATE_ROLE)

    def _delete(self) -> None:
        t = self.chosen()
        if t is None or not t.own:
            return
        answer = QMessageBox.question(self, self.tr("Delete this template"), self.tr(
            "Delete your template “{name}”? Projects made from it stay as they are.").format(
                name=t.name_en))
        if answer == QMessageBox.StandardButton.Yes:
            delete_template(t)
            self.model.load(all_templates(self.base))
            self.view.setCurrentIndex(self.model.index(0, 0))
