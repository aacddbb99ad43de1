"""The ranked recommendations of an assessment as a checkable table model."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from advisor.i18n import fmt_number
from advisor.model import Recommendation

COLUMNS = ("title", "category", "recyclability", "mci", "time", "effort")
REC_ROLE = Qt.ItemDataRole.UserRole + 1

# (title, action, why) of a recommendation in a language.
RecTexts = Callable[[Recommendation], tuple[str, str, str, str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecommendationModel", text)


def _signed(value: float, digits: int, lang: str, suffix: str = "") -> str:
    if abs(value) < 10 ** -digits / 2:
        return "–"
    sign = "+" if value > 0 else "−"
    return f"{sign}{fmt_number(abs(value), lang, digits)}{suffix}"


_ROOT = QModelIndex()  # a shared default; Qt passes its own index


class RecommendationModel(QAbstractTableModel):
    """One row per recommendation; a check box chooses it for a redesign variant."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._recs: list[Recommendation] = []
        self._rows: list[tuple[str, ...]] = []
        self._tips: list[str] = []
        self._checked: set[str] = set()
        self.lang = "en"
        self.texts: RecTexts = lambda r: (r.rule_id, "", "", r.category)
        self._headers = [_tr("Recommendation"), _tr("Category"), _tr("Δ recyclability"),
                         _tr("Δ MCI"), _tr("Disassembly gain"), _tr("Effort")]

    def set_recommendations(self, recs: tuple[Recommendation, ...] | list[Recommendation]
                            ) -> None:
        self.beginResetModel()
        self._recs = list(recs)
        self._rows, self._tips = [], []
        for r in self._recs:
            title, action, why, category = self.texts(r)
            self._rows.append((
                title, category, _signed(r.gain.recyclability_rate * 100, 1, self.lang, " pt"),
                _signed(r.gain.mci, 3, self.lang),
                _signed(r.gain.disassembly_time_s, 0, self.lang, " s"),
                "●" * max(1, min(3, r.effort))))
            self._tips.append("\n\n".join(x for x in (action, why) if x))
        self._checked &= {r.id for r in self._recs}
        self.endResetModel()

    def recommendation(self, row: int) -> Recommendation | None:
        return self._recs[row] if 0 <= row < len(self._recs) else None

    def checked(self) -> list[Recommendation]:
        return [r for r in self._recs if r.id in self._checked]

    def set_checked(self, rec_id: str, on: bool) -> None:
        (self._checked.add if on else self._checked.discard)(rec_id)
        for row, r in enumerate(self._recs):
            if r.id == rec_id:
                idx = self.index(row, 0)
                self.dataChanged.emit(idx, idx)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._recs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or None
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            on = self._recs[row].id in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == REC_ROLE:
            return self._recs[row]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column():
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_checked(self._recs[index.row()].id, on)
        return True
