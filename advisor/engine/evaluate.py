"""Evaluate a variant: liberation, shredding groups, routes per leaf and product metrics.

`Evaluation` keeps the per-leaf outcomes and the running sums, so that `with_changes`
re-assesses only the parts an edit touches (the edited parts and those shredded
together with them) and `metrics_with_changes` measures a recommendation's gain in time
proportional to that set. The per-row results are made in `results.py`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from advisor.engine.assess import LeafOutcome, Settings, assess_leaf, gain_core, leaf_per_kg
from advisor.engine.kbindex import KbIndex, kb_index
from advisor.engine.liberation import (
    Liberation,
    Tree,
    build_tree,
    fused_groups,
    group_links,
    liberation,
    regroup,
)
from advisor.engine.metrics import Totals, build_metrics, utility
from advisor.kb import KnowledgeBase
from advisor.model import Component, Metrics, Variant

# Groups larger than this get their materials by counting changes (`_counted`); smaller
# ones are simply listed again, which is cheaper for them.
COUNT_ABOVE = 16
# How many leaves between progress reports and cancellation checks.
PROGRESS_STEP = 200


class Cancelled(Exception):
    """The caller's `cancelled()` returned True during an evaluation."""


@dataclass(frozen=True)
class _Plan:
    """The inputs of a re-evaluation after an edit (see `Evaluation._plan`)."""

    tree: Tree
    libs: dict[str, Liberation]
    group_of: dict[str, str]
    members: dict[str, list[str]]
    group_mats: dict[str, frozenset[str]]
    todo: list[str]


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
        """The leaves that must come out before shredding."""
        return frozenset(cid for cid, outcome in self.leaves.items() if outcome.removal)

    @cached_property
    def opened(self) -> frozenset[str]:
        """The parts opened to take the removed leaves out."""
        return opened_parts(self.tree, self.removed)

    @cached_property
    def _counts_by_group(self) -> dict[str, Counter]:
        return {}

    def with_changes(self, components: Iterable[Component]) -> Evaluation:
        """A new evaluation with some components replaced (same ids, same parents).

        `assess_leaf` is a pure function of (part, total mass, liberation, materials of
        its shredding group), so only leaves where one of those differs are assessed
        again; masses and quantities may change (the tree's sums are rebuilt then).
        """
        plan = self._plan(components)
        return self if plan is None else self._reassessed(plan)

    def metrics_with_changes(self, components: Iterable[Component]) -> Metrics:
        """`with_changes(components).metrics()` without building the per-part results, for
        recommendation gains. Only the changed parts' sums are computed; a partner whose
        sums stay the same is skipped; parts of equal mass that go from the same sums per
        kilogram to the same new ones are summed as one (their masses added), so a rule
        that changes a thousand screws alike costs one difference. The last digits may
        differ from `with_changes` (another order of additions)."""
        plan = self._plan(components)
        if plan is None:
            return self.metrics()
        totals = self.totals.copy()
        removed = self.removed
        out, back = set(), set()  # leaves that now must come out, and that need not
        alike: dict[tuple[int, int], list] = {}  # hashes -> [[new, old, kg], ...]
        for cid in plan.todo:
            c, mass, before = plan.tree.comps[cid], plan.tree.total_mass(cid), self.leaves[cid]
            same_mass = mass == self.tree.total_mass(cid)
            same_part = c is self.tree.comps[cid] and plan.libs[cid] is self.libs[cid]
            core = gain_core(c, plan.libs[cid], plan.group_mats[plan.group_of[cid]],
                             self.index, self.settings, before.core if same_part else None)
            if same_part and same_mass and core.sums_key == before.core.sums_key:
                continue  # the same sums and removal: a partner whose route is unchanged
            if bool(core.removal) != (cid in removed):
                (out if core.removal else back).add(cid)
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
        opened = (self.opened if not out and not back
                  else opened_parts(plan.tree, (removed - back) | out))
        seconds, tools, _ = disassembly(plan.tree, plan.libs, opened)
        return build_metrics(totals, self.settings.utility_x, self.index, seconds, tools)

    def _plan(self, components: Iterable[Component]) -> _Plan | None:
        """What an edit changes: the new tree, liberations and groups, and the leaves to
        assess again (in tree order); None when no component of the tree changes."""
        changed = {c.id: c for c in components if c.id in self.tree.comps}
        if not changed:
            return None
        old = self.tree.comps
        comps = {**old, **changed}
        if any(c.parent_id != old[c.id].parent_id for c in changed.values()):
            raise ValueError("with_changes keeps the tree's shape: re-run the evaluation")
        reshaped = any((c.mass_kg, c.quantity) != (old[c.id].mass_kg, old[c.id].quantity)
                       for c in changed.values())
        tree = (build_tree(tuple(comps.values())) if reshaped
                else replace(self.tree, comps=comps))
        libs = dict(self.libs)
        for cid, c in changed.items():
            libs[cid] = liberation(c, self.index)
        moved = [cid for cid in changed if libs[cid] != self.libs[cid]]
        touched: set[str] | None = set()  # old groups redone (None: all of them)
        if reshaped:  # carriers may change with the masses: group everything again
            group_of, touched = fused_groups(tree, libs), None
            members = group_members(group_of)
        elif moved:
            group_of, members, touched = regroup(tree, libs, self.group_of, self.members, moved,
                                                 self.links, self.leaf_order)
        else:
            group_of, members = self.group_of, self.members
        seeds: set[str] = set()
        for cid in changed:
            seeds.update(tree.leaves_under(cid))
        group_mats, fresh = self._new_group_mats(tree, members, group_of, seeds, touched)
        if reshaped:
            candidates = set(tree.leaf_ids)
        else:  # the other leaves see new inputs only in groups with new materials or members
            candidates = seeds | {m for root in fresh for m in members[root]}
        # Tree order, not set order: the floating-point sums must not depend on the
        # hash seed, so the same input gives the same digits in every process.
        order = self.leaf_order
        todo = [cid for cid in sorted(candidates, key=order.__getitem__) if (
            cid in seeds or self._stale(cid, tree, group_mats[group_of[cid]]))]
        return _Plan(tree, libs, group_of, members, group_mats, todo)

    def _new_group_mats(self, tree: Tree, members: dict[str, list[str]],
                        group_of: dict[str, str], seeds: set[str], touched: set[str] | None,
                        ) -> tuple[dict[str, frozenset[str]], set[str]]:
        """The materials of each shredding group, and the groups whose leaves may see new
        inputs (new materials or new members). `touched` are the old groups that were
        redone (None: every group). A group with its old members and materials keeps its
        old set (the same object); a changed group that existed before is counted from its
        old counts (parts out, parts in, edits); any other is listed."""
        seeded: dict[str, list[str]] = {}
        for leaf in seeds:
            seeded.setdefault(group_of[leaf], []).append(leaf)
        if touched is None:
            group_mats: dict[str, frozenset[str]] = {}
            check = members.keys()
        else:
            group_mats = dict(self.group_mats)
            for root in touched - members.keys():
                del group_mats[root]  # an old group that was split or merged away
            check = seeded.keys() | (members.keys() - self.members.keys()) | (
                touched & members.keys())
        fresh: set[str] = set()
        for root in check:
            leaves, before = members[root], self.members.get(root)
            same_members = before is leaves or before == leaves
            if same_members and root not in seeded:
                group_mats[root] = self.group_mats[root]
                continue
            if (before is not None and len(leaves) > COUNT_ABOVE
                    and self.group_of.get(root) == root):
                mats = self._counted(root, leaves, tree, seeded.get(root, ()))
            else:
                mats = _materials_of(tree, leaves, self.index)
            if same_members and mats == self.group_mats[root]:
                group_mats[root] = self.group_mats[root]  # its other leaves need no check
            else:
                group_mats[root] = mats
                fresh.add(root)
        return group_mats, fresh

    def _counted(self, root: str, leaves: list[str], tree: Tree,
                 edited: Iterable[str]) -> frozenset[str]:
        """The materials of group `root` (an old group's root) now holding `leaves`, with
        the `edited` leaves changed: its old counts, parts that left out, parts that
        joined in, and each edited part's old materials out and new ones in."""
        counts = Counter(self._group_counts(root))
        before = self.members[root]
        if before is not leaves and before != leaves:
            old, new = set(before), set(leaves)
            for leaf in old - new:
                counts.subtract(_unit_ids(self.tree.comps[leaf], self.index))
            for leaf in new - old:
                counts.update(_unit_ids(self.tree.comps[leaf], self.index))
        for leaf in edited:
            counts.subtract(_unit_ids(self.tree.comps[leaf], self.index))
            counts.update(_unit_ids(tree.comps[leaf], self.index))
        return frozenset(m for m, n in counts.items() if n > 0)

    def _group_counts(self, root: str) -> Counter:
        """How many leaves of a group hold each material (computed once per group)."""
        cache = self._counts_by_group
        found = cache.get(root)
        if found is None:
            found = cache[root] = Counter(
                m for leaf in self.members[root] for m in _unit_ids(self.tree.comps[leaf],
                                                                      self.index))
        return found

    def _stale(self, cid: str, tree: Tree, mats: frozenset[str]) -> bool:
        """Whether a leaf that was not edited itself sees different inputs now."""
        return (mats != self.group_mats[self.group_of[cid]]
                or tree.total_mass(cid) != self.tree.total_mass(cid))

    def _reassessed(self, plan: _Plan) -> Evaluation:
        leaves = dict(self.leaves)
        totals = self.totals.copy()
        for cid in plan.todo:
            totals.add(leaves[cid].contribution, -1.0)
            leaves[cid] = assess_leaf(plan.tree.comps[cid], plan.tree.total_mass(cid),
                                      plan.libs[cid], plan.group_mats[plan.group_of[cid]],
                                      self.index, self.settings)
            totals.add(leaves[cid].contribution)
        out = Evaluation(self.index, self.settings, plan.tree, plan.libs, plan.group_of,
                         plan.members, plan.group_mats, leaves, totals)
        # The tree keeps its shape: the leaf order stays, and so do the links between
        # groups unless the tree was rebuilt (new masses may pick other carriers).
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


def _unit_ids(c: Component, index: KbIndex) -> set[str]:
    if c.constituents:
        return {m for m, _ in c.constituents if m in index.materials}
    return {c.material_id} if c.material_id in index.materials else set()


def _materials_of(tree: Tree, leaves: list[str], index: KbIndex) -> frozenset[str]:
    out: set[str] = set()
    for leaf in leaves:
        out.update(_unit_ids(tree.comps[leaf], index))
    return frozenset(out)


def opened_parts(tree: Tree, removed: Iterable[str]) -> frozenset[str]:
    """The parts whose joint is opened to take out the `removed` leaves: they and their
    ancestors."""
    opened: set[str] = set()
    for cid in removed:
        if cid not in opened:
            opened.add(cid)
            opened.update(tree.ancestors(cid))
    return frozenset(opened)


def disassembly(tree: Tree, libs: dict[str, Liberation], opened: Iterable[str],
                ) -> tuple[float, tuple[str, ...], set[str]]:
    """Time and tools to open every joint in `opened` (see `opened_parts`), each once.

    Returns the seconds, the tool classes, and the parts whose joint has no time estimate.
    The seconds are an exact sum (`math.fsum`), so the order of the set does not matter.
    """
    times, tools, unknown = [], set(), set()
    for cid in opened:
        joint = libs[cid].joint
        if joint is None:
            continue
        if joint.tool_class and joint.tool_class != "none":
            tools.add(joint.tool_class)
        if joint.time_s is None:
            unknown.add(cid)
        else:
            times.append(joint.time_s * tree.mult[cid])
    return math.fsum(times), tuple(sorted(tools)), unknown


def run_evaluation(variant: Variant, kb: KnowledgeBase, settings: Settings,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Evaluation:
    """Evaluate every leaf of a variant once."""
    index = kb_index(kb)
    tree = build_tree(variant.components)
    libs = {cid: liberation(c, index) for cid, c in tree.comps.items()}
    group_of = fused_groups(tree, libs)
    members = group_members(group_of)
    group_mats = {root: _materials_of(tree, leaves_, index) for root, leaves_ in members.items()}
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
                              group_mats[group_of[cid]], index, settings)
        leaves[cid] = outcome
        totals.add(outcome.contribution)
    if progress is not None:
        progress(total, total)
    return Evaluation(index, settings, tree, libs, group_of, members, group_mats, leaves,
                      totals)


def settings_for(region: str, lifetime_years: float | None,
                 industry_lifetime_years: float | None,
                 use_intensity: float | None, processed_within: str = "anywhere",
                 stream: str = "") -> Settings:
    return Settings(region, utility(lifetime_years, industry_lifetime_years, use_intensity),
                    processed_within, stream)
