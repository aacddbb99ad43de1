"""The portfolio being edited: its lines, its file, and the undo history of its edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from advisor.errors import Problem
from advisor.portfolio.lines import renumbered
from advisor.portfolio.model import PortfolioLine
from advisor.portfolio.sheet import read_portfolio_lines, write_portfolio


class LinesCommand(QUndoCommand):
    """One undoable change of the lines: the whole list before and after (small)."""

    def __init__(self, doc: PortfolioDocument, text: str, after: list[PortfolioLine]) -> None:
        super().__init__(text)
        self._doc = doc
        self._before = list(doc.lines)
        self._after = renumbered(after)

    def redo(self) -> None:
        self._doc.set_lines(self._after)

    def undo(self) -> None:
        self._doc.set_lines(self._before)


class PortfolioDocument(QObject):
    """The lines of one portfolio, its file (None: not saved yet) and its undo stack."""

    changed = Signal()
    file_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[PortfolioLine] = []
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        # A slot of this object (not a lambda): Qt drops the connection with the object.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self.file_changed.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def set_lines(self, lines: list[PortfolioLine]) -> None:
        self.lines = list(lines)
        self.changed.emit()

    def edit(self, text: str, after: list[PortfolioLine]) -> None:
        self.undo_stack.push(LinesCommand(self, text, after))

    def load(self, path: Path) -> list[Problem]:
        """Read a portfolio file; the problems of its cells (lines with a volume still to
        enter are kept). A file that is no portfolio raises `InputError`: nothing changes."""
        lines, problems = read_portfolio_lines(path, lenient=True)
        self.path = Path(path)
        self.undo_stack.clear()
        self.set_lines(list(lines))
        self.file_changed.emit()
        return problems

    def new(self) -> None:
        self.path = None
        self.undo_stack.clear()
        self.set_lines([])
        self.file_changed.emit()

    def save(self, path: Path) -> Path:
        written = write_portfolio(self.lines, path)
        self.path = written
        self.undo_stack.setClean()
        self.file_changed.emit()
        return written
