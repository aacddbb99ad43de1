"""Columns of the BOM tree and the cached texts of one row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from advisor.i18n import fmt_mass, fmt_number, fmt_percent
from advisor.model import Component, ComponentResult

# In the order the tree shows them: the name (frozen at the left), the route the eye looks
# for, then the fields in the order a bill of materials lists them.
COLUMNS = ("name", "route", "issues", "material", "match", "mass", "quantity", "joint",
           "finish", "recycled", "notes")
EDITABLE = frozenset({"name", "material", "mass", "quantity", "joint", "finish", "recycled",
                      "notes"})
COL = {name: i for i, name in enumerate(COLUMNS)}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROUTE_ROLE = Qt.ItemDataRole.UserRole + 2
ISSUE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

# Which model column a validation problem's column name points at.
PROBLEM_COLUMNS = {"mass": "mass", "quantity": "quantity", "recycled content": "recycled",
                   "reused content": "recycled", "id": "name", "parent": "name",
                   "material": "material", "joint": "joint"}

Names = Callable[[str, object], str]  # (kind, key or Issue) -> text


def _tr(text: str) -> str:
    return QCoreApplication.translate("BomModel", text)


def column_headers() -> list[tuple[str, str]]:
    """(header, tooltip) per column, translated."""
    return [
        (_tr("Component"), _tr("Assembly or part name")),
        (_tr("Route"), _tr("The best recovery route reached on the R-ladder")),
        (_tr("Issues"), _tr("Findings that block a better route")),
        (_tr("Material"), _tr("Material as entered; type to search the knowledge base")),
        (_tr("Resolved as"), _tr("The knowledge-base material and the match confidence")),
        (_tr("Mass"), _tr("Mass of one unit, e.g. 120 g or 0,25 kg; a number without a "
                          "unit is in kg (assemblies: the sum of their parts)")),
        (_tr("Quantity"), _tr("Quantity per parent")),
        (_tr("Joint"), _tr("How the part is attached to its parent, e.g. screwed, snap-fit, "
                           "glued")),
        (_tr("Finish"), _tr("Coating, paint, plating or print")),
        (_tr("Recycled"), _tr("Recycled content of the material, e.g. 30%")),
        (_tr("Notes"), _tr("Your notes on the part (kept from the imported file)")),
    ]


@dataclass(frozen=True)
class CellProblem:
    """Why a cell is marked: an error (red) or a value kept as typed but unknown (amber)."""

    text: str
    error: bool = True


@dataclass(frozen=True)
class RowTexts:
    """Everything a view asks about one row, prepared once."""

    display: tuple[str, ...]
    edit: tuple[str, ...]
    tooltip: tuple[str, ...]
    route: str = ""
    issue_count: int = 0
    is_assembly: bool = False


def _mass_texts(c: Component, result: ComponentResult | None, is_assembly: bool,
                lang: str) -> tuple[str, str]:
    edit_text = "" if c.mass_kg is None else _mass_edit(c.mass_kg, lang)
    if c.mass_kg is None and is_assembly and result is not None:
        return fmt_mass(result.mass_kg, lang), edit_text
    return ("" if c.mass_kg is None else fmt_mass(c.mass_kg, lang)), edit_text


def _mass_edit(kg: float, lang: str = "en") -> str:
    """The mass as the cell editor shows it: grams below a kilogram, in the language."""
    if kg < 1:
        return f"{_number_edit(kg * 1000, lang)} g"
    return f"{_number_edit(kg, lang)} kg"


def _number_edit(value: float, lang: str) -> str:
    """A number as typed back in the language: no trailing zeros, a decimal comma in Dutch."""
    text = f"{value:.6g}" if abs(value) < 1e15 else f"{value:g}"
    return text.replace(".", ",") if lang == "nl" else text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _match_texts(c: Component, lang: str, names: Names) -> tuple[str, str]:
    if not c.material_input and not c.material_id:
        return "", ""
    if not c.material_id:
        return _tr("? not found"), _tr("No knowledge-base material matches this name")
    name = names("material", c.material_id)
    conf = fmt_percent(c.match_confidence, lang)
    tip = _tr("Resolved as {name} (confidence {conf})").format(name=name, conf=conf)
    return f"{name} · {conf}", tip


def _route_texts(result: ComponentResult | None, names: Names) -> tuple[str, str, str]:
    """The route's code in the cell (landfill has none: its name), the full name in the
    tooltip with the better routes that are blocked."""
    if result is None:
        return "", "", ""
    code = result.route_code
    label = names("route", code)
    full = label if label.startswith(code) or not code.startswith("R") else f"{code} {label}"
    blocked = ", ".join(b.code for b in result.blocked_routes)
    tip = full + (("\n" + _tr("Blocked: {codes}").format(codes=blocked)) if blocked else "")
    return (code if code.startswith("R") else label), tip, code


def _issue_texts(result: ComponentResult | None, names: Names) -> tuple[str, str, int]:
    if result is None or not result.issues:
        return "", "", 0
    lines = [names("issue", i) for i in result.issues]
    return f"⚠ {len(lines)}", "\n".join(f"• {x}" for x in lines), len(lines)


def row_texts(c: Component, result: ComponentResult | None, is_assembly: bool, lang: str,
              names: Names) -> RowTexts:
    """Build the cached texts of one component row."""
    mass_display, mass_edit = _mass_texts(c, result, is_assembly, lang)
    match, match_tip = _match_texts(c, lang, names)
    route, route_tip, code = _route_texts(result, names)
    issues, issue_tip, n_issues = _issue_texts(result, names)
    joint = names("joint", c.joint_id) if c.joint_id else c.joint_input
    recycled = fmt_percent(c.recycled_content, lang) if c.recycled_content is not None else ""
    qty = fmt_number(c.quantity, lang, 0 if float(c.quantity).is_integer() else 2)
    # Advice that swaps a material writes the knowledge base's id: show its name.
    material = names("material", c.material_id) if c.material_id and \
        c.material_input == c.material_id else c.material_input
    display = (c.name, route, issues, material, match, mass_display, qty, joint,
               c.finish, recycled, _one_line(c.notes))
    edit = (c.name, route, issues, c.material_input, match, mass_edit,
            _number_edit(c.quantity, lang), c.joint_input or names("joint", c.joint_id), c.finish,
            "" if c.recycled_content is None else
            _number_edit(c.recycled_content * 100, lang) + "%", c.notes)
    joint_tip = _tr("Typed: {text}").format(text=c.joint_input) \
        if c.joint_id and c.joint_input and c.joint_input != joint else ""
    tips = (c.name, route_tip, issue_tip, c.material_input and match_tip, match_tip, "", "",
            joint_tip, "", "", c.notes)
    return RowTexts(display, edit, tips, code, n_issues, is_assembly)
