"""Failures as sentences: what happened and what to do, in the interface language; the
technical detail (the exception, the traceback) behind the dialog's "Details" button."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from advisor.errors import InputError
from advisor.messages import problem_text

MAX_PROBLEMS = 25


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def what_to_do(exc: BaseException, lang: str) -> str:
    """A sentence that tells the user what went wrong and what to do about it."""
    if isinstance(exc, InputError):
        return problems_text(exc, lang)
    if isinstance(exc, PermissionError):
        return _tr("Cirkelwijzer may not write or read there. Choose another folder, or close "
                   "the file if another program has it open.")
    if isinstance(exc, IsADirectoryError):
        return _tr("That is a folder, not a file. Choose a file.")
    if isinstance(exc, FileNotFoundError):
        return _tr("The file or its folder does not exist (any more). Check the name and the "
                   "folder, then try again.")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return _tr("The disk is full. Make room or choose another disk, then try again.")
    if isinstance(exc, OSError):
        return _tr("The file could not be read or written. Check that the disk or network "
                   "drive is there, then try again.")
    if isinstance(exc, MemoryError):
        return _tr("The computer ran out of memory. Close other programs and try again.")
    return _tr("This is an error in Cirkelwijzer itself; nothing you did caused it. Try "
               "again, and if it happens again, send the details to the makers.")


def problems_text(exc: InputError, lang: str) -> str:
    """The problems of bad input, one per line, with file, row and column."""
    lines = [problem_text(p, lang) for p in exc.problems[:MAX_PROBLEMS]]
    more = len(exc.problems) - MAX_PROBLEMS
    if more > 0:
        lines.append(_tr("… and {n} more").format(n=more))
    return "\n".join(lines)


def technical(exc: BaseException, trace: str = "") -> str:
    """The exception for the details: its traceback when there is one."""
    return trace.strip() or f"{type(exc).__name__}: {exc}"


def failure_box(parent: QWidget | None, title: str, what: str, exc: BaseException,
                lang: str, trace: str = "") -> QMessageBox:
    """A warning that says what happened (`what`) and what to do; details stay folded."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok,
                      parent)
    todo = what_to_do(exc, lang)
    box.setInformativeText(todo.splitlines()[0] if isinstance(exc, InputError) else todo)
    box.setDetailedText(todo if isinstance(exc, InputError) else technical(exc, trace))
    return box


def show_failure(parent: QWidget | None, title: str, what: str, exc: BaseException,
                 lang: str, trace: str = "", modal: bool = True) -> QMessageBox:
    box = failure_box(parent, title, what, exc, lang, trace)
    if modal:
        box.exec()
    else:
        box.open()
    return box
