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
    from advisor.model import Finding, Issue, Reason, Recommendation


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
    """A reason in the report's words where the report has its own (no command-line
    hints in a client document), else as `advisor.explain` words it."""
    from advisor import explain
    from advisor.messages import has

    code = f"report_reason_{reason.code}"
    if not has(code):
        return explain.reason_text(reason, lang)
    params = explain.localize(reason.params, lang)
    if "region" in params:
        params["region"] = t(f"report_region_{params['region']}", lang)
    return t(code, lang, **params)


def issue_text(issue: Issue, lang: str) -> str:
    from advisor import explain

    return explain.issue_text(issue, lang)


def rec_text(rec: Recommendation, lang: str):
    """(title, action, why) of a recommendation."""
    from advisor import explain

    return explain.recommendation_text(rec, lang)


def rec_title(rec: Recommendation, lang: str) -> str:
    return rec_text(rec, lang).title


def gain_note_text(note: Reason, lang: str) -> str:
    """Why a gain is zero, or what it depends on (the advice's sentence where it has one)."""
    from advisor import explain

    worded = getattr(explain, "gain_note_text", None)
    if worded is not None:
        return worded(note, lang)
    return t(f"gain_note_{note.code}", lang, **explain.localize(note.params, lang)) \
        if has_text(f"gain_note_{note.code}") else t("report_gain_none", lang)


def finding_text(finding: Finding, lang: str) -> str | None:
    """An assumption or data gap in words (None where no sentence exists for its code)."""
    from advisor import explain

    worded = getattr(explain, "finding_text", None)
    if worded is not None:
        found = worded(finding, lang)
        return None if not found or found == finding.code else found
    code = f"finding_{finding.code}"
    return t(code, lang, **explain.localize(finding.params, lang)) if has_text(code) else None


def has_text(code: str) -> bool:
    from advisor.messages import has

    return has(code)


def in_sentence(name: str) -> str:
    """A name inside a sentence: 'Koper' -> 'koper', but 'ABS' and 'PC/ABS' stay."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def metric_reading(name: str, value: float, lang: str) -> str:
    from advisor import explain

    return explain.metric_reading(name, value, lang)


def country_name(name: str, lang: str) -> str:
    from advisor import explain

    return explain.country_name(name, lang)


def crm_name(crm_id: str, kb: KnowledgeBase, lang: str) -> str:
    """A critical raw material's name from the knowledge base (its id if unknown)."""
    row = next((r for r in kb.rows("crm") if r.get("id") == crm_id), None)
    if row is None:
        return crm_id
    return (row.get("name_nl") if lang == "nl" else row.get("name_en")) or crm_id


def material_label(material_id: str | None, kb: KnowledgeBase, lang: str) -> str:
    """The knowledge base's name of a material, or 'unresolved'."""
    material = kb.materials.get(material_id) if material_id else None
    if material is None:
        return t("report_unresolved", lang) if not material_id else material_id
    return material.name(lang)
