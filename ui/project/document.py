"""The open project as a document: the value, its file, its undo stack and signals.

The project is an immutable `advisor.model.Project`. Every change goes through a
`ui.project.commands.ProjectCommand` on the undo stack, which swaps whole project values; the
stack's clean state is the "saved" state.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from advisor import edit
from advisor.model import Product, Project, Variant
from ui.project.commands import Label, ProjectCommand


class Document(QObject):
    """The project being edited."""

    project_replaced = Signal()  # a different project was opened
    structure_changed = Signal()  # products or variants added, removed or renamed
    variant_changed = Signal(str)  # the components of this variant changed
    current_variant_changed = Signal(str)
    select_requested = Signal(list)  # component ids to select after an edit
    file_changed = Signal()  # path or modified state
    project_changed = Signal()  # any change of the project value (settings included)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = Project(name="")
        self.path: Path | None = None
        self.current_variant_id: str = ""
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, _clean: bool) -> None:
        self.file_changed.emit()

    # -- reading ----------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean() or self._unsaved_new

    _unsaved_new = False

    @property
    def title(self) -> str:
        if self.path is not None:
            return self.path.stem
        return self.project.name or QCoreApplication.translate("Document", "untitled")

    def current(self) -> tuple[Product, Variant] | None:
        if not self.current_variant_id:
            return None
        try:
            return edit.find_variant(self.project, self.current_variant_id)
        except KeyError:
            return None

    def current_variant(self) -> Variant | None:
        found = self.current()
        return found[1] if found else None

    # -- replacing the whole project --------------------------------------
    def set_project(self, project: Project, path: Path | None, unsaved: bool = False) -> None:
        """Show another project; clears undo history."""
        self.project = project
        self.path = path
        self._unsaved_new = unsaved
        self.undo_stack.clear()
        self.undo_stack.setClean()
        ids = edit.all_variant_ids(project)
        self.current_variant_id = ids[0] if ids else ""
        self.project_replaced.emit()
        self.project_changed.emit()
        self.current_variant_changed.emit(self.current_variant_id)
        self.file_changed.emit()

    def show_again(self, variant_id: str) -> None:
        """Tell newly connected views everything (a rebuilt window took the document)."""
        self.project_replaced.emit()
        self.project_changed.emit()
        self.current_variant_id = ""
        ids = edit.all_variant_ids(self.project)
        self.set_current_variant(variant_id if variant_id in ids else (ids[0] if ids else ""))
        self.file_changed.emit()

    def release_views(self) -> None:
        """Disconnect the views of the window that is closing; the stack stays."""
        stack = self.undo_stack
        for signal in (self.project_replaced, self.structure_changed, self.variant_changed,
                       self.current_variant_changed, self.select_requested, self.file_changed,
                       self.project_changed,
                       stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged,
                       stack.redoTextChanged, stack.indexChanged, stack.cleanChanged):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass  # nothing was connected
        stack.cleanChanged.connect(self._on_clean_changed)

    def retranslate(self) -> None:
        """Word the undo history again in the interface's current language."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, ProjectCommand):
                command.retranslate()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self._unsaved_new = False
        self.undo_stack.setClean()
        self.file_changed.emit()

    def set_current_variant(self, variant_id: str) -> None:
        if variant_id != self.current_variant_id:
            self.current_variant_id = variant_id
            self.current_variant_changed.emit(variant_id)

    # -- changing (called by undo commands only) ---------------------------
    def apply(self, project: Project, variant_ids: tuple[str, ...], structure: bool) -> None:
        """Swap in a new project value and tell the views what changed."""
        self.project = project
        self.project_changed.emit()
        if structure:
            self.structure_changed.emit()
            if self.current() is None:
                ids = edit.all_variant_ids(project)
                self.set_current_variant(ids[0] if ids else "")
        for vid in variant_ids:
            self.variant_changed.emit(vid)

    # -- convenience for pushing commands ----------------------------------
    def edit_variant(self, text: Label, fn: Callable[[Variant], Variant],
                     select: list[str] | None = None) -> bool:
        """Push an undoable change of the current variant; False if nothing changed."""
        variant = self.current_variant()
        if variant is None:
            return False
        new = fn(variant)
        if new == variant:
            return False
        after = edit.replace_variant(self.project, new)
        self.undo_stack.push(ProjectCommand(self, text, after, (variant.id,), False, select))
        return True

    def edit_project(self, text: Label, after: Project, focus: str | None = None) -> None:
        """Push an undoable change of products or variants; `focus` a variant to show."""
        self.undo_stack.push(ProjectCommand(self, text, after, (), True, focus=focus))

    def edit_settings(self, text: Label, after: Project, variant_ids: tuple[str, ...],
                      merge_key: str = "") -> bool:
        """Push an undoable change of settings or details; the variants are re-assessed.

        Successive changes with the same `merge_key` (typing in one field) are one step.
        """
        if after == self.project:
            return False
        self.undo_stack.push(ProjectCommand(self, text, after, variant_ids, False,
                                            merge_key=merge_key))
        return True
