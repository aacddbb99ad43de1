"""Liberation: which parts come apart at end of life, and which travel together.

A part whose joint to its parent is non-removable (EN 45554 class C: glued, welded,
overmoulded, soldered ...) cannot be taken out without destroying it; it goes into
the shredder with its parent and its material mixes with the parent's.

Assemblies carry no mass of their own, so "the parent's material" is taken to be the
material of the assembly's *carrier*: its heaviest part (recursively). This is an
assumption we state in the report: in a BOM a glued window usually hangs from the
assembly it sits in, not from the housing it is glued into, and the housing is as a
rule the heaviest part of that assembly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from advisor.engine.kbindex import METAL_FAMILIES, KbIndex, remember
from advisor.model import NON_REMOVABLE, Component, Joint

# Joints whose metal fastener, the part itself, stays in what it holds at end of life. EN
# 45554 counts staples as removable (class B, the fastener destroyed), but a staple shot
# through fabric into a shell or board is pulled one by one, if at all: in practice it goes
# with its host. This is an engineering estimate, said so in the issue text.
EMBEDDED_FASTENER_JOINTS = frozenset({"staple"})
# Liberations remembered per knowledge base (distinct joint and material texts of a BOM).
LIBERATION_MEMO_SIZE = 20_000


@dataclass(frozen=True)
class Liberation:
    """How a component is attached to its parent and whether it comes loose intact."""

    liberated: bool
    joint: Joint | None
    unresolved: bool = False  # a joint was written but is not in the knowledge base
    embedded: bool = False  # a metal fastener that stays in the part it holds

    @property
    def destructive(self) -> bool:
        return self.joint is not None and self.joint.destructive

    def __hash__(self) -> int:
        # By the joint's id, not all its fields: liberations key the leaf memo, and equal
        # liberations have equal joints, so equal ids (consistent with __eq__).
        return hash((self.liberated, self.joint.id if self.joint else None, self.unresolved,
                     self.embedded))


def liberation(c: Component, index: KbIndex) -> Liberation:
    """Liberation of one component from its joint's reversibility class (remembered per
    knowledge base by the three fields it reads)."""
    return remember(index.liberation_cache, (c.joint_id, c.joint_input, c.material_id),
                    LIBERATION_MEMO_SIZE, lambda: _liberation(c, index))


def _liberation(c: Component, index: KbIndex) -> Liberation:
    joint = index.joint_for(c.joint_id, c.joint_input)
    if joint is None:
        # No joint written (a loose part, a top-level row) or an unknown one: counted as
        # separable; an unknown joint is reported as a data issue instead of guessed.
        return Liberation(True, None, unresolved=bool(c.joint_input.strip() or c.joint_id))
    m = index.materials.get(c.material_id or "")
    if joint.id in EMBEDDED_FASTENER_JOINTS and m is not None and m.family in METAL_FAMILIES:
        return Liberation(False, joint, embedded=True)
    return Liberation(joint.reversibility != NON_REMOVABLE, joint)


@dataclass
class Tree:
    """The component tree in dictionaries: children, multipliers, masses, carriers."""

    comps: dict[str, Component]
    kids: dict[str | None, list[str]]
    mult: dict[str, float]
    unit_mass: dict[str, float]
    leaf_ids: list[str]
    carrier: dict[str, str]

    def is_leaf(self, cid: str) -> bool:
        return cid not in self.kids

    def total_mass(self, cid: str) -> float:
        """Mass of a component in one product: unit mass x its quantity x ancestors'."""
        return self.unit_mass[cid] * self.mult[cid]

    def ancestors(self, cid: str) -> list[str]:
        out = []
        cur = self.comps[cid].parent_id
        while cur is not None and cur in self.comps and cur not in out:
            out.append(cur)
            cur = self.comps[cur].parent_id
        return out

    def leaves_under(self, cid: str) -> list[str]:
        if self.is_leaf(cid):
            return [cid]
        out, stack = [], [cid]
        while stack:
            node = stack.pop()
            children = self.kids.get(node)
            if children:
                stack.extend(children)
            else:
                out.append(node)
        return out


def build_tree(components: tuple[Component, ...]) -> Tree:
    """Index a component list (validated: unique ids, no cycles) in one pass each."""
    comps = {c.id: c for c in components}
    kids: dict[str | None, list[str]] = {}
    for c in components:
        parent = c.parent_id if c.parent_id in comps else None
        if parent is not None:
            kids.setdefault(parent, []).append(c.id)
    order = _post_order(components, kids)
    unit_mass: dict[str, float] = {}
    carrier: dict[str, str] = {}
    for cid in order:
        children = kids.get(cid)
        if not children:
            unit_mass[cid] = max(comps[cid].mass_kg or 0.0, 0.0)
            continue
        unit_mass[cid] = sum(unit_mass[k] * comps[k].quantity for k in children)
        heaviest = max(children, key=lambda k: unit_mass[k] * comps[k].quantity)
        carrier[cid] = carrier.get(heaviest, heaviest)
    mult: dict[str, float] = {}
    for cid in reversed(order):  # parents before children
        parent = comps[cid].parent_id
        mult[cid] = comps[cid].quantity * (mult[parent] if parent in mult else 1.0)
    leaf_ids = [c.id for c in components if c.id not in kids]
    return Tree(comps, kids, mult, unit_mass, leaf_ids, carrier)


def _post_order(components: tuple[Component, ...],
                kids: dict[str | None, list[str]]) -> list[str]:
    """Children before parents, iteratively (deep trees must not hit the recursion limit)."""
    comps = {c.id for c in components}
    roots = [c.id for c in components if c.parent_id not in comps]
    out: list[str] = []
    stack = [(r, False) for r in reversed(roots)]
    while stack:
        node, expanded = stack.pop()
        if expanded:
            out.append(node)
            continue
        stack.append((node, True))
        stack.extend((k, False) for k in reversed(kids.get(node, [])))
    return out


def fused_groups(tree: Tree, libs: dict[str, Liberation]) -> dict[str, str]:
    """Map each leaf to the root of the group of leaves it is shredded together with."""
    parent_of = {cid: cid for cid in tree.leaf_ids}

    def find(x: str) -> str:
        root = x
        while parent_of[root] != root:
            root = parent_of[root]
        while parent_of[x] != root:  # path compression keeps this near-linear
            parent_of[x], x = root, parent_of[x]
        return root

    for cid, c in tree.comps.items():
        lib = libs.get(cid)
        if lib is None or lib.liberated or c.parent_id not in tree.comps:
            continue
        here = tree.carrier.get(cid, cid)
        there = tree.carrier.get(c.parent_id, c.parent_id)
        if here in parent_of and there in parent_of:
            ra, rb = find(here), find(there)
            if ra != rb:
                parent_of[ra] = rb
    return {cid: find(cid) for cid in tree.leaf_ids}


def _ends(tree: Tree, cid: str) -> tuple[str, str]:
    """The two leaves a component's joint links when it is not liberated: its carrier and
    its parent's carrier."""
    parent = tree.comps[cid].parent_id
    return tree.carrier.get(cid, cid), tree.carrier.get(parent, parent)


def group_links(tree: Tree) -> dict[str, list[str]]:
    """For each leaf, the components whose joint would fuse it with another leaf."""
    out: dict[str, list[str]] = {}
    for cid, c in tree.comps.items():
        if c.parent_id not in tree.comps:
            continue
        here, there = _ends(tree, cid)
        out.setdefault(here, []).append(cid)
        if there != here:
            out.setdefault(there, []).append(cid)
    return out


def regroup(tree: Tree, libs: dict[str, Liberation], group_of: dict[str, str],
            members: dict[str, list[str]], moved: Iterable[str],
            links: dict[str, list[str]], order: dict[str, int],
            ) -> tuple[dict[str, str], dict[str, list[str]], set[str]]:
    """`fused_groups` after the liberation of the `moved` components changed (same tree,
    same masses), redone only over the groups their joints touch: a joint that now fuses
    merges two of them, one that now comes loose may split one, and no other group can
    change. Returns the new group of each leaf, the members of each group (in tree order),
    and the old roots whose groups were redone."""
    touched = {group_of[leaf] for cid in moved if tree.comps[cid].parent_id in tree.comps
               for leaf in _ends(tree, cid) if leaf in group_of}
    nodes = sorted((leaf for root in touched for leaf in members[root]), key=order.__getitem__)
    parent_of = {leaf: leaf for leaf in nodes}

    def find(x: str) -> str:
        root = x
        while parent_of[root] != root:
            root = parent_of[root]
        while parent_of[x] != root:
            parent_of[x], x = root, parent_of[x]
        return root

    seen: set[str] = set()
    for leaf in nodes:
        for cid in links.get(leaf, ()):
            if cid in seen:
                continue
            seen.add(cid)
            lib = libs.get(cid)
            if lib is None or lib.liberated:
                continue
            here, there = _ends(tree, cid)
            if here in parent_of and there in parent_of:
                ra, rb = find(here), find(there)
                if ra != rb:
                    parent_of[ra] = rb
    new_group_of = dict(group_of)
    new_members = {root: leaves for root, leaves in members.items() if root not in touched}
    for leaf in nodes:
        root = find(leaf)
        new_group_of[leaf] = root
        new_members.setdefault(root, []).append(leaf)
    return new_group_of, new_members, touched
