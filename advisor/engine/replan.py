"""Re-planning an evaluation after an edit: what the edit changes (tree, liberations,
removals, shredding groups, sorting classes, treatments) and which leaves must be
assessed again.

A leaf's assessment depends on the part, its mass, its liberation, the materials of its
shredding group and its treatment (removed before shredding, the materials it is sorted
with). An edit that changes none of those for a leaf leaves that leaf as it was.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from advisor.engine.assess import Settings, Treatment, reuse_reachable
from advisor.engine.kbindex import KbIndex, remember
from advisor.engine.liberation import (
    Liberation,
    Tree,
    build_tree,
    fused_groups,
    liberation,
    regroup,
    role_of,
)
from advisor.engine.removal import BATTERY, REUSE, Removals, removals
from advisor.engine.sorting import class_members, sorted_with
from advisor.engine.streams import Chain
from advisor.engine.units import material_units, unit_ids
from advisor.model import Component

if TYPE_CHECKING:
    from advisor.engine.evaluate import Evaluation

# Groups larger than this get their materials by counting changes (`_counted`); smaller
# ones are simply listed again, which is cheaper for them.
COUNT_ABOVE = 16
UNITS_MEMO_SIZE = 20_000
MATERIAL_FIELDS = ("material_id", "material_input", "constituents")


@dataclass(frozen=True)
class Plan:
    """The inputs of a re-evaluation after an edit."""

    tree: Tree
    libs: dict[str, Liberation]
    group_of: dict[str, str]
    members: dict[str, list[str]]
    group_mats: dict[str, frozenset[str]]
    removals: Removals
    mains: dict[str, GroupSort]
    classes: dict[str, frozenset[str]]
    treatments: dict[str, Treatment]
    todo: list[str]


def units_of(c: Component, index: KbIndex) -> frozenset[str]:
    """The material ids of a part (remembered by its material fields)."""
    key = (c.material_id, c.material_input, c.constituents)
    return remember(index.units_cache, key, UNITS_MEMO_SIZE,
                    lambda: frozenset(unit_ids(c, index)))


def materials_of(tree: Tree, leaves: Iterable[str], index: KbIndex) -> frozenset[str]:
    out: set[str] = set()
    for leaf in leaves:
        out |= units_of(tree.comps[leaf], index)
    return frozenset(out)


def all_liberations(tree: Tree, index: KbIndex) -> dict[str, Liberation]:
    return {cid: liberation(c, index, role_of(tree, cid)) for cid, c in tree.comps.items()}


def removals_for(tree: Tree, libs: dict[str, Liberation], index: KbIndex,
                 settings: Settings) -> Removals:
    """What is taken out before shredding: the chain's removals and the parts that come
    out whole for a reuse channel."""
    return removals(tree, index, settings.chain,
                    lambda cid: reuse_reachable(tree.comps[cid], libs[cid], index, settings))


GroupSort = tuple[str | None, tuple[tuple[str, float], ...]]


def group_main(tree: Tree, leaves: Iterable[str], index: KbIndex) -> GroupSort:
    """What a shredded fragment is sorted as, the heaviest material of its group (a TPE
    grip overmoulded on an ABS shell sorts with the ABS; a cable with its copper), and the
    mass share of each of its materials (for a group of more than one material)."""
    mass: dict[str, float] = {}
    for leaf in leaves:
        kg = tree.total_mass(leaf)
        for mid, share in material_units(tree.comps[leaf], index)[0]:
            mass[mid] = mass.get(mid, 0.0) + kg * share
    if not mass:
        return None, ()
    main = max(sorted(mass), key=mass.__getitem__)
    total = sum(mass.values())
    if len(mass) < 2 or total <= 0:
        return main, ()
    return main, tuple((mid, banded(kg / total, index.share_thresholds))
                       for mid, kg in sorted(mass.items()))


def banded(share: float, thresholds: tuple[float, ...]) -> float:
    """The lower bound of the share's band between the thresholds the routes compare a
    fragment's shares with (0 below the first): every comparison with a threshold gives
    the same answer for it as for the share itself. Leaf assessments and route choices are
    remembered by it, so products whose fragments differ only in their masses share them."""
    i = bisect_right(thresholds, share)
    return thresholds[i - 1] if i else 0.0


def mains_of(tree: Tree, members: dict[str, list[str]], index: KbIndex,
             ) -> dict[str, GroupSort]:
    return {root: group_main(tree, leaves, index) for root, leaves in members.items()}


def classes_of(mains: dict[str, GroupSort], rem: Removals, index: KbIndex,
               chain: Chain) -> dict[str, frozenset[str]]:
    """The product's shredded fragments per sorting class, by their main material."""
    counts = Counter(m for root, (m, _) in mains.items() if m is not None
                     and root not in rem.reason)
    return class_members(counts, index, chain)


def treatment_of(cid: str, root: str, rem: Removals, mains: dict[str, GroupSort],
                 group_mats: dict[str, frozenset[str]], classes: dict[str, frozenset[str]],
                 index: KbIndex, chain: Chain) -> Treatment:
    why = rem.reason.get(cid, "")
    main, shares = mains.get(root, (None, ()))
    mats = group_mats.get(root, frozenset())
    lead = main if main is not None and len(mats) > 1 else ""
    if why:  # taken out: never sorted with the rest, but what is fused to it goes with it
        return Treatment(why, why == BATTERY and rem.unit_of.get(cid) == cid, main=lead,
                         shares=shares)
    if main is None:
        return Treatment()
    return Treatment("", False, sorted_with((main,), classes, index, chain) - mats, lead,
                     shares)


def treatments_of(tree: Tree, group_of: dict[str, str], rem: Removals,
                  mains: dict[str, GroupSort], group_mats: dict[str, frozenset[str]],
                  classes: dict[str, frozenset[str]], index: KbIndex, chain: Chain,
                  ) -> dict[str, Treatment]:
    return _shared({cid: treatment_of(cid, group_of[cid], rem, mains, group_mats, classes,
                                      index, chain) for cid in tree.leaf_ids})


def _shared(treatments: dict[str, Treatment]) -> dict[str, Treatment]:
    """The same treatments with equal ones as one object: the leaves of a shredding group
    are mostly treated alike, and a bill of 200,000 rows need not hold 200,000 copies."""
    seen: dict[Treatment, Treatment] = {}
    return {cid: seen.setdefault(t, t) for cid, t in treatments.items()}


def plan(ev: Evaluation, components: Iterable[Component]) -> Plan | None:
    """What an edit changes and the leaves to assess again (in tree order); None when no
    component of the tree changes."""
    changed = {c.id: c for c in components if c.id in ev.tree.comps}
    if not changed:
        return None
    old = ev.tree.comps
    if any(c.parent_id != old[c.id].parent_id for c in changed.values()):
        raise ValueError("with_changes keeps the tree's shape: re-run the evaluation")
    reshaped = any((c.mass_kg, c.quantity, c.attached_to) != (
        old[c.id].mass_kg, old[c.id].quantity, old[c.id].attached_to)
        or c.id in ev.tree.bodies for c in changed.values())
    rows = {cid: old[cid] for cid in ev.tree.rows} | changed
    tree = (build_tree(tuple(rows[cid] for cid in ev.tree.rows)) if reshaped
            else replace(ev.tree, comps={**old, **changed}))
    if reshaped:
        libs = all_liberations(tree, ev.index)
    else:
        libs = dict(ev.libs)
        for cid, c in changed.items():
            libs[cid] = liberation(c, ev.index, role_of(tree, cid))
    moved = [cid for cid in changed if libs[cid] != ev.libs[cid]]
    durable_moved = any(_durable(changed[cid], ev.index) for cid in moved)
    relevant = reshaped or any(
        _removal_relevant(c, ev.index) or _removal_relevant(old[c.id], ev.index)
        for c in changed.values() if any(getattr(c, f) != getattr(old[c.id], f)
                                         for f in MATERIAL_FIELDS))
    if relevant:
        rem = removals_for(tree, libs, ev.index, ev.settings)
    elif durable_moved:  # only joints changed: only the reuse of those parts can change
        rem = _reuse_updated(ev, tree, libs, [cid for cid in moved
                                              if _durable(changed[cid], ev.index)])
    else:
        rem = ev.removals
    if rem is not ev.removals and rem.reason == ev.removals.reason \
            and rem.unit_of == ev.removals.unit_of:
        rem = ev.removals
    touched: set[str] | None = set()  # old groups redone (None: all of them)
    if reshaped or rem is not ev.removals:
        group_of, touched = fused_groups(tree, libs, rem.unit_of), None
        members = _members(group_of)
    elif moved:
        group_of, members, touched = regroup(tree, libs, ev.group_of, ev.members, moved,
                                             ev.links, ev.leaf_order, rem.unit_of)
    else:
        group_of, members = ev.group_of, ev.members
    seeds: set[str] = set()
    for cid in changed:
        seeds.update(tree.leaves_under(cid))
    group_mats, fresh = _new_group_mats(ev, tree, members, group_of, seeds, touched)
    mains, classes, treatments = _sorting(ev, tree, rem, group_of, members, group_mats,
                                          fresh, touched)
    if reshaped or rem is not ev.removals:
        candidates = set(tree.leaf_ids)
    else:  # the other leaves see new inputs only in groups with new materials or members
        candidates = seeds | {m for root in fresh for m in members[root]}
        if treatments is not ev.treatments:
            candidates |= {cid for cid in tree.leaf_ids
                           if treatments[cid] != ev.treatments.get(cid)}
    # Tree order, not set order: the floating-point sums must not depend on the
    # hash seed, so the same input gives the same digits in every process.
    order = {cid: n for n, cid in enumerate(tree.leaf_ids)}
    todo = [cid for cid in sorted(candidates, key=order.__getitem__) if (
        cid in seeds or cid not in ev.leaves
        or _stale(ev, cid, tree, group_mats[group_of[cid]], treatments[cid]))]
    return Plan(tree, libs, group_of, members, group_mats, rem, mains, classes, treatments,
                todo)


def _members(group_of: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for leaf, root in group_of.items():
        out.setdefault(root, []).append(leaf)
    return out


def _reuse_updated(ev: Evaluation, tree: Tree, libs: dict[str, Liberation],
                   leaves: list[str]) -> Removals:
    """The removals after joint edits of durable leaves: the chain's own removals do not
    depend on joints, so only whether those leaves come out whole for reuse is redone."""
    reason, unit_of = dict(ev.removals.reason), dict(ev.removals.unit_of)
    for cid in leaves:
        if cid not in tree.kids and reason.get(cid, REUSE) == REUSE:
            if reuse_reachable(tree.comps[cid], libs[cid], ev.index, ev.settings):
                reason[cid], unit_of[cid] = REUSE, cid
            else:
                reason.pop(cid, None)
                unit_of.pop(cid, None)
    if reason == ev.removals.reason:
        return ev.removals
    return Removals(reason, unit_of)


def _removal_relevant(c: Component, index: KbIndex) -> bool:
    """Whether a part's material can make it one that is taken out before shredding (a
    battery, a board, a display, a cable, a substance of Annex VII, a durable part) or
    put it inside a battery pack's share."""
    ids = units_of(c, index) | ({c.material_id} if c.material_id else set())
    for mid in ids:
        m = index.materials.get(mid)
        if m is not None and (m.family in ("battery", "electronics") or m.durable_part
                              or m.substances or m.is_composite):
            return True
    return False


def _durable(c: Component, index: KbIndex) -> bool:
    m = index.materials.get(c.material_id or "")
    return m is not None and m.durable_part


def _sorting(ev: Evaluation, tree: Tree, rem: Removals, group_of: dict[str, str],
             members: dict[str, list[str]], group_mats: dict[str, frozenset[str]],
             fresh: set[str], touched: set[str] | None,
             ) -> tuple[dict[str, GroupSort], dict[str, frozenset[str]],
                        dict[str, Treatment]]:
    """Each group's main material, the sorting classes and each leaf's treatment after the
    edit (the old objects where nothing changed). Only groups with new members or
    materials get a new main; only their leaves get a new treatment, unless the sorting
    classes or the removals changed, which may touch every leaf."""
    index, chain = ev.index, ev.settings.chain
    if touched is None:
        redo = set(members)
        mains = mains_of(tree, members, index)
    else:
        redo = fresh | (touched & members.keys()) | (members.keys() - ev.mains.keys())
        mains = dict(ev.mains)
        for root in touched - members.keys():
            mains.pop(root, None)
        mains.update({root: group_main(tree, members[root], index) for root in redo})
    if not redo and rem is ev.removals:
        return ev.mains, ev.classes, ev.treatments
    classes = classes_of(mains, rem, index, chain)
    if classes == ev.classes:
        classes = ev.classes
    if classes is ev.classes and rem is ev.removals and touched is not None:
        treatments = dict(ev.treatments)
        for root in redo:
            for cid in members[root]:
                treatments[cid] = treatment_of(cid, root, rem, mains, group_mats, classes,
                                               index, chain)
    else:
        treatments = treatments_of(tree, group_of, rem, mains, group_mats, classes, index,
                                   chain)
    if treatments == ev.treatments:
        treatments = ev.treatments
    return mains, classes, treatments


def _new_group_mats(ev: Evaluation, tree: Tree, members: dict[str, list[str]],
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
        group_mats = dict(ev.group_mats)
        for root in touched - members.keys():
            del group_mats[root]  # an old group that was split or merged away
        check = seeded.keys() | (members.keys() - ev.members.keys()) | (
            touched & members.keys())
    fresh: set[str] = set()
    for root in check:
        leaves, before = members[root], ev.members.get(root)
        same_members = before is leaves or before == leaves
        if same_members and root not in seeded and root in ev.group_mats:
            group_mats[root] = ev.group_mats[root]
            continue
        if (before is not None and len(leaves) > COUNT_ABOVE
                and ev.group_of.get(root) == root and tree.leaf_ids == ev.tree.leaf_ids):
            mats = _counted(ev, root, leaves, tree, seeded.get(root, ()))
        else:
            mats = materials_of(tree, leaves, ev.index)
        if same_members and mats == ev.group_mats.get(root):
            group_mats[root] = ev.group_mats[root]  # its other leaves need no check
        else:
            group_mats[root] = mats
            fresh.add(root)
    return group_mats, fresh


def _counted(ev: Evaluation, root: str, leaves: list[str], tree: Tree,
             edited: Iterable[str]) -> frozenset[str]:
    """The materials of group `root` (an old group's root) now holding `leaves`, with
    the `edited` leaves changed: its old counts, parts that left out, parts that
    joined in, and each edited part's old materials out and new ones in."""
    counts = Counter(_group_counts(ev, root))
    before = ev.members[root]
    if before is not leaves and before != leaves:
        old, new = set(before), set(leaves)
        for leaf in old - new:
            counts.subtract(units_of(ev.tree.comps[leaf], ev.index))
        for leaf in new - old:
            counts.update(units_of(ev.tree.comps[leaf], ev.index))
    for leaf in edited:
        counts.subtract(units_of(ev.tree.comps[leaf], ev.index))
        counts.update(units_of(tree.comps[leaf], ev.index))
    return frozenset(m for m, n in counts.items() if n > 0)


def _group_counts(ev: Evaluation, root: str) -> Counter:
    """How many leaves of a group hold each material (computed once per group)."""
    cache = ev._counts_by_group
    found = cache.get(root)
    if found is None:
        found = cache[root] = Counter(
            m for leaf in ev.members[root] for m in units_of(ev.tree.comps[leaf], ev.index))
    return found


def _stale(ev: Evaluation, cid: str, tree: Tree, mats: frozenset[str],
           treatment: Treatment) -> bool:
    """Whether a leaf that was not edited itself sees different inputs now."""
    return (mats != ev.group_mats.get(ev.group_of.get(cid, ""))
            or tree.total_mass(cid) != ev.tree.total_mass(cid)
            or treatment != ev.treatments.get(cid))
