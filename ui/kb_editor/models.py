"""Qt models of the knowledge-base editor: a table's rows, one row's values, a filter."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from advisor.kb.browse import Entry, display_columns, matches, source_of

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
USER_BRUSH = QBrush(QColor("#e3f0fb"))

TABLE_NAMES = {
    "materials": QT_TRANSLATE_NOOP("KbTables", "Materials"),
    "compositions": QT_TRANSLATE_NOOP("KbTables", "Compositions"),
    "joints": QT_TRANSLATE_NOOP("KbTables", "Joints"),
    "material_routes": QT_TRANSLATE_NOOP("KbTables", "Recovery routes per material"),
    "compatibility": QT_TRANSLATE_NOOP("KbTables", "Compatibility rules"),
    "crm": QT_TRANSLATE_NOOP("KbTables", "Critical raw materials"),
    "crm_content": QT_TRANSLATE_NOOP("KbTables", "Critical raw material content"),
    "priority_stream_feeds": QT_TRANSLATE_NOOP("KbTables", "What feeds each priority stream"),
}

COLUMN_LABELS = {
    "id": QT_TRANSLATE_NOOP("KbColumns", "Id"),
    "name_en": QT_TRANSLATE_NOOP("KbColumns", "Name (English)"),
    "name_nl": QT_TRANSLATE_NOOP("KbColumns", "Name (Dutch)"),
    "family": QT_TRANSLATE_NOOP("KbColumns", "Family"),
    "iso_code": QT_TRANSLATE_NOOP("KbColumns", "ISO code"),
    "density_kg_m3": QT_TRANSLATE_NOOP("KbColumns", "Density (kg/m³)"),
    "carbon_kg_per_kg": QT_TRANSLATE_NOOP("KbColumns", "Carbon (kg CO₂e/kg)"),
    "carbon_recycled_kg_per_kg": QT_TRANSLATE_NOOP("KbColumns", "Carbon, recycled (kg CO₂e/kg)"),
    "recycled_content_market": QT_TRANSLATE_NOOP("KbColumns", "Market recycled content"),
    "biobased": QT_TRANSLATE_NOOP("KbColumns", "Bio-based"),
    "substances": QT_TRANSLATE_NOOP("KbColumns", "Substances"),
    "carbon_black": QT_TRANSLATE_NOOP("KbColumns", "Carbon black"),
    "stream": QT_TRANSLATE_NOOP("KbColumns", "Stream"),
    "is_composite": QT_TRANSLATE_NOOP("KbColumns", "Composite"),
    "durable_part": QT_TRANSLATE_NOOP("KbColumns", "Durable part"),
    "note": QT_TRANSLATE_NOOP("KbColumns", "Note"),
    "source": QT_TRANSLATE_NOOP("KbColumns", "Source"),
    "item_id": QT_TRANSLATE_NOOP("KbColumns", "Item"),
    "constituent_id": QT_TRANSLATE_NOOP("KbColumns", "Constituent"),
    "mass_share": QT_TRANSLATE_NOOP("KbColumns", "Mass share"),
    "reversibility": QT_TRANSLATE_NOOP("KbColumns", "Reversibility"),
    "tool_class": QT_TRANSLATE_NOOP("KbColumns", "Tools"),
    "destructive": QT_TRANSLATE_NOOP("KbColumns", "Destructive"),
    "time_s": QT_TRANSLATE_NOOP("KbColumns", "Time (s)"),
    "time_status": QT_TRANSLATE_NOOP("KbColumns", "Time status"),
    "shredder_liberates": QT_TRANSLATE_NOOP("KbColumns", "Freed by the shredder"),
    "shredder_source": QT_TRANSLATE_NOOP("KbColumns", "Source (shredder)"),
    "chains": QT_TRANSLATE_NOOP("KbColumns", "Treatment chains"),
    "streams": QT_TRANSLATE_NOOP("KbColumns", "Waste streams"),
    "processed_in": QT_TRANSLATE_NOOP("KbColumns", "Processed in"),
    "processed_source": QT_TRANSLATE_NOOP("KbColumns", "Source (place of processing)"),
    "recovered_by_item_route": QT_TRANSLATE_NOOP("KbColumns", "Recovered by the item's route"),
    "recovery_source": QT_TRANSLATE_NOOP("KbColumns", "Source (recovery)"),
    "crm_recovery": QT_TRANSLATE_NOOP("KbColumns", "Recovery of critical raw materials"),
    "crm_recovery_source": QT_TRANSLATE_NOOP("KbColumns",
                                             "Source (critical raw material recovery)"),
    "tolerance": QT_TRANSLATE_NOOP("KbColumns", "Tolerance (mass share)"),
    "stream_id": QT_TRANSLATE_NOOP("KbColumns", "Priority stream"),
    "feed_kind": QT_TRANSLATE_NOOP("KbColumns", "Fed by (kind)"),
    "feed": QT_TRANSLATE_NOOP("KbColumns", "Fed by"),
    "material_id": QT_TRANSLATE_NOOP("KbColumns", "Material"),
    "route": QT_TRANSLATE_NOOP("KbColumns", "Route"),
    "quality": QT_TRANSLATE_NOOP("KbColumns", "Quality"),
    "yield": QT_TRANSLATE_NOOP("KbColumns", "Yield"),
    "requires": QT_TRANSLATE_NOOP("KbColumns", "Requires"),
    "regions": QT_TRANSLATE_NOOP("KbColumns", "Regions"),
    "status": QT_TRANSLATE_NOOP("KbColumns", "Status"),
    "a": QT_TRANSLATE_NOOP("KbColumns", "A"),
    "b": QT_TRANSLATE_NOOP("KbColumns", "B"),
    "effect": QT_TRANSLATE_NOOP("KbColumns", "Effect"),
    "yield_factor": QT_TRANSLATE_NOOP("KbColumns", "Yield factor"),
    "strategic": QT_TRANSLATE_NOOP("KbColumns", "Strategic"),
    "top_supplier": QT_TRANSLATE_NOOP("KbColumns", "Main supplier"),
    "supply_share": QT_TRANSLATE_NOOP("KbColumns", "Supply share"),
    "eol_rir": QT_TRANSLATE_NOOP("KbColumns", "End-of-life recycling input rate"),
    "crm_id": QT_TRANSLATE_NOOP("KbColumns", "Critical raw material"),
}


def column_label(column: str) -> str:
    """The translated heading of a knowledge-base column (the raw name if unknown)."""
    if column not in COLUMN_LABELS:
        return column
    return QCoreApplication.translate("KbColumns", COLUMN_LABELS[column])


def table_name(table: str) -> str:
    return QCoreApplication.translate("KbTables", TABLE_NAMES.get(table, table))


def layer_name(entry: Entry) -> str:
    if entry.overridden:
        return QCoreApplication.translate("KbTables", "changed by you")
    if entry.layer == "user":
        return QCoreApplication.translate("KbTables", "added by you")
    return QCoreApplication.translate("KbTables", "shipped")


class KbTableModel(QAbstractTableModel):
    """The merged rows of one table; the first column says whose value it is."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = ""
        self.columns: tuple[str, ...] = ()
        self.entries: list[Entry] = []

    def set_entries(self, table: str, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.table = table
        self.columns = display_columns(table) if table else ()
        self.entries = list(entries)
        self.endResetModel()

    def row_of_key(self, key: tuple) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.key == key), None)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.table else len(self.columns) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        col = index.column() - 1
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.BackgroundRole and entry.layer == "user":
            return USER_BRUSH
        if role == Qt.ItemDataRole.DisplayRole:
            return layer_name(entry) if col < 0 else entry.row.get(self.columns[col], "")
        if role == Qt.ItemDataRole.ToolTipRole and col >= 0:
            return self._tip(entry, self.columns[col])
        if role == Qt.ItemDataRole.FontRole and col >= 0 and \
                entry.shipped_value(self.columns[col]) is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tip(self, entry: Entry, column: str) -> str:
        lines = [f"{column_label(column)}: {entry.row.get(column, '')}"]
        source = source_of(self.table, entry.row, column)
        if source:
            lines.append(self.tr("Source: {source}").format(source=source))
        old = entry.shipped_value(column)
        if old is not None:
            lines.append(self.tr("Shipped value: {value}").format(value=old or "–"))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Value from")
        if 0 < section <= len(self.columns):
            return column_label(self.columns[section - 1])
        return None


class KbFilterModel(QSortFilterProxyModel):
    """Search over every value, and a choice of layer (all, shipped, yours)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._layer = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_layer(self, layer: str) -> None:
        self.beginFilterChange()
        self._layer = layer
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        entry: Entry = model.index(row, 0, parent).data(ENTRY_ROLE)
        if entry is None:
            return False
        if self._layer and entry.layer != self._layer:
            return False
        return matches(entry.row, self._text)


class KbRowModel(QAbstractTableModel):
    """The values of one row: column, value (editable), shipped value, source."""

    FIELD, VALUE, SHIPPED, SOURCE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entry: Entry | None = None
        self.columns: tuple[str, ...] = ()
        self.edit_handler = lambda _entry, _column, _value: False

    def set_entry(self, entry: Entry | None) -> None:
        self.beginResetModel()
        self.entry = entry
        self.columns = display_columns(entry.table) if entry else ()
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.VALUE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.entry is None:
            return None
        column = self.columns[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        c = index.column()
        if c == self.FIELD:
            return column_label(column)
        if c == self.VALUE:
            return self.entry.row.get(column, "")
        if c == self.SHIPPED:
            old = self.entry.shipped_value(column)
            return "" if old is None else (old or "–")
        return source_of(self.entry.table, self.entry.row, column)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.entry is None or index.column() != self.VALUE \
                or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.row()]
        if str(value) == self.entry.row.get(column, ""):
            return False
        return bool(self.edit_handler(self.entry, column, str(value)))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Field"), self.tr("Value"), self.tr("Shipped value"),
                 self.tr("Source"))
        return names[section] if 0 <= section < 4 else None
