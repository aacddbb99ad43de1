"""The portfolio window's exports: the PDF report and the workbook, written in the task
runner after a run when the figures shown are not those of the lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox


class PortfolioExports(QObject):
    """Asks where, runs first if needed, writes in the background, reports the outcome."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._v = window

    def export(self, path: Path | None, suffix: str, pattern: str) -> None:
        v = self._v
        if path is None:
            stem = v.doc.path.stem if v.doc.path else "portfolio"
            start = Path(v._w.settings.last_dir) / f"{stem}{suffix}"
            name, _ = QFileDialog.getSaveFileName(v, self.tr("Export"), str(start), pattern)
            if not name:
                return
            path = Path(name)
        if v.result is None or v.stale:
            v.run(then=lambda: self.write(path))
        else:
            self.write(path)

    def write(self, path: Path) -> None:
        from advisor.portfolio import write_output

        v = self._v
        result, kb = v.result, v._w.catalog.kb()
        lang = v._w.settings.report_language if path.suffix.lower() == ".pdf" else v.lang

        def work(progress, cancelled):
            from advisor.portfolio.run import in_language

            return write_output(path, in_language(result, kb, lang), kb, lang,
                                progress=lambda d, t: progress(d / max(t, 1)),
                                cancelled=cancelled)

        task = v.runner.start("portfolio-export", work)
        task.progress.connect(v.progress.setValue)
        task.finished.connect(self._written)
        task.failed.connect(self._not_written)
        task.cancelled.connect(self._cancelled)
        v.task = task
        v.busy(self.tr("Writing {name}…").format(name=path.name), True)
        v.runner.launch(task)

    def _written(self, path) -> None:
        v = self._v
        v.done()
        v._w.settings.last_dir = str(Path(path).parent)
        v.statusBar().showMessage(self.tr("Written {path}").format(path=path), 8000)

    def _not_written(self, exc: BaseException) -> None:
        self._v.done()
        QMessageBox.warning(self._v, self.tr("Not written"), str(exc))

    def _cancelled(self) -> None:
        self._v.done()
        self._v.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 6000)
