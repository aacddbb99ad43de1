"""Qt models of the variant comparison: key figures side by side, and changed rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from advisor import explain
from advisor.engine.compare import COMPARED, ComponentChange
from advisor.i18n import fmt_mass, fmt_number, fmt_percent
from advisor.messages import text as message_text
from advisor.model import Assessment, ComponentResult, Variant
from ui.base.i18n import points

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
BETTER = QBrush(QColor("#1b7a32"))
WORSE = QBrush(QColor("#b3261e"))
# For these figures a lower value is the better one.
LOWER_IS_BETTER = {"lfi", "crm_mass_kg", "disassembly_time_s", "embodied_carbon_kg",
                   "unresolved_mass_kg"}
NEUTRAL = {"total_mass_kg"}

FIELD_NAMES = {
    "added": QT_TRANSLATE_NOOP("CompareFields", "added"),
    "removed": QT_TRANSLATE_NOOP("CompareFields", "removed"),
    "material_id": QT_TRANSLATE_NOOP("CompareFields", "material"),
    "joint": QT_TRANSLATE_NOOP("CompareFields", "joint"),
    "finish": QT_TRANSLATE_NOOP("CompareFields", "finish"),
    "route_code": QT_TRANSLATE_NOOP("CompareFields", "route"),
    "route_quality": QT_TRANSLATE_NOOP("CompareFields", "route quality"),
    "liberated": QT_TRANSLATE_NOOP("CompareFields", "liberation"),
    "total_mass_kg": QT_TRANSLATE_NOOP("CompareFields", "mass"),
    "material_input": QT_TRANSLATE_NOOP("CompareFields", "material as written"),
    "recycled_content": QT_TRANSLATE_NOOP("CompareFields", "recycled content"),
}


def with_recycled_changes(changes: list[ComponentChange], before: Variant, after: Variant,
                          ) -> tuple[list[ComponentChange], dict[str, tuple]]:
    """The changed rows with the rows whose recycled content changed added (the
    assessment's rows do not carry it); also (before, after) share per row id."""
    old = {c.id: c for c in before.components}
    shares = {c.id: (old[c.id].recycled_content, c.recycled_content) for c in after.components
              if c.id in old and old[c.id].recycled_content != c.recycled_content}
    out, seen = [], set()
    for ch in changes:
        seen.add(ch.key)
        out.append(replace(ch, fields=(*ch.fields, "recycled_content"))
                   if ch.key in shares else ch)
    order = [c.id for c in after.components]
    for key in shares.keys() - seen:
        out.append(ComponentChange(key, None, None, ("recycled_content",)))
    out.sort(key=lambda ch: order.index(ch.key) if ch.key in order else len(order))
    return out, shares


def field_name(field: str) -> str:
    return QCoreApplication.translate("CompareFields", FIELD_NAMES.get(field, field))


def format_metric(name: str, value: float | None, lang: str, signed: bool = False) -> str:
    """A key figure in the language: shares as %, masses in kg or g, time in s."""
    if value is None:
        return "–"  # not assessed (a disassembly time with unknown joints)
    sign = ("+" if value > 0 else "−" if value < 0 else "±") if signed else ""
    shown = abs(value) if signed else value
    if (name.endswith("_rate") or name.startswith("circular_")) and signed:
        text = f"{fmt_number(shown * 100, lang, 1)} {points()}"  # a difference of two shares
    elif name.endswith("_rate") or name.startswith("circular_"):
        text = fmt_percent(shown, lang, 1)
    elif name in ("mci", "lfi"):
        text = fmt_number(shown, lang, 2)
    elif name.endswith("_time_s"):
        text = f"{fmt_number(shown, lang, 0)} s"
    elif name == "embodied_carbon_kg":
        text = f"{fmt_number(shown, lang, 2)} kg CO₂e"
    else:
        text = fmt_mass(shown, lang)
    return sign + text


def metric_label(name: str, lang: str) -> str:
    return message_text(f"export_metric_{name}", lang, default=name)


class MetricsModel(QAbstractTableModel):
    """Rows: key figures; columns: each variant, then its difference with the first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.assessments: list[Assessment] = []
        self.lang = "nl"

    def set_assessments(self, assessments: list[Assessment]) -> None:
        self.beginResetModel()
        self.assessments = list(assessments)
        self.endResetModel()

    def _others(self) -> int:
        return max(0, len(self.assessments) - 1)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.assessments else len(COMPARED)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.assessments else \
            1 + len(self.assessments) + self._others()

    def _cell(self, name: str, col: int) -> tuple[str, int]:
        """Text and direction (+1 better, -1 worse, 0) of one cell."""
        n = len(self.assessments)
        if col <= n:
            return format_metric(name, getattr(self.assessments[col - 1].metrics, name),
                                 self.lang), 0
        base = getattr(self.assessments[0].metrics, name)
        other = getattr(self.assessments[col - n].metrics, name)
        if base is None or other is None:
            return "–", 0
        diff = other - base
        if abs(diff) < 1e-9:
            return "–", 0
        good = (diff < 0) if name in LOWER_IS_BETTER else (diff > 0)
        return format_metric(name, diff, self.lang, signed=True), \
            0 if name in NEUTRAL else (1 if good else -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name = COMPARED[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return metric_label(name, self.lang) if col == 0 else self._cell(name, col)[0]
        if role == Qt.ItemDataRole.ForegroundRole and col > len(self.assessments):
            direction = self._cell(name, col)[1]
            return BETTER if direction > 0 else WORSE if direction < 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        n = len(self.assessments)
        if section == 0:
            return self.tr("Key figure")
        if 1 <= section <= n:
            return self.assessments[section - 1].variant_name
        if n < section < self.columnCount():
            return self.tr("Δ {variant}").format(
                variant=self.assessments[section - n].variant_name)
        return None


class ChangesModel(QAbstractTableModel):
    """The rows that differ between two variants and how."""

    COMPONENT, WHAT, BEFORE, AFTER = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.changes: list[ComponentChange] = []
        self.recycled: dict[str, tuple] = {}  # row id -> (share before, share after)
        self.names: dict[str, str] = {}  # row id -> name, for rows the results lack
        self.lang = "nl"
        self.material_name: Callable[[str | None], str] = lambda m: m or ""
        self.joint_name: Callable[[str | None], str] = lambda j: j or ""

    def set_changes(self, changes: list[ComponentChange],
                    recycled: dict[str, tuple] | None = None,
                    names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.recycled = dict(recycled or {})
        self.names = dict(names or {})
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def describe(self, r: ComponentResult | None, fields: tuple[str, ...], key: str = "",
                 side: int = 0) -> str:
        """The values of the changed fields of one side (0 before, 1 after)."""
        parts = []
        for f in fields:
            if f == "recycled_content":
                share = self.recycled.get(key, (None, None))[side]
                parts.append(fmt_percent(share, self.lang) if share is not None else "–")
                continue
            if r is None:
                parts.append("–")
                continue
            if f in ("added", "removed"):
                parts.append(f"{self.material_name(r.material_id)}, "
                             f"{explain.route_name(r.route_code, self.lang)}")
            elif f == "material_id":
                parts.append(self.material_name(r.material_id))
            elif f == "route_code":
                parts.append(explain.route_name(r.route_code, self.lang))
            elif f == "route_quality":
                parts.append(explain.quality_name(r.route_quality, self.lang))
            elif f == "total_mass_kg":
                parts.append(fmt_mass(r.total_mass_kg, self.lang))
            elif f == "joint":
                parts.append(self.joint_name(r.joint) or "–")
            elif f == "liberated":
                parts.append(self.tr("liberated") if r.liberated else self.tr("not liberated"))
            else:
                parts.append(str(getattr(r, f, "") or "–"))
        return "; ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        ch = self.changes[index.row()]
        c = index.column()
        if c == self.COMPONENT:
            return (ch.b or ch.a).name if (ch.b or ch.a) else self.names.get(ch.key, ch.key)
        if c == self.WHAT:
            return ", ".join(field_name(f) for f in ch.fields)
        side = 0 if c == self.BEFORE else 1
        return self.describe(ch.a if side == 0 else ch.b, ch.fields, ch.key, side)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Component"), self.tr("What changed"), self.tr("Before"),
                 self.tr("After"))
        return names[section] if 0 <= section < 4 else None
