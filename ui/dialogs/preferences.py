"""Preferences: the interface language and the report defaults."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ui.base.settings import Settings

LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))  # each in its own language


class PreferencesDialog(QDialog):
    """Language of the interface (and default of the report), company and author."""

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.report_language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(
            max(0, self.report_language.findData(settings.report_language)))
        self.company = QLineEdit(settings.company)
        self.author = QLineEdit(settings.author)
        for combo in (self.language, self.report_language):
            combo.setProperty("quoted", True)  # each language named in its own language
        form = QFormLayout(self)
        form.addRow(self.tr("Language of the interface:"), self.language)
        form.addRow(self.tr("Language of the report:"), self.report_language)
        form.addRow(self.tr("Company on reports:"), self.company)
        form.addRow(self.tr("Author on reports:"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self, settings: Settings) -> str:
        """Store the report defaults; return the chosen interface language."""
        settings.report_language = self.report_language.currentData()
        settings.company = self.company.text().strip()
        settings.author = self.author.text().strip()
        return self.language.currentData()
