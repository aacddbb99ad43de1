"""Every text a user can see in a window: labels, buttons, titles, menus, tool tips, list
and table cells, text browsers and the texts of embedded charts; and the checks a Dutch
window must pass (no English word from a list, no number with a decimal point).

Widgets (or views' columns) that show the user's own data or cited sources as they are
mark themselves: property `quoted` (skip the widget) or `dataColumns` (skip those
columns of a view's cells; its headers are still checked)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
    QWizard,
)

# Words that only appear in English (none of them is also a Dutch word).
ENGLISH = frozenset("""
the and with from for this that these those are were will would could should cannot
not yes click select choose please your yours you reached blocked issues issue sources
source untitled comparison compare failed error warning save cancel close settings
preferences edit view report advice recycled reuse reused landfill energy mass material
materials joint joints quantity weight part parts row rows column value name total
unknown none new delete add remove apply undo redo step target duty legal quick wins
redesign supplier chart charts loss processed stream lifetime intensity client notes note
knowledge table tables search shipped layer show hide more less than which what when where
how why all any each every only also into out off on or an it its be been has have may
must recovery findings finding file files opened written write sheet
import imported header level field fields sum unit units percent share shares
""".split())
# Names that are English but are names (an organisation, a method, a material's trade name).
NAMES = ("Ellen MacArthur Foundation", "Circular Transition Indicators",
         "Critical Raw Materials Act", "soft-touch",
         "Soft-touch", "debond-on-demand", "heat staking", "e-coat", "hook-and-loop",
         "Cirkelwijzer", "Bluetooth")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
NUMBER = re.compile(r"\d[\d.,]*\d")
DUTCH_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")
# Designations written with a point in every language: steel numbers (EN 10027-2, 1.4301)
# and the property classes of bolts (ISO 898-1, 8.8).
DESIGNATION = re.compile(r"^([1-3]\.\d{4}|4\.6|4\.8|5\.6|5\.8|6\.8|8\.8|9\.8|10\.9|12\.9)$")
ACCELERATOR = re.compile(r"&(?=\S)")
# A value quoted as the file or the user wrote it: “0.5 kg”, '0.5 kg', "level".
QUOTED = re.compile(r"“[^”]*”|'[^']*'|\"[^\"]*\"")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def english_words(text: str) -> list[str]:
    for name in NAMES:
        text = text.replace(name, " ")
    return [w for w in WORD.findall(text) if w.lower() in ENGLISH]


def decimal_points(text: str) -> list[str]:
    """Numbers written with a decimal point (a Dutch thousands point is fine)."""
    return [n for n in NUMBER.findall(text) if "." in n and not DUTCH_GROUPED.match(n)
            and not DESIGNATION.match(n)]


def _skipped(w: QWidget, root: QWidget) -> bool:
    while w is not None:
        if w.property("quoted"):
            return True
        if w is root:
            return False
        w = w.parentWidget()
    return False


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model's columnCount is not callable from Python
        columns = 1
    skip = set(view.property("dataColumns") or ())
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    skip |= {c for c in range(columns) if hidden(c)}
    out = [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
           for c in range(columns) if not hidden(c)]
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for r in range(model.rowCount(parent)):
            for c in range(columns):
                idx = model.index(r, c, parent)
                if c == 0 and model.rowCount(idx) > 0:
                    stack.append(idx)
                if c in skip:
                    continue
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = idx.data(role)
                    if isinstance(value, str):
                        out.append(value)
    return out


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        out += [action.text(), action.toolTip()]
        if action.menu() is not None:
            out += _menu_texts(action.menu())
    return out


def _figure_texts(w: QWidget) -> list[str]:
    figure = getattr(w, "figure", None)
    if figure is None or not hasattr(figure, "findobj"):
        return []
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def _widget_texts(w: QWidget) -> list[str]:
    out = [w.toolTip()]
    if isinstance(w, QLabel):
        out.append(w.text())
    elif isinstance(w, QAbstractButton):
        out.append(w.text())
    elif isinstance(w, QGroupBox):
        out.append(w.title())
    elif isinstance(w, QLineEdit):
        out.append(w.placeholderText())
        if w.isReadOnly():
            out.append(w.text())
    elif isinstance(w, QComboBox):
        out += [w.itemText(i) for i in range(w.count())]
    elif isinstance(w, QTabBar):
        out += [w.tabText(i) for i in range(w.count())]
    elif isinstance(w, QAbstractSpinBox):
        out += [w.text(), w.specialValueText()]
    elif isinstance(w, QDockWidget):
        out.append(w.windowTitle())
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        out.append(w.placeholderText())
        if w.isReadOnly():
            out.append(w.toPlainText())
    elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
        out += _model_texts(w)
    elif isinstance(w, QMenuBar):
        for action in w.actions():
            if action.menu() is not None:
                out += _menu_texts(action.menu())
    elif isinstance(w, QToolBar):
        out += [a.toolTip() for a in w.actions()]
    elif isinstance(w, QWizard) and w.currentPage() is not None:
        out += [w.currentPage().title(), w.currentPage().subTitle()]
    return out + _figure_texts(w)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) of every text of `root` a user can see."""
    found = [("window title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if _skipped(w, root):
            continue
        for text in _widget_texts(w):
            text = ACCELERATOR.sub("", _plain(text or "")).strip()
            if text:
                found.append((type(w).__name__, text))
    return found


def not_dutch(texts: list[tuple[str, str]], allowed: tuple[str, ...] = ()) -> list[str]:
    """The texts that show an English word or a number with a decimal point."""
    bad: list[str] = []
    for where, text in dict.fromkeys(texts):  # each text once
        for ok in allowed:
            text = text.replace(ok, " ")
        text = QUOTED.sub(" ", text)
        words, points = english_words(text), decimal_points(text)
        if words or points:
            line = f"{where}: {text[:160]!r} -> {words + points}"
            if line not in bad:
                bad.append(line)
    return bad
