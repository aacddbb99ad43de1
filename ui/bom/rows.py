"""Columns of the BOM tree and the cached texts of one row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from advisor.i18n import fmt_mass, fmt_number, fmt_percent
from advisor.model import Component, ComponentResult

COLUMNS = ("name", "material", "match", "mass", "quantity", "joint", "finish", "recycled",
           "route", "issues")
EDITABLE = frozenset({"name", "material", "mass", "quantity", "joint", "finish", "recycled"})
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
        (_tr("Material"), _tr("Material as entered; type to search the knowledge base")),
        (_tr("Resolved as"), _tr("The knowledge-base material and the match confidence")),
        (_tr("Mass"), _tr("Mass of one unit (assemblies: sum of their parts)")),
        (_tr("Qty"), _tr("Quantity per parent")),
        (_tr("Joint"), _tr("How the part is attached to its parent")),
        (_tr("Finish"), _tr("Coating, paint, plating or print")),
        (_tr("Recycled"), _tr("Recycled content of the material")),
        (_tr("Route"), _tr("The best recovery route reached on the R-ladder")),
        (_tr("Issues"), _tr("Findings that block a better route")),
    ]


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
    edit_text = "" if c.mass_kg is None else _mass_edit(c.mass_kg)
    if c.mass_kg is None and is_assembly and result is not None:
        return fmt_mass(result.mass_kg, lang), edit_text
    return ("" if c.mass_kg is None else fmt_mass(c.mass_kg, lang)), edit_text


def _mass_edit(kg: float) -> str:
    return f"{kg * 1000:g} g" if kg < 1 else f"{kg:g} kg"


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
    if result is None:
        return "", "", ""
    code = result.route_code
    label = names("route", code)
    blocked = ", ".join(b.code for b in result.blocked_routes)
    tip = label + (("\n" + _tr("Blocked: {codes}").format(codes=blocked)) if blocked else "")
    shown = label if label.startswith(code) else f"{code} {label}"
    return shown, tip, code


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
    display = (c.name, c.material_input, match, mass_display, qty, joint, c.finish, recycled,
               route, issues)
    edit = (c.name, c.material_input, match, mass_edit, f"{c.quantity:g}",
            c.joint_id or c.joint_input, c.finish,
            "" if c.recycled_content is None else f"{c.recycled_content * 100:g}%", route,
            issues)
    tips = ("", c.material_input and match_tip, match_tip, "", "",
            c.joint_input if c.joint_id else "", "", "", route_tip, issue_tip)
    return RowTexts(display, edit, tips, code, n_issues, is_assembly)
