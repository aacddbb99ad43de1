"""Qt models of the import wizard: raw rows, the column mapping and the problems found."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from advisor.bom_io import FIELDS, RawPreview
from advisor.errors import ERROR, Problem
from advisor.messages import text as message_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PROBLEM_BRUSH = QBrush(QColor("#fde0dc"))
WARNING_BRUSH = QBrush(QColor("#fff4d6"))

FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("ImportFields", "Item number"),
    "parent": QT_TRANSLATE_NOOP("ImportFields", "Parent item"),
    "level": QT_TRANSLATE_NOOP("ImportFields", "Level"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    "material": QT_TRANSLATE_NOOP("ImportFields", "Material"),
    "mass": QT_TRANSLATE_NOOP("ImportFields", "Mass"),
    "unit": QT_TRANSLATE_NOOP("ImportFields", "Mass unit"),
    "quantity": QT_TRANSLATE_NOOP("ImportFields", "Quantity"),
    "joint": QT_TRANSLATE_NOOP("ImportFields", "Joint"),
    "finish": QT_TRANSLATE_NOOP("ImportFields", "Finish"),
    "recycled_content": QT_TRANSLATE_NOOP("ImportFields", "Recycled content"),
    "reused_content": QT_TRANSLATE_NOOP("ImportFields", "Reused content"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "attached_to": QT_TRANSLATE_NOOP("ImportFields", "Attached to"),
}
IGNORE = QT_TRANSLATE_NOOP("ImportFields", "(ignore)")


def field_label(field: str) -> str:
    """The translated name of a BOM field; '' is the ignored column."""
    return QCoreApplication.translate("ImportFields", FIELD_LABELS.get(field, IGNORE))


def field_choices() -> list[tuple[str, str]]:
    """(field, label) for the mapping combo box, 'ignore' first."""
    return [("", field_label(""))] + [(f, field_label(f)) for f in FIELDS]


class RawRowsModel(QAbstractTableModel):
    """The file's rows as read, numbered as in the spreadsheet; problem rows tinted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._preview: RawPreview | None = None
        self._fields: list[str] = []
        self._marks: dict[int, str] = {}  # row number -> severity

    def set_preview(self, preview: RawPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._fields = [""] * len(preview.header) if preview else []
        self._marks = {}
        self.endResetModel()

    def set_fields(self, fields: list[str]) -> None:
        self._fields = list(fields)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_problems(self, problems: list[Problem]) -> None:
        self._marks = {}
        for p in problems:
            if p.row is not None and self._marks.get(p.row) != ERROR:
                self._marks[p.row] = p.severity
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def row_of(self, number: int) -> int | None:
        """The model row that shows spreadsheet row `number`."""
        if self._preview is None:
            return None
        return next((i for i, (n, _) in enumerate(self._preview.rows) if n == number), None)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._preview is None else len(self._preview.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._preview is None:
            return None
        number, cells = self._preview.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole and number in self._marks:
            return PROBLEM_BRUSH if self._marks[number] == ERROR else WARNING_BRUSH
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if self._preview is None or role not in (Qt.ItemDataRole.DisplayRole,
                                                 Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self._preview.rows):
                return str(self._preview.rows[section][0])
            return None
        if not 0 <= section < len(self._preview.header):
            return None
        header = self._preview.header[section]
        field = self._fields[section] if section < len(self._fields) else ""
        return f"{header}\n→ {field_label(field)}" if field else f"{header}\n–"


class MappingModel(QAbstractTableModel):
    """One row per file column: its header, sample values and the field it fills."""

    HEADER, SAMPLE, FIELD = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._samples: list[str] = []
        self.fields: list[str] = []

    def set_columns(self, headers: list[str], rows: list[list[str]], fields: list[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._samples = [", ".join(v for v in (r[i] if i < len(r) else "" for r in rows[:4])
                                   if v)[:60] for i in range(len(headers))]
        self.fields = list(fields)
        self.endResetModel()

    def mapping(self) -> dict[str, str]:
        """field -> header for every mapped column."""
        return {f: self._headers[i] for i, f in enumerate(self.fields) if f}

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.FIELD:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and c == self.FIELD:
            return self.fields[r]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if c == self.HEADER:
            return self._headers[r]
        if c == self.SAMPLE:
            return self._samples[r]
        return field_label(self.fields[r])

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        value = str(value or "")
        if value and value not in FIELDS:
            return False
        r = index.row()
        changed = [r]
        if value:  # a field fills one column only: the old column is let go
            for i, f in enumerate(self.fields):
                if f == value and i != r:
                    self.fields[i] = ""
                    changed.append(i)
        self.fields[r] = value
        for i in changed:
            self.dataChanged.emit(self.index(i, self.FIELD), self.index(i, self.FIELD))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Column in the file"), self.tr("First values"), self.tr("Imports as"))
        return names[section] if 0 <= section < 3 else None


class ProblemsModel(QAbstractTableModel):
    """The problems of a trial import: row, column, severity and the sentence."""

    ROW, COLUMN, MESSAGE = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.lang = "nl"

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def sentence(self, p: Problem) -> str:
        """The problem in the language; the file's value quoted as the file has it."""
        from ui.base.i18n import local_params

        params = local_params(p.params, self.lang)
        out = message_text(p.code, self.lang, default=p.message, **params)
        if p.value not in (None, ""):
            out += f" (“{p.value}”)"
        hint = message_text(p.code + "_hint", self.lang, default=p.hint or "", **params)
        if hint:
            out += f" — {hint}"
        return out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return PROBLEM_BRUSH if p.severity == ERROR else WARNING_BRUSH
        if role == Qt.ItemDataRole.UserRole:
            return p.row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = index.column()
        if c == self.ROW:
            return "" if p.row is None else str(p.row)
        if c == self.COLUMN:
            return p.column or ""
        kind = self.tr("Error") if p.severity == ERROR else self.tr("Warning")
        return f"{kind}: {self.sentence(p)}"

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Row"), self.tr("Column"), self.tr("Problem"))
        return names[section] if 0 <= section < 3 else None
