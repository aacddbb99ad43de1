"""The design-rule library: id, category, effort, condition and what a zero gain means.

The order is the precedence: when two rules would change the same field of the same part,
the earlier one proposes it (legal duties first, then parts that must come out, then the
mechanisms that spoil a recyclate, then materials and finishes). The sentences are in
`advisor.messages.advice` (keys `rec_<id>_title`, `_action`, `_why`; `_check` for the
advice without an edit).

Effort: 1 = a detail change (quick win), 2 = a part redesign, 3 = a material or supplier
change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from advisor.recommend import conditions as cond
from advisor.recommend import conditions_material as mat
from advisor.recommend import conditions_reuse as reuse


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    effort: int
    find: Callable
    legal: bool = False  # a duty under EU law: listed apart, not ranked
    # Why its measured gain may be zero (a gain-note code, see advisor.recommend.gains).
    zero_note: str = ""
    # An improvement, not a fault: given only with a measured benefit.
    needs_gain: bool = False


RULES: tuple[Rule, ...] = (
    Rule("J01", "joint", 2, cond.battery_removable, legal=True, zero_note="annex_vii"),
    Rule("J07", "joint", 1, cond.light_source_replaceable, legal=True,
         zero_note="replaceable"),
    Rule("S04", "substance", 3, mat.finish_substance(cr6=True), legal=True,
         zero_note="substance"),
    Rule("J02", "joint", 1, cond.board_removable(potted=False), zero_note="annex_vii"),
    Rule("J08", "joint", 2, cond.board_removable(potted=True), zero_note="annex_vii"),
    Rule("J04", "durability", 1, reuse.durable_reusable),
    Rule("J09", "durability", 1, reuse.channel_parts, zero_note="channel"),
    Rule("G01", "joint", 2, cond.glazing_dry, zero_note="glazing"),
    Rule("R01", "crm", 1, cond.crm_recoverable),
    Rule("C06", "compatibility", 3, cond.label_compatible, zero_note="small_effect"),
    Rule("C01", "compatibility", 2, cond.fused("overmould"), zero_note="small_effect"),
    Rule("C02", "compatibility", 1, cond.fused("polymer"), zero_note="small_effect"),
    Rule("C07", "compatibility", 1, cond.fused("soft_cover"), zero_note="small_effect"),
    Rule("C03", "compatibility", 1, cond.fused("metal"), zero_note="small_effect"),
    Rule("C04", "compatibility", 1, cond.fused("copper_steel"), zero_note="small_effect"),
    Rule("C05", "compatibility", 1, cond.fused("other"), zero_note="small_effect"),
    Rule("J06", "joint", 2, reuse.embedded_fastener, zero_note="cover"),
    Rule("S01", "substance", 3, mat.substance("pvc"), zero_note="substance"),
    Rule("S02", "substance", 3, mat.substance("bfr"), zero_note="substance"),
    Rule("S03", "substance", 3, mat.substance(None), zero_note="substance"),
    Rule("S05", "substance", 3, mat.finish_substance(cr6=False), zero_note="substance"),
    Rule("M01", "material", 3, mat.carbon_black),
    Rule("M04", "material", 3, mat.unsorted_incompatible),
    Rule("M03", "material", 3, mat.no_recycling),
    Rule("M02", "material", 3, mat.material_variety, needs_gain=True),
    Rule("K01", "coating", 1, mat.coating("plastic")),
    Rule("K02", "coating", 3, mat.coating("metal")),
    Rule("K03", "coating", 3, mat.coating("other")),
    Rule("R02", "crm", 3, mat.crm_substitute, zero_note="crm_check"),
    Rule("P01", "marking", 1, mat.marking, zero_note="marking"),
    Rule("RC01", "recycled_content", 3, mat.recycled_content, zero_note="inputs"),
    Rule("RC03", "recycled_content", 3, mat.recycled_question, zero_note="inputs"),
)

RULES_BY_ID = {r.id: r for r in RULES}
RULE_ORDER = {r.id: n for n, r in enumerate(RULES)}
