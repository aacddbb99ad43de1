"""The main window: explorer, BOM editor and results, wired to the document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QProgressBar

from advisor import __version__
from advisor.paths import demo_path
from ui.actions import Actions
from ui.base.catalog import Catalog
from ui.base.icons import icon
from ui.base.settings import Settings, WindowState
from ui.base.tasks import TaskRunner
from ui.bom.edits import BomEditing
from ui.bom.model import BomModel
from ui.bom.row_actions import RowOps
from ui.bom.view import BomEditor
from ui.project.autosave import Autosave
from ui.project.document import Document
from ui.project.explorer import Explorer
from ui.project.explorer_model import ProjectModel
from ui.project.files import FileOps, is_openable
from ui.project.product_actions import ProjectOps
from ui.results.dock import Results
from ui.results.exports import Exports
from ui.tool_windows import ToolWindows

BOM_HEADER = "bom_header_v2"  # column widths; v2: the columns of the notes release


class MainWindow(QMainWindow):
    """The Cirkelwijzer main window."""

    language_chosen = Signal(str)  # the preferences chose another interface language

    def __init__(self, runner: TaskRunner | None = None, settings: Settings | None = None,
                 catalog: Catalog | None = None, document: Document | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.window_state = WindowState()
        self.lang = self.settings.language
        self.runner = runner or TaskRunner(self)
        self.catalog = catalog or Catalog()
        self.doc = document or Document(self)
        self.doc.setParent(self)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._build_models()
        self._build_widgets()
        self.actions_ = Actions(self)
        self.files = FileOps(self, self.doc, self.settings, self.runner, self.catalog)
        self.rows = RowOps(self, self.doc, self.editing, self.bom)
        self.projects = ProjectOps(self, self.doc, self.explorer)
        self._build_actions()
        self._build_results()
        self._connect_document()
        self._restore_state()
        self._update_title()
        self.tools = ToolWindows(self)
        self.autosave = Autosave(self)

    # -- construction ----------------------------------------------------
    def _build_models(self) -> None:
        self.bom_model = BomModel(self)
        self.bom_model.lang = self.lang
        self.bom_model.names = self._name_of
        self.editing = BomEditing(self.doc, self.catalog, self)
        self.editing.lang = self.lang
        self.bom_model.edit_handler = self.editing.set_cell
        self.project_model = ProjectModel(self)
        self.project_model.rename_handler = self._rename

    def _build_widgets(self) -> None:
        self.bom = BomEditor(self.bom_model, self.catalog, self.lang, self)
        self.setCentralWidget(self.bom)
        self.explorer = Explorer(self.project_model, self)
        dock = QDockWidget(self.tr("Project"), self)
        dock.setObjectName("explorerDock")
        dock.setWidget(self.explorer)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.explorer_dock = dock
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.editing.rejected.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.bom.set_checker(self.editing.check, self.editing.rejected.emit)

    def _build_actions(self) -> None:
        a = self.actions_
        stack = self.doc.undo_stack
        a.undo.triggered.connect(stack.undo)
        a.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())
        a.undo.setEnabled(stack.canUndo())  # a rebuilt window keeps the history
        a.redo.setEnabled(stack.canRedo())
        a.connect({
            a.new: self.files.new_project, a.new_from_template: self.files.new_from_template,
            a.open: self.files.open_dialog, a.save: self.files.save,
            a.save_template: self.files.save_as_template,
            a.save_as: self.files.save_as, a.quit: self.close,
            a.find: self.bom.filter.setFocus, a.about: self.show_about,
            a.new_product: self.projects.new_product,
            a.duplicate_variant: self.projects.duplicate_variant,
            a.rename: self.projects.rename, a.delete_entry: self.projects.delete_selected,
        })
        self.rows.connect_actions(a)
        self.bom.append_row.connect(lambda: self.rows.add(False))
        a.build_menus(self)
        a.build_toolbar(self)
        self.bom.view.addActions(a.bom_context())
        self.bom.frozen.addActions(a.bom_context())
        self.explorer.view.addActions(a.explorer_context())
        a.recent_menu.aboutToShow.connect(self._fill_recent)
        a.view_menu.addAction(self.explorer_dock.toggleViewAction())

    def _undo_text(self, what: str) -> None:
        self.actions_.undo.setText(self.tr("&Undo {what}").format(what=what).strip())

    def _redo_text(self, what: str) -> None:
        self.actions_.redo.setText(self.tr("&Redo {what}").format(what=what).strip())

    def _build_results(self) -> None:
        """The results docks (metrics, charts, detail, advice); see ui.results."""

        self.results = Results(self)
        self.exports = Exports(self)
        self.actions_.export_pdf.triggered.connect(self.exports.export_pdf)
        self.actions_.export_table.triggered.connect(lambda: self.exports.export_table())

    def _connect_document(self) -> None:
        d = self.doc
        d.project_replaced.connect(self._on_project_replaced)
        d.structure_changed.connect(lambda: self.project_model.set_project(d.project))
        d.structure_changed.connect(lambda: self.explorer.show_variant(d.current_variant_id))
        d.variant_changed.connect(self._on_variant_changed)
        d.current_variant_changed.connect(self._on_current_variant)
        d.select_requested.connect(self.bom.select_ids)
        d.file_changed.connect(self._update_title)
        self.explorer.variant_chosen.connect(d.set_current_variant)

    # -- document events ---------------------------------------------------
    def _on_project_replaced(self) -> None:
        self.project_model.set_project(self.doc.project)

    def _on_current_variant(self, variant_id: str) -> None:
        self.explorer.show_variant(variant_id)
        self._show_variant()

    def _on_variant_changed(self, variant_id: str) -> None:
        if variant_id == self.doc.current_variant_id:
            self._show_variant()

    def _show_variant(self) -> None:
        variant = self.doc.current_variant()
        self.bom_model.set_variant(variant)
        self.bom_model.set_problems(self.editing.problems(variant))
        n = len(variant.components) if variant else 0
        self.status_label.setText((self.tr("{n} row") if n == 1 else self.tr("{n} rows"))
                                  .format(n=n))
        self.results.variant_shown(variant)

    def _update_title(self) -> None:
        # Qt adds the application's name ("… — Cirkelwijzer") where the platform shows it.
        self.setWindowTitle(f"{self.doc.title}[*]")
        self.setWindowModified(self.doc.modified)

    def _name_of(self, kind: str, key: str | None) -> str:
        return self.results.name_of(kind, key)

    def _rename(self, kind: str, key: str, name: str) -> bool:
        return self.projects.rename_to(kind, key, name)

    def check_user_layer(self) -> None:
        """Once the knowledge base is loaded: a broken user layer is said and can be mended."""
        from ui.dialogs.layer_dialog import offer_layer_repair

        if self._layer_checked or not self.catalog.loaded:
            return
        self._layer_checked = True
        self.layer_repaired(offer_layer_repair(self, self.catalog, self.lang))

    def layer_repaired(self, done: str) -> None:
        """Say what mending the layer did (where its backup is), and assess again."""
        if not done:
            return
        self.results.reevaluate()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Knowledge base"), done,
                          QMessageBox.StandardButton.Ok, self)
        box.open()

    _layer_checked = False

    def advice_apply(self) -> None:
        """Apply the ticked (or selected) advice to a new variant."""
        self.results.advice.request_apply()

    # -- files ---------------------------------------------------------------
    def open_demo(self) -> None:
        self.files.open_path(demo_path(), demo=True)

    def open_path(self, path: Path) -> None:
        self.files.open_path(Path(path))

    def open_start(self) -> None:
        """The last project if it still exists, else the demo."""
        last = self.settings.last_project
        if last and Path(last).exists():
            self.open_path(Path(last))
        else:
            self.open_demo()

    def _fill_recent(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for name in self.settings.recent_files:
            act = menu.addAction(Path(name).name)
            act.setToolTip(name)
            act.triggered.connect(lambda _c=False, n=name: self._open_recent(Path(n)))
        menu.setEnabled(bool(self.settings.recent_files))

    def _open_recent(self, path: Path) -> None:
        if self.files.maybe_save():
            self.open_path(path)

    def show_about(self) -> None:
        kb_version = self.catalog.kb().version if self.catalog.loaded else self.tr("not loaded")
        QMessageBox.about(self, self.tr("About Cirkelwijzer"), self.tr(
            "<h3>Cirkelwijzer {version}</h3><p>Offline advice on design for recovery for "
            "manufacturers in the Utrecht region.</p><p>Knowledge base: {kb}</p>"
            "<p>Licence: EUPL-1.2</p>").format(version=__version__, kb=kb_version))

    # -- window events ---------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(is_openable(Path(u.toLocalFile())) for u in urls[:1]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and self.files.maybe_save():
            self.open_path(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.results.shutdown()
        self._save_state()
        self.autosave.closed_cleanly()
        event.accept()

    def _restore_state(self) -> None:
        ws = self.window_state
        geometry = ws.load("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
            self.resizeDocks([self.explorer_dock, self.results.dock], [200, 520],
                             Qt.Orientation.Horizontal)
        state = ws.load("state")
        if state is not None:
            self.restoreState(state)
        header = ws.load(BOM_HEADER)
        if header is not None:
            self.bom.view.header().restoreState(header)

    def _save_state(self) -> None:
        ws = self.window_state
        ws.save("geometry", self.saveGeometry())
        ws.save("state", self.saveState())
        ws.save(BOM_HEADER, self.bom.view.header().saveState())
        ws.sync()
        self.settings.sync()
