"""The main window's actions, menus and tool bar, with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from ui.base.icons import icon

Key = QKeySequence.StandardKey


class Actions(QObject):
    """Creates every QAction once; the window connects them to its methods."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._file_actions()
        self._edit_actions()
        self._project_actions()
        self.recent_menu = QMenu(self.tr("Open &recent"), window)

    def _file_actions(self) -> None:
        std, sp, a = self._w.style().standardIcon, QStyle.StandardPixmap, self._make
        self.new = a(self.tr("&New project"), Key.New, std(sp.SP_FileIcon))
        self.new_from_template = a(self.tr("New from &template…"), "Ctrl+Shift+N")
        self.save_template = a(self.tr("Save as te&mplate…"), None)
        self.open = a(self.tr("&Open…"), Key.Open, std(sp.SP_DialogOpenButton))
        self.import_bom = a(self.tr("&Import bill of materials…"), "Ctrl+I",
                            std(sp.SP_ArrowDown))
        self.save = a(self.tr("&Save"), Key.Save, std(sp.SP_DialogSaveButton))
        self.save_as = a(self.tr("Save &as…"), Key.SaveAs)
        self.export_pdf = a(self.tr("Export &PDF report…"), "Ctrl+P", icon("pdf"))
        self.export_table = a(self.tr("Export &table (Excel/CSV)…"), "Ctrl+E")
        self.quit = a(self.tr("&Quit"), Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def _edit_actions(self) -> None:
        std, sp, a = self._w.style().standardIcon, QStyle.StandardPixmap, self._make
        self.undo = a(self.tr("&Undo"), Key.Undo, std(sp.SP_ArrowBack))
        self.redo = a(self.tr("&Redo"), Key.Redo, std(sp.SP_ArrowForward))
        self.cut = a(self.tr("Cu&t"), Key.Cut)
        self.copy = a(self.tr("&Copy"), Key.Copy)
        self.paste = a(self.tr("&Paste"), Key.Paste)
        self.add_row = a(self.tr("Add &row"), "Ctrl+Return", icon("add_row"))
        self.add_child = a(self.tr("Add &child row"), "Ctrl+Shift+Return", icon("add_child"))
        self.delete_rows = a(self.tr("&Delete rows"), Key.Delete, icon("delete_row"))
        self.indent = a(self.tr("&Indent"), "Ctrl+]", icon("indent"))
        self.outdent = a(self.tr("&Outdent"), "Ctrl+[", icon("outdent"))
        self.move_up = a(self.tr("Move &up"), "Ctrl+Shift+Up", icon("move_up"))
        self.move_down = a(self.tr("Move do&wn"), "Ctrl+Shift+Down", icon("move_down"))
        self.find = a(self.tr("&Find…"), Key.Find)
        self.fill_down = a(self.tr("&Fill down"), "Ctrl+D")
        self.preferences = a(self.tr("&Preferences…"), Key.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _project_actions(self) -> None:
        std, sp, a = self._w.style().standardIcon, QStyle.StandardPixmap, self._make
        self.new_product = a(self.tr("New &product"), None)
        self.duplicate_variant = a(self.tr("&Duplicate variant"), "Ctrl+Shift+D",
                                   icon("variant"))
        self.rename = a(self.tr("Re&name…"), "F2")
        # F2 renames in the explorer only; in the bill of materials it edits the cell.
        self.rename.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_entry = a(self.tr("Delete product or variant…"), None)
        self.apply_recs = a(self.tr("Apply chosen advice to a new &variant"), None,
                            icon("apply"))
        self.evaluate = a(self.tr("Re-&evaluate"), Key.Refresh, std(sp.SP_BrowserReload))
        self.about = a(self.tr("&About Cirkelwijzer"), None)
        self.knowledge = a(self.tr("&Knowledge base…"), "Ctrl+K")
        self.compare = a(self.tr("&Compare variants…"), "Ctrl+Shift+C")
        self.help = a(self.tr("Cirkelwijzer &help"), Key.HelpContents)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make(self, text: str, shortcut: Key | str | None, ico: QIcon | None = None) -> QAction:
        act = QAction(text, self._w)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if ico is not None:
            act.setIcon(ico)
        if act.shortcut().toString():
            act.setToolTip(f"{text.replace('&', '')} ({act.shortcut().toString()})")
        return act

    def connect(self, pairs: dict[QAction, Callable[[], object]]) -> None:
        for act, fn in pairs.items():
            act.triggered.connect(lambda _checked=False, f=fn: f())

    def build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        self._menu(bar.addMenu(self.tr("&File")), [
            self.new, self.new_from_template, self.open, self.recent_menu, self.import_bom,
            None, self.save, self.save_as, self.save_template, None, self.export_pdf,
            self.export_table, None, self.quit])
        self._menu(bar.addMenu(self.tr("&Edit")), [
            self.undo, self.redo, None, self.cut, self.copy, self.paste, self.fill_down, None,
            self.add_row,
            self.add_child, self.delete_rows, None, self.indent, self.outdent, self.move_up,
            self.move_down, None, self.find, None, self.preferences])
        self._menu(bar.addMenu(self.tr("&Project")), [
            self.new_product, self.duplicate_variant, self.rename, self.delete_entry, None,
            self.evaluate, self.apply_recs, None, self.compare])
        self.view_menu = bar.addMenu(self.tr("&View"))
        extra = bar.addMenu(self.tr("E&xtra"))
        self._menu(extra, [self.knowledge])
        from ui.portfolio import add_portfolio_action  # the regional portfolio window

        self.portfolio = add_portfolio_action(window, extra)
        self._menu(bar.addMenu(self.tr("&Help")), [self.help, self.about])

    @staticmethod
    def _menu(menu: QMenu, items: list) -> None:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)

    def build_toolbar(self, window: QMainWindow) -> QToolBar:
        bar = window.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        for act in (self.open, self.save, None, self.undo, self.redo, None, self.add_row,
                    self.add_child, self.delete_rows, self.indent, self.outdent,
                    self.move_up, self.move_down, None, self.duplicate_variant,
                    self.export_pdf):
            if act is None:
                bar.addSeparator()
            else:
                bar.addAction(act)
        return bar

    def bom_context(self) -> list[QAction]:
        return [self.add_row, self.add_child, self.delete_rows, self.indent, self.outdent,
                self.move_up, self.move_down, self.cut, self.copy, self.paste, self.fill_down]

    def explorer_context(self) -> list[QAction]:
        return [self.new_product, self.duplicate_variant, self.rename, self.delete_entry]
