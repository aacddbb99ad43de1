"""What a treatment chain takes out before shredding (WEEE Directive 2012/19/EU Annex VII).

WEEE treatment removes, whatever their joint, batteries, printed circuit boards over 10
cm², plastics with brominated flame retardants, external electric cables, mercury parts
and liquid-crystal displays over 100 cm² (Annex VII), so those parts never mix with the
shredded rest: a glued board still reaches the smelter. Their joint decides only how much
work that is, whether the part survives it (reuse), and, for a battery, whether its user
can take it out (Regulation (EU) 2023/1542 Art. 11).

The law speaks of *the battery*: the pack the user handles. A battery is therefore the
highest assembly that is mostly battery (its cells, their holder and management board),
or a battery part that sits on its own in the product.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from advisor.engine.kbindex import KbIndex
from advisor.engine.streams import Chain
from advisor.engine.tree import Tree

BATTERY, ELECTRONICS, SUBSTANCE, CABLE = "battery", "electronics", "substance", "cable"
# A durable part that comes out whole for a reuse channel is taken out too (and never
# shredded with the rest).
REUSE = "reuse"
# Printed circuit boards over 10 cm² are removed (Annex VII 1). The BOM gives no area: a
# board of one unit under this mass is taken to be smaller. Engineering estimate: a bare
# FR-4 board 1.6 mm thick weighs about 0.30 g per cm² (density about 1.85 g/cm³), so 10 cm²
# weigh about 3 g, and a populated board weighs more per cm²: under 3 g it is under 10 cm².
BOARD_MIN_KG = 0.003
BOARD_ITEMS = frozenset({"pcb-populated"})
DISPLAY_ITEMS = frozenset({"lcd-display"})
CABLE_ITEMS = frozenset({"cable-pvc-copper", "cable-halogen-free"})
# Substances whose parts Annex VII names: plastics with brominated flame retardants,
# mercury-containing components, PCB-containing capacitors, asbestos.
ANNEX_VII_SUBSTANCES = frozenset({"bfr", "mercury", "pcb", "asbestos"})
# An assembly at least this share battery by mass is "the battery" (cells, holder, BMS).
BATTERY_SHARE = 0.5


@dataclass(frozen=True)
class Removals:
    """The leaves taken out before shredding, why, and the units taken out (a battery
    assembly is one unit; its leaves go with it)."""

    reason: dict[str, str]  # leaf -> BATTERY | ELECTRONICS | SUBSTANCE | CABLE
    unit_of: dict[str, str]  # leaf -> the component taken out (the leaf or its battery)

    @property
    def leaves(self) -> frozenset[str]:
        return frozenset(self.reason)

    @property
    def units(self) -> frozenset[str]:
        return frozenset(self.unit_of.values())


NONE = Removals({}, {})


def removals(tree: Tree, index: KbIndex, chain: Chain,
             reusable: Callable[[str], bool] = lambda cid: False) -> Removals:
    """What is taken out before shredding: the chain's Annex VII removals, and the parts
    that come out whole for a reuse channel (`reusable(leaf)` says which)."""
    reason: dict[str, str] = {}
    unit_of: dict[str, str] = {}
    battery_mass = _battery_mass(tree, index) if chain.annex_vii else {}
    top = product_row(tree)
    for cid in tree.leaf_ids:
        if cid in reason:
            continue
        why = _leaf_reason(tree, cid, index, top) if chain.annex_vii else None
        if why is None:
            if reusable(cid):
                reason[cid] = REUSE
                unit_of[cid] = cid
            continue
        unit = _battery_unit(tree, cid, battery_mass, top) if why == BATTERY else cid
        if unit != cid:
            for leaf in tree.leaves_under(unit):
                reason.setdefault(leaf, BATTERY)
                unit_of[leaf] = unit
            continue
        reason[cid] = why
        unit_of[cid] = cid
    return Removals(reason, unit_of)


def product_row(tree: Tree) -> str | None:
    """The product's own row: the single top-level row (a flat list has none)."""
    tops = [cid for cid in tree.rows if tree.comps[cid].parent_id not in tree.comps]
    return tops[0] if len(tops) == 1 else None


def _leaf_reason(tree: Tree, cid: str, index: KbIndex, top: str | None) -> str | None:
    c = tree.comps[cid]
    m = index.materials.get(c.material_id or "")
    if m is None:
        return None
    if m.family == "battery":
        return BATTERY
    if m.id in BOARD_ITEMS:
        return ELECTRONICS if tree.unit_mass[cid] >= BOARD_MIN_KG else None
    if m.id in DISPLAY_ITEMS:
        return ELECTRONICS
    if m.id in CABLE_ITEMS and _external(tree, cid, top):
        return CABLE
    substances = set(m.substances) | {s for mid, _ in c.constituents
                                      for s in _substances(index, mid)}
    if substances & ANNEX_VII_SUBSTANCES:
        return SUBSTANCE
    return None


def _substances(index: KbIndex, material_id: str) -> tuple[str, ...]:
    m = index.materials.get(material_id)
    return m.substances if m is not None else ()


# Words in a cable's name that say it is internal wiring, not the external cable.
INTERNAL_WORDS = ("intern", "bedrading", "wiring", "harness", "kabelboom", "verbinding")


def _external(tree: Tree, cid: str, top: str | None) -> bool:
    """A cable item is the product's external cable (Annex VII 1) unless its name says it
    is internal wiring (engineering estimate: a BOM rarely lists internal wiring as a
    cable with a plug; it calls it wiring)."""
    name = tree.comps[cid].name.lower()
    return not any(word in name for word in INTERNAL_WORDS)


def _battery_mass(tree: Tree, index: KbIndex) -> dict[str, float]:
    """Battery mass under each assembly (children before parents)."""
    out: dict[str, float] = {}
    for cid in tree.leaf_ids:
        m = index.materials.get(tree.comps[cid].material_id or "")
        if m is not None and m.family == "battery":
            mass = tree.total_mass(cid)
            for a in tree.ancestors(cid):
                out[a] = out.get(a, 0.0) + mass
    return out


def _battery_unit(tree: Tree, cid: str, battery_mass: dict[str, float],
                  top: str | None) -> str:
    """The battery a battery part belongs to: its highest ancestor (below the product's
    top row) that is mostly battery, else the part itself."""
    unit = cid
    for a in tree.ancestors(cid):
        if a == top:
            break  # the product's own top row is not its battery
        total = tree.total_mass(a)
        if total > 0 and battery_mass.get(a, 0.0) >= BATTERY_SHARE * total:
            unit = a
        else:
            break
    return unit
