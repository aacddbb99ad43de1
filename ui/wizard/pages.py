"""The three pages of the import wizard: source, columns, check and target."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ui.wizard.models import MappingModel, ProblemsModel, field_choices

MASS_UNITS = ("g", "kg", "mg", "t", "lb", "oz")


def raw_view(model, parent=None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setDefaultSectionSize(120)
    view.verticalHeader().setDefaultSectionSize(22)
    view.setAlternatingRowColors(True)
    view.setProperty("quoted", True)  # the file's rows, as they are in the file
    return view


class FieldDelegate(QStyledItemDelegate):
    """A combo box of BOM fields for the mapping column."""

    def createEditor(self, parent, _option, _index):  # noqa: N802
        combo = QComboBox(parent)
        for field, label in field_choices():
            combo.addItem(label, field)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.showPopup()

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SourcePage(QWizardPage):
    """Choose the file and the sheet; see the rows as they are in the file."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("File and sheet"))
        self.setSubTitle(self.tr("Choose the bill of materials. The rows below are shown "
                                 "exactly as they are in the file."))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self.w.load_preview(self.sheet.currentText()))
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheet:"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        self.view = raw_view(wizard.raw_model, self)
        layout.addWidget(self.view, 1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bill of materials"), self.w.start_dir,
            self.tr("Bills of materials (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if name:
            self.w.set_path(Path(name))

    def show_source(self) -> None:
        w = self.w
        self.path_edit.setText(str(w.path) if w.path else self.tr("Pasted text"))
        self.browse.setEnabled(w.text is None)
        self.sheet.clear()
        preview = w.preview
        if preview is not None:
            self.sheet.addItems(preview.sheets)
            if preview.sheet:
                self.sheet.setCurrentText(preview.sheet)
        self.sheet.setEnabled(bool(preview and len(preview.sheets) > 1))
        self.completeChanged.emit()

    def show_info(self, text: str) -> None:
        self.info.setText(text)

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.preview is not None


class MappingPage(QWizardPage):
    """Which column holds which field; the decimal separator and the mass unit."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check which column fills which field. Click a field to "
                                 "change it; a mass column is required."))
        self.model: MappingModel = wizard.mapping_model
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MappingModel.FIELD, FieldDelegate(self.table))
        self.table.setProperty("dataColumns", [MappingModel.HEADER, MappingModel.SAMPLE])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(0, 180)
        self.table.horizontalHeader().resizeSection(2, 170)
        self.table.verticalHeader().setVisible(False)
        self.decimal = QComboBox()
        for label, value in ((self.tr("Detect automatically"), None),
                             (self.tr("Comma (1,5)"), ","), (self.tr("Point (1.5)"), ".")):
            self.decimal.addItem(label, value)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("From the header or the cells"), None)
        for unit in MASS_UNITS:
            self.unit.addItem(unit, unit)
        self.remember = QCheckBox(self.tr("Remember these choices for files with these "
                                          "columns"))
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Decimal separator:"), self.decimal)
        form.addRow(self.tr("Mass unit when a cell has none:"), self.unit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        self.model.dataChanged.connect(lambda *_: self._fields_changed())
        self.model.modelReset.connect(self._fields_changed)

    def _fields_changed(self) -> None:
        self.w.raw_model.set_fields(self.model.fields)
        self.completeChanged.emit()

    def set_options(self, decimal: str | None, unit: str | None) -> None:
        self.decimal.setCurrentIndex(max(0, self.decimal.findData(decimal)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))

    def options(self) -> tuple[str | None, str | None]:
        return self.decimal.currentData(), self.unit.currentData()

    def isComplete(self) -> bool:  # noqa: N802
        return "mass" in self.model.fields


class CheckPage(QWizardPage):
    """The trial import's problems (click one to see its row) and where the rows go."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(self.tr("Problems are listed with their row number; click one to "
                                 "see the row. Then choose where the rows go."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems: ProblemsModel = wizard.problems_model
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problems)
        self.problem_view.setProperty("dataColumns", [ProblemsModel.COLUMN])  # the file's
        self.problem_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.verticalHeader().setVisible(False)
        self.problem_view.setWordWrap(True)
        self.problem_view.clicked.connect(self._jump)
        self.rows = raw_view(wizard.raw_model, self)
        self.progress = QProgressBar()  # the trial import of a long file, row by row
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem_view, 1)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self._target_box())

    def _target_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import into the project as"))
        self.as_product = QRadioButton(self.tr("a new product, named"))
        self.as_variant = QRadioButton(self.tr("a new variant of"))
        group = QButtonGroup(box)
        group.addButton(self.as_product)
        group.addButton(self.as_variant)
        self.product_name = QLineEdit()
        self.product_combo = QComboBox()
        self.variant_name = QLineEdit()
        self.variant_name.setPlaceholderText(self.tr("variant name"))
        grid = QFormLayout(box)
        grid.addRow(self.as_product, self.product_name)
        variant_row = QHBoxLayout()
        variant_row.addWidget(self.product_combo, 1)
        variant_row.addWidget(QLabel(self.tr("named")))
        variant_row.addWidget(self.variant_name, 1)
        grid.addRow(self.as_variant, variant_row)
        self.as_product.setChecked(True)
        self.as_variant.toggled.connect(self._target_changed)
        return box

    def _target_changed(self) -> None:
        variant = self.as_variant.isChecked()
        self.product_name.setEnabled(not variant)
        self.product_combo.setEnabled(variant)
        self.variant_name.setEnabled(variant)

    def set_products(self, products: list[tuple[str, str]], default_name: str) -> None:
        self.product_combo.clear()
        for pid, name in products:
            self.product_combo.addItem(name, pid)
        self.as_variant.setEnabled(bool(products))
        self.product_name.setText(default_name)
        self._target_changed()

    def target(self) -> tuple[str | None, str | None]:
        """(product name, variant name) for `add_to_project`."""
        if self.as_variant.isChecked() and self.product_combo.count():
            return self.product_combo.currentText(), self.variant_name.text().strip() or None
        return self.product_name.text().strip() or None, None

    def _jump(self, index: QModelIndex) -> None:
        number = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        row = self.w.raw_model.row_of(number) if number is not None else None
        if row is None:
            return
        target = self.w.raw_model.index(row, 0)
        self.rows.selectRow(row)
        self.rows.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)

    def initializePage(self) -> None:  # noqa: N802
        self.w.trial_import()

    def show_progress(self, percent: int | None) -> None:
        """The trial import's progress; None hides the bar (done, failed or stopped)."""
        self.progress.setVisible(percent is not None)
        if percent is not None:
            self.progress.setValue(percent)

    def show_result(self, text: str) -> None:
        self.summary.setText(text)
        self.problem_view.resizeColumnToContents(0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.result is not None
