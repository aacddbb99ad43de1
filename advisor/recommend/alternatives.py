"""What a rule may propose instead: joints that keep a part's function, materials that
can do its job, the same polymer without carbon black, and which pairs of materials spoil
each other. A mixin of `RuleContext` (context.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from advisor.engine.kbindex import BLOCKS, DOWNGRADES, PLASTIC_FAMILIES, KbIndex
from advisor.engine.routes import RECYCLE
from advisor.model import REUSABLE, Component, Joint, Material
from advisor.recommend.knowledge import AdviceKb

# ISO 1043-2 filler codes: GF glass fibre, CF carbon fibre, TD talc powder (T in trade names),
# MD mineral powder, GB glass beads.
FILLED_CODE = re.compile(r"-(GF|CF|TD|T|MD|GB|M)\d*")
# Joint ids preferred as the reversible replacement, in order (knowledge-base ids).
PREFERRED_JOINTS = ("screw", "snap-fit", "snap_fit", "clip")
PREFERRED_PLASTIC_JOINTS = ("snap-fit", "snap_fit", "clip", "screw")
# Compatibility effects that spoil a recyclate (the rest only lower its yield).
HARMFUL = BLOCKS | DOWNGRADES
MIXED = "mixed"  # two thermoplastics of another polymer stuck together


class DesignAlternatives:
    """The design questions a rule asks; needs `index`, `advice`, `functions`, `keeps`,
    `ev` and `_alt_cache` from `RuleContext`."""

    index: KbIndex
    advice: AdviceKb
    _alt_cache: dict
    comps: dict[str, Component]

    def harm(self, ours: Iterable[str], theirs: Iterable[str]) -> list[tuple[str, str, str]]:
        """(spoiled material, spoiling material, effect) for each pair of these materials
        that spoils a recyclate when the two stay together: a compatibility row that blocks
        or downgrades, or two thermoplastics of another polymer ('mixed')."""
        out = []
        ours, theirs = tuple(ours), tuple(theirs)
        for a in ours:
            for b in theirs:  # the partner spoiled by the part first
                for host, guest in ((b, a), (a, b)):
                    effect = self._pair_harm(host, guest)
                    if effect:
                        out.append((host, guest, effect))
        return list(dict.fromkeys(out))

    def _pair_harm(self, host: str, guest: str) -> str:
        if host == guest:
            return ""
        for e in self.index.pair_effects(host, guest):
            if e.effect in HARMFUL:
                return "blocks" if e.effect in BLOCKS else "downgrades"
        h, g = self.index.materials.get(host), self.index.materials.get(guest)
        if h is None or g is None or h.family not in PLASTIC_FAMILIES or not h.iso_code:
            return ""
        if g.family not in PLASTIC_FAMILIES or not g.iso_code:
            return ""
        return MIXED if (h.stream or h.id) != (g.stream or g.id) else ""

    # -- design alternatives ------------------------------------------------------------

    def reversible_joint(self, plastic: bool = False,
                         preferred: tuple[str, ...] = ()) -> Joint | None:
        """A reusable joint that needs at most basic tools (EU 2023/1670 'basic tools'),
        the `preferred` ones (from the functional alternatives) first."""
        joints = self.index.joints
        order = preferred + (PREFERRED_PLASTIC_JOINTS if plastic else PREFERRED_JOINTS)
        for jid in order:
            if jid in joints and joints[jid].reversibility == REUSABLE:
                return joints[jid]
        usable = [j for j in joints.values() if j.reversibility == REUSABLE
                  and j.tool_class in ("none", "basic") and not j.destructive]
        return min(usable, key=lambda j: (j.time_s is None, j.time_s or 0.0, j.id),
                   default=None)

    def joint_for(self, cid: str, plastic: bool = False) -> Joint | None:
        """The reversible joint that keeps the row's function, or None if its function
        keeps the present joint."""
        if self.keeps(cid, "joint"):
            return None
        return self.reversible_joint(plastic, self.advice.joints_for(self.functions(cid)))

    def substitutes(self, cid: str) -> frozenset[str]:
        """The materials that can do this row's job (empty: none known)."""
        allowed = self.advice.materials_for(self.functions(cid))
        return frozenset(m for m in (allowed or ()) if m in self.index.materials)

    def conditions_of(self, changes: Iterable) -> dict[str, str]:
        """What the parts' functions need of the materials these changes give them (a
        clarified grade of PP for a window), as parameters of the advice's sentence."""
        found: dict[str, list[str]] = {}
        for ch in changes:
            if ch.field != "material_id":
                continue
            said = self.advice.conditions(self.functions(ch.component_id), str(ch.value))
            for key, value in said.items():
                found.setdefault(key, []).append(value)
        return {k: "; ".join(dict.fromkeys(v)) for k, v in found.items()}

    def recycling_yield(self, material_id: str) -> float:
        """The best R8 yield a material can reach in the region (0 if none)."""
        region = self.ev.settings.region
        return max((o.yield_ for o in self.index.route_options(material_id)
                    if o.code == RECYCLE and region in o.regions), default=0.0)

    def recyclable_somewhere(self, material_id: str) -> bool:
        """Whether the material has any R8 route in any region."""
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
