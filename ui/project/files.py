"""Opening, importing and saving, with dialogs; loading runs as a background task."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from advisor.errors import InputError
from advisor.model import Project
from advisor.store import SUFFIX, open_project, save_project
from ui.base.catalog import Catalog
from ui.base.errors import show_failure
from ui.base.settings import Settings
from ui.base.tasks import TaskRunner
from ui.project.document import Document

BOM_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")


def is_openable(path: Path) -> bool:
    return path.suffix.lower() in (SUFFIX, *BOM_SUFFIXES)


def load_file(path: Path, catalog: Catalog) -> tuple[Project, bool, list]:
    """Read a project or a BOM; returns (project, is_new_unsaved, warnings)."""
    if path.suffix.lower() == SUFFIX:
        return open_project(path), False, []
    from advisor.bom_io import load_input

    project, _product, _variant, warnings = load_input(path, resolver=catalog.resolver)
    return project, True, list(warnings)


class FileOps(QObject):
    """The File menu's work: ask, load in the background, save atomically."""

    loaded = Signal(Path)

    def __init__(self, window: QWidget, doc: Document, settings: Settings, runner: TaskRunner,
                 catalog: Catalog) -> None:
        super().__init__(window)
        self._w = window
        self.doc = doc
        self.settings = settings
        self.runner = runner
        self.catalog = catalog
        self.lang = settings.language

    # -- opening -----------------------------------------------------------
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        filters = ";;".join([
            self.tr("Projects and bills of materials (*.cirkel *.csv *.tsv *.txt *.xlsx)"),
            self.tr("Cirkelwijzer projects (*.cirkel)"), self.tr("All files (*)")])
        name, _ = QFileDialog.getOpenFileName(self._w, self.tr("Open"), self.settings.last_dir,
                                              filters)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, demo: bool = False) -> None:
        """Load a project or BOM off the UI thread, then show it."""
        path = Path(path)
        task = self.runner.start(self.tr("Opening {name}").format(name=path.name),
                                 lambda _p, _c: load_file(path, self.catalog))
        task.finished.connect(lambda result: self._opened(path, result, demo))
        task.failed.connect(lambda exc: self._open_failed(path, exc, task.error_text))
        self.runner.launch(task)

    def _opened(self, path: Path, result: tuple[Project, bool, list], demo: bool) -> None:
        project, unsaved, warnings = result
        self.doc.set_project(project, None if unsaved else path, unsaved=unsaved and not demo)
        if not unsaved:
            self.settings.add_recent(path)
            self.settings.last_project = str(path.resolve())
        if not demo:  # the demo lives among the app's own files: not a folder of the user
            self.settings.last_dir = str(path.parent)
        self.loaded.emit(path)
        if warnings:
            self._w.statusBar().showMessage(
                (self.tr("{n} warning while reading {name}") if len(warnings) == 1 else
                 self.tr("{n} warnings while reading {name}")).format(
                     n=len(warnings), name=path.name), 8000)

    def _open_failed(self, path: Path, exc: BaseException, trace: str = "") -> None:
        show_failure(self._w, self.tr("Cannot open file"),
                     self.tr("{name} could not be opened.").format(name=path.name), exc,
                     self.lang, trace)

    def new_project(self, ask: bool = True) -> None:
        if ask and not self.maybe_save():
            return
        from advisor import edit

        project, _vid = edit.add_product(
            Project(name=self.tr("New project"), author=self.settings.author),
            self.tr("New product"), self.tr("Baseline"))
        self.doc.set_project(project, None)

    def new_from_template(self) -> None:
        """A new project from a bundled example product or one of the user's templates."""
        from ui.dialogs.template_dialog import TemplateDialog

        if not self.maybe_save():
            return
        dialog = TemplateDialog(self.lang, self._w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        template = dialog.chosen()
        if template is None:
            self.new_project(ask=False)
            return
        from dataclasses import replace

        from advisor.templates import project_from_template

        lang, author = self.lang, self.settings.author

        def work(_p, _c):
            project = project_from_template(template, lang, self.catalog.resolver)
            return replace(project, author=project.author or author)

        task = self.runner.start(self.tr("Opening {name}").format(name=template.name(lang)),
                                 work)
        task.finished.connect(lambda project: self.doc.set_project(project, None, unsaved=True))
        task.failed.connect(lambda exc: self._open_failed(template.path, exc, task.error_text))
        self.runner.launch(task)

    def save_as_template(self) -> Path | None:
        """Keep the open project as a template for new projects."""
        from advisor.templates import safe_name, save_template, templates_dir

        name, ok = QInputDialog.getText(self._w, self.tr("Save as template"), self.tr(
            "Name of the template:"), text=self.doc.project.name or self.doc.title)
        if not ok or not name.strip():
            return None
        if (templates_dir() / f"{safe_name(name)}.cirkel").exists():
            answer = QMessageBox.question(self._w, self.tr("Save as template"), self.tr(
                "A template “{name}” exists. Replace it?").format(name=name.strip()))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            path = save_template(self.doc.project, name)
        except (OSError, InputError) as exc:
            show_failure(self._w, self.tr("Save as template"), self.tr(
                "The template was not saved."), exc, self.lang)
            return None
        self._w.statusBar().showMessage(self.tr(
            "Template “{name}” saved; File, New from template starts from it.").format(
                name=name.strip()), 8000)
        return path

    # -- saving ------------------------------------------------------------
    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        start = str(Path(self.settings.last_dir) / f"{self.doc.title}{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self._w, self.tr("Save project as"), start,
                                              self.tr("Cirkelwijzer projects (*.cirkel)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != SUFFIX:
            path = path.with_suffix(SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            save_project(self.doc.project, path)
        except (OSError, InputError) as exc:
            show_failure(self._w, self.tr("Cannot save"), self.tr(
                "The project was not saved to {path}. Your work is still open.").format(
                    path=path), exc, self.lang)
            return False
        self.doc.mark_saved(path)
        self.settings.add_recent(path)
        self.settings.last_project = str(path.resolve())
        self.settings.last_dir = str(path.parent)
        self._w.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask before losing changes; False means the user cancelled."""
        if not self.doc.modified:
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self._w, self.tr("Unsaved changes"),
            self.tr("“{name}” has unsaved changes. Save them first?").format(
                name=self.doc.title), buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
