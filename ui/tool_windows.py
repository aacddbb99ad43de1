"""The windows opened from the main window's menus: import wizard, knowledge base,
comparison of variants, help and preferences."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog


class ToolWindows(QObject):
    """Opens (and keeps) the other windows of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._w = window
        self.kb_editor = None
        self.help = None
        a = window.actions_
        a.connect({a.import_bom: self.open_wizard, a.knowledge: self.open_kb,
                   a.compare: self.open_compare, a.preferences: self.open_preferences,
                   a.help: self.open_help})

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
        from ui.dialogs.layer_dialog import offer_layer_repair
        from ui.kb_editor.editor import KbEditor

        self._w.layer_repaired(offer_layer_repair(self._w, self._w.catalog, self._w.lang))
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
        from ui.dialogs.help import HelpWindow

        self.help = HelpWindow(self._w.lang, self._w, page)
        self.help.show()
        return self.help

    def open_preferences(self) -> None:
        """The preferences dialog; a new interface language goes to the window's owner."""
        from ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._w.settings, self._w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        lang = dialog.apply(self._w.settings)
        if lang != self._w.lang:
            self._w.language_chosen.emit(lang)
