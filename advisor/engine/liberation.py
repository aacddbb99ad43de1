"""Liberation: which parts come out whole by hand, and which stay attached in the shredder.

Two questions, two mechanisms:

- **By hand** (reuse, repair, the removals of WEEE Annex VII, disassembly time): a part
  comes out whole when its joint is reversible in the sense of EN 45554 (screws, clips,
  snap-fits: classes reusable or removable) and taking it off does not damage it.
- **In the shredder** (recycling): a hammer-mill shredder tears apart what is held by
  screws, rivets, clips and press fits, so those parts leave it as separate fragments
  whoever assembled them. Glued, welded, overmoulded, soldered, potted, laminated and
  moulded-in parts stay attached: such a *fused group* is one fragment, and its materials
  end up in one stream. Each joint's behaviour is a knowledge-base column
  (`joints.shredder_liberates`).

A part without a written joint is not known to come out by hand ("not assessed"); for the
shredder it follows the stream's standard treatment (it comes free like a mechanical
fastening), and the assessment lists that assumption. The part an assembly is made of
(its own body, or its carrier) needs no joint of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from advisor.engine.kbindex import METAL_FAMILIES, KbIndex, remember
from advisor.engine.tree import Tree, build_tree
from advisor.model import NON_REMOVABLE, Component, Joint

__all__ = ["Liberation", "Tree", "build_tree", "fused_groups", "group_links", "liberation",
           "regroup", "role_of"]

# Joints whose metal fastener, the part itself, stays in what it holds at end of life. EN
# 45554 counts staples as removable (class B, the fastener destroyed), but a staple shot
# through fabric into a shell or board is pulled one by one, if at all: in practice it goes
# with its host. This is an engineering estimate, said so in the issue text.
EMBEDDED_FASTENER_JOINTS = frozenset({"staple"})
# Liberations remembered per knowledge base (distinct joint and material texts of a BOM).
LIBERATION_MEMO_SIZE = 20_000
# What a leaf is in its tree, for its joint: the product's own top row, what its assembly
# is made of (body or carrier), or a part that is joined to something.
TOP, CARRIER, PART = "top", "carrier", "part"


@dataclass(frozen=True, slots=True)
class Liberation:
    """How a component is attached to its partner: whether it comes out whole by hand,
    and whether it stays attached in the shredder."""

    liberated: bool  # comes out whole by hand (a known, reversible joint)
    joint: Joint | None
    unresolved: bool = False  # a joint was written but is not in the knowledge base
    embedded: bool = False  # a metal fastener that stays in the part it holds
    known: bool = True  # the joint is known (written, or none is needed)
    fused: bool = False  # stays attached to its partner after shredding

    @property
    def destructive(self) -> bool:
        return self.joint is not None and self.joint.destructive

    def __hash__(self) -> int:
        # By the joint's id, not all its fields: liberations key the leaf memo, and equal
        # liberations have equal joints, so equal ids (consistent with __eq__).
        return hash((self.liberated, self.joint.id if self.joint else None, self.unresolved,
                     self.embedded, self.known, self.fused))


def role_of(tree: Tree, cid: str) -> str:
    """Whether a component needs a joint of its own (see TOP, CARRIER, PART). The rows of a
    flat list (several top-level rows) are parts of a product that is not a row: each is
    joined to it somehow, and how is not given.

    An assembly that holds what its parent is made of (the handle with the motor unit
    that the battery, the bin and the tube click onto) is the base of its parent's joints:
    its joint would join its parent's carrier to itself, so it needs none, as the
    heaviest part of an assembly needs none. Named as attached to another row, it does."""
    if tree.partner(cid) is None:
        return TOP if tree.single_top else PART
    if tree.is_leaf(cid):
        return CARRIER if tree.is_carrier(cid) else PART
    base = tree.comps[cid].attached_to is None and tree.is_carrier(cid)
    return CARRIER if base else PART


def liberation(c: Component, index: KbIndex, role: str = PART) -> Liberation:
    """Liberation of one component from its joint (remembered per knowledge base by the
    fields it reads)."""
    return remember(index.liberation_cache, (c.joint_id, c.joint_input, c.material_id, role),
                    LIBERATION_MEMO_SIZE, lambda: _liberation(c, index, role))


def _liberation(c: Component, index: KbIndex, role: str = PART) -> Liberation:
    joint = index.joint_for(c.joint_id, c.joint_input)
    written = bool(c.joint_input.strip() or c.joint_id)
    if joint is None:
        if written:  # a word the knowledge base does not know: reported, not guessed
            return Liberation(False, None, unresolved=True, known=False)
        if role == PART:  # nothing written for a part that is joined to something
            return Liberation(False, None, known=False)
        return Liberation(True, None)  # the product itself, or what its assembly is made of
    m = index.materials.get(c.material_id or "")
    if joint.id in EMBEDDED_FASTENER_JOINTS and m is not None and m.family in METAL_FAMILIES:
        return Liberation(False, joint, embedded=True, fused=True)
    return Liberation(joint.reversibility != NON_REMOVABLE, joint,
                      fused=not joint.shredder_liberates)


def _union_find(nodes: Iterable[str]):
    parent_of = {n: n for n in nodes}

    def find(x: str) -> str:
        root = x
        while parent_of[root] != root:
            root = parent_of[root]
        while parent_of[x] != root:  # path compression keeps this near-linear
            parent_of[x], x = root, parent_of[x]
        return root

    def union(a: str, b: str) -> None:
        if a in parent_of and b in parent_of:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent_of[ra] = rb

    return find, union


def fused_groups(tree: Tree, libs: dict[str, Liberation],
                 unit_of: dict[str, str] | None = None) -> dict[str, str]:
    """Map each leaf to the root of the group of leaves it stays attached to in the
    shredder. `unit_of` maps the leaves taken out before shredding to the component taken
    out (a battery pack, a board): a joint never fuses across that boundary, so what is
    taken out is never shredded with the rest."""
    unit_of = unit_of or {}
    find, union = _union_find(tree.leaf_ids)
    for cid in tree.comps:
        _fuse(tree, libs, unit_of, cid, union)
    return {cid: find(cid) for cid in tree.leaf_ids}


def _fuse(tree: Tree, libs: dict[str, Liberation], unit_of: dict[str, str], cid: str,
          union: Callable[[str, str], None]) -> None:
    """Join the two leaves a component's joint holds together when it stays fused in the
    shredder and both are on the same side of a removal."""
    lib = libs.get(cid)
    if lib is None or not lib.fused:
        return
    ends = tree.ends(cid)
    if ends is not None and unit_of.get(ends[0]) == unit_of.get(ends[1]):
        union(*ends)


def group_links(tree: Tree) -> dict[str, list[str]]:
    """For each leaf, the components whose joint would fuse it with another leaf."""
    out: dict[str, list[str]] = {}
    for cid in tree.comps:
        ends = tree.ends(cid)
        if ends is None:
            continue
        here, there = ends
        out.setdefault(here, []).append(cid)
        if there != here:
            out.setdefault(there, []).append(cid)
    return out


def regroup(tree: Tree, libs: dict[str, Liberation], group_of: dict[str, str],
            members: dict[str, list[str]], moved: Iterable[str],
            links: dict[str, list[str]], order: dict[str, int],
            unit_of: dict[str, str] | None = None,
            ) -> tuple[dict[str, str], dict[str, list[str]], set[str]]:
    """`fused_groups` after the liberation of the `moved` components changed (same tree,
    same masses, same removals), redone only over the groups their joints touch: a joint
    that now fuses merges two of them, one that now comes loose may split one, and no
    other group can change. Returns the new group of each leaf, the members of each group
    (in tree order), and the old roots whose groups were redone."""
    touched = {group_of[leaf] for cid in moved if (ends := tree.ends(cid)) is not None
               for leaf in ends if leaf in group_of}
    nodes = sorted((leaf for root in touched for leaf in members[root]), key=order.__getitem__)
    unit_of = unit_of or {}
    find, union = _union_find(nodes)
    seen: set[str] = set()
    for leaf in nodes:
        for cid in links.get(leaf, ()):
            if cid in seen:
                continue
            seen.add(cid)
            _fuse(tree, libs, unit_of, cid, union)
    new_group_of = dict(group_of)
    new_members = {root: leaves for root, leaves in members.items() if root not in touched}
    for leaf in nodes:
        root = find(leaf)
        new_group_of[leaf] = root
        new_members.setdefault(root, []).append(leaf)
    return new_group_of, new_members, touched
