"""A main window for a test: a synchronous task runner, the test's own user folder, the
language asked for, and no question box that could block when the test closes it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ui.base import i18n
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.main_window import MainWindow


def open_window(qtbot, monkeypatch, lang: str = "en", asked: list | None = None) -> MainWindow:
    """The window, shown; questions answered "discard" (and recorded in `asked`)."""
    def question(_parent, title, text, *_a, **_k):
        if asked is not None:
            asked.append((title, text))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    settings = Settings()
    settings.language = lang
    i18n.install(lang)
    window = MainWindow(runner=SyncTaskRunner(), settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window
