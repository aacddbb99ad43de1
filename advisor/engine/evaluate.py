"""Evaluate a variant: liberation, removals, shredding groups, sorting, routes per leaf
and product metrics.

`Evaluation` keeps the per-leaf outcomes and the running sums, so that `with_changes`
re-assesses only the parts an edit touches (the edited parts, those shredded together with
them, and those whose sorting or removal changed) and `metrics_with_changes` measures a
recommendation's gain in time proportional to that set. The re-planning of an edit is in
`replan.py`, the per-row results in `results.py`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from advisor.engine import replan
from advisor.engine.assess import (
    LeafOutcome,
    Settings,
    Treatment,
    assess_leaf,
    gain_core,
    leaf_per_kg,
)
from advisor.engine.disassembly import disassembly, opened_parts
from advisor.engine.kbindex import KbIndex, kb_index
from advisor.engine.liberation import Liberation, Tree, build_tree, fused_groups, group_links
from advisor.engine.metrics import Totals, build_metrics, utility
from advisor.engine.removal import Removals
from advisor.engine.streams import chain_for, guess_stream
from advisor.kb import KnowledgeBase
from advisor.model import Component, Metrics, Variant

# How many leaves between progress reports and cancellation checks.
PROGRESS_STEP = 200

__all__ = ["Cancelled", "Evaluation", "disassembly", "group_members", "opened_parts",
           "run_evaluation", "settings_for"]


class Cancelled(Exception):
    """The caller's `cancelled()` returned True during an evaluation."""


@dataclass
class Evaluation:
    """The full state of one evaluation, reusable for cheap re-evaluation after edits."""

    index: KbIndex
    settings: Settings
    tree: Tree
    libs: dict[str, Liberation]
    group_of: dict[str, str]
    members: dict[str, list[str]]
    group_mats: dict[str, frozenset[str]]
    leaves: dict[str, LeafOutcome]
    totals: Totals
    removals: Removals
    mains: dict[str, tuple]  # group root -> (material it is sorted as, material shares)
    classes: dict[str, frozenset[str]]  # sorting class -> shredded materials in it
    treatments: dict[str, Treatment]

    def metrics(self) -> Metrics:
        seconds, tools, _ = disassembly(self.tree, self.libs, self.opened)
        return build_metrics(self.totals, self.settings.utility_x, self.index, seconds, tools)

    # Figures derived once per evaluation (`cached_property` keeps them in __dict__).
    @cached_property
    def leaf_order(self) -> dict[str, int]:
        """Each leaf's position in tree order (the shape never changes)."""
        return {cid: n for n, cid in enumerate(self.tree.leaf_ids)}

    @cached_property
    def links(self) -> dict[str, list[str]]:
        """`liberation.group_links` of the tree (masses do not change it unless the tree
        is rebuilt)."""
        return group_links(self.tree)

    @cached_property
    def removed(self) -> frozenset[str]:
        """What must be taken out: the chain's removals (a battery pack as one unit) and
        the parts taken out whole for a reuse route."""
        reused = {cid for cid, outcome in self.leaves.items() if outcome.removal}
        return self.removals.units | frozenset(reused)

    @cached_property
    def opened(self) -> frozenset[str]:
        """The parts opened to take the removed ones out."""
        return opened_parts(self.tree, self.removed)

    @cached_property
    def _counts_by_group(self) -> dict[str, Counter]:
        return {}

    def with_changes(self, components: Iterable[Component]) -> Evaluation:
        """A new evaluation with some components replaced (same ids, same parents).

        `assess_leaf` is a pure function of (part, total mass, liberation, materials of
        its shredding group, treatment), so only leaves where one of those differs are
        assessed again; masses and quantities may change (the tree's sums are rebuilt).
        """
        plan = replan.plan(self, components)
        if plan is None:
            return self
        if plan.tree.leaf_ids != self.tree.leaf_ids:  # an assembly's own body came or went
            return self._fresh(plan)
        return self._reassessed(plan)

    def metrics_with_changes(self, components: Iterable[Component]) -> Metrics:
        """`with_changes(components).metrics()` without building the per-part results, for
        recommendation gains. Only the changed parts' sums are computed; a partner whose
        sums stay the same is skipped; parts of equal mass that go from the same sums per
        kilogram to the same new ones are summed as one (their masses added), so a rule
        that changes a thousand screws alike costs one difference. The last digits may
        differ from `with_changes` (another order of additions)."""
        plan = replan.plan(self, components)
        if plan is None:
            return self.metrics()
        if plan.tree.leaf_ids != self.tree.leaf_ids:
            return self._fresh(plan).metrics()
        totals = self.totals.copy()
        reused_before = {cid for cid, o in self.leaves.items() if o.removal}
        reused_now = set(reused_before)
        alike: dict[tuple[int, int], list] = {}  # hashes -> [[new, old, kg], ...]
        for cid in plan.todo:
            c, mass, before = plan.tree.comps[cid], plan.tree.total_mass(cid), self.leaves[cid]
            same_mass = mass == self.tree.total_mass(cid)
            same_part = c is self.tree.comps[cid] and plan.libs[cid] is self.libs[cid]
            core = gain_core(c, plan.libs[cid], plan.group_mats[plan.group_of[cid]],
                             self.index, self.settings, before.core if same_part else None,
                             plan.treatments[cid])
            if same_part and same_mass and core.sums_key == before.core.sums_key \
                    and core.removal == before.core.removal:
                continue  # the same sums and removal: a partner whose route is unchanged
            (reused_now.add if core.removal else reused_now.discard)(cid)
            new = leaf_per_kg(c, core, self.index)
            if not same_mass:
                totals.add_difference(new.contribution.scaled(mass), before.contribution)
                continue
            old = before.per_kg
            bucket = alike.setdefault((new.key_hash, old.key_hash), [])
            for entry in bucket:  # by content, not identity: the same with the memo off
                if entry[0].key == new.key and entry[1].key == old.key:
                    entry[2] += mass
                    break
            else:
                bucket.append([new, old, mass])
        for new, old, kg in (entry for bucket in alike.values() for entry in bucket):
            if new.key != old.key:
                totals.add_difference(new.contribution, old.contribution, kg)
        if reused_now == reused_before and plan.removals is self.removals:
            opened = self.opened
        else:
            opened = opened_parts(plan.tree, plan.removals.units | frozenset(reused_now))
        seconds, tools, _ = disassembly(plan.tree, plan.libs, opened)
        return build_metrics(totals, self.settings.utility_x, self.index, seconds, tools)

    def _fresh(self, plan: replan.Plan) -> Evaluation:
        """A full evaluation of the edited components with the same settings."""
        rows = tuple(plan.tree.comps[cid] for cid in plan.tree.rows)
        return evaluate_components(rows, self.index, self.settings)

    def _reassessed(self, plan: replan.Plan) -> Evaluation:
        leaves = dict(self.leaves)
        totals = self.totals.copy()
        for cid in plan.todo:
            totals.add(leaves[cid].contribution, -1.0)
            leaves[cid] = assess_leaf(plan.tree.comps[cid], plan.tree.total_mass(cid),
                                      plan.libs[cid], plan.group_mats[plan.group_of[cid]],
                                      self.index, self.settings, plan.treatments[cid])
            totals.add(leaves[cid].contribution)
        out = Evaluation(self.index, self.settings, plan.tree, plan.libs, plan.group_of,
                         plan.members, plan.group_mats, leaves, totals, plan.removals,
                         plan.mains, plan.classes, plan.treatments)
        # The tree keeps its shape: the leaf order stays, and so do the links between
        # groups unless the tree was rebuilt (new masses may pick other carriers).
        if plan.tree.leaf_ids == self.tree.leaf_ids:
            out.leaf_order = self.leaf_order
        if plan.tree.carrier is self.tree.carrier:
            out.links = self.links
        return out

    def resummed(self) -> Evaluation:
        """The same evaluation with its sums rebuilt in leaf order, as a full run adds
        them: after `with_changes` the metrics then equal a full evaluation's exactly."""
        totals = Totals()
        for cid in self.tree.leaf_ids:
            totals.add(self.leaves[cid].contribution)
        out = replace(self, totals=totals)
        for name in ("leaf_order", "links", "removed", "opened", "_counts_by_group"):
            if name in self.__dict__:  # all independent of the sums
                out.__dict__[name] = self.__dict__[name]
        return out


def group_members(group_of: dict[str, str]) -> dict[str, list[str]]:
    """Invert leaf -> group root into root -> leaves."""
    out: dict[str, list[str]] = {}
    for leaf, root in group_of.items():
        out.setdefault(root, []).append(leaf)
    return out


def resolved_settings(settings: Settings, tree: Tree, index: KbIndex) -> Settings:
    """The settings with the product's stream (guessed from its parts if none is set) and
    that stream's treatment chain."""
    stream, guessed = settings.stream, settings.stream_guessed
    if not stream:
        stream = guess_stream(((tree.comps[c], tree.total_mass(c)) for c in tree.leaf_ids),
                              index.materials).stream
        guessed = True
    return replace(settings, stream=stream, stream_guessed=guessed,
                   chain=chain_for(index.kb, stream))


def run_evaluation(variant: Variant, kb: KnowledgeBase, settings: Settings,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Evaluation:
    """Evaluate every leaf of a variant once."""
    return evaluate_components(variant.components, kb_index(kb), settings, progress,
                               cancelled)


def evaluate_components(components: tuple[Component, ...], index: KbIndex,
                        settings: Settings,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> Evaluation:
    """Evaluate every leaf of a component list once (the stream is guessed only when the
    settings name none and have not been resolved before)."""
    tree = build_tree(components)
    if not settings.chain.id:
        settings = resolved_settings(settings, tree, index)
    libs = replan.all_liberations(tree, index)
    rem = replan.removals_for(tree, libs, index, settings)
    group_of = fused_groups(tree, libs, rem.unit_of)
    members = group_members(group_of)
    group_mats = {root: replan.materials_of(tree, leaves_, index)
                  for root, leaves_ in members.items()}
    mains = replan.mains_of(tree, members, index)
    classes = replan.classes_of(mains, rem, index, settings.chain)
    treatments = replan.treatments_of(tree, group_of, rem, mains, group_mats, classes, index,
                                      settings.chain)
    leaves: dict[str, LeafOutcome] = {}
    totals = Totals()
    total = len(tree.leaf_ids)
    for n, cid in enumerate(tree.leaf_ids):
        if n % PROGRESS_STEP == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(n, total)
        outcome = assess_leaf(tree.comps[cid], tree.total_mass(cid), libs[cid],
                              group_mats[group_of[cid]], index, settings, treatments[cid])
        leaves[cid] = outcome
        totals.add(outcome.contribution)
    if progress is not None:
        progress(total, total)
    return Evaluation(index, settings, tree, libs, group_of, members, group_mats, leaves,
                      totals, rem, mains, classes, treatments)


def settings_for(region: str, lifetime_years: float | None,
                 industry_lifetime_years: float | None,
                 use_intensity: float | None, processed_within: str = "anywhere",
                 stream: str = "") -> Settings:
    return Settings(region, utility(lifetime_years, industry_lifetime_years, use_intensity),
                    processed_within, stream)
