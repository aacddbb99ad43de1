"""The knowledge-base browser and editor: search, sources, user-layer edits, data packs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor.errors import InputError
from advisor.kb import datapack, userlayer
from advisor.kb.browse import EDITABLE, Entry, edited_row, entries, key_of, shipped_tables
from advisor.kb.loader import read_dir
from advisor.kb.schema import SCHEMA
from advisor.paths import user_kb_dir
from ui.base.catalog import Catalog
from ui.base.errors import show_failure
from ui.base.tasks import TaskRunner
from ui.kb_editor.models import ENTRY_ROLE, KbFilterModel, KbRowModel, KbTableModel, table_name


class KbEditor(QDialog):
    """A window over the merged knowledge base; changes go to the user's layer."""

    kb_changed = Signal()

    def __init__(self, catalog: Catalog, runner: TaskRunner, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Knowledge base"))
        self.resize(1200, 760)
        self.catalog, self.runner, self.lang = catalog, runner, lang
        self.model = KbTableModel(self)
        self.proxy = KbFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.row_model = KbRowModel(self)
        self.row_model.edit_handler = self.edit_value
        self._build()
        self.show_table(EDITABLE[0])

    # -- construction ----------------------------------------------------------------
    def _build(self) -> None:
        self.table_combo = QComboBox()
        for table in EDITABLE:
            self.table_combo.addItem(table_name(table), table)
        self.table_combo.activated.connect(
            lambda _i: self.show_table(self.table_combo.currentData()))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in every column…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.layer = QComboBox()
        for label, value in ((self.tr("All rows"), ""), (self.tr("Shipped rows"), "shipped"),
                             (self.tr("Your rows"), "user")):
            self.layer.addItem(label, value)
        self.layer.activated.connect(lambda _i: self._filter())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Table:")))
        top.addWidget(self.table_combo)
        top.addWidget(self.search, 1)
        top.addWidget(self.layer)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self._detail())
        splitter.setSizes([460, 300])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._pack_buttons())

    def _detail(self) -> QWidget:
        self.row_view = QTableView()
        self.row_view.setModel(self.row_model)
        self.row_view.setProperty("dataColumns", [1, 2, 3])  # values and their sources
        self.row_view.verticalHeader().setVisible(False)
        self.row_view.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        header = self.row_view.horizontalHeader()
        for column, width in ((0, 190), (1, 200), (2, 130)):  # at least the whole header
            title = str(self.row_model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(
                title) + 24))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. supplier data sheet 2026, own LCA"))
        self.add_button = QPushButton(self.tr("Add a row like this…"))
        self.revert_button = QPushButton(self.tr("Restore the shipped row"))
        self.hide_button = QPushButton(self.tr("Hide this row"))
        self.add_button.clicked.connect(self.add_like)
        self.revert_button.clicked.connect(self.revert)
        self.hide_button.clicked.connect(self.hide_row)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Source of your changes (required):")))
        side.addWidget(self.source)
        for button in (self.add_button, self.revert_button, self.hide_button):
            side.addWidget(button)
        side.addStretch(1)
        hint = QLabel(self.tr("Double-click a value to change it. Your value goes to your "
                              "own layer; the shipped value stays beside it."))
        hint.setWordWrap(True)
        side.addWidget(hint)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.row_view, 3)
        row.addLayout(side, 1)
        return box

    def _pack_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for text, slot in ((self.tr("Import data pack…"), self.import_pack),
                           (self.tr("Export data pack…"), self.export_pack),
                           (self.tr("Close"), self.close)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        return buttons

    # -- showing -------------------------------------------------------------------------
    @property
    def user_dir(self) -> Path:
        return self.catalog.kb().user_dir or user_kb_dir()

    def show_table(self, table: str, select: tuple | None = None) -> None:
        kb = self.catalog.kb()
        self.model.set_entries(table, entries(table, kb.rows(table),
                                              shipped_tables().get(table, [])))
        self.table_combo.setCurrentIndex(self.table_combo.findData(table))
        # The rows as the knowledge base holds them (names in both languages, sources).
        self.view.setProperty("dataColumns", list(range(self.model.columnCount())))
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 260))
        mine = sum(1 for e in self.model.entries if e.layer == "user")
        self.status.setText(self.tr("{n} rows, {mine} of them yours. Knowledge base {version}")
                            .format(n=len(self.model.entries), mine=mine, version=kb.version))
        self.select_key(select)

    def select_key(self, key: tuple | None) -> None:
        row = self.model.row_of_key(key) if key is not None else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None \
            else self.proxy.index(0, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.row_model.set_entry(None)
        self._update_buttons()

    def _filter(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_layer(self.layer.currentData())

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.row_model.set_entry(current.data(ENTRY_ROLE) if current.isValid() else None)
        self._update_buttons()

    def current_entry(self) -> Entry | None:
        return self.row_model.entry

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.add_button.setEnabled(entry is not None)
        self.revert_button.setEnabled(entry is not None and entry.layer == "user")
        self.hide_button.setEnabled(entry is not None and entry.layer == "shipped")

    # -- changing ----------------------------------------------------------------------------
    def _need_source(self) -> str | None:
        source = self.source.text().strip()
        if not source:
            QMessageBox.warning(self, self.tr("Source required"), self.tr(
                "Every value in the knowledge base names its source. Fill in the source "
                "of your change first."))
            self.source.setFocus()
            return None
        return source

    def edit_value(self, entry: Entry, column: str, value: str) -> bool:
        source = self._need_source()
        if source is None:
            return False
        row = edited_row(entry.table, entry.row, column, value, source)
        return self._write(lambda: userlayer.save_user_row(entry.table, row, self.user_dir),
                           entry.table, entry.key)

    def add_like(self) -> None:
        entry = self.current_entry()
        if entry is None or (source := self._need_source()) is None:
            return
        key_col = SCHEMA[entry.table].key[0]
        value, ok = QInputDialog.getText(self, self.tr("Add a row"), self.tr(
            "The new row is a copy of the selected one. Its {column}:").format(column=key_col),
            text=entry.row.get(key_col, "") + "-2")
        if not ok or not value.strip():
            return
        row = edited_row(entry.table, entry.row, key_col, value.strip(), source)
        row["source"] = source if "source" in row else row.get("source", "")
        key = tuple(str(row.get(k, "")).lower() for k in SCHEMA[entry.table].key)
        self._write(lambda: userlayer.save_user_row(entry.table, row, self.user_dir),
                    entry.table, key)

    def revert(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.layer == "user":
            self._write(lambda: userlayer.remove_user_row(
                entry.table, key_of(entry.table, entry.row), self.user_dir),
                entry.table, entry.key)

    def hide_row(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.layer != "shipped":
            return
        answer = QMessageBox.question(self, self.tr("Hide row"), self.tr(
            "Hide this shipped row from the knowledge base? You can restore it by removing "
            "your marker from your data pack."))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: userlayer.hide_shipped_row(
                entry.table, key_of(entry.table, entry.row), self.user_dir), entry.table, None)

    def _write(self, fn, table: str, select: tuple | None) -> bool:
        try:
            fn()
        except (InputError, OSError) as exc:
            self._show_error(self.tr("The change was not saved."), exc)
            return False
        self.reload(table, select)
        return True

    def reload(self, table: str | None = None, select: tuple | None = None) -> None:
        """Reload the knowledge base (off the UI thread), refresh, tell the window."""
        table = table or self.model.table
        catalog = self.catalog

        def work(_progress, _cancelled):
            catalog.reload()
            return catalog.kb()

        task = self.runner.start("kb-reload", work)
        task.finished.connect(lambda _kb: self._reloaded(table, select))
        task.failed.connect(lambda exc: self._show_error(self.tr(
            "The knowledge base could not be loaded."), exc))
        self.runner.launch(task)

    def _reloaded(self, table: str, select: tuple | None) -> None:
        self.show_table(table, select)
        self.kb_changed.emit()

    def _show_error(self, text: str, exc: BaseException) -> None:
        show_failure(self, self.tr("Knowledge base"), text, exc, self.lang)

    # -- data packs ------------------------------------------------------------------------------
    def export_pack(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export data pack"),
                                              "cirkelwijzer-datapack.zip",
                                              self.tr("Data packs (*.zip)"))
        if not name:
            return
        try:
            out = datapack.export_pack(self.user_dir, Path(name), self.catalog.kb().version)
        except (OSError, InputError) as exc:  # a folder in the way, a damaged layer
            self._show_error(self.tr("The data pack was not written."), exc)
            return
        self.status.setText(self.tr("Data pack written: {path}").format(path=out))

    def import_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import data pack"), "",
                                              self.tr("Data packs (*.zip *.csv)"))
        if name:
            self.import_pack_from(Path(name))

    def import_pack_from(self, path: Path) -> bool:
        """Preview what a pack changes, ask, then merge it into the user layer."""
        try:
            incoming = datapack.read_pack(path)
            current = read_dir(self.user_dir) if self.user_dir.exists() else {}
        except InputError as exc:
            self._show_error(self.tr("This data pack cannot be used."), exc)
            return False
        lines = [self.tr("{table}: {added} new, {changed} changed").format(
            table=table_name(c.table), added=c.added, changed=c.changed)
            for c in datapack.preview(incoming, current)]
        answer = QMessageBox.question(self, self.tr("Import data pack"), self.tr(
            "This data pack changes your layer of the knowledge base:\n\n{changes}\n\n"
            "Import it?").format(changes="\n".join(lines)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._write(lambda: datapack.import_pack(path, self.user_dir),
                           self.model.table, None)
