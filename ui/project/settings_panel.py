"""The project settings in the window: what a product's figures assume (where it is
collected, which processing counts, its waste stream, the MCI's lifetime and use), and
the project's client, author, date and notes.

Every change is one undoable step on the document (`advisor.project_settings` computes
the new project); the shown variant is assessed again at once. The values are stored
in the `.cirkel` file, and the command line uses them when it evaluates the project.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisor.model import PROCESSING_SCOPES, REGIONS, Assessment, EolSettings
from advisor.project_settings import current_settings, set_project_details, set_settings

REGION_NAMES = {
    "utrecht": QT_TRANSLATE_NOOP("SettingsPanel", "Utrecht region"),
    "nl": QT_TRANSLATE_NOOP("SettingsPanel", "The Netherlands"),
    "eu": QT_TRANSLATE_NOOP("SettingsPanel", "The European Union"),
}
SCOPE_NAMES = {
    "anywhere": QT_TRANSLATE_NOOP("SettingsPanel", "Anywhere (every processor counts)"),
    "eu": QT_TRANSLATE_NOOP("SettingsPanel", "Within the EU"),
    "nl": QT_TRANSLATE_NOOP("SettingsPanel", "Within the Netherlands"),
    "region": QT_TRANSLATE_NOOP("SettingsPanel", "Within the region"),
}
NO_DATE = QDate(2000, 1, 1)  # the date field's "no date" value
NOTES_DEBOUNCE_MS = 800


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPanel", text)


class NotesEdit(QPlainTextEdit):
    """A notes field that reports its text a moment after typing stops and on leaving."""

    edited = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTES_DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._timer.start)

    def commit(self) -> None:
        self._timer.stop()
        self.edited.emit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)


def _years_box(special: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 200.0)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setSpecialValueText(special)  # shown at 0: not given
    box.setSuffix(" " + _tr("years"))
    box.setKeyboardTracking(False)
    return box


class SettingsPanel(QScrollArea):
    """Settings of the shown product and variant, and the project's details."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self._w = window
        self.doc = window.doc
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._streams_filled = False
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._product_box())
        layout.addWidget(self._variant_box())
        layout.addWidget(self._assumption_box())
        layout.addWidget(self._project_box(), 1)
        self.setWidget(body)
        self.doc.project_changed.connect(self.refresh)
        self.doc.current_variant_changed.connect(lambda _v: self.refresh())
        self.refresh()

    # -- construction ----------------------------------------------------------------
    def _product_box(self) -> QGroupBox:
        self.product_box = QGroupBox(self.tr("End of life of the product"))
        self.region = QComboBox()
        for code in REGIONS:
            self.region.addItem(_tr(REGION_NAMES[code]), code)
        self.region.setToolTip(self.tr(
            "Where the product is used and collected at end of life. A route counts when "
            "waste collected there reaches its processor, wherever that processor is."))
        self.scope = QComboBox()
        for code in reversed(PROCESSING_SCOPES):  # the default, anywhere, first
            self.scope.addItem(_tr(SCOPE_NAMES[code]), code)
        self.scope.setToolTip(self.tr(
            "Supply security: only recovery processed within this area counts in the "
            "figures."))
        self.stream = QComboBox()
        self.stream.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stream.setMinimumContentsLength(18)
        self.stream.addItem(self.tr("Guess from the parts"), "")
        self.stream.setToolTip(self.tr(
            "The collection and treatment chain the product goes into, e.g. a WEEE "
            "category; it decides the legal targets the figures are shown against."))
        self.stream_note = QLabel()
        self.stream_note.setWordWrap(True)
        self.stream_note.setStyleSheet("color:#555;")
        for combo in (self.region, self.scope, self.stream):
            combo.activated.connect(lambda _i: self._settings_edited())
        form = QFormLayout(self.product_box)
        form.addRow(self.tr("Collected in:"), self.region)
        form.addRow(self.tr("Processing that counts:"), self.scope)
        form.addRow(self.tr("Waste stream:"), self.stream)
        form.addRow("", self.stream_note)
        return self.product_box

    def _variant_box(self) -> QGroupBox:
        self.variant_box = QGroupBox(self.tr("Use (Material Circularity Indicator)"))
        self.lifetime = _years_box(self.tr("not given"))
        self.lifetime.setToolTip(self.tr("Lifetime L of this variant"))
        self.industry_lifetime = _years_box(self.tr("not given"))
        self.industry_lifetime.setToolTip(self.tr(
            "Average lifetime L_av of comparable products in the industry"))
        self.use_intensity = QDoubleSpinBox()
        self.use_intensity.setRange(0.1, 20.0)
        self.use_intensity.setDecimals(2)
        self.use_intensity.setSingleStep(0.1)
        self.use_intensity.setKeyboardTracking(False)
        self.use_intensity.setToolTip(self.tr(
            "Uses per lifetime compared with the industry average (U/U_av); 1 is average"))
        for box in (self.lifetime, self.industry_lifetime, self.use_intensity):
            box.valueChanged.connect(lambda _v: self._settings_edited())
        self.utility_note = QLabel()
        self.utility_note.setWordWrap(True)
        self.utility_note.setStyleSheet("color:#555;")
        form = QFormLayout(self.variant_box)
        form.addRow(self.tr("Lifetime:"), self.lifetime)
        form.addRow(self.tr("Industry lifetime:"), self.industry_lifetime)
        form.addRow(self.tr("Use intensity:"), self.use_intensity)
        form.addRow("", self.utility_note)
        return self.variant_box

    def _assumption_box(self) -> QGroupBox:
        self.assumption_box = QGroupBox(self.tr("What the figures assume"))
        self.assumption_list = QLabel()
        self.assumption_list.setWordWrap(True)
        self.assumption_list.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.assumption_box).addWidget(self.assumption_list)
        self.assumption_box.setVisible(False)
        self.finding_text = lambda f: f.code
        return self.assumption_box

    def _project_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Project"))
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("Client or manufacturer"))
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Your name"))
        self.client.editingFinished.connect(lambda: self._detail("company", self.client.text()))
        self.author.editingFinished.connect(lambda: self._detail("author", self.author.text()))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("no date"))
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setKeyboardTracking(False)
        self.date.dateChanged.connect(lambda d: self._detail("date", _iso(d)))
        self.notes = NotesEdit()
        self.notes.setPlaceholderText(self.tr("Notes of the visit, agreements, open points…"))
        self.notes.edited.connect(lambda text: self._detail("notes", text))
        form = QFormLayout(box)
        form.addRow(self.tr("Client:"), self.client)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Notes:"), self.notes)
        return box

    # -- showing ------------------------------------------------------------------------
    def _fill_streams(self) -> None:
        catalog = self._w.catalog
        if self._streams_filled or not catalog.loaded:
            return
        from advisor.engine.streams import stream_choices

        for s in stream_choices(catalog.kb()):
            self.stream.addItem(s.name(self._w.lang), s.id)
            self.stream.setItemData(self.stream.count() - 1, s.name(self._w.lang),
                                    Qt.ItemDataRole.ToolTipRole)
        self._streams_filled = True

    def refresh(self) -> None:
        """Show the document's values (after an edit, an undo or another variant)."""
        project, found = self.doc.project, self.doc.current()
        self._fill_streams()
        for w in (self.region, self.scope, self.stream, self.lifetime, self.industry_lifetime,
                  self.use_intensity, self.date):
            w.blockSignals(True)
        self.product_box.setEnabled(found is not None)
        self.variant_box.setEnabled(found is not None)
        if found is not None:
            product, variant = found
            s = current_settings(project, variant.id)
            self.product_box.setTitle(self.tr("End of life of “{product}”").format(
                product=product.name))
            self.variant_box.setTitle(self.tr("Use of “{variant}” (for the MCI)").format(
                variant=variant.name))
            _choose(self.region, s.region)
            _choose(self.scope, s.processed_within)
            self._choose_stream(s.stream)
            self.lifetime.setValue(s.lifetime_years or 0.0)
            self.industry_lifetime.setValue(s.industry_lifetime_years or 0.0)
            self.use_intensity.setValue(s.use_intensity or 1.0)
        self.date.setDate(_date(project.date))
        for w in (self.region, self.scope, self.stream, self.lifetime, self.industry_lifetime,
                  self.use_intensity, self.date):
            w.blockSignals(False)
        for line, value in ((self.client, project.company), (self.author, project.author)):
            if not line.hasFocus() and line.text() != value:
                line.setText(value)
        if not self.notes.hasFocus():
            self.notes.set_text(project.notes)

    def _choose_stream(self, stream: str) -> None:
        if stream and self.stream.findData(stream) < 0:
            self.stream.addItem(stream, stream)  # a stream this knowledge base lacks
        _choose(self.stream, stream)

    def show_assessment(self, assessment: Assessment | None) -> None:
        """What the figures assumed: the guessed stream and the MCI's utility."""
        self._fill_streams()
        found = self.doc.current()
        note = ""
        if assessment is not None and found is not None and not found[0].stream:
            pos = self.stream.findData(assessment.stream)
            name = self.stream.itemText(pos) if pos > 0 else assessment.stream
            if name:
                note = self.tr("Guessed from the parts: {stream}").format(stream=name)
        self.stream_note.setText(note)
        self.stream_note.setVisible(bool(note))
        utility = ""
        if assessment is not None:
            from advisor.i18n import fmt_number

            utility = self.tr("Utility X of the MCI: {x}").format(
                x=fmt_number(assessment.metrics.utility_x, self._w.lang, 2))
        self.utility_note.setText(utility)
        self._show_assumptions(assessment)

    def _show_assumptions(self, assessment: Assessment | None) -> None:
        from html import escape

        found = assessment.assumptions if assessment is not None else ()
        items = []
        for f in found:
            rows = ", ".join(str(r) for r in f.rows)
            where = escape(self.tr("rows {rows}").format(rows=rows)) if rows else ""
            where = f" <small>({where})</small>" if where else ""
            items.append(f"<li>{escape(self.finding_text(f))}{where}</li>")
        self.assumption_list.setText(f"<ul style='margin-left:-20px'>{''.join(items)}</ul>")
        self.assumption_box.setVisible(bool(found))

    # -- editing --------------------------------------------------------------------------
    def settings(self) -> EolSettings:
        """The settings as the fields show them."""
        return EolSettings(
            region=self.region.currentData(), processed_within=self.scope.currentData(),
            stream=self.stream.currentData() or "",
            lifetime_years=self.lifetime.value() or None,
            industry_lifetime_years=self.industry_lifetime.value() or None,
            use_intensity=self.use_intensity.value())

    def _settings_edited(self) -> None:
        found = self.doc.current()
        if found is None:
            return
        product, variant = found
        after = set_settings(self.doc.project, variant.id, self.settings())
        self.doc.edit_settings(lambda: _tr("Change the settings of {product}").format(
            product=product.name), after, tuple(v.id for v in product.variants))

    def _detail(self, name: str, value: str) -> None:
        if getattr(self.doc.project, name) == (value if name == "notes" else value.strip()):
            return
        labels = {"company": QT_TRANSLATE_NOOP("SettingsPanel", "Change the client"),
                  "author": QT_TRANSLATE_NOOP("SettingsPanel", "Change the author"),
                  "date": QT_TRANSLATE_NOOP("SettingsPanel", "Change the date"),
                  "notes": QT_TRANSLATE_NOOP("SettingsPanel", "Edit the project notes")}
        after = set_project_details(self.doc.project, **{name: value})
        self.doc.edit_settings(lambda: _tr(labels[name]), after, (), merge_key=f"details-{name}")

    def commit_pending(self) -> None:
        """Store what is being typed (before a save or an export)."""
        self.notes.commit()
        for line, name in ((self.client, "company"), (self.author, "author")):
            self._detail(name, line.text())


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _iso(d: QDate) -> str:
    return "" if d == NO_DATE else d.toString("yyyy-MM-dd")


def _date(text: str) -> QDate:
    d = QDate.fromString(text.strip(), "yyyy-MM-dd") if text else QDate()
    return d if d.isValid() else NO_DATE
