"""Undo commands: each swaps the document's project value (before <-> after)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from advisor.model import Project

if TYPE_CHECKING:
    from ui.project.document import Document


class ProjectCommand(QUndoCommand):
    """One undoable change of the project, computed by an `advisor.edit` function.

    The before and after values are immutable and share all unchanged parts, so a
    command costs little memory even for a large bill of materials.
    """

    def __init__(self, document: Document, text: str, after: Project,
                 variant_ids: tuple[str, ...], structure: bool,
                 select: list[str] | None = None, focus: str | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self._doc = document
        self._before = document.project
        self._after = after
        self._variant_ids = variant_ids
        self._structure = structure
        self._select = select or []
        self._focus = focus
        self._focus_before = document.current_variant_id

    def redo(self) -> None:
        self._doc.apply(self._after, self._variant_ids, self._structure)
        if self._focus:
            self._doc.set_current_variant(self._focus)
        if self._select:
            self._doc.select_requested.emit(self._select)

    def undo(self) -> None:
        self._doc.apply(self._before, self._variant_ids, self._structure)
        if self._focus:
            self._doc.set_current_variant(self._focus_before)
        if self._select:
            self._doc.select_requested.emit(self._select)
