"""The region's priority material streams (knowledge-base tables priority_streams and
priority_stream_feeds) and which stream a kilogram of a product's material feeds.

A kilogram goes to the stream of the first feed kind that matches, in the order of
`FEED_KINDS`: the product's end-of-life stream (its type), the stream's kind, the
material itself, its biobased flag, its family. A product type comes before its
materials: the steel of an office chair is office furniture. Other streams that match
the same kilogram are kept as "also feeds", so nothing is counted twice and nothing
that matches is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from advisor.kb import KnowledgeBase
from advisor.kb.schema import FEED_KINDS
from advisor.model import Bilingual


@dataclass(frozen=True)
class PriorityStream(Bilingual):
    id: str
    name_en: str
    name_nl: str
    status: str = ""
    note: str = ""
    source: str = ""

    @property
    def estimate(self) -> bool:
        return self.status == "estimate"


@dataclass(frozen=True)
class Feed:
    stream_id: str
    kind: str
    value: str
    status: str = ""
    source: str = ""


class StreamMap:
    """The priority streams of a knowledge base and the matching of kilograms to them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.streams = {r["id"]: PriorityStream(r["id"], r["name_en"], r["name_nl"],
                                                r.get("status", ""), r.get("note", ""),
                                                r.get("source", ""))
                        for r in kb.rows("priority_streams")}
        self.feeds = [Feed(r["stream_id"], r["feed_kind"], r["feed"].strip().lower(),
                           r.get("status", ""), r.get("source", ""))
                      for r in kb.rows("priority_stream_feeds")
                      if r["feed_kind"] in FEED_KINDS and r["stream_id"] in self.streams]
        self.feeds.sort(key=lambda f: FEED_KINDS.index(f.kind))  # stable: file order within
        self._kinds = {r["id"]: r.get("kind", "") for r in kb.rows("eol_streams")}
        self._materials = kb.materials
        self.match = lru_cache(maxsize=None)(self._match)

    def order(self) -> list[str]:
        """The streams' ids in table order."""
        return list(self.streams)

    def name(self, stream_id: str | None, lang: str) -> str:
        s = self.streams.get(stream_id or "")
        return s.name(lang) if s else ""

    def _values(self, product_stream: str, material_id: str) -> dict[str, str]:
        m = self._materials.get(material_id)
        return {"product_stream": product_stream.lower(),
                "product_kind": self._kinds.get(product_stream, "").lower(),
                "material": material_id.lower(),
                "biobased": "1" if m is not None and m.biobased else "",
                "family": m.family.lower() if m is not None else ""}

    def _match(self, product_stream: str, material_id: str,
               ) -> tuple[str | None, tuple[str, ...]]:
        """(the stream a kilogram feeds, the other streams it matches too)."""
        values = self._values(product_stream, material_id)
        hits: list[str] = []
        for f in self.feeds:
            if values[f.kind] and f.value == values[f.kind] and f.stream_id not in hits:
                hits.append(f.stream_id)
        return (hits[0], tuple(hits[1:])) if hits else (None, ())


# Knowledge-base tables whose rows say where their processor is (column processed_in).
PROCESSOR_TABLES = ("material_routes", "product_channels")


def has_regional_processor(kb: KnowledgeBase) -> bool:
    """Whether any route or reuse channel of the knowledge base names a processor in the
    region. The shipped knowledge base names none (its sources find only collection,
    sorting and transfer in the province of Utrecht), so the material kept in the region
    is 0 until a user adds one in their own layer."""
    return any((r.get("processed_in") or "").strip() == "region"
               for table in PROCESSOR_TABLES for r in kb.rows(table))
