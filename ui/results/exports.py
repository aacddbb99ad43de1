"""Export the PDF report and the BOM-with-results table, as cancellable background tasks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog

from advisor import edit
from advisor.model import settings_of
from ui.base.errors import show_failure
from ui.base.tasks import Task
from ui.dialogs.export_dialog import ExportDialog, ReportOptions
from ui.results.live import evaluate_variant


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exports", text)


class Exports(QObject):
    """Dialogs, progress and error reporting for the two exports."""

    done = Signal(Path)

    def __init__(self, window) -> None:
        super().__init__(window)
        self._w = window

    def _default_name(self, suffix: str) -> Path:
        """The product and variant as a file name, in the export folder (Documents)."""
        found = self._w.doc.current()
        stem = f"{found[0].name} - {found[1].name}" if found else self._w.doc.title
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in stem).strip()
        return Path(self._w.settings.export_dir) / f"{safe or 'cirkelwijzer'}{suffix}"

    # -- PDF ---------------------------------------------------------------------
    def export_pdf(self) -> Task | None:
        found = self._w.doc.current()
        if found is None:
            return None
        product, variant = found
        s, project = self._w.settings, self._w.doc.project
        self._w.results.settings_panel.commit_pending()
        others = [(v.id, v.name) for v in product.variants if v.id != variant.id]
        dialog = ExportDialog(self._w, self._default_name(".pdf"), s.report_language,
                              project.company or s.company, project.author or s.author,
                              others, s.open_after_export)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        s.report_language, s.open_after_export = options.lang, options.open_after
        if options.author:
            s.author = options.author  # the default author of new projects
        self._keep_in_project(options.company, options.author)
        return self.run_pdf(options)

    def _keep_in_project(self, company: str, author: str) -> None:
        """The client and author typed for the report belong to the project."""
        from advisor.project_settings import set_project_details

        doc = self._w.doc
        after = set_project_details(doc.project, company=company, author=author)
        doc.edit_settings(lambda: _tr("Set the client and author"), after, ())

    def run_pdf(self, options: ReportOptions) -> Task:
        """Evaluate (and the comparison variant) and write the report in the background."""
        doc, catalog = self._w.doc, self._w.catalog
        product, variant = doc.current()
        other = (edit.find_variant(doc.project, options.compare_variant_id)[1]
                 if options.compare_variant_id else None)

        def work(progress, cancelled):
            from advisor.report import write_report

            assessment = evaluate_variant(variant, product.name, catalog,
                                          settings_of(product, variant), None, cancelled)
            compare = evaluate_variant(other, product.name, catalog,
                                       settings_of(product, other), None,
                                       cancelled) if other is not None else None
            progress(0.1)
            return write_report(options.path, assessment, catalog.kb(), lang=options.lang,
                                company=options.company, author=options.author,
                                compare=compare, variant=variant,
                                progress=lambda d, t: progress(0.1 + 0.9 * d / max(t, 1)),
                                cancelled=cancelled)

        return self._run(self.tr("Writing the PDF report…"), work, options.open_after)

    # -- table ---------------------------------------------------------------------
    def export_table(self, path: Path | None = None) -> Task | None:
        found = self._w.doc.current()
        if found is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self._w, self.tr("Export table"), str(self._default_name(".xlsx")),
                self.tr("Excel (*.xlsx);;CSV (*.csv)"))
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".xlsx")
        product, variant = found
        catalog, lang = self._w.catalog, self._w.lang
        settings = settings_of(product, variant)

        def work(_progress, cancelled):
            from advisor.bom_io import export_assessment

            assessment = evaluate_variant(variant, product.name, catalog, settings, None,
                                          cancelled)
            return export_assessment(path, variant, assessment, lang=lang, kb=catalog.kb())

        return self._run(self.tr("Exporting the table…"), work)

    # -- shared ------------------------------------------------------------------
    def _run(self, label: str, work, open_after: bool = False) -> Task:
        task = self._w.runner.start(label, work)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, self._w)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.progress.connect(dialog.setValue)
        task.finished.connect(lambda path: self._finished(dialog, Path(path), open_after))
        task.failed.connect(lambda exc: self._failed(dialog, exc, task.error_text))
        task.cancelled.connect(lambda: self._cancelled(dialog))
        self._w.runner.launch(task)
        return task

    def _finished(self, dialog: QProgressDialog, path: Path, open_after: bool) -> None:
        dialog.close()
        self._w.settings.export_dir = str(path.parent)
        self._w.statusBar().showMessage(self.tr("Written {path}").format(path=path), 8000)
        self.done.emit(path)
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, dialog: QProgressDialog, exc: BaseException, trace: str) -> None:
        dialog.close()
        show_failure(self._w, self.tr("Export failed"), self.tr(
            "The export was not written; no half-written file was left behind."), exc,
            self._w.lang, trace)

    def _cancelled(self, dialog: QProgressDialog) -> None:
        dialog.close()
        self._w.statusBar().showMessage(self.tr("Export cancelled; nothing was written."),
                                        6000)
