"""A broken user layer of the knowledge base: say so, and offer the two repairs.

The knowledge base then runs on its shipped rows (`KnowledgeBase.user_layer_problems`
lists what is wrong). Mending keeps every sound row of the user's layer, setting it aside
moves the whole layer away; both keep a backup copy (`advisor.kb.health`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from advisor.kb.health import layer_problem_lines, mended_text, repair_user_layer
from advisor.kb.health import reset_user_layer as set_layer_aside
from advisor.messages import problem_text
from advisor.paths import user_kb_dir
from ui.base.catalog import Catalog


def _tr(text: str) -> str:
    return QCoreApplication.translate("LayerDialog", text)


def layer_box(parent: QWidget | None, catalog: Catalog, lang: str) -> QMessageBox | None:
    """The warning with its buttons (Mend, Set aside, Later); None when the layer is sound."""
    kb = catalog.kb()
    problems = kb.user_layer_problems
    if not problems:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Knowledge base"), _tr(
        "Your own layer of the knowledge base is damaged, so Cirkelwijzer works with the "
        "shipped knowledge base for now."), QMessageBox.StandardButton.NoButton, parent)
    n = len(problems)
    box.setInformativeText((_tr("{n} problem in {folder}; the first: {first}") if n == 1 else
                            _tr("{n} problems in {folder}; the first: {first}")).format(
        n=n, folder=str(kb.user_dir or user_kb_dir()), first=problem_text(problems[0], lang))
        + "\n\n" + _tr("Mend keeps every sound row and sets the others aside; Set aside moves "
                       "the whole layer away. A backup copy is kept either way."))
    box.setDetailedText("\n".join(layer_problem_lines(kb, lang)))
    box.mend = box.addButton(_tr("Mend"), QMessageBox.ButtonRole.AcceptRole)
    box.aside = box.addButton(_tr("Set aside"), QMessageBox.ButtonRole.DestructiveRole)
    box.later = box.addButton(_tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.mend)
    return box


def offer_layer_repair(parent: QWidget | None, catalog: Catalog, lang: str) -> str:
    """Ask what to do with a broken layer and do it; returns what was done ('' if nothing)."""
    box = layer_box(parent, catalog, lang)
    if box is None:
        return ""
    box.exec()
    clicked = box.clickedButton()
    if clicked not in (box.mend, box.aside):
        return ""
    user_dir = catalog.kb().user_dir
    mended = repair_user_layer(user_dir) if clicked is box.mend else set_layer_aside(user_dir)
    catalog.reload()
    return mended_text(mended, lang)
