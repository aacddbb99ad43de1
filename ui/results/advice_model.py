"""The advice of an assessment as a tree, grouped as the advice defines it.

On top the combined plan (every recommended change applied together, with its stages);
then the legal duties (EU law, apart from the ranking), the quick wins (effort 1), the
part redesigns (effort 2), the material or supplier changes (effort 3), and what data to
complete. Within a group the rows follow the advice's priority, or any gain of `Gain`.
A check box chooses a recommendation for a redesign variant.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from advisor.i18n import fmt_number
from advisor.model import Assessment, Finding, Gain, PlanStage, Recommendation
from ui.base.i18n import points

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
REC_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "group", "recommendation", "stage", "finding"
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
TITLE, GAIN, EFFORT = range(3)
GAIN_FIELDS = tuple(f.name for f in fields(Gain))
LOWER_IS_BETTER = frozenset({"disassembly_time_s", "embodied_carbon_kg"})
SORT_KEYS = ("priority", *GAIN_FIELDS)
GOOD, BAD = QBrush(QColor("#1b7837")), QBrush(QColor("#b2182b"))

GROUP_TITLES = {
    "plan": QT_TRANSLATE_NOOP("AdviceModel", "Combined plan: all advice together"),
    "legal": QT_TRANSLATE_NOOP("AdviceModel", "Legal duties (EU law)"),
    "effort1": QT_TRANSLATE_NOOP("AdviceModel", "Quick wins"),
    "effort2": QT_TRANSLATE_NOOP("AdviceModel", "Part redesigns"),
    "effort3": QT_TRANSLATE_NOOP("AdviceModel", "Material or supplier changes"),
    "data": QT_TRANSLATE_NOOP("AdviceModel", "Data to complete"),
}
STAGE_TITLES = {
    1: QT_TRANSLATE_NOOP("AdviceModel", "Step 1: the quick wins"),
    2: QT_TRANSLATE_NOOP("AdviceModel", "Step 2: with the part redesigns"),
    3: QT_TRANSLATE_NOOP("AdviceModel", "Step 3: with the material and supplier changes"),
}
GAIN_NAMES = {
    "priority": QT_TRANSLATE_NOOP("AdviceModel", "Priority"),
    "recyclability_rate": QT_TRANSLATE_NOOP("AdviceModel", "Recyclability"),
    "mci": QT_TRANSLATE_NOOP("AdviceModel", "MCI"),
    "disassembly_time_s": QT_TRANSLATE_NOOP("AdviceModel", "Disassembly time"),
    "crm_recovered_kg": QT_TRANSLATE_NOOP("AdviceModel", "Critical raw materials recovered"),
    "recyclable_material_share": QT_TRANSLATE_NOOP("AdviceModel", "Recyclable material"),
    "recoverability_rate": QT_TRANSLATE_NOOP("AdviceModel", "Recoverability"),
    "reuse_rate": QT_TRANSLATE_NOOP("AdviceModel", "Reuse"),
    "embodied_carbon_kg": QT_TRANSLATE_NOOP("AdviceModel", "Embodied CO₂e"),
}

# (title, action, why, category) of a recommendation in a language.
RecTexts = Callable[[Recommendation], tuple[str, str, str, str]]
FindingText = Callable[[Finding], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdviceModel", text)


def gain_name(key: str) -> str:
    return _tr(GAIN_NAMES[key])


def gain_text(name: str, value: float, lang: str) -> tuple[str, int]:
    """A gain as shown, with its direction: +1 better, -1 worse, 0 no change."""
    if name in ("mci",):
        digits, scale, unit = 3, 1.0, ""
    elif name == "disassembly_time_s":
        digits, scale, unit = 0, 1.0, " s"
    elif name == "crm_recovered_kg":
        digits, scale, unit = 3, 1.0, " kg"
    elif name == "embodied_carbon_kg":
        digits, scale, unit = 2, 1.0, " kg"
    else:
        digits, scale, unit = 1, 100.0, " " + points()
    shown = value * scale
    if abs(shown) < 10 ** -digits / 2:
        return "–", 0
    sign = "+" if shown > 0 else "−"
    better = (shown < 0) if name in LOWER_IS_BETTER else (shown > 0)
    return f"{sign}{fmt_number(abs(shown), lang, digits)}{unit}", 1 if better else -1


def benefit(gain: Gain, name: str) -> float:
    """How much better a gain makes the figure (higher is better, for sorting)."""
    value = getattr(gain, name)
    return -value if name in LOWER_IS_BETTER else value


@dataclass
class _Row:
    kind: str  # "recommendation", "stage" or "finding"
    item: Recommendation | PlanStage | Finding


class AdviceModel(QAbstractItemModel):
    """Groups of advice rows; internalId 0 is a group row, g + 1 a row of group g."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.texts: RecTexts = lambda r: (r.rule_id, "", "", r.category)
        self.finding_text: FindingText = lambda f: f.code
        # The advice's own wording of a heading ("plan", "legal", "data") or of a plan
        # stage (its effort), as the report says them; '' keeps this model's own title.
        self.heading: Callable[[str], str] = lambda _key: ""
        self.stage_name: Callable[[int], str] = lambda _effort: ""
        # What a stage gains together beyond (or short of) its changes alone, '' if they
        # add up (the domain's sentence: explain.stage_interaction_text).
        self.stage_note: Callable[[Assessment, int], str] = lambda _a, _n: ""
        self.sort_key = "priority"
        self.assessment: Assessment | None = None
        self._groups: list[tuple[str, list[_Row]]] = []
        self._texts: dict[str, tuple[str, str, str, str]] = {}
        self._checked: set[str] = set()

    # -- feeding -------------------------------------------------------------------
    def set_assessment(self, assessment: Assessment | None) -> None:
        self.beginResetModel()
        self.assessment = assessment
        recs = assessment.recommendations if assessment else ()
        self._texts = {r.id: self.texts(r) for r in recs}
        self._checked &= {r.id for r in recs}
        self._groups = self._build(assessment)
        self.endResetModel()

    def set_sort(self, key: str) -> None:
        """Order the rows of each group by the advice's priority or by a gain."""
        if key not in SORT_KEYS:
            raise ValueError(key)
        self.sort_key = key
        self.set_assessment(self.assessment)

    def _build(self, a: Assessment | None) -> list[tuple[str, list[_Row]]]:
        if a is None:
            return []
        groups: list[tuple[str, list[_Row]]] = []
        if a.plan is not None and a.plan.stages:
            groups.append(("plan", [_Row("stage", s) for s in a.plan.stages]))
        recs = list(a.recommendations)
        order = {r.id: n for n, r in enumerate(recs)}
        if self.sort_key == "priority":
            recs.sort(key=lambda r: (r.priority or 10**6, order[r.id]))
        else:
            recs.sort(key=lambda r: (-benefit(r.gain, self.sort_key), order[r.id]))
        for key, keep in (("legal", lambda r: r.legal),
                          ("effort1", lambda r: not r.legal and r.effort <= 1),
                          ("effort2", lambda r: not r.legal and r.effort == 2),
                          ("effort3", lambda r: not r.legal and r.effort >= 3)):
            rows = [_Row("recommendation", r) for r in recs if keep(r)]
            if rows:
                groups.append((key, rows))
        if a.data_gaps:
            groups.append(("data", [_Row("finding", f) for f in a.data_gaps]))
        return groups

    # -- lookup --------------------------------------------------------------------------
    def _row(self, index: Index) -> _Row | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def recommendation(self, index: Index) -> Recommendation | None:
        row = self._row(index)
        return row.item if row is not None and row.kind == "recommendation" else None

    def recommendations(self) -> tuple[Recommendation, ...]:
        return self.assessment.recommendations if self.assessment else ()

    def texts_of(self, rec: Recommendation) -> tuple[str, str, str, str]:
        return self._texts.get(rec.id) or self.texts(rec)

    def plan_recommendations(self, up_to_effort: int = 3) -> list[Recommendation]:
        """The recommendations of the plan's stages up to an effort, in the plan's order."""
        a = self.assessment
        if a is None or a.plan is None:
            return []
        by_id = {r.id: r for r in a.recommendations}
        return [by_id[i] for s in a.plan.stages if s.effort <= up_to_effort
                for i in s.recommendation_ids if i in by_id]

    def checked(self) -> list[Recommendation]:
        return [r for r in self.recommendations() if r.id in self._checked]

    def set_checked(self, rec_id: str, on: bool) -> None:
        (self._checked.add if on else self._checked.discard)(rec_id)
        for g, (_key, rows) in enumerate(self._groups):
            for n, row in enumerate(rows):
                if row.kind == "recommendation" and row.item.id == rec_id:
                    idx = self.createIndex(n, TITLE, g + 1)
                    self.dataChanged.emit(idx, idx)

    def group_index(self, key: str) -> QModelIndex:
        for g, (k, _rows) in enumerate(self._groups):
            if k == key:
                return self.createIndex(g, 0, 0)
        return QModelIndex()

    # -- Qt model interface ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not 0 <= column < 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) \
                else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = "recyclability_rate" if self.sort_key == "priority" else self.sort_key
        return {TITLE: _tr("Advice"), GAIN: _tr("Δ {figure}").format(figure=gain_name(key)),
                EFFORT: _tr("Effort")}.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._row(index)
        if row is not None and row.kind == "recommendation" and index.column() == TITLE \
                and row.item.edits:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _gain_of(self, index: Index) -> Gain | None:
        if index.internalId() == 0:
            key = self._groups[index.row()][0]
            a = self.assessment
            return a.plan.gain if key == "plan" and a is not None and a.plan else None
        row = self._row(index)
        return row.item.gain if row is not None and row.kind != "finding" else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        row = self._row(index)
        if role == KIND_ROLE:
            return row.kind
        if role == REC_ROLE:
            return row.item if row.kind == "recommendation" else None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == TITLE \
                and row.kind == "recommendation" and row.item.edits:
            on = row.item.id in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return self._cell(index, row, role)

    def _gain_cell(self, gain: Gain | None, role: int):
        if gain is None:
            return None
        key = "recyclability_rate" if self.sort_key == "priority" else self.sort_key
        text, direction = gain_text(key, getattr(gain, key), self.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return GOOD if direction > 0 else BAD if direction < 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, index: Index, row: _Row, role: int):
        col = index.column()
        if col == GAIN:
            return self._gain_cell(self._gain_of(index), role)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == EFFORT and row.kind != "finding":
                effort = max(1, min(3, row.item.effort))
                return "●" * effort + "○" * (3 - effort)
            if col == TITLE:
                return self._title(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return self._tooltip(row)
        return None

    def _title(self, row: _Row) -> str:
        if row.kind == "recommendation":
            return self.texts_of(row.item)[0]
        if row.kind == "stage":
            return self.stage_name(row.item.effort) or _tr(
                STAGE_TITLES.get(row.item.effort, STAGE_TITLES[3]))
        return self.finding_text(row.item)

    def _tooltip(self, row: _Row) -> str | None:
        if row.kind == "recommendation":
            _title, action, why, _category = self.texts_of(row.item)
            return "\n\n".join(x for x in (action, why) if x) or None
        if row.kind == "stage":  # the recommendations the step adds
            recs = {r.id: r for r in self.recommendations()}
            added = "\n".join(f"• {self.texts_of(recs[i])[0]}"
                              for i in row.item.recommendation_ids if i in recs)
            a = self.assessment
            note = (self.stage_note(a, a.plan.stages.index(row.item))
                    if a is not None and a.plan is not None and row.item in a.plan.stages
                    else "")
            return "\n\n".join(x for x in (added, note) if x) or None
        return self._title(row)

    def _group_data(self, index: Index, role: int):
        key, rows = self._groups[index.row()]
        if role == KIND_ROLE:
            return "group"
        if role == GROUP_ROLE:
            return key
        if index.column() == GAIN:
            return self._gain_cell(self._gain_of(index), role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE:
            title = self.heading(key) or _tr(GROUP_TITLES[key])
            return f"{title} ({len(rows)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        rec = self.recommendation(index)
        if rec is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != TITLE \
                or not rec.edits:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_checked(rec.id, on)
        return True
