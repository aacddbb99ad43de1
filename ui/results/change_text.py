"""What applying advice changed in a bill of materials, in sentences for the user."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor.i18n import fmt_mass, fmt_percent
from advisor.model import Component, Variant

FIELDS = {  # the component fields advice changes, as the user knows them
    "material": QT_TRANSLATE_NOOP("ChangeText", "material"),
    "joint": QT_TRANSLATE_NOOP("ChangeText", "joint"),
    "finish": QT_TRANSLATE_NOOP("ChangeText", "finish"),
    "recycled_content": QT_TRANSLATE_NOOP("ChangeText", "recycled content"),
    "reused_content": QT_TRANSLATE_NOOP("ChangeText", "reused content"),
    "mass_kg": QT_TRANSLATE_NOOP("ChangeText", "mass"),
    "quantity": QT_TRANSLATE_NOOP("ChangeText", "quantity"),
    "notes": QT_TRANSLATE_NOOP("ChangeText", "notes"),
}
Names = Callable[[str, object], str]  # (kind, key) -> name in the language


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeText", text)


def _value(c: Component, field: str, names: Names, lang: str) -> str:
    if field == "material":
        return names("material", c.material_id) if c.material_id else c.material_input
    if field == "joint":
        return names("joint", c.joint_id) if c.joint_id else c.joint_input
    if field in ("recycled_content", "reused_content"):
        share = getattr(c, field)
        return fmt_percent(share, lang) if share is not None else ""
    if field == "mass_kg":
        return fmt_mass(c.mass_kg, lang) if c.mass_kg is not None else ""
    if field == "quantity":
        return f"{c.quantity:g}"
    return str(getattr(c, field) or "")


def _differs(a: Component, b: Component, field: str) -> bool:
    if field == "material":
        return (a.material_id, a.material_input, a.constituents) != (
            b.material_id, b.material_input, b.constituents)
    if field == "joint":
        return (a.joint_id, a.joint_input) != (b.joint_id, b.joint_input)
    return getattr(a, field) != getattr(b, field)


def describe_changes(before: Variant, after: Variant, names: Names, lang: str) -> list[str]:
    """One line per changed field of a part: "Deksel: joint glued → snap-fit"."""
    old = {c.id: c for c in before.components}
    lines = []
    for c in after.components:
        was = old.get(c.id)
        if was is None:
            continue
        for field in FIELDS:
            if _differs(was, c, field):
                lines.append(_tr("{part}: {field} {old} → {new}").format(
                    part=c.name, field=_tr(FIELDS[field]),
                    old=_value(was, field, names, lang) or "–",
                    new=_value(c, field, names, lang) or "–"))
    return lines
