"""The import wizard: file and sheet, column mapping, check, then into the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

from advisor import edit, layouts
from advisor.bom_io import (
    ImportResult,
    RawPreview,
    add_to_project,
    detect_columns,
    preview_table,
    preview_text,
    read_bom,
    read_bom_text,
)
from advisor.errors import ERROR, InputError, Problem
from advisor.i18n import fmt_number
from advisor.model import Project
from ui.base.catalog import Catalog
from ui.base.tasks import TaskRunner
from ui.wizard.models import MappingModel, ProblemsModel, RawRowsModel
from ui.wizard.pages import CheckPage, MappingPage, SourcePage


class ImportWizard(QWizard):
    """Reads a file or pasted text into a new product or variant of `project`."""

    def __init__(self, parent: QWidget | None, project: Project, catalog: Catalog,
                 runner: TaskRunner, lang: str, path: Path | None = None,
                 text: str | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bill of materials"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(980, 720)
        self.project, self.catalog, self.runner, self.lang = project, catalog, runner, lang
        self.path, self.text, self.start_dir = path, text, start_dir
        self.preview: RawPreview | None = None
        self.result: ImportResult | None = None
        self._check_task = None  # the trial import running or last run
        self.sheet: str | None = None
        self.raw_model = RawRowsModel(self)
        self.mapping_model = MappingModel(self)
        self.problems_model = ProblemsModel(self)
        self.problems_model.lang = lang
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        for page in (self.source_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.source_page.show_source()
        if path is not None or text is not None:
            self.load_preview(None)

    # -- source ------------------------------------------------------------------
    def set_path(self, path: Path) -> None:
        self.path, self.text = path, None
        self.load_preview(None)

    def load_preview(self, sheet: str | None) -> None:
        """Read the raw rows off the UI thread; the page shows them when done."""
        path, text = self.path, self.text
        self.sheet = sheet or None
        self.source_page.show_info(self.tr("Reading…"))

        def work(_progress, _cancelled) -> RawPreview:
            if text is not None:
                return preview_text(text)
            return preview_table(path, sheet)

        task = self.runner.start("import-preview", work)
        task.finished.connect(self._previewed)
        task.failed.connect(self._preview_failed)
        self.runner.launch(task)

    def _previewed(self, preview: RawPreview) -> None:
        self.preview = preview
        self.raw_model.set_preview(preview)
        self.source_page.show_source()
        shown = len(preview.rows)
        info = self.tr("{n} rows below the header in row {header}.").format(
            n=preview.total_rows, header=preview.header_row)
        if shown < preview.total_rows:
            info += " " + self.tr("The first {shown} are shown.").format(shown=shown)
        self.source_page.show_info(info)
        self._init_mapping(preview)

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview = None
        self.raw_model.set_preview(None)
        self.source_page.show_source()
        self.source_page.show_info(self.tr("This file cannot be read: {error}").format(
            error=self.problem_lines(exc)))

    # -- mapping -----------------------------------------------------------------
    def _init_mapping(self, preview: RawPreview) -> None:
        remembered = layouts.recall(preview.header)
        fields = [""] * len(preview.header)
        if remembered is not None:
            for field, header in remembered.mapping.items():
                if header in preview.header:
                    fields[preview.header.index(header)] = field
            self.mapping_page.set_options(remembered.decimal, remembered.mass_unit)
        else:
            for field, i in detect_columns(preview.header).items():
                fields[i] = field
            self.mapping_page.set_options(None, None)
        self.mapping_model.set_columns(preview.header, [c for _, c in preview.rows], fields)

    def remember_layout(self) -> None:
        if self.preview is None or not self.mapping_page.remember.isChecked():
            return
        decimal, unit = self.mapping_page.options()
        layouts.remember(self.preview.header,
                         layouts.Layout(self.mapping_model.mapping(), decimal, unit))

    # -- check ----------------------------------------------------------------------
    def trial_import(self) -> None:
        """Import with the chosen options; list the problems or keep the result."""
        self.result = None
        self.problems_model.set_problems([])
        self.check_page.show_result(self.tr("Checking…"))
        mapping = self.mapping_model.mapping()
        decimal, unit = self.mapping_page.options()
        path, text, sheet, resolver = self.path, self.text, self.sheet, self.catalog.resolver
        options = {"mapping": mapping, "decimal": decimal, "mass_unit": unit,
                   "only_mapped": True, "resolver": resolver, "lang": self.lang}

        pasted = self.tr("Pasted text")

        def work(progress, cancelled) -> ImportResult:
            rows = {"progress": lambda done, total: progress(done / total if total else 0.0),
                    "cancelled": cancelled}
            if text is not None:
                return read_bom_text(text, pasted, **options, **rows)
            return read_bom(path, sheet=sheet, **options, **rows)

        self.stop_check()
        task = self._check_task = self.runner.start("import-check", work)
        task.progress.connect(self.check_page.show_progress)
        # A check that was stopped but ended anyway is not the one the page shows.
        task.finished.connect(lambda r, t=task: self._checked(r) if t is self._check_task
                              else None)
        task.failed.connect(lambda e, t=task: self._check_failed(e) if t is self._check_task
                            else None)
        task.cancelled.connect(lambda t=task: self.check_page.show_progress(None)
                               if t is self._check_task else None)
        self.check_page.show_progress(0)
        self.runner.launch(task)

    def stop_check(self) -> None:
        """Stop a trial import still running (the user went back or closed the wizard):
        the reader checks for it every 2,000 rows."""
        task = self._check_task
        if task is not None and not task.done:
            task.cancel()
        self._check_task = None

    def cleanupPage(self, page_id: int) -> None:  # noqa: N802
        if self.page(page_id) is self.check_page:
            self.stop_check()
        super().cleanupPage(page_id)

    def done(self, result: int) -> None:
        self.stop_check()
        super().done(result)

    def _checked(self, result: ImportResult) -> None:
        self.check_page.show_progress(None)
        self.result = result
        self._show_problems(list(result.problems))
        rows = len(result.product.variants[0].components)
        text = (self.tr("{n} row can be imported.") if rows == 1 else
                self.tr("{n} rows can be imported.")).format(n=rows)
        if result.problems:
            n = len(result.problems)
            text += " " + (self.tr("{n} warning: see below.") if n == 1 else
                           self.tr("{n} warnings: see below.")).format(n=n)
        text += " " + self.tr("Decimal separator: “{sep}”.").format(sep=result.decimal)
        products = [(p.id, p.name) for p in self.project.products]
        self.check_page.set_products(products, result.product.name)
        self.check_page.show_result(text)

    def _check_failed(self, exc: BaseException) -> None:
        self.check_page.show_progress(None)
        problems = list(exc.problems) if isinstance(exc, InputError) else [
            Problem("import_failed", self.problem_lines(exc))]
        self._show_problems(problems)
        errors = sum(1 for p in problems if p.severity == ERROR)
        self.check_page.show_result((self.tr(
            "The rows cannot be imported yet: {n} error. Go back to change the columns "
            "or the options, or fix the file.") if errors == 1 else self.tr(
            "The rows cannot be imported yet: {n} errors. Go back to change the columns "
            "or the options, or fix the file.")).format(n=fmt_number(errors, self.lang, 0)))

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems_model.set_problems(problems)
        self.raw_model.set_problems(problems)

    def problem_lines(self, exc: BaseException) -> str:
        if isinstance(exc, InputError):
            return "; ".join(self.problems_model.sentence(p) for p in exc.problems[:3])
        from ui.base.errors import what_to_do

        return what_to_do(exc, self.lang)

    # -- result -----------------------------------------------------------------------
    def imported_project(self) -> tuple[Project, str]:
        """The project with the rows added, and the new variant's id."""
        if self.result is None:
            raise ValueError("nothing imported")
        product, variant = self.check_page.target()
        before = set(edit.all_variant_ids(self.project))
        after = add_to_project(self.project, self.result, product=product, variant=variant)
        new = [v for v in edit.all_variant_ids(after) if v not in before]
        return after, new[0] if new else ""


def run_import_wizard(window, path: Path | None = None, text: str | None = None) -> bool:
    """Show the wizard over the window's document; on Finish add the rows (undoable)."""
    doc = window.doc
    wizard = ImportWizard(window, doc.project, window.catalog, window.runner, window.lang,
                          path=path, text=text, start_dir=window.settings.last_dir)
    if wizard.exec() != QWizard.DialogCode.Accepted or wizard.result is None:
        return False
    return apply_wizard(window, wizard)


def apply_wizard(window, wizard: ImportWizard) -> bool:
    """Put the wizard's rows into the document as one undoable step."""
    try:
        project, vid = wizard.imported_project()
    except InputError as exc:
        from ui.base.errors import show_failure

        show_failure(window, wizard.tr("Cannot import"), wizard.tr(
            "The rows were not added to the project."), exc, window.lang)
        return False
    wizard.remember_layout()
    if wizard.path is not None:
        window.settings.last_dir = str(wizard.path.parent)
    window.doc.edit_project(lambda: QCoreApplication.translate(
        "ImportWizard", "Import bill of materials"), project, focus=vid)
    return True
