"""End-of-life streams and the treatment chains they go into.

A product belongs to one stream (a WEEE category of Directive 2012/19/EU Annex III,
office or household furniture, a building product, packaging, textiles, a battery, a
vehicle, or residual waste). The stream decides the collection scheme and treatment chain
(`treatment_chains.csv`) and the legal targets its figures are shown against
(`legal_targets.csv`). Where the user names no stream it is guessed from the parts, and
the assessment says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from advisor.kb import KnowledgeBase
from advisor.kb.loader import parse_flag
from advisor.model import Bilingual, Component, Material

# Parts that make a product electrical equipment (WEEE, Directive 2012/19/EU Art. 3(1)(a):
# equipment dependent on electric currents to work properly).
ELECTRIC_FAMILIES = frozenset({"battery", "electronics"})
# A product heavier than this is guessed to be large equipment (WEEE category 4: an
# external dimension over 50 cm). The BOM gives no dimensions; the mass is a stand-in that
# the assessment names as a guess (engineering estimate: small household appliances of
# category 5 weigh up to a few kilograms, washing machines and cookers tens of kilograms).
LARGE_EQUIPMENT_KG = 20.0
# Parts that mark office seating (gas spring) and upholstered furniture (foam, textile).
OFFICE_FURNITURE_ITEMS = frozenset({"gas-spring"})
UPHOLSTERY_FAMILIES = frozenset({"textile"})
WOOD_FAMILIES = frozenset({"wood"})
DEFAULT_STREAM = "residual"


@dataclass(frozen=True)
class StreamInfo(Bilingual):
    """One end-of-life stream of the knowledge base."""

    id: str
    name_en: str
    name_nl: str
    kind: str
    chain: str
    weee_category: int | None = None


@dataclass(frozen=True)
class Chain(Bilingual):
    """A collection scheme and treatment chain: what it takes out before shredding, how it
    sorts plastics, whether it recycles materials at all, and where it collects."""

    id: str
    name_en: str
    name_nl: str
    annex_vii: bool = False
    plastics_sorting: str = "none"
    material_recycling: bool = True
    regions: tuple[str, ...] = ("utrecht", "nl", "eu")
    collection_en: str = ""
    collection_nl: str = ""


# The chain assumed when the knowledge base has none for a stream (a data pack may lack it).
NO_CHAIN = Chain("residual", "Residual waste", "Restafval", material_recycling=False)


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


def chains(kb: KnowledgeBase) -> dict[str, Chain]:
    """The treatment chains of the knowledge base by id."""
    out = {}
    for r in kb.rows("treatment_chains"):
        regions = tuple(p.strip() for p in r.get("regions", "").split(";") if p.strip())
        out[r["id"]] = Chain(
            r["id"], r["name_en"], r["name_nl"], parse_flag(r.get("annex_vii", "")),
            r.get("plastics_sorting", "none") or "none",
            parse_flag(r.get("material_recycling", "1") or "1"),
            regions or ("utrecht", "nl", "eu"), r.get("collection_en", ""),
            r.get("collection_nl", ""))
    return out


def chain_for(kb: KnowledgeBase, stream_id: str) -> Chain:
    """The treatment chain of a stream (residual waste if the stream or chain is unknown)."""
    stream = stream_by_id(kb, stream_id)
    if stream is None:
        return NO_CHAIN
    return chains(kb).get(stream.chain, NO_CHAIN)


@dataclass(frozen=True)
class StreamGuess:
    """The stream guessed for a product and what it was guessed from (ids of the
    knowledge base: materials that decided it)."""

    stream: str
    basis: tuple[str, ...]
    mass_kg: float


def guess_stream(leaves: Iterable[tuple[Component, float]],
                 materials: dict[str, Material]) -> StreamGuess:
    """The likely stream of a product from its leaf parts and their masses in the product:
    a battery, a motor or a circuit board make it electrical equipment (WEEE: a screen
    module makes it category 2, a heavy product category 4, else category 5); a gas
    spring makes it office furniture; wood or upholstery make it household furniture;
    anything else goes to residual waste. Every guess is shown to the user as one."""
    total = 0.0
    electric: list[str] = []
    office: list[str] = []
    furniture: list[str] = []
    for c, mass in leaves:
        total += mass
        m = materials.get(c.material_id or "")
        if m is None:
            continue
        if m.family in ELECTRIC_FAMILIES:
            electric.append(m.id)
        elif m.id in OFFICE_FURNITURE_ITEMS:
            office.append(m.id)
        elif m.family in UPHOLSTERY_FAMILIES | WOOD_FAMILIES:
            furniture.append(m.id)
    if electric:
        basis = tuple(dict.fromkeys(electric))
        if "lcd-display" in basis:
            return StreamGuess("weee-2", basis, total)
        return StreamGuess("weee-4" if total > LARGE_EQUIPMENT_KG else "weee-5", basis, total)
    if office:
        return StreamGuess("furniture-office", tuple(dict.fromkeys(office)), total)
    if furniture:
        return StreamGuess("furniture-household", tuple(dict.fromkeys(furniture)), total)
    return StreamGuess(DEFAULT_STREAM, (), total)
