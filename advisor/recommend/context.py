"""What a rule can look at: the variant, the evaluation, and design alternatives from the KB."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from advisor.engine.evaluate import Evaluation
from advisor.engine.kbindex import METAL_FAMILIES, PLASTIC_FAMILIES, KbIndex
from advisor.engine.routes import RECYCLE
from advisor.model import REUSABLE, Change, Component, ComponentResult, Joint, Material, evolve

# ISO 1043 filler suffixes: GF glass fibre, CF carbon fibre, T talc, MD mineral, GB glass beads.
FILLED_CODE = re.compile(r"-(GF|CF|T|MD|GB|M)\d*")
# Joint ids preferred as the reversible replacement, in order (knowledge-base ids).
PREFERRED_JOINTS = ("screw", "snap-fit", "snap_fit", "clip")
PREFERRED_PLASTIC_JOINTS = ("snap-fit", "snap_fit", "clip", "screw")


@dataclass(frozen=True)
class Hit:
    """One component a rule fired on, the edits it proposes, and sentence parameters."""

    component_id: str
    changes: tuple[Change, ...] = ()
    params: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class RuleContext:
    """The evaluated variant as rules see it."""

    ev: Evaluation
    results: dict[str, ComponentResult]
    _alt_cache: dict = field(default_factory=dict)
    _fixed: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    _leaves: list[tuple[Component, ComponentResult]] | None = None
    _by_code: dict[str, list[int]] | None = None
    # Shared by several rules, computed once per context (see conditions.py).
    memo: dict = field(default_factory=dict)

    @property
    def index(self) -> KbIndex:
        return self.ev.index

    @property
    def comps(self) -> dict[str, Component]:
        return self.ev.tree.comps

    def leaves(self) -> list[tuple[Component, ComponentResult]]:
        """Every leaf with its result, in tree order (built once; do not change it)."""
        if self._leaves is None:
            self._leaves = [(self.comps[cid], self.results[cid]) for cid in self.ev.tree.leaf_ids
                        if cid in self.results]  # an assembly's own body is not a row
        return self._leaves

    def with_issue(self, *codes: str) -> list[tuple[Component, ComponentResult]]:
        """The leaves whose result has an issue with one of these codes, in tree order."""
        if self._by_code is None:
            by_code: dict[str, list[int]] = {}
            for n, (_c, r) in enumerate(self.leaves()):
                for issue in r.issues:
                    found = by_code.setdefault(issue.code, [])
                    if not found or found[-1] != n:
                        found.append(n)
            self._by_code = by_code
        positions = [n for code in codes for n in self._by_code.get(code, ())]
        if len(codes) > 1:
            positions = sorted(set(positions))
        leaves = self.leaves()
        return [leaves[n] for n in positions]

    def material(self, c: Component) -> Material | None:
        return self.index.materials.get(c.material_id or "")

    def units(self, cid: str) -> tuple[tuple[str, float], ...]:
        return self.ev.leaves[cid].units

    def family_of(self, material_id: str) -> str:
        m = self.index.materials.get(material_id)
        return m.family if m else ""

    def is_plastic(self, material_id: str) -> bool:
        return self.family_of(material_id) in PLASTIC_FAMILIES

    def is_metal(self, material_id: str) -> bool:
        return self.family_of(material_id) in METAL_FAMILIES

    def group_partners(self, cid: str) -> list[str]:
        """The other leaves shredded together with this one."""
        root = self.ev.group_of[cid]
        return [m for m in self.ev.members[root] if m != cid]

    def fixed_with_material(self, cid: str, material_id: str) -> list[str]:
        """Non-liberated leaves of this leaf's group that contain a material (indexed once
        per group, so large glued assemblies stay linear)."""
        root = self.ev.group_of[cid]
        table = self._fixed.get(root)
        if table is None:
            table = {}
            for leaf in self.ev.members[root]:
                if not self.ev.libs[leaf].liberated:
                    for m, _ in self.units(leaf):
                        table.setdefault(m, []).append(leaf)
            self._fixed[root] = table
        return [p for p in table.get(material_id, ()) if p != cid]

    def reversible_joint(self, plastic: bool = False) -> Joint | None:
        """A reusable joint that needs at most basic tools (EU 2023/1670 'basic tools')."""
        joints = self.index.joints
        for jid in PREFERRED_PLASTIC_JOINTS if plastic else PREFERRED_JOINTS:
            if jid in joints and joints[jid].reversibility == REUSABLE:
                return joints[jid]
        usable = [j for j in joints.values() if j.reversibility == REUSABLE
                  and j.tool_class in ("none", "basic") and not j.destructive]
        return min(usable, key=lambda j: (j.time_s is None, j.time_s or 0.0, j.id),
                   default=None)

    def recycling_yield(self, material_id: str) -> float:
        """The best R8 yield a material can reach in the region (0 if none)."""
        region = self.ev.settings.region
        return max((o.yield_ for o in self.index.route_options(material_id)
                    if o.code == RECYCLE and region in o.regions), default=0.0)

    def recyclable_somewhere(self, material_id: str) -> bool:
        """Whether the material has any R8 route in any region (a choice worth making even
        where the chosen region lists no processor)."""
        return any(o.code == RECYCLE for o in self.index.route_options(material_id))

    def is_filled(self, material_id: str) -> bool:
        """Glass-, talc- or mineral-filled grade (ISO 1043 code with GF, T, MD, CF ...)."""
        m = self.index.materials.get(material_id)
        code = (m.iso_code if m else "").upper()
        return bool(FILLED_CODE.search(code))

    def base_grade(self, material_id: str) -> Material | None:
        """The same polymer without carbon black (the NIR-detectable base grade)."""
        m = self.index.materials.get(material_id)
        if m is None or not m.carbon_black:
            return None
        return self.alternative(material_id, "not_black", lambda x: not x.carbon_black
                                and x.iso_code == m.iso_code, strict=True)

    def alternative(self, material_id: str, name: str, ok: Callable[[Material], bool],
                    strict: bool = False) -> Material | None:
        """A same-family material that passes `ok` and recycles best (same stream first);
        `strict` keeps to the same stream or ISO code (a pigment change, not a new polymer)."""
        key = (material_id, name, strict)
        if key not in self._alt_cache:
            self._alt_cache[key] = self._find_alternative(material_id, ok, strict)
        return self._alt_cache[key]

    def _find_alternative(self, material_id: str, ok: Callable[[Material], bool],
                          strict: bool) -> Material | None:
        base = self.index.materials.get(material_id)
        if base is None:
            return None
        pool = [m for m in self.index.materials.values()
                if m.family == base.family and m.id != base.id
                and m.is_composite == base.is_composite and ok(m)
                and (self.recyclable_somewhere(m.id) or m.id in self.index.compositions)]
        if strict:
            pool = [m for m in pool if (base.stream and m.stream == base.stream)
                    or (base.iso_code and m.iso_code == base.iso_code)]
        if not pool:
            return None
        return max(pool, key=lambda m: (m.stream == base.stream and bool(m.stream),
                                        bool(base.iso_code) and m.iso_code == base.iso_code,
                                        self.recycling_yield(m.id), m.id == m.stream, m.id))


def apply_change(c: Component, change: Change) -> Component:
    """A component with one proposed edit applied (keeping the input text consistent)."""
    if change.field == "joint_id":
        return evolve(c, joint_id=change.value, joint_input=str(change.value))
    if change.field == "material_id":
        return evolve(c, material_id=change.value, material_input=str(change.value),
                      constituents=(), match_confidence=1.0)
    if change.field == "notes":
        return evolve(c, notes=(c.notes + " " + str(change.value)).strip())
    return evolve(c, **{change.field: change.value})


def apply_changes(components: dict[str, Component],
                  changes: tuple[Change, ...]) -> dict[str, Component]:
    """The edited components only, by id (several changes to one component combine)."""
    out: dict[str, Component] = {}
    for ch in changes:
        base = out.get(ch.component_id) or components.get(ch.component_id)
        if base is not None:
            out[ch.component_id] = apply_change(base, ch)
    return out
