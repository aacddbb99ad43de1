"""The portfolio window: product lines with their volumes (edited with undo), the region's
flows as tables and a flow diagram before and after, the critical raw materials, the
ranked contributors, and export to PDF and XLSX. Runs go off the UI thread with progress
and cancel; every figure comes from advisor.portfolio, as the CLI and the PDF print it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from advisor.errors import InputError
from advisor.messages import problem_text
from advisor.portfolio.model import PortfolioResult
from ui.portfolio.document import PortfolioDocument
from ui.portfolio.models import LinesModel, column_label
from ui.portfolio.views import ResultTabs, sortable_table

# Lines up to which an edit re-runs the portfolio by itself (from the cache: fast).
AUTO_RUN_LINES = 200
AUTO_RUN_DELAY_MS = 600
MAX_PROBLEMS_SHOWN = 25


class PortfolioWindow(QMainWindow):
    """One portfolio: its lines, its last result and the runs and exports of it."""

    evaluated = Signal(object)  # the PortfolioResult shown

    def __init__(self, main_window, parent: QWidget | None = None) -> None:
        super().__init__(parent or main_window, Qt.WindowType.Window)
        self._w = main_window
        self.lang = main_window.lang
        self.runner = main_window.runner
        self.doc = PortfolioDocument(self)
        self.result: PortfolioResult | None = None
        self.stale = False
        self.task = None
        self._after_run = None
        self.resize(1280, 860)
        self.lines_model = LinesModel(self)
        self.lines_model.lang = self.lang
        self.lines_model.edit_handler = self.set_cell
        self._auto = QTimer(self, singleShot=True, interval=AUTO_RUN_DELAY_MS)
        self._auto.timeout.connect(self.run)
        self._build()
        self._actions()
        from ui.portfolio.exports import PortfolioExports

        self.exports = PortfolioExports(self)
        self.doc.changed.connect(self._lines_changed)
        self.doc.file_changed.connect(self._update_title)
        self._update_title()

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:
        self.lines_view = sortable_table(self.lines_model, sort=False)
        self.tabs = ResultTabs(self.lang, self)
        self.side = QComboBox()
        self.side.addItem(self.tr("before the redesigns"), False)
        self.side.addItem(self.tr("after the redesigns"), True)
        self.side.currentIndexChanged.connect(self._side_changed)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.lines_view)
        top_layout.addWidget(self.banner)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        shown = QHBoxLayout()
        shown.addWidget(QLabel(self.tr("Flows:")))
        shown.addWidget(self.side)
        shown.addStretch(1)
        bottom_layout.addLayout(shown)
        bottom_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 560])
        self.setCentralWidget(splitter)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New portfolio"), self.new_portfolio, key.New)
        self.open_action = self._action(self.tr("&Open portfolio…"), self.open_dialog, key.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, key.Save)
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_as, key.SaveAs)
        self.add_action = self._action(self.tr("&Add projects or bills of materials…"),
                                       self.add_dialog, "Ctrl+Shift+A")
        self.add_open_action = self._action(self.tr("Add the &open project"),
                                            self.add_open_project)
        self.remove_action = self._action(self.tr("&Remove lines"), self.remove_selected,
                                          key.Delete)
        self.undo_action = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        self.run_action = self._action(self.tr("&Compute flows"), self.run, key.Refresh)
        self.pdf_action = self._action(self.tr("Export &PDF report…"), self.export_pdf, "Ctrl+P")
        self.xlsx_action = self._action(self.tr("Export &workbook (Excel)…"), self.export_xlsx,
                                        "Ctrl+E")
        self.close_action = self._action(self.tr("&Close"), self.close, key.Close)
        menu = self.menuBar().addMenu(self.tr("&Portfolio"))
        for act in (self.new_action, self.open_action, None, self.save_action,
                    self.save_as_action, None, self.pdf_action, self.xlsx_action, None,
                    self.close_action):
            menu.addSeparator() if act is None else menu.addAction(act)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for act in (self.undo_action, self.redo_action, None, self.add_action,
                    self.add_open_action, self.remove_action, None, self.run_action):
            edit.addSeparator() if act is None else edit.addAction(act)
        bar = self.addToolBar(self.tr("Portfolio"))
        bar.setObjectName("portfolioToolbar")
        for act in (self.open_action, self.save_action, None, self.add_action,
                    self.remove_action, self.undo_action, self.redo_action, None,
                    self.run_action, self.pdf_action, self.xlsx_action):
            bar.addSeparator() if act is None else bar.addAction(act)
        self.lines_view.addActions([self.add_action, self.remove_action])
        self.lines_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- the lines ---------------------------------------------------------------
    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("New portfolio")
        self.setWindowTitle(self.tr("Regional portfolio — {name}").format(name=name)
                            + (" *" if self.doc.modified else ""))

    def _lines_changed(self) -> None:
        self.lines_model.set_lines(self.doc.lines)
        if self.result is not None:
            self.stale = True
            self.banner.setText(self.tr("The figures below are of the lines before the last "
                                        "change; compute again (F5)."))
        if self.doc.lines and len(self.doc.lines) <= AUTO_RUN_LINES and self.task is None:
            self._auto.start()

    def set_cell(self, row: int, column: str, text: str) -> bool:
        """One edited cell, checked in advisor and pushed on the undo stack."""
        from advisor.portfolio.lines import edit_line

        try:
            line = edit_line(self.doc.lines[row], column, text,
                             "," if self.lang == "nl" else ".")
        except InputError as exc:
            self.statusBar().showMessage(problem_text(exc.problems[0], self.lang), 8000)
            return False
        after = list(self.doc.lines)
        after[row] = line
        self.doc.edit(self.tr("Change {column}").format(column=column_label(column).lower()),
                      after)
        return True

    def add_files(self, paths: list[Path]) -> int:
        """A line for every product of each file; returns how many were added."""
        from advisor.portfolio.lines import new_lines

        added = []
        for path in paths:
            try:
                added += new_lines(path, self.doc.folder(), 0, self._w.catalog.resolver)
            except InputError as exc:
                self._show_problems(self.tr("Not added"), exc)
        if added:
            self.doc.edit(self.tr("Add {n} products").format(n=len(added)),
                          self.doc.lines + added)
            self.statusBar().showMessage(
                self.tr("Enter the units per year of the new lines (marked yellow)."), 8000)
        return len(added)

    def add_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add projects or bills of materials"), self._w.settings.last_dir,
            self.tr("Projects and bills of materials (*.cirkel *.csv *.tsv *.txt *.xlsx)"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_open_project(self) -> None:
        doc = self._w.doc
        if doc.path is None or doc.modified:
            QMessageBox.information(self, self.tr("Save the project first"), self.tr(
                "A portfolio reads project files: save the open project, then add it."))
            return
        self.add_files([doc.path])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.lines_view.selectionModel().selectedIndexes()})
        if rows:
            keep = [x for n, x in enumerate(self.doc.lines) if n not in rows]
            self.doc.edit(self.tr("Remove {n} lines").format(n=len(rows)), keep)

    # -- files -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        if not self.doc.modified or not self.doc.lines:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved portfolio"), self.tr("Save the changes to the portfolio?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_portfolio(self) -> None:
        if self.maybe_save():
            self.doc.new()
            self.result = None
            self.tabs.clear_results()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open portfolio"),
                                              self._w.settings.last_dir,
                                              self.tr("Portfolio (*.csv *.xlsx)"))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            problems = self.doc.load(path)
        except InputError as exc:
            self._show_problems(self.tr("Portfolio not opened"), exc)
            return False
        self.result = None
        self.tabs.clear_results()
        if problems:
            self._show_problems(self.tr("Lines to complete"), InputError(problems))
        return True

    def save(self) -> bool:
        return self.save_to(self.doc.path) if self.doc.path else self.save_as()

    def save_as(self) -> bool:
        start = str(self.doc.path or Path(self._w.settings.last_dir) / "portfolio.csv")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save portfolio"), start,
                                              self.tr("Portfolio (*.csv *.xlsx)"))
        return self.save_to(Path(name)) if name else False

    def save_to(self, path: Path) -> bool:
        try:
            self.doc.save(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 6000)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.maybe_save():
            event.ignore()
            return
        self.cancel()
        event.accept()

    def _show_problems(self, title: str, exc: InputError) -> None:
        lines = [problem_text(p, self.lang) for p in exc.problems[:MAX_PROBLEMS_SHOWN]]
        if len(exc.problems) > MAX_PROBLEMS_SHOWN:
            lines.append(f"… (+{len(exc.problems) - MAX_PROBLEMS_SHOWN})")
        box = QMessageBox(QMessageBox.Icon.Warning, title, title,
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(lines))
        box.open()
        self.problem_box = box

    # -- runs and results --------------------------------------------------------------
    def busy(self, label: str, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        for act in (self.run_action, self.pdf_action, self.xlsx_action):
            act.setEnabled(not busy)
        self.statusBar().showMessage(label if busy else "", 0 if busy else 4000)

    def run(self, then=None) -> None:
        """Compute the flows of the current lines in the background."""
        from advisor.portfolio import run_lines

        self._auto.stop()
        if self.task is not None or not self.doc.lines:
            return
        lines, kb = tuple(self.doc.lines), self._w.catalog.kb()
        source, lang = str(self.doc.path or ""), self.lang
        self._after_run = then

        def work(progress, cancelled):
            return run_lines(lines, kb, source=source, lang=lang, progress=progress,
                             cancelled=cancelled)

        task = self.runner.start("portfolio", work)
        task.progress.connect(self.progress.setValue)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task
        self.busy(self.tr("Computing the flows of {n} lines…").format(n=len(lines)), True)
        self.runner.launch(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def done(self) -> None:
        self.task = None
        self.busy("", False)

    def _finished(self, result: PortfolioResult) -> None:
        self.done()
        self.stale = tuple(x.line for x in result.lines) != tuple(self.doc.lines)
        self.banner.setText(self.tr("{lines} lines; {evaluated} products evaluated, {cached} "
                                    "from the cache.").format(lines=len(result.lines),
                                                              evaluated=result.evaluated,
                                                              cached=result.cached))
        self.show_result(result)
        then, self._after_run = self._after_run, None
        if then is not None:
            then()

    def _failed(self, exc: BaseException) -> None:
        self.done()
        self._after_run = None
        if isinstance(exc, InputError):
            self._show_problems(self.tr("The portfolio has lines to correct"), exc)
        else:
            QMessageBox.warning(self, self.tr("The flows could not be computed"), str(exc))

    def _cancelled(self) -> None:
        self.done()
        self._after_run = None
        self.statusBar().showMessage(self.tr("Cancelled; the products evaluated so far are "
                                             "kept for the next run."), 6000)

    def _side_changed(self, _index: int) -> None:
        self.show_result(self.result)

    def show_result(self, result: PortfolioResult | None) -> None:
        self.result = result
        if result is None:
            return
        after = bool(self.side.currentData()) and result.after is not None
        self.side.setEnabled(result.after is not None)
        self.tabs.show_result(result, self._w.catalog.kb(), after)
        self.evaluated.emit(result)

    # -- exports ------------------------------------------------------------------------
    def export_pdf(self, path: Path | None = None) -> None:
        self.exports.export(path, ".pdf", self.tr("PDF (*.pdf)"))

    def export_xlsx(self, path: Path | None = None) -> None:
        self.exports.export(path, ".xlsx", self.tr("Excel (*.xlsx)"))
