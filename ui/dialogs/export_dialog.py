"""The PDF report dialog: language, company, author, comparison variant and file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ReportOptions:
    path: Path
    lang: str
    company: str
    author: str
    compare_variant_id: str | None
    open_after: bool = True


class ExportDialog(QDialog):
    """Asks for the report options; remembers nothing itself (the caller stores them)."""

    def __init__(self, parent: QWidget | None, default_path: Path, lang: str, company: str,
                 author: str, variants: list[tuple[str, str]], open_after: bool = True,
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF report"))
        self.setMinimumWidth(620)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.company = QLineEdit(company, self)
        self.company.setPlaceholderText(self.tr("Client or manufacturer"))
        self.company.setToolTip(self.tr("Kept in the project, with the author"))
        self.author = QLineEdit(author, self)
        self.author.setPlaceholderText(self.tr("Your name"))
        self.compare = QComboBox(self)
        self.compare.addItem(self.tr("(no comparison)"), None)
        for vid, name in variants:
            self.compare.addItem(name, vid)
        self.path = QLineEdit(str(default_path), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        self.open_after = QCheckBox(self.tr("Open the report when it is written"), self)
        self.open_after.setChecked(open_after)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Client:"), self.company)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Compare with:"), self.compare)
        form.addRow(self.tr("File:"), path_row)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as"),
                                              self.path.text(), self.tr("PDF (*.pdf)"))
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def options(self) -> ReportOptions:
        return ReportOptions(Path(self.path.text().strip()), self.language.currentData(),
                             self.company.text().strip(), self.author.text().strip(),
                             self.compare.currentData(), self.open_after.isChecked())
