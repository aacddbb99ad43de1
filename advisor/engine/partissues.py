"""Findings about a part itself: data to complete, finishes, carbon black, substances,
parts that must come out, durable parts without a reuse channel."""

from __future__ import annotations

from collections.abc import Sequence

from advisor.engine.kbindex import KbIndex
from advisor.engine.liberation import Liberation
from advisor.engine.routes import RouteChoice
from advisor.engine.streams import Chain
from advisor.engine.units import Units, is_black
from advisor.model import COMPONENT_ROUTES, Component, Issue

# Below this resolver confidence a material match is shown to the user to confirm
# (the knowledge-base issue sets 0.6 as the bar for a usable match).
MIN_CONFIDENCE = 0.6


def part_issues(c: Component, units: Units, lib: Liberation, treatment,
                choices: Sequence[tuple[RouteChoice, float]], index: KbIndex,
                chain: Chain, stream: str = "") -> list[Issue]:
    """Design faults and data gaps of the part itself (codes with parameters)."""
    out = _data_issues(c, lib, index)
    finish = index.finish(c.finish) if c.finish.strip() else None
    if lib.embedded and lib.joint is not None:
        out.append(Issue("embedded_fastener", "joint", index.named("joint", lib.joint.id)
                         | index.named("material", c.material_id or "")
                         | ({"finish": c.finish} if c.finish.strip() else {"finish": ""})))
    if c.finish.strip() and finish is None:
        out.append(Issue("finish_unknown", "data", {"input": c.finish}))
    elif finish is not None:
        out.extend(_finish_issues(finish, choices, index))
    for mid, _ in units:
        m = index.materials[mid]
        if chain.plastics_sorting == "nir" and is_black(c, mid, index):
            out.append(Issue("carbon_black", "material", index.named("material", mid)))
        if m.substances:
            out.append(Issue("substance_of_concern", "substance",
                             {"substances": ", ".join(m.substances)}
                             | index.named("material", mid)))
    if finish is not None and finish.substances:
        out.append(Issue("substance_of_concern", "substance",
                         {"substances": ", ".join(finish.substances)}
                         | index.named("material", finish.id)))
    out.extend(_removal_issues(lib, treatment, index))
    out.extend(_reuse_issues(c, units, lib, choices, index, chain, stream))
    return out


def _data_issues(c: Component, lib: Liberation, index: KbIndex) -> list[Issue]:
    out: list[Issue] = []
    if 0 < c.match_confidence < MIN_CONFIDENCE and c.material_id:
        out.append(Issue("low_confidence", "data", {"input": c.material_input,
                                                    "confidence": c.match_confidence}
                         | index.named("material", c.material_id)))
    if lib.unresolved:
        out.append(Issue("joint_unresolved", "data", {"input": c.joint_input}))
    elif not lib.known:
        out.append(Issue("joint_unknown", "data", {}))
    return out


def _finish_issues(finish, choices: Sequence[tuple[RouteChoice, float]],
                   index: KbIndex) -> list[Issue]:
    """A finish that hinders this substrate's recycling, as the compatibility table has it
    for the substrate (chrome on ABS, nickel on steel), not as a word for every metal."""
    effects = [e for ch, _ in choices for o, e, how in ch.effects if how == "finish"]
    if not effects:
        return []
    worst = min(effects, key=("blocks", "downgrades", "lowers_yield").index)
    return [Issue("coating_hinders", "coating", {"effect": worst}
                  | index.named("finish", finish.id))]


def _removal_issues(lib: Liberation, treatment, index: KbIndex) -> list[Issue]:
    """A part the chain must take out before shredding, and what its joint makes of that."""
    if not treatment.removed:
        return []
    joint = lib.joint.id if lib.joint else ""
    if not lib.known:
        return []  # not assessed: listed as a joint to complete
    if treatment.removed == "battery":
        if not treatment.battery_unit:
            return []  # inside a battery pack: the law speaks of the pack
        if not lib.liberated or lib.destructive:
            return [Issue("battery_not_removable", "joint", index.named("joint", joint))]
    elif not lib.liberated:
        return [Issue("removal_blocked", "joint", {"why": treatment.removed}
                      | index.named("joint", joint))]
    if lib.joint is not None and lib.joint.tool_class == "special":
        return [Issue("special_tool", "joint", {"why": treatment.removed}
                      | index.named("joint", joint))]
    return []


def _reuse_issues(c: Component, units: Units, lib: Liberation,
                  choices: Sequence[tuple[RouteChoice, float]], index: KbIndex,
                  chain: Chain, stream: str) -> list[Issue]:
    """A durable part that comes out whole but has no sourced channel to take it."""
    m = index.materials.get(c.material_id or "")
    if m is None or not m.durable_part or not lib.known or not lib.liberated:
        return []
    if any(ch.code in COMPONENT_ROUTES for ch, _ in choices):
        return []
    channels = [o for o in index.route_options(m.id) if o.code in COMPONENT_ROUTES
                and (not o.chains or chain.id in o.chains)
                and (not o.streams or stream in o.streams)]
    if channels:
        return []  # a channel exists; its blocked reasons say why it is not reached
    return [Issue("no_reuse_channel", "durability",
                  index.named("material", m.id) | {"stream": stream, "chain": chain.id,
                                                   "chain_en": chain.name_en,
                                                   "chain_nl": chain.name_nl})]
