"""The BOM tree as a spreadsheet: keys that move across cells, and the name column frozen.

`BomTreeView` moves the current cell with Tab/Shift+Tab across the editable columns
(wrapping to the next or previous row), with Left/Right across all columns and with
Enter down one row; F2 or typing edits the current cell. `FrozenNames` lays a second
view showing only the name column over the left edge, so the names stay in sight while
the other columns scroll; both views share the model and the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTreeView

from ui.bom.rows import COLUMNS, EDITABLE

Action = QAbstractItemView.CursorAction
NAME_COLUMN = 0


def _visual_columns(view: QTreeView, editable: bool) -> list[int]:
    header = view.header()
    out = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if header.isSectionHidden(logical):
            continue
        if not editable or COLUMNS[logical] in EDITABLE:
            out.append(logical)
    return out


def next_cell(view: QTreeView, current: QModelIndex, action: Action) -> QModelIndex | None:
    """The cell a key moves to, or None when the base view decides (Up, Down, ...).

    An invalid index means there is no such cell (Tab on the last cell of the last row)."""
    if not current.isValid() or action not in (Action.MoveNext, Action.MovePrevious,
                                               Action.MoveLeft, Action.MoveRight):
        return None
    editable = action in (Action.MoveNext, Action.MovePrevious)
    columns = _visual_columns(view, editable)
    forward = action in (Action.MoveNext, Action.MoveRight)
    if current.column() in columns:
        pos = columns.index(current.column()) + (1 if forward else -1)
    else:  # on a column that is not editable: the nearest editable one that way
        visual = view.header().visualIndex(current.column())
        later = [c for c in columns if (view.header().visualIndex(c) > visual) == forward]
        pos = columns.index(later[0 if forward else -1]) if later else len(columns)
    if 0 <= pos < len(columns):
        return current.siblingAtColumn(columns[pos])
    if not editable:
        return None if not forward else current
    row = view.indexBelow(current) if forward else view.indexAbove(current)
    if not row.isValid():
        return QModelIndex()
    return row.siblingAtColumn(columns[0 if forward else -1])


def _is_last_cell(view: QTreeView, current: QModelIndex) -> bool:
    target = next_cell(view, current, Action.MoveNext)
    return target is not None and not target.isValid()


class BomTreeView(QTreeView):
    """The tree with spreadsheet keys; the name column is edited in the frozen view."""

    append_requested = Signal()  # Tab on the last cell: the user wants another row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frozen: FrozenNames | None = None
        self.setTabKeyNavigation(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def moveCursor(self, action: Action, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        target = next_cell(self, self.currentIndex(), action)
        return super().moveCursor(action, modifiers) if target is None else target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.move_down()
            return
        if event.key() == Qt.Key.Key_Tab and not editing \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and _is_last_cell(self, self.currentIndex()):
            self.append_requested.emit()
            return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        current = self.currentIndex()
        below = self.indexBelow(current) if current.isValid() else QModelIndex()
        if below.isValid():
            self.setCurrentIndex(below.siblingAtColumn(current.column()))

    def closeEditor(self, editor, hint: QAbstractItemDelegate.EndEditHint) -> None:
        at_end = hint == QAbstractItemDelegate.EndEditHint.EditNextItem \
            and _is_last_cell(self, self.currentIndex())
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if at_end
                            else hint)
        if at_end:
            self.append_requested.emit()

    def edit(self, index, trigger=None, event=None):  # noqa: D401 - Qt's overloads
        """Names are edited in the frozen view laid over them."""
        if trigger is None:
            return super().edit(index)
        if index.isValid() and index.column() == NAME_COLUMN and self.frozen is not None:
            return self.frozen.edit(index, trigger, event)
        return super().edit(index, trigger, event)

    def scrollTo(self, index: QModelIndex,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        """Scroll rows as usual, but columns only so far that none hides under the names."""
        bar = self.horizontalScrollBar()
        before = bar.value()
        super().scrollTo(index, hint)
        bar.setValue(before)
        if self.frozen is None or not index.isValid() or index.column() == NAME_COLUMN:
            return
        rect = self.visualRect(index)
        left = self.frozen.width()
        if rect.left() < left:
            bar.setValue(bar.value() + rect.left() - left)
        elif rect.right() > self.viewport().width():
            bar.setValue(bar.value() + rect.right() - self.viewport().width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.frozen is not None:
            self.frozen.follow()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if self.frozen is not None:
            self.frozen.follow()


class FrozenNames(QTreeView):
    """The name column of `main`, laid over its left edge; it never takes the focus."""

    def __init__(self, main: BomTreeView) -> None:
        super().__init__(main)
        self.main = main
        main.frozen = self
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(main.selectionMode())
        self.setSelectionBehavior(main.selectionBehavior())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.header().setStretchLastSection(True)
        self.header().setSectionsMovable(False)
        self.setStyleSheet("QTreeView { border-right: 1px solid palette(mid); }")
        main.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(main.verticalScrollBar().setValue)
        main.expanded.connect(self.expand)
        main.collapsed.connect(self.collapse)
        self.expanded.connect(main.expand)
        self.collapsed.connect(main.collapse)
        main.header().sectionResized.connect(self._main_resized)
        self.header().sectionResized.connect(self._own_resized)

    def attach(self) -> None:
        """Show the main view's model and selection (call after it changes model)."""
        self.setModel(self.main.model())
        self.setSelectionModel(self.main.selectionModel())
        self.setEditTriggers(self.main.editTriggers())  # keys reach it from the main view
        for column in range(1, self.model().columnCount()):
            self.setColumnHidden(column, True)
        self.setColumnWidth(NAME_COLUMN, self.main.columnWidth(NAME_COLUMN))
        self.expandAll()
        self.follow()
        self.show()

    def follow(self) -> None:
        """Lie exactly over the main view's name column, header included."""
        m = self.main
        frame = m.frameWidth()
        width = m.columnWidth(NAME_COLUMN)
        self.setGeometry(frame, frame, width, m.viewport().height() + m.header().height())
        self.verticalScrollBar().setValue(m.verticalScrollBar().value())

    def _main_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == NAME_COLUMN and self.columnWidth(NAME_COLUMN) != new:
            self.setColumnWidth(NAME_COLUMN, new)
            self.follow()

    def _own_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == NAME_COLUMN and self.main.columnWidth(NAME_COLUMN) != new:
            self.main.setColumnWidth(NAME_COLUMN, new)

    def moveCursor(self, action: Action, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        target = next_cell(self.main, self.currentIndex(), action)
        return super().moveCursor(action, modifiers) if target is None else target

    def closeEditor(self, editor, hint: QAbstractItemDelegate.EndEditHint) -> None:
        at_end = hint == QAbstractItemDelegate.EndEditHint.EditNextItem \
            and _is_last_cell(self.main, self.currentIndex())
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if at_end
                            else hint)
        if at_end:
            self.main.append_requested.emit()
        editing = QAbstractItemView.State.EditingState
        if self.state() != editing and self.main.state() != editing:
            self.main.setFocus()  # never leave the keyboard nowhere

    def edit(self, index, trigger=None, event=None):
        """Other columns than the name are edited in the main view."""
        if trigger is None:
            return super().edit(index)
        if index.isValid() and index.column() != NAME_COLUMN:
            return self.main.edit(index, trigger, event)
        return super().edit(index, trigger, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.state() != QAbstractItemView.State.EditingState:
            self.main.setFocus()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.main.wheelEvent(event)  # the main view owns the scroll bars
