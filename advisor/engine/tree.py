"""The component tree in dictionaries: children, quantities, masses, own bodies, carriers
and the part each component is joined to.

An assembly's mass is the sum of its children's. An assembly row that names a material
and gives a mass per unit above its children's sum has a body of its own (CLI.md): the
surplus is a leaf of that material, the assembly's *body*, and the children are joined to
it. Without a body, the children are taken to be joined to the assembly's *carrier*, its
heaviest part (recursively): in a BOM a glued window hangs from the assembly it sits in,
and the housing it is glued into is as a rule that assembly's heaviest part. The
assessment lists this as an assumption.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.model import Component, evolve

# The id of an assembly's own body: the assembly's id and this suffix (no BOM id holds it).
BODY_SUFFIX = "\x1fbody"
# A surplus below this share of the given mass is rounding in the BOM, not a body.
BODY_TOLERANCE = 0.005


def body_id(assembly_id: str) -> str:
    return assembly_id + BODY_SUFFIX


def is_body(cid: str) -> bool:
    return cid.endswith(BODY_SUFFIX)


def owner_of(cid: str) -> str:
    """The BOM row a leaf stands for: an assembly for its body, else itself."""
    return cid[: -len(BODY_SUFFIX)] if is_body(cid) else cid


@dataclass
class Tree:
    """The component tree in dictionaries (bodies included as leaves)."""

    comps: dict[str, Component]
    kids: dict[str | None, list[str]]
    mult: dict[str, float]
    unit_mass: dict[str, float]
    leaf_ids: list[str]
    carrier: dict[str, str]
    bodies: dict[str, str]  # assembly id -> its body's leaf id
    rows: tuple[str, ...]  # the BOM rows' ids in input order (no bodies)

    def is_leaf(self, cid: str) -> bool:
        return cid not in self.kids

    def total_mass(self, cid: str) -> float:
        """Mass of a component in one product: unit mass x its quantity x ancestors'."""
        return self.unit_mass[cid] * self.mult[cid]

    def partner(self, cid: str) -> str | None:
        """The component this one is joined to: the row named in `attached_to`, else its
        parent (None for a top-level row)."""
        c = self.comps[cid]
        if c.attached_to is not None and c.attached_to in self.comps \
                and c.attached_to != cid:
            return c.attached_to
        return c.parent_id if c.parent_id in self.comps else None

    def ends(self, cid: str) -> tuple[str, str] | None:
        """The two leaves a component's joint links: its carrier and its partner's."""
        other = self.partner(cid)
        if other is None:
            return None
        return self.carrier.get(cid, cid), self.carrier.get(other, other)

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

    @property
    def single_top(self) -> bool:
        """Whether one top-level row is the product itself (else the rows hang from a
        product that is not a row: a flat list)."""
        found = self.__dict__.get("_single_top")
        if found is None:
            found = self.__dict__["_single_top"] = sum(
                1 for cid in self.rows if self.comps[cid].parent_id not in self.comps) == 1
        return found

    def is_carrier(self, cid: str) -> bool:
        """Whether a leaf is what its parent assembly is made of (its body, or without one
        its heaviest part), or an assembly holds that part: such a component needs no
        joint of its own."""
        if is_body(cid):
            return True
        parent = self.comps[cid].parent_id
        return parent in self.comps and self.carrier.get(parent) == self.carrier.get(cid, cid)


def _names_material(c: Component) -> bool:
    return bool(c.material_id or c.material_input.strip() or c.constituents)


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
    bodies: dict[str, str] = {}
    for cid in order:
        children = kids.get(cid)
        if not children:
            unit_mass[cid] = max(comps[cid].mass_kg or 0.0, 0.0)
            continue
        summed = sum(unit_mass[k] * comps[k].quantity for k in children)
        c = comps[cid]
        given = c.mass_kg if c.mass_kg is not None and c.mass_kg > 0 else 0.0
        surplus = given - summed
        if _names_material(c) and surplus > BODY_TOLERANCE * given and surplus > 0:
            body = body_id(cid)
            comps[body] = evolve(c, id=body, parent_id=cid, mass_kg=surplus, quantity=1.0,
                                 joint_id=None, joint_input="", attached_to=None)
            unit_mass[body] = surplus
            kids[cid] = [body, *children]
            bodies[cid] = body
            carrier[cid] = body
            unit_mass[cid] = summed + surplus
            continue
        unit_mass[cid] = summed
        heaviest = max(children, key=lambda k: unit_mass[k] * comps[k].quantity)
        carrier[cid] = carrier.get(heaviest, heaviest)
    mult: dict[str, float] = {}
    for cid in reversed(order):  # parents before children
        parent = comps[cid].parent_id
        mult[cid] = comps[cid].quantity * (mult[parent] if parent in mult else 1.0)
    for assembly, body in bodies.items():
        mult[body] = mult[assembly]
    leaf_ids = []
    for c in components:
        if c.id in bodies:
            leaf_ids.append(bodies[c.id])
        elif c.id not in kids:
            leaf_ids.append(c.id)
    return Tree(comps, kids, mult, unit_mass, leaf_ids, carrier, bodies,
                tuple(c.id for c in components))


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
