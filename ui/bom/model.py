"""The bill of materials as a Qt tree model with a row cache.

`data()` only reads prepared tuples: display strings, tooltips and colours are computed
when the variant or its assessment changes, never while painting. Edits do not change
the model directly: `setData` parses the text and hands a field change to `edit_handler`
(which pushes an undo command); the model then receives the new variant.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from advisor.model import Assessment, Component, ComponentResult, Variant
from ui.base.route_style import route_colour, text_colour
from ui.bom.rows import (
    COLUMNS,
    EDITABLE,
    ID_ROLE,
    ISSUE_COUNT_ROLE,
    ROUTE_ROLE,
    CellProblem,
    RowTexts,
    column_headers,
    row_texts,
)

EditHandler = Callable[[str, int, str], bool]
# Plain ints: comparing them is much cheaper than comparing enum members in data().
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_EDIT = Qt.ItemDataRole.EditRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_NCOLS = len(COLUMNS)
_ROUTE_COL = COLUMNS.index("route")
_MASS_COL = COLUMNS.index("mass")
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS = [_BASE_FLAGS | Qt.ItemFlag.ItemIsEditable if c in EDITABLE else _BASE_FLAGS
          for c in COLUMNS]
INVALID_BRUSH = QBrush(QColor("#f8c9c4"))
WARNING_BRUSH = QBrush(QColor("#fde7b0"))  # kept as typed, but not known: look again
HIGHLIGHT_BRUSH = QBrush(QColor("#fff2a8"))
ASSEMBLY_FG = QBrush(QColor("#555555"))


@dataclass
class _Tree:
    """Index structure over the flat, depth-first component tuple."""

    comps: tuple[Component, ...] = ()
    pos: dict[str, int] = field(default_factory=dict)
    parent: list[int] = field(default_factory=list)  # flat index of the parent, -1 = root
    row: list[int] = field(default_factory=list)  # row within the parent
    children: dict[int, list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, comps: tuple[Component, ...]) -> _Tree:
        t = cls(comps=comps, pos={c.id: i for i, c in enumerate(comps)})
        t.children = {-1: []}
        for i, c in enumerate(comps):
            p = t.pos.get(c.parent_id, -1) if c.parent_id is not None else -1
            if p >= i:
                p = -1  # a parent after its child (a loop): show the row at the top
            kids = t.children.setdefault(p, [])
            t.parent.append(p)
            t.row.append(len(kids))
            kids.append(i)
        return t

    def same_shape(self, comps: tuple[Component, ...]) -> bool:
        return len(comps) == len(self.comps) and all(
            a.id == b.id and a.parent_id == b.parent_id for a, b in zip(comps, self.comps,
                                                                        strict=True))


_ROOT = QModelIndex()  # a shared default; Qt passes its own index


class BomModel(QAbstractItemModel):
    """Tree model over one variant's components, plus its assessment results."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tree = _Tree.build(())
        self._texts: list[RowTexts] = []
        self._results: dict[str, ComponentResult] = {}
        self._problems: dict[tuple[str, int], CellProblem] = {}
        self._highlight: set[str] = set()
        self._headers = column_headers()
        self.lang = "en"
        self.names: Callable[[str, str | None], str] = lambda _kind, key: key or ""
        self.edit_handler: EditHandler | None = None
        self.variant_id = ""

    # -- feeding ---------------------------------------------------------
    def set_variant(self, variant: Variant | None) -> None:
        """Show a variant; keeps indexes when only field values changed."""
        comps = variant.components if variant else ()
        same_variant = variant is not None and variant.id == self.variant_id
        if same_variant and self._tree.same_shape(comps):
            self._update_values(comps)
            return
        self.beginResetModel()
        self.variant_id = variant.id if variant else ""
        self._tree = _Tree.build(comps)
        if not same_variant:
            self._results = {}
            self._highlight = set()
        self._texts = [self._make_texts(c) for c in comps]
        self.endResetModel()

    def _update_values(self, comps: tuple[Component, ...]) -> None:
        old = self._tree.comps
        self._tree.comps = comps
        for i, (a, b) in enumerate(zip(old, comps, strict=True)):
            if a is not b and a != b:
                self._texts[i] = self._make_texts(b)
                self._emit_row(i)

    def set_problems(self, problems: dict[tuple[str, int], CellProblem]) -> None:
        """Cells to look at: (component id, column) -> the reason shown in the tooltip."""
        changed = set(problems) ^ set(self._problems)
        changed |= {k for k in problems if self._problems.get(k) != problems[k]}
        self._problems = problems
        for cid, _col in changed:
            if cid in self._tree.pos:
                self._emit_row(self._tree.pos[cid])

    def set_assessment(self, assessment: Assessment | None) -> None:
        results = {r.id: r for r in assessment.components} if assessment else {}
        self._results = results
        self._texts = [self._make_texts(c) for c in self._tree.comps]
        self._emit_all()

    def set_highlight(self, ids: set[str]) -> None:
        changed = ids ^ self._highlight
        self._highlight = set(ids)
        for cid in changed:
            if cid in self._tree.pos:
                self._emit_row(self._tree.pos[cid])

    def refresh_texts(self) -> None:
        """Rebuild the cache (after a language change or a knowledge-base load)."""
        self._headers = column_headers()
        self._texts = [self._make_texts(c) for c in self._tree.comps]
        self._emit_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _make_texts(self, c: Component) -> RowTexts:
        is_assembly = bool(self._tree.children.get(self._tree.pos.get(c.id, -2)))
        return row_texts(c, self._results.get(c.id), is_assembly, self.lang, self.names)

    def _emit_row(self, i: int) -> None:
        idx = self.createIndex(self._tree.row[i], 0, i + 1)
        self.dataChanged.emit(idx, idx.siblingAtColumn(len(COLUMNS) - 1))

    def _emit_all(self) -> None:
        last = len(COLUMNS) - 1
        for p, kids in self._tree.children.items():
            if not kids or (p >= 0 and p >= len(self._tree.comps)):
                continue
            first = self.createIndex(0, 0, kids[0] + 1)
            self.dataChanged.emit(first, self.createIndex(len(kids) - 1, last, kids[-1] + 1))

    # -- lookup ----------------------------------------------------------
    def component(self, index: QModelIndex) -> Component | None:
        if not index.isValid():
            return None
        return self._tree.comps[index.internalId() - 1]

    def result(self, component_id: str) -> ComponentResult | None:
        return self._results.get(component_id)

    def index_of(self, component_id: str, column: int = 0) -> QModelIndex:
        i = self._tree.pos.get(component_id)
        if i is None:
            return QModelIndex()
        return self.createIndex(self._tree.row[i], column, i + 1)

    def components(self) -> tuple[Component, ...]:
        return self._tree.comps

    # -- Qt model interface ----------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex
              = _ROOT) -> QModelIndex:
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            kids = self._tree.children.get(parent.internalId() - 1, ())
        else:
            kids = self._tree.children[-1]
        if 0 <= row < len(kids) and 0 <= column < _NCOLS:
            return self.createIndex(row, column, kids[row] + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT
               ) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        p = self._tree.parent[index.internalId() - 1]
        if p < 0:
            return QModelIndex()
        return self.createIndex(self._tree.row[p], 0, p + 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._tree.children.get(parent.internalId() - 1, ()))
        return len(self._tree.children.get(-1, ()))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section][0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._headers[section][1]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS[index.column()]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = index.internalId() - 1
        col = index.column()
        texts = self._texts[i]
        role = int(role)
        if role == _DISPLAY:
            return texts.display[col]
        if role == _EDIT:
            return texts.edit[col]
        if role > _FOREGROUND and role < ID_ROLE:
            return None  # font, alignment, check state, size hint...: defaults
        return self._other_role(i, col, role, texts)

    def _other_role(self, i: int, col: int, role: int, texts: RowTexts):
        cid = self._tree.comps[i].id
        if role == _TOOLTIP:
            problem = self._problems.get((cid, col))
            return problem.text if problem else texts.tooltip[col] or None
        if role == _BACKGROUND:
            problem = self._problems.get((cid, col))
            if problem is not None:
                return INVALID_BRUSH if problem.error else WARNING_BRUSH
            if col == _ROUTE_COL and texts.route:
                return route_colour(texts.route)
            if cid in self._highlight:
                return HIGHLIGHT_BRUSH
            return None
        if role == _FOREGROUND:
            if col == _ROUTE_COL and texts.route:
                return text_colour(texts.route)
            return ASSEMBLY_FG if texts.is_assembly and col == _MASS_COL else None
        if role == ID_ROLE:
            return cid
        if role == ROUTE_ROLE:
            return texts.route
        if role == ISSUE_COUNT_ROLE:
            return texts.issue_count
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or self.edit_handler is None or COLUMNS[index.column()] not in EDITABLE):
            return False
        cid = self._tree.comps[index.internalId() - 1].id
        return self.edit_handler(cid, index.column(), "" if value is None else str(value))
