"""End-of-life streams: the collection and treatment chain a product goes into.

A product belongs to one stream (a WEEE category of Directive 2012/19/EU Annex III,
office or household furniture, a building product, packaging, textiles, a battery, a
vehicle, or residual waste). The stream decides the treatment chain and the legal
targets its figures are shown against.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.kb import KnowledgeBase
from advisor.model import Bilingual


@dataclass(frozen=True)
class StreamInfo(Bilingual):
    """One end-of-life stream of the knowledge base."""

    id: str
    name_en: str
    name_nl: str
    kind: str
    chain: str
    weee_category: int | None = None


def stream_choices(kb: KnowledgeBase) -> tuple[StreamInfo, ...]:
    """Every stream of the knowledge base, in table order (for settings and `kb info`)."""
    out = []
    for r in kb.rows("eol_streams"):
        category = r.get("weee_category", "").strip()
        out.append(StreamInfo(r["id"], r["name_en"], r["name_nl"], r["kind"], r["chain"],
                              int(category) if category.isdigit() else None))
    return tuple(out)


def stream_by_id(kb: KnowledgeBase, stream_id: str) -> StreamInfo | None:
    return next((s for s in stream_choices(kb) if s.id == stream_id), None)
