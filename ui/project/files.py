"""Opening, importing and saving, with dialogs; loading runs as a background task."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from advisor.errors import InputError
from advisor.messages import problem_text
from advisor.model import Project
from advisor.store import SUFFIX, open_project, save_project
from ui.base.catalog import Catalog
from ui.base.settings import Settings
from ui.base.tasks import TaskRunner
from ui.project.document import Document

BOM_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
MAX_PROBLEMS_SHOWN = 25


def is_openable(path: Path) -> bool:
    return path.suffix.lower() in (SUFFIX, *BOM_SUFFIXES)


def problems_text(exc: InputError, lang: str) -> str:
    """The problems of an import error, one per line, with row numbers."""
    lines = [problem_text(p, lang) for p in exc.problems[:MAX_PROBLEMS_SHOWN]]
    more = len(exc.problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        lines.append(f"… (+{more})")
    return "\n".join(lines)


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
        task.failed.connect(lambda exc: self._open_failed(path, exc))
        self.runner.launch(task)

    def _opened(self, path: Path, result: tuple[Project, bool, list], demo: bool) -> None:
        project, unsaved, warnings = result
        self.doc.set_project(project, None if unsaved else path, unsaved=unsaved and not demo)
        if not unsaved:
            self.settings.add_recent(path)
            self.settings.last_project = str(path.resolve())
        self.settings.last_dir = str(path.parent)
        self.loaded.emit(path)
        if warnings:
            self._w.statusBar().showMessage(
                self.tr("{n} warning(s) while reading {name}").format(n=len(warnings),
                                                                      name=path.name), 8000)

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, InputError):
            detail = problems_text(exc, self.lang)
        else:
            detail = f"{type(exc).__name__}: {exc}"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open file"),
                          self.tr("{name} could not be opened.").format(name=path.name),
                          QMessageBox.StandardButton.Ok, self._w)
        box.setInformativeText(detail.splitlines()[0] if detail else "")
        box.setDetailedText(detail)
        box.exec()

    def new_project(self) -> None:
        if not self.maybe_save():
            return
        from advisor import edit

        project, _vid = edit.add_product(Project(name=self.tr("New project")),
                                         self.tr("New product"), self.tr("Baseline"))
        self.doc.set_project(project, None)

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
            QMessageBox.critical(self._w, self.tr("Cannot save"),
                                 self.tr("The project was not saved:\n{error}").format(
                                     error=exc))
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
