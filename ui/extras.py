"""Part 2 of the window: import wizard, knowledge base, comparison, help, preferences,
language switch and autosave, hung onto the main window with menu actions."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from ui.recovery import Recovery


class Extras(QObject):
    """Creates the part-2 actions and windows for one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._w = window
        self.kb_editor = None
        self.help = None
        self.recovery = Recovery(window)
        self._actions()

    def _action(self, text: str, slot, shortcut: str | QKeySequence.StandardKey | None = None,
                ) -> QAction:
        act = QAction(text, self._w)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _c=False: slot())
        return act

    def _actions(self) -> None:
        self.import_wizard = self._action(self.tr("Import with &wizard…"), self.open_wizard,
                                          "Ctrl+Shift+I")
        self.knowledge = self._action(self.tr("&Knowledge base…"), self.open_kb, "Ctrl+K")
        self.compare = self._action(self.tr("&Compare variants…"), self.open_compare,
                                    "Ctrl+Shift+C")
        self.preferences = self._action(self.tr("&Preferences…"), self.open_preferences,
                                        QKeySequence.StandardKey.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.help_action = self._action(self.tr("Cirkelwijzer &help"), self.open_help,
                                        QKeySequence.StandardKey.HelpContents)
        menus = [a.menu() for a in self._w.menuBar().actions() if a.menu() is not None]
        file_menu, edit_menu, project_menu = menus[0], menus[1], menus[2]
        help_menu = menus[-1]
        file_menu.insertAction(self._w.actions_.save, self.import_wizard)
        file_menu.insertSeparator(self._w.actions_.save)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        project_menu.addSeparator()
        project_menu.addAction(self.compare)
        tools = QMenu(self.tr("E&xtra"), self._w)
        tools.addAction(self.knowledge)
        from ui.portfolio import add_portfolio_action

        self.portfolio = add_portfolio_action(self._w, tools)
        self._w.menuBar().insertMenu(help_menu.menuAction(), tools)
        help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None,
                               self.help_action)
        self.tools_menu = tools

    # -- windows -----------------------------------------------------------------
    def open_wizard(self, path=None, text: str | None = None) -> bool:
        from ui.wizard.import_wizard import run_import_wizard

        return run_import_wizard(self._w, path=path, text=text)

    def paste_table(self, text: str) -> bool:
        """Pasting a table with a header onto an empty project opens the wizard."""
        variant = self._w.doc.current_variant()
        if variant is not None and variant.components:
            return False
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) < 2 or "\t" not in lines[0]:
            return False
        self.open_wizard(text=text)
        return True

    def open_kb(self):
        from ui.kb_editor.editor import KbEditor

        if self.kb_editor is None:
            self.kb_editor = KbEditor(self._w.catalog, self._w.runner, self._w.lang, self._w)
            self.kb_editor.kb_changed.connect(self._w.results.reevaluate)
        self.kb_editor.show()
        self.kb_editor.raise_()
        return self.kb_editor

    def open_compare(self):
        from ui.compare.window import CompareWindow

        found = self._w.doc.current()
        if found is None:
            return None
        view = CompareWindow(self._w, found[0])
        view.show()
        if len(found[0].variants) >= 2:
            view.run()
        return view

    def open_help(self, page: str = "workflow"):
        from ui.help.window import HelpWindow

        self.help = HelpWindow(self._w.lang, self._w, page)
        self.help.show()
        return self.help

    def open_preferences(self) -> None:
        from ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._w.settings, self._w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        lang = dialog.apply(self._w.settings)
        if lang != self._w.lang:
            self.set_language(lang)

    def set_language(self, lang: str):
        """Switch the interface language now; the open work moves to the rebuilt window."""
        from ui.i18n import switch_language

        return switch_language(self._w, lang)

    def window_closed(self) -> None:
        self.recovery.closed_cleanly()


def install_extras(window) -> Extras:
    window.extras = Extras(window)
    return window.extras
