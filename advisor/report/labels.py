"""Names and sentences for codes in the report, through `advisor.explain`.

The engine returns codes and parameters; `advisor.explain` turns them into Dutch
or English, for the UI and the report alike. This module adds only what the
report needs on top: code prefixes, material names from the knowledge base,
and shortening for chart labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor.report.text import shorten, t

__all__ = ["shorten"]

if TYPE_CHECKING:
    from advisor.kb import KnowledgeBase
    from advisor.model import Issue, Reason, Recommendation


def route_name(code: str, lang: str) -> str:
    from advisor import explain

    return explain.route_name(code, lang)


def route_label(code: str, lang: str) -> str:
    """'R8 Recycle' style label (landfill has no R-number)."""
    name = route_name(code, lang)
    return name if code == "landfill" or name.startswith(code) else f"{code} {name}"


def quality_name(quality: str, lang: str) -> str:
    from advisor import explain

    return explain.quality_name(quality, lang)


def category_name(category: str, lang: str) -> str:
    from advisor import explain

    return explain.category_name(category, lang)


def reason_text(reason: Reason, lang: str) -> str:
    from advisor import explain

    return explain.reason_text(reason, lang)


def issue_text(issue: Issue, lang: str) -> str:
    from advisor import explain

    return explain.issue_text(issue, lang)


def rec_text(rec: Recommendation, lang: str):
    """(title, action, why) of a recommendation."""
    from advisor import explain

    return explain.recommendation_text(rec, lang)


def rec_title(rec: Recommendation, lang: str) -> str:
    return rec_text(rec, lang).title


def metric_reading(name: str, value: float, lang: str) -> str:
    from advisor import explain

    return explain.metric_reading(name, value, lang)


def material_label(material_id: str | None, kb: KnowledgeBase, lang: str) -> str:
    """The knowledge base's name of a material, or 'unresolved'."""
    material = kb.materials.get(material_id) if material_id else None
    if material is None:
        return t("report_unresolved", lang) if not material_id else material_id
    return material.name(lang)
