"""What a typed cell means, and which cells to mark: the importer's readings of masses,
counts and shares, the knowledge base's vocabulary of materials, joints and finishes.

A value the knowledge base does not know is kept as typed and marked (amber), never
dropped; a value that cannot be read is refused with a sentence that says what to type.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor.bom_io import numbers
from advisor.errors import ERROR
from advisor.messages import text as message_text
from advisor.model import Component, validate_components
from ui.base.catalog import Catalog
from ui.base.i18n import local_params
from ui.bom.rows import COL, PROBLEM_COLUMNS, CellProblem

Problems = dict[tuple[str, int], CellProblem]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CellValues", text)


class CellError(ValueError):
    """A cell that cannot be read; the message says what to type instead."""


def decimal_of(lang: str) -> str:
    """The decimal sign a bare "1.234" or "1,234" is read with (both "1,5" and "1.5" work)."""
    return "," if lang == "nl" else "."


def _share(text: str, decimal: str) -> float | None:
    t = text.strip()
    if not t:
        return None
    if t.endswith("%"):
        return numbers.parse_share(t, decimal)
    value = numbers.parse_number(t, decimal)
    return value / 100 if value > 1 else value  # "30" is 30%, "0,3" a fraction


def _read(column: str, text: str, lang: str) -> dict:
    decimal = decimal_of(lang)
    if column == "mass":
        return {"mass_kg": numbers.parse_mass(text, decimal)}
    if column == "quantity":
        return {"quantity": numbers.parse_quantity(text, decimal) or 1.0}
    return {"recycled_content": _share(text, decimal)}


UNREADABLE = {
    "mass": QT_TRANSLATE_NOOP(
        "CellValues", "“{text}” is not a mass. Type a number with a unit, e.g. 120 g or "
                      "0,25 kg."),
    "quantity": QT_TRANSLATE_NOOP(
        "CellValues", "“{text}” is not a quantity. Type a number above zero, e.g. 2."),
    "recycled": QT_TRANSLATE_NOOP(
        "CellValues", "“{text}” is not a share. Type a percentage, e.g. 30%."),
}


def cell_fields(column: str, text: str, catalog: Catalog, lang: str = "en") -> dict:
    """The component fields an edited cell stands for; CellError if it cannot be read."""
    if column == "name":
        return {"name": text.strip()}
    if column == "material":
        return catalog.material_fields(text)
    if column in UNREADABLE:
        try:
            return _read(column, text, lang)
        except ValueError:
            raise CellError(_tr(UNREADABLE[column]).format(text=text.strip())) from None
    if column == "joint":
        return catalog.joint_fields(text)
    if column == "finish":
        return {"finish": text.strip()}
    if column == "notes":
        return {"notes": text.strip()}
    raise CellError(f"column {column} is not editable")


def fields_of(c: Component, column: str) -> dict:
    """The fields behind one cell of a row, to copy into another row (fill down)."""
    names = {"name": ("name",), "mass": ("mass_kg",), "quantity": ("quantity",),
             "material": ("material_input", "material_id", "match_confidence",
                          "constituents"),
             "joint": ("joint_input", "joint_id"), "finish": ("finish",),
             "recycled": ("recycled_content",), "notes": ("notes",)}.get(column, ())
    return {name: getattr(c, name) for name in names}


def problem_map(components: tuple[Component, ...], lang: str) -> Problems:
    """(component id, column) -> what is wrong, for every validation problem of a tree."""
    out: Problems = {}
    for p in validate_components(components):
        cid = p.params.get("id")
        column = PROBLEM_COLUMNS.get(p.column or "", "name")
        if not cid:
            continue
        params = local_params(p.params, lang)
        sentence = message_text(p.code, lang, default=p.message, **params)
        hint = message_text(p.code + "_hint", lang, default=p.hint or "", **params)
        prefix = "" if p.severity == ERROR else _tr("Warning: ")
        line = prefix + sentence + (f". {hint}" if hint else "")
        _add(out, (cid, COL[column]), line, p.severity == ERROR)
    return out


def _add(out: Problems, key: tuple[str, int], line: str, error: bool) -> None:
    old = out.get(key)
    out[key] = CellProblem(f"{old.text}\n{line}" if old else line, error or bool(
        old and old.error))


def vocabulary_marks(components: tuple[Component, ...], catalog: Catalog,
                     out: Problems) -> Problems:
    """Mark joints, finishes and materials the knowledge base does not know (kept as typed).

    Only once the name resolver exists (it is built off the UI thread by the first
    assessment or import): building it here would stall the window."""
    if not catalog.resolver_ready:
        return out
    finish_known = catalog.finish_known
    for c in components:
        if c.joint_input and not c.joint_id:
            _add(out, (c.id, COL["joint"]), _tr(
                "“{text}” is not a joint the knowledge base knows. It is kept as typed and "
                "the assessment treats the joint as unknown. Type a few letters to choose "
                "one from the list.").format(text=c.joint_input), False)
        if c.finish and not finish_known(c.finish):
            _add(out, (c.id, COL["finish"]), _tr(
                "“{text}” is not a finish the knowledge base knows. It is kept as typed; "
                "type a few letters to choose one from the list.").format(text=c.finish),
                False)
        if c.material_input and not c.material_id:
            _add(out, (c.id, COL["material"]), _tr(
                "“{text}” is not a material the knowledge base knows. It is kept as typed "
                "and its mass counts as unresolved.").format(text=c.material_input), False)
    return out
