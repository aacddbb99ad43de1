"""The BOM editor: a filterable tree over `BomModel`, with the route legend."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from advisor import explain
from ui.base.catalog import Catalog
from ui.base.route_style import ROUTE_COLOURS, route_codes, text_colour
from ui.bom.editors import BomDelegate, CellLineEdit
from ui.bom.model import BomModel
from ui.bom.rows import COL, ID_ROLE
from ui.bom.tree import BomTreeView, FrozenNames


def _keep_selection_visible(view: QWidget) -> None:
    """The chosen rows stay blue when the focus is elsewhere (the detail shows them), and
    the frozen names, which never take the focus, look like the rest of the row."""
    palette = view.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Inactive, role,
                         palette.color(QPalette.ColorGroup.Active, role))
    view.setPalette(palette)


class BomFilter(QSortFilterProxyModel):
    """Shows rows whose name or material contains the filter text (with their parents)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class RouteLegend(QWidget):
    """One coloured chip per R-ladder step."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(self.tr("Routes:")))
        self.chips: dict[str, QLabel] = {}
        for code in route_codes():
            chip = QLabel(code)
            chip.setStyleSheet(
                f"background:{ROUTE_COLOURS[code]};color:{text_colour(code).name()};"
                "padding:1px 6px;border-radius:3px;")
            layout.addWidget(chip)
            self.chips[code] = chip
        layout.addStretch(1)

    def set_names(self, names: dict[str, str]) -> None:
        for code, chip in self.chips.items():
            chip.setToolTip(names.get(code, code))
            if not code.startswith("R"):
                # Landfill has no R-number: show its name in the chosen language.
                chip.setText(names.get(code, code))


class BomEditor(QWidget):
    """Tree view, filter field and legend; emits the selected component id."""

    current_component_changed = Signal(str)
    selection_changed = Signal()
    append_row = Signal()  # Tab on the last cell of the last row

    def __init__(self, model: BomModel, catalog: Catalog, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = BomFilter(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name or material…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.view = BomTreeView(self)
        self.view.setObjectName("bomTree")
        self.delegate = BomDelegate(catalog, lang, self.view)
        self.view.setItemDelegate(self.delegate)
        self._setup_view()
        self.frozen = FrozenNames(self.view)
        self.frozen.setObjectName("bomNames")
        for view in (self.view, self.frozen):
            _keep_selection_visible(view)
        # The user's own texts, shown as typed (in any language).
        self.view.setProperty("dataColumns", [COL[c] for c in ("name", "material", "finish",
                                                               "notes")])
        self.frozen.setProperty("dataColumns", [COL["name"]])
        self.frozen_delegate = BomDelegate(catalog, lang, self.frozen)
        self.frozen.setItemDelegate(self.frozen_delegate)
        for delegate in (self.delegate, self.frozen_delegate):
            delegate.enter_committed.connect(self.view.move_down)
        self.view.append_requested.connect(self.append_row)
        self.legend = RouteLegend(self)
        self.legend.set_names({code: explain.route_name(code, lang) for code in route_codes()})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self._attach(model)
        model.modelReset.connect(self.view.expandAll)
        model.modelReset.connect(self.frozen.expandAll)

    def _attach(self, model) -> None:
        """Show the model directly, or through the filter proxy while filtering.

        The proxy is only in the path while a filter is typed: on a 5,000-row tree
        it would otherwise double the cost of every edit and repaint.
        """
        if self.view.model() is model:
            return
        state = self.view.header().saveState() if self.view.model() is not None else None
        self.view.setModel(model)
        if state is None:
            self.default_widths()
        else:
            self.view.header().restoreState(state)
        sel = self.view.selectionModel()
        sel.currentRowChanged.connect(self._on_current)
        sel.selectionChanged.connect(lambda *_a: self.selection_changed.emit())
        self.view.expandAll()
        self.frozen.attach()

    def _to_view(self, index: QModelIndex) -> QModelIndex:
        if self.view.model() is self.proxy:
            return self.proxy.mapFromSource(index)
        return index

    def _setup_view(self) -> None:
        v = self.view
        v.setUniformRowHeights(True)  # keeps scrolling fast on large trees
        v.setAlternatingRowColors(True)
        v.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
        v.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        v.header().setStretchLastSection(False)

    def default_widths(self) -> None:
        """Column widths that fit typical texts and the whole header in the language."""
        header = self.view.header()
        metrics = header.fontMetrics()
        content = {"name": 230, "route": 44, "issues": 44, "material": 140, "match": 170,
                   "mass": 72, "quantity": 44, "joint": 140, "finish": 120, "recycled": 64,
                   "notes": 220}
        model = self.view.model()
        for name, width in content.items():
            title = str(model.headerData(COL[name], Qt.Orientation.Horizontal) or "")
            header.resizeSection(COL[name], max(width, metrics.horizontalAdvance(title) + 22))

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._attach(self.proxy if text else self.model)
        self.view.expandAll()

    def finish_editing(self) -> None:
        """Store what is being typed in a cell (before a row is added, moved or deleted)."""
        editor = QApplication.focusWidget()
        for view, delegate in ((self.view, self.delegate), (self.frozen, self.frozen_delegate)):
            if isinstance(editor, CellLineEdit) and view.viewport().isAncestorOf(editor):
                delegate.commitData.emit(editor)
                delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def current_column(self) -> int:
        index = self.view.currentIndex()
        return index.column() if index.isValid() else COL["name"]

    def set_checker(self, check, rejected) -> None:
        """How the cell editors check a typed value, and where a refusal is said."""
        for delegate in (self.delegate, self.frozen_delegate):
            delegate.check = check
            delegate.rejected = rejected

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_component_changed.emit(current.data(ID_ROLE) or "")

    # -- selection -------------------------------------------------------
    def current_id(self) -> str | None:
        return self.view.currentIndex().data(ID_ROLE) or None

    def selected_ids(self) -> list[str]:
        """Chosen rows in tree order (falls back to the current row)."""
        rows = self.view.selectionModel().selectedRows(0)
        ids = {i.data(ID_ROLE) for i in rows}
        ordered = [c.id for c in self.model.components() if c.id in ids]
        if not ordered and self.current_id():
            ordered = [self.current_id()]
        return ordered

    def select_ids(self, ids: list[str]) -> None:
        sel = self.view.selectionModel()
        sel.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        first = None
        for cid in ids:
            idx = self._to_view(self.model.index_of(cid))
            if idx.isValid():
                sel.select(idx, flags)
                first = first or idx
        if first is not None:
            sel.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)

    def edit_cell(self, component_id: str, column: str) -> None:
        idx = self._to_view(self.model.index_of(component_id, COL[column]))
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)
            self.view.edit(idx)
