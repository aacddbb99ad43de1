"""The materials a part is made of: its own material, its blend's constituents, or a
composite item's composition."""

from __future__ import annotations

from advisor.engine.kbindex import PLASTIC_FAMILIES, KbIndex
from advisor.model import Component, Issue

# Words in a plastic's name that mean carbon-black pigment, and words that say the black
# is an NIR-detectable pigment instead.
BLACK_WORDS = ("black", "zwart", "roet", "carbon black")
DETECTABLE_WORDS = ("nir", "detectable", "detecteerbaar")

Units = tuple[tuple[str, float], ...]


def material_units(c: Component, index: KbIndex) -> tuple[Units, list[Issue]]:
    """The materials a part is made of, with mass shares summing to 1.

    A knowledge-base item with routes of its own (a motor, a board, a battery, a gas
    spring: bought in and treated as one thing) is one unit, even when the resolver gave
    its default composition: its routes are its treatment, and its composition is read
    only for its critical raw materials. A blend ("PA6 borstels op staal as") is split
    into its constituents; a composite item without routes of its own into its
    composition.
    """
    mats = index.materials
    m = mats.get(c.material_id or "")
    if m is not None and (m.is_composite or m.durable_part) and index.route_options(m.id):
        return ((m.id, 1.0),), []
    if c.constituents:
        known = [(mid, s) for mid, s in c.constituents if mid in mats and s > 0]
        total = sum(s for _, s in known)
        if known and total > 0:
            return tuple((mid, s / total) for mid, s in known), []
    if m is None:
        return (), [Issue("material_unresolved", "data", {"input": c.material_input})]
    parts = index.compositions.get(m.id, ())
    if m.is_composite and not index.route_options(m.id):
        known = [(k, s) for k, s in parts if k in mats and s > 0]
        total = sum(s for _, s in known)
        if known and total > 0:
            return tuple((k, s / total) for k, s in known), []
        return ((m.id, 1.0),), [Issue("composition_unknown", "data",
                                      index.named("material", m.id))]
    return ((m.id, 1.0),), []


def unit_ids(c: Component, index: KbIndex) -> set[str]:
    """The knowledge-base ids a part is made of (as `material_units` splits it)."""
    return {mid for mid, _ in material_units(c, index)[0]}


def is_black(c: Component, material_id: str, index: KbIndex) -> bool:
    """Carbon-black pigmented: flagged in the knowledge base, or said so in a plastic's name."""
    m = index.materials[material_id]
    if m.carbon_black:
        return True
    if m.family not in PLASTIC_FAMILIES:
        return False
    text = c.material_input.lower()
    return any(w in text for w in BLACK_WORDS) and not any(w in text for w in DETECTABLE_WORDS)
