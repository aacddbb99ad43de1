"""Sorting after shredding: which separate fragments end up in the same fraction.

Parts that the shredder liberates still spoil each other when the sorting line cannot
tell them apart. Magnets take ferrous metal; eddy-current separators take the light
non-ferrous metals (aluminium, magnesium) apart from the heavy ones (copper, brass, zinc,
lead); austenitic stainless steel follows its own path. Cast and wrought aluminium land in
the same eddy-current fraction, so wrought scrap mixed with cast goes to cast alloys. In
a chain that separates plastics by density (sink-float), polymers of one density class
stay together: PP and PE both float, PET and PVC both sink below 1.25 g/cm³. A chain
that sorts plastics by near-infrared or by hand tells the polymers apart (but NIR cannot
see carbon black: see routes.py).

A fragment's class is taken from each material of the product that is shredded (not
taken out before): the harm of one class member on another comes from the knowledge
base's compatibility table, reported as "could not be sorted apart".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from advisor.engine.kbindex import PLASTIC_FAMILIES, KbIndex, remember
from advisor.engine.streams import Chain

# Density classes of plastics in sink-float separation (g/cm³ upper bounds): what floats
# on water, the styrenics band (PS, ABS about 1.04-1.07), the band of PC, PMMA, PA and
# solid PUR (about 1.13-1.26), and what sinks further (PET, PVC, POM, filled grades). From
# the float-sink chart in the reference data (plastics_density_float_sink.csv: PP
# 0.90-0.92, PE 0.91-0.97, PS and ABS 1.04-1.07, PMMA 1.17-1.20, PC 1.20-1.22, PUR
# 1.20-1.26, PET 1.34-1.39, PVC-U 1.30-1.45, POM 1.41-1.43).
DENSITY_CLASSES = ((1000.0, "float"), (1100.0, "styrenics"), (1265.0, "medium"),
                   (float("inf"), "heavy"))
LIGHT_NONFERROUS_STREAMS = frozenset({"aluminium-cast", "aluminium-wrought"})
LIGHT_NONFERROUS_IDS = frozenset({"magnesium"})
STAINLESS_STREAMS = frozenset({"stainless"})


def sort_class(material_id: str, index: KbIndex, chain: Chain) -> str | None:
    """The fraction a shredded fragment of this material is sorted into, or None where
    the chain tells it apart from everything else (or it is not sorted at all)."""
    return remember(index.sort_cache, (material_id, chain.id, chain.plastics_sorting,
                                       chain.material_recycling), 10_000,
                    lambda: _sort_class(material_id, index, chain) or "") or None


def _sort_class(material_id: str, index: KbIndex, chain: Chain) -> str | None:
    m = index.materials.get(material_id)
    if m is None or not chain.material_recycling:
        return None
    if m.family == "ferrous":
        return "stainless" if m.stream in STAINLESS_STREAMS else "ferrous"
    if m.family == "non-ferrous":
        if m.stream in LIGHT_NONFERROUS_STREAMS or m.id in LIGHT_NONFERROUS_IDS:
            return "light-nonferrous"
        return "heavy-nonferrous"
    if m.family in PLASTIC_FAMILIES and chain.plastics_sorting == "density":
        if m.density_kg_m3 is None:
            return None  # an unknown density: no claim about what it is sorted with
        return next(name for bound, name in DENSITY_CLASSES if m.density_kg_m3 < bound)
    return None


def class_members(material_counts: Counter, index: KbIndex,
                  chain: Chain) -> dict[str, frozenset[str]]:
    """The shredded materials of a product per sorting class."""
    out: dict[str, set[str]] = {}
    for mid, count in material_counts.items():
        if count <= 0:
            continue
        key = sort_class(mid, index, chain)
        if key is not None:
            out.setdefault(key, set()).add(mid)
    return {k: frozenset(v) for k, v in out.items()}


def sorted_with(unit_ids: Iterable[str], classes: dict[str, frozenset[str]],
                index: KbIndex, chain: Chain) -> frozenset[str]:
    """The materials a part's fragments are sorted together with (its own excluded)."""
    own = set(unit_ids)
    out: set[str] = set()
    for mid in own:
        key = sort_class(mid, index, chain)
        if key is not None:
            out |= classes.get(key, frozenset())
    return frozenset(out - own)


METAL_FAMILIES = frozenset({"ferrous", "non-ferrous", "precious"})
# Bought-in items whose own treatment (battery recycling, board smelting, motor scrap)
# recovers the metals of what is fixed to them.
ITEM_FAMILIES = frozenset({"battery", "electronics"})
KIND_OF_FAMILY = {"plastic-thermoplastic": "plastic", "plastic-thermoset": "plastic",
                  "elastomer": "plastic"}


def fraction_key(material_id: str, index: KbIndex, chain: Chain) -> str:
    """What a material is sorted as: its sorting class, else its family (plastics of an
    unknown density together), else itself."""
    key = sort_class(material_id, index, chain)
    if key is not None:
        return key
    m = index.materials.get(material_id)
    if m is None:
        return material_id
    return KIND_OF_FAMILY.get(m.family, m.family)


def travels_with(material_id: str, main: str, index: KbIndex, chain: Chain) -> bool:
    """Whether a material that stays attached to a fragment sorted as `main` goes where
    that fragment goes and is lost there: copper glued to steel dissolves in the steel melt
    (a tramp element), a plastic on a metal part burns off in the furnace, a TPE grip on an
    ABS shell ends in the ABS recyclate. A metal attached to a non-metal is taken out by
    magnet or eddy current when the fragment is ground (inserts, nails), and a metal in a
    composite item (motor, board, cable) is recovered by that item's own process."""
    if material_id == main or not chain.material_recycling:
        return False
    m, host = index.materials.get(material_id), index.materials.get(main)
    if m is None or host is None:
        return False
    if fraction_key(material_id, index, chain) == fraction_key(main, index, chain):
        return False
    if host.family in ITEM_FAMILIES and m.family in METAL_FAMILIES | ITEM_FAMILIES:
        return False  # a battery's or a board's own process recovers the metals with it
    if m.family in METAL_FAMILIES:
        return host.family in METAL_FAMILIES  # lost only in another metal's melt
    return True
