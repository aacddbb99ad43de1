"""The offline help: HTML pages under resources/help/<lang>/, shown in a QTextBrowser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser

from advisor.paths import resource_dir

# Page files in reading order; each page's <title> names it in the list.
PAGES = ("workflow", "metrics", "rladder", "knowledge")


def help_dir(lang: str):
    folder = resource_dir("help", lang)
    return folder if folder.is_dir() else resource_dir("help", "nl")


def page_title(html: str, fallback: str) -> str:
    start, end = html.find("<title>"), html.find("</title>")
    return html[start + 7:end].strip() if 0 <= start < end else fallback


class HelpWindow(QDialog):
    """Topics on the left, the page on the right; links between pages work offline."""

    def __init__(self, lang: str, parent=None, page: str = PAGES[0]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cirkelwijzer help"))
        self.resize(1000, 720)
        self.folder = help_dir(lang)
        self.topics = QListWidget()
        self.topics.setMaximumWidth(240)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(self.folder)])
        for name in PAGES:
            path = self.folder / f"{name}.html"
            if path.exists():
                item = QListWidgetItem(page_title(path.read_text(encoding="utf-8"), name))
                item.setData(256, name)
                self.topics.addItem(item)
        self.topics.currentItemChanged.connect(
            lambda item, _old: item is not None and self.show_page(item.data(256)))
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.browser, 1)
        self.show_page(page)

    def show_page(self, name: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(self.folder / f"{name}.html")))
        for i in range(self.topics.count()):
            if self.topics.item(i).data(256) == name:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(i)
                self.topics.blockSignals(False)
