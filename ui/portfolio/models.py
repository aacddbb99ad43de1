"""Qt models of the portfolio window: the lines (editable through the undo stack) and the
result tables, which show `advisor.portfolio.tables` cells exactly as the PDF prints them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from advisor.i18n import fmt_number, fmt_percent
from advisor.portfolio.model import PortfolioLine
from advisor.portfolio.tables import TEXT, Figure, Table, cell_text, figure_text
from advisor.textsafe import visible

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MISSING = QBrush(QColor("#fff1c2"))  # a volume still to be entered
SORT_ROLE = Qt.ItemDataRole.UserRole

LINE_COLUMNS = ("project", "product", "variant", "units_per_year", "region_share",
                "compare_variant")
LINE_HEADERS = (
    QT_TRANSLATE_NOOP("PortfolioLines", "Project file"),
    QT_TRANSLATE_NOOP("PortfolioLines", "Product"),
    QT_TRANSLATE_NOOP("PortfolioLines", "Variant"),
    QT_TRANSLATE_NOOP("PortfolioLines", "Units per year"),
    QT_TRANSLATE_NOOP("PortfolioLines", "Share in region"),
    QT_TRANSLATE_NOOP("PortfolioLines", "After (redesign)"),
)
FIRST = QT_TRANSLATE_NOOP("PortfolioLines", "(first)")
NONE = QT_TRANSLATE_NOOP("PortfolioLines", "(none)")
TIPS = {
    "variant": QT_TRANSLATE_NOOP("PortfolioLines", "A variant's name, or plan for the "
                                 "recommended redesign plan; empty: the first variant"),
    "compare_variant": QT_TRANSLATE_NOOP("PortfolioLines", "The \"after\" of this line: a "
                                         "redesign variant's name, or plan"),
    "units_per_year": QT_TRANSLATE_NOOP("PortfolioLines", "Units put on the market per year"),
    "region_share": QT_TRANSLATE_NOOP("PortfolioLines", "Share of those units used in the "
                                      "region, 0..1 or a percentage"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PortfolioLines", text)


def column_label(column: str) -> str:
    """A line column's header in the interface language."""
    return _tr(LINE_HEADERS[LINE_COLUMNS.index(column)])


class LinesModel(QAbstractTableModel):
    """The portfolio's lines; an edit goes to `edit_handler(row, column, text)`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[PortfolioLine] = []
        self.lang = "nl"
        self.edit_handler: Callable[[int, str, str], bool] | None = None

    def set_lines(self, lines: list[PortfolioLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(LINE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr(LINE_HEADERS[section])
        return str(self.lines[section].row) if section < len(self.lines) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if LINE_COLUMNS[index.column()] != "project":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _display(self, x: PortfolioLine, column: str) -> str:
        if column == "project":
            return x.path.name
        if column == "units_per_year":
            return fmt_number(x.units_per_year, self.lang, 0) if x.units_per_year > 0 else ""
        if column == "region_share":
            return fmt_percent(x.region_share, self.lang, 1)
        value = getattr(x, column)
        if column in ("product", "variant"):
            return value or _tr(FIRST)
        if column == "compare_variant":
            return value or _tr(NONE)
        return value or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        x, column = self.lines[index.row()], LINE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return visible(self._display(x, column))  # a name from a file: controls shown
        if role == Qt.ItemDataRole.EditRole:
            if column in ("units_per_year", "region_share"):
                value = getattr(x, column)
                if column == "units_per_year" and value <= 0:
                    return ""
                return fmt_number(value, self.lang, 6, grouping=False).rstrip("0").rstrip(",.")
            return getattr(x, column) or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(x.path) if column == "project" else _tr(TIPS.get(column, "")) or None
        if role == Qt.ItemDataRole.BackgroundRole and column == "units_per_year" \
                and x.units_per_year <= 0:
            return MISSING
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("units_per_year",
                                                                     "region_share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        return self.edit_handler(index.row(), LINE_COLUMNS[index.column()], str(value))


class TableModel(QAbstractTableModel):
    """One result table: cells as `cell_text` prints them, raw values for sorting."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.lang = "nl"

    def set_table(self, table: Table | None, lang: str) -> None:
        self.beginResetModel()
        self.table, self.lang = table, lang
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and self.table is not None:
            return self.table.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        value = self.table.rows[index.row()][index.column()]
        kind = self.table.kinds[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = cell_text(value, kind, self.lang)
            return visible(shown) if kind == TEXT else shown  # a cut name in full
        if role == SORT_ROLE:
            return value if value is not None else float("-inf") if kind != TEXT else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HeadlineModel(QAbstractTableModel):
    """The verdict's figures: before, after and the difference, with their units."""

    HEADERS = (QT_TRANSLATE_NOOP("PortfolioLines", "Figure"),
               QT_TRANSLATE_NOOP("PortfolioLines", "Before"),
               QT_TRANSLATE_NOOP("PortfolioLines", "After redesign"),
               QT_TRANSLATE_NOOP("PortfolioLines", "Difference"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.figures: list[Figure] = []
        self.lang = "nl"
        self.has_after = False

    def set_figures(self, figures: list[Figure], has_after: bool, lang: str) -> None:
        self.beginResetModel()
        self.figures, self.has_after, self.lang = list(figures), has_after, lang
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4 if self.has_after else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.figures[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return f.label
            if col == 3:
                return figure_text(f.difference, f.difference_kind, self.lang) \
                    if f.difference is not None else ""
            return figure_text(f.before if col == 1 else f.after, f.kind, self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
