"""Autosave into a recovery file, and the offer to restore one after a crash."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from advisor import recovery
from ui.base.errors import show_failure, what_to_do

INTERVAL_MS = 60_000  # at least once a minute while there are unsaved changes
DEBOUNCE_MS = 3_000  # and a few seconds after the user stops editing


class Autosave(QObject):
    """Keeps the window's unsaved project in a recovery file in the user data folder."""

    def __init__(self, window, folder: Path | None = None) -> None:
        super().__init__(window)
        self._w = window
        self.folder = folder
        self.path = recovery.new_session_path(folder)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.save_now)
        doc = window.doc
        doc.undo_stack.indexChanged.connect(lambda _i: self.debounce.start())
        doc.project_replaced.connect(self.debounce.start)
        self.timer.start()
        self.writes = 0

    def save_now(self) -> None:
        """Write the recovery file when there is unsaved work; remove it when there is none."""
        self.debounce.stop()
        doc = self._w.doc
        if not doc.modified:
            recovery.discard(self.path)
            return
        project, title, original, path = doc.project, doc.title, doc.path, self.path

        def work(_progress, _cancelled):
            return recovery.write(path, project, title, original)

        task = self._w.runner.start("autosave", work)
        task.finished.connect(lambda _p: self._written())
        task.failed.connect(lambda exc: self._w.statusBar().showMessage(self.tr(
            "Autosave failed: {reason} Save your work with Ctrl+S.").format(
                reason=what_to_do(exc, self._w.lang)), 12000))
        self._w.runner.launch(task)

    def _written(self) -> None:
        self.writes += 1

    def closed_cleanly(self) -> None:
        """The window closed without losing work: no recovery file is needed."""
        self.timer.stop()
        self.debounce.stop()
        recovery.discard(self.path)

    def offer_restore(self) -> bool:
        """Offer the newest file a crashed session left; True if the work was restored."""
        found = recovery.orphans(self.folder)
        if not found:
            return False
        newest = found[0]
        when = datetime.fromtimestamp(newest.saved_at).strftime("%d-%m-%Y %H:%M")
        answer = QMessageBox.question(
            self._w, self.tr("Restore unsaved work?"),
            self.tr("Cirkelwijzer was not closed properly. Unsaved work on “{title}” from "
                    "{when} was kept. Restore it?").format(title=newest.title, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        restored = False
        if answer == QMessageBox.StandardButton.Yes:
            restored = self._restore(newest)
        for item in found:
            if restored or answer == QMessageBox.StandardButton.No:
                recovery.discard(item.path)
        return restored

    def _restore(self, item: recovery.RecoveryFile) -> bool:
        try:
            project = item.load()
        except Exception as exc:  # a damaged recovery file must not stop the start
            show_failure(self._w, self.tr("Cannot restore"), self.tr(
                "The kept work could not be read back; the file may be damaged."), exc,
                self._w.lang)
            return False
        original = Path(item.original) if item.original else None
        self._w.doc.set_project(project, original, unsaved=True)
        self._w.statusBar().showMessage(self.tr("Unsaved work restored."), 8000)
        return True
