"""What one leaf adds to the product sums: outcomes, MCI terms, carbon, critical raw
materials, and its material flows."""

from __future__ import annotations

from collections.abc import Sequence

from advisor.engine.kbindex import KbIndex
from advisor.engine.metrics import Contribution, mci_terms
from advisor.engine.routes import RECYCLE, RouteChoice
from advisor.engine.units import Units, material_units
from advisor.model import COMPONENT_ROUTES, Component, Issue, MaterialFlow, MciInputs

# Where a processor is, grouped as the figures report it.
PLACE_FIELD = {"region": "rec_region", "nl": "rec_nl", "eu": "rec_abroad",
               "world": "rec_abroad"}

Choices = Sequence[tuple[RouteChoice, float]]


def stream_yield(units: Units, index: KbIndex) -> float | None:
    """E_F: the process yield of the stream that makes the part's recycled feedstock."""
    known = [(index.stream_yield.get(index.materials[m].stream), s) for m, s in units]
    if not known or any(y is None for y, _ in known):
        return None
    return sum(y * s for y, s in known)


def contribution(c: Component, mass: float, units: Units, choices: Choices,
                 index: KbIndex) -> tuple[Contribution, MciInputs]:
    """The part's sums: outcomes, MCI terms, carbon and critical raw materials."""
    out = Contribution(mass=mass)
    if not units:
        out.unresolved = mass
        out.landfill = mass  # an unknown material is counted as landfill (and said so)
    f_r = c.recycled_content or 0.0
    f_u = c.reused_content or 0.0
    recycled = sum(ch.recycled * s for ch, s in choices)
    c_r = sum(s for ch, s in choices if ch.code == RECYCLE)
    c_u = sum(ch.reused * s for ch, s in choices if ch.code in COMPONENT_ROUTES)
    e_c = recycled / c_r if c_r > 0 else 1.0
    e_f = stream_yield(units, index) or 1.0
    inputs = MciInputs(F_R=f_r, F_U=f_u, C_R=c_r, C_U=c_u, E_C=e_c, E_F=e_f)
    out.v, out.w0, out.wc, out.wf = mci_terms(mass, f_r, f_u, c_r, c_u, e_c, e_f)
    out.recycled = mass * recycled
    out.reused = mass * c_u
    for ch, s in choices:
        out.energy += mass * ch.energy * s
        out.process_loss += mass * ch.process_loss * s
        out.landfill += mass * ch.landfill * s
        if ch.recyclable:
            out.recyclable += mass * s
        recovered = mass * s * (ch.recycled + ch.reused)
        if recovered:
            name = PLACE_FIELD.get(ch.processed_in, "rec_nl")
            setattr(out, name, getattr(out, name) + recovered)
    out.inflow = mass * (f_r + f_u)
    _carbon(out, mass, units, f_r, c, index)
    crm_sums(out, mass, units, choices, index)
    return out, inputs


def flows(units: Units, choices: Choices) -> tuple[MaterialFlow, ...]:
    """Per material of the part, what happens to it per kilogram of the part."""
    if not units:
        return (MaterialFlow("", 1.0, landfill=1.0),)
    return tuple(MaterialFlow(mid, s, reuse=ch.reused * s, recycled=ch.recycled * s,
                              process_loss=ch.process_loss * s, energy=ch.energy * s,
                              landfill=ch.landfill * s, processed_in=ch.processed_in)
                 for (mid, s), (ch, _) in zip(units, choices, strict=True))


def _carbon(out: Contribution, mass: float, units: Units, f_r: float,
            c: Component, index: KbIndex) -> None:
    """Cradle-to-gate carbon; recycled content counts only where a recycled factor exists."""
    item = index.materials.get(c.material_id or "")
    if item is not None and item.carbon_kg_per_kg is not None:
        units = ((item.id, 1.0),)
    elif item is not None and len(units) == 1 and units[0][0] == item.id:
        units = index.compositions.get(item.id, ()) or units  # an item by its composition
    for mid, share in units:
        m = index.materials.get(mid)
        if m is None or m.carbon_kg_per_kg is None:
            out.carbon_unknown += mass * share
            continue
        virgin = mass * share * m.carbon_kg_per_kg
        if m.carbon_recycled_kg_per_kg is None or f_r <= 0:
            out.carbon += virgin
            continue
        saved = mass * share * f_r * (m.carbon_kg_per_kg - m.carbon_recycled_kg_per_kg)
        out.carbon += virgin - saved
        out.carbon_saved += saved


def carbon_gaps(c: Component, index: KbIndex) -> frozenset[str]:
    """The materials of a part whose cradle-to-gate carbon is not counted (no factor in
    the knowledge base), as `_carbon` reads the part."""
    item = index.materials.get(c.material_id or "")
    if item is not None and item.carbon_kg_per_kg is not None:
        return frozenset()
    units = material_units(c, index)[0]
    if item is not None and len(units) == 1 and units[0][0] == item.id:
        units = index.compositions.get(item.id, ()) or units
    return frozenset(mid for mid, _ in units
                     if index.materials.get(mid) is None
                     or index.materials[mid].carbon_kg_per_kg is None)


def crm_sums(out: Contribution, mass: float, units: Units, choices: Choices,
             index: KbIndex) -> None:
    """Critical raw materials in the part and the mass on a route that recovers them.

    A composite item (a board, a cable, a motor) recovers what its route recovers: where
    that route's yield is the metal share of its make-up (the metals come back, the rest
    does not), its metals count as recovered in full and its other constituents not."""
    for (mid, share), (choice, _) in zip(units, choices, strict=True):
        kept = choice.recycled + choice.reused
        parts = index.compositions.get(mid, ())
        content = index.crm_content.get(mid)
        if content is not None and not parts:
            _add_crm(out, mass * share, content, kept, choice.crm_recovery)
            continue
        for k, cs, recovered in _constituent_recovery(index, mid, parts, choice, kept):
            _add_crm(out, mass * share * cs, index.crm_content.get(k, ()), recovered,
                     choice.crm_recovery)


def _constituent_recovery(index: KbIndex, item: str, parts, choice: RouteChoice,
                          kept: float) -> list[tuple[str, float, float]]:
    """Per constituent of an item, the share of it its route recovers: reused whole, all
    of it; where the knowledge base says which constituents the item's own treatment
    recovers, those in the share of the item's yield to their mass; else its metals in
    the share of the yield to the metal mass."""
    if choice.reused > 0 or not parts:
        return [(k, cs, kept) for k, cs in parts]
    flags = {k: index.item_recovers.get((item, k)) for k, _ in parts}
    if any(f is not None for f in flags.values()):
        base = sum(cs for k, cs in parts if flags[k])
        scale = min(1.0, choice.recycled / base) if base > 0 else 0.0
        return [(k, cs, scale if flags[k] else 0.0) for k, cs in parts]
    metal = sum(cs for k, cs in parts if _is_metal(index, k))
    if metal <= 0:
        return [(k, cs, kept) for k, cs in parts]
    scale = min(1.0, choice.recycled / metal)
    return [(k, cs, scale if _is_metal(index, k) else 0.0) for k, cs in parts]


def _is_metal(index: KbIndex, material_id: str) -> bool:
    m = index.materials.get(material_id)
    return m is not None and m.family in ("ferrous", "non-ferrous", "precious")


def _add_crm(out: Contribution, mass: float, content, kept: float,
             override: tuple[tuple[str, float], ...] = ()) -> None:
    """Add raw materials at the recovered share `kept`, or the route's own share per raw
    material where it states one."""
    rates = dict(override)
    for crm_id, crm_share in content:
        m_crm = mass * crm_share
        rate = rates.get(crm_id, rates.get("*", kept)) if rates else kept
        prev = out.crm.get(crm_id, (0.0, 0.0))
        out.crm[crm_id] = (prev[0] + m_crm, prev[1] + m_crm * rate)


def crm_issue(out: Contribution, index: KbIndex) -> Issue | None:
    """The part's critical raw materials and the share on a route that recovers them
    (from the sums of one kilogram: the share does not depend on the mass)."""
    if not out.crm:
        return None
    total = sum(m for m, _ in out.crm.values())
    kept_share = sum(r for _, r in out.crm.values()) / total if total > 0 else 0.0
    return Issue("crm_present", "crm",
                 {"recovered": kept_share} | index.named("crms", sorted(out.crm)))
