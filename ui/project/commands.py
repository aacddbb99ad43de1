"""Undo commands: each swaps the document's project value (before <-> after)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from advisor.model import Project


class ProjectHolder(Protocol):
    """What a command needs of the document (ui.project.document.Document)."""

    project: Project
    current_variant_id: str
    select_requested: SignalInstance

    def apply(self, project: Project, variant_ids: tuple[str, ...], structure: bool) -> None:
        ...

    def set_current_variant(self, variant_id: str) -> None:
        ...


MERGE_ID = 1
Label = str | Callable[[], str]  # a text, or a function that words it in the current language


class ProjectCommand(QUndoCommand):
    """One undoable change of the project, computed by an `advisor.edit` function.

    The before and after values are immutable and share all unchanged parts, so a
    command costs little memory even for a large bill of materials. A label given as a
    function is worded again when the interface changes language (`retranslate`).
    """

    def __init__(self, document: ProjectHolder, text: Label, after: Project,
                 variant_ids: tuple[str, ...], structure: bool,
                 select: list[str] | None = None, focus: str | None = None,
                 parent: QUndoCommand | None = None, merge_key: str = "") -> None:
        super().__init__(text() if callable(text) else text, parent)
        self._label = text
        self._merge_key = merge_key
        self._doc = document
        self._before = document.project
        self._after = after
        self._variant_ids = variant_ids
        self._structure = structure
        self._select = select or []
        self._focus = focus
        self._focus_before = document.current_variant_id
        self._done_once = False  # the first redo is the edit itself: its row is current

    def id(self) -> int:
        """Commands with the same merge key (typing in one field) merge into one step."""
        return MERGE_ID if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ProjectCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True

    def retranslate(self) -> None:
        if callable(self._label):
            try:
                self.setText(self._label())
            except RuntimeError:  # what worded it is gone: keep the text as it is
                pass

    def redo(self) -> None:
        self._doc.apply(self._after, self._variant_ids, self._structure)
        if self._focus:
            self._doc.set_current_variant(self._focus)
        if self._select and self._done_once:
            self._doc.select_requested.emit(self._select)
        self._done_once = True

    def undo(self) -> None:
        self._doc.apply(self._before, self._variant_ids, self._structure)
        if self._focus:
            self._doc.set_current_variant(self._focus_before)
        if self._select:
            self._doc.select_requested.emit(self._select)
