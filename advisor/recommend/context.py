"""What a rule can look at: the evaluated variant, each part's function, partner and
unit (battery, bought-in module), and (alternatives.py) the design alternatives.

Everything a rule reads about the engine's state goes through `RuleContext`, so that a
change in the engine's internals is answered here once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from advisor.engine.evaluate import Evaluation
from advisor.engine.kbindex import METAL_FAMILIES, PLASTIC_FAMILIES, Finish, KbIndex
from advisor.engine.results import children_first
from advisor.model import Change, Component, ComponentResult, Joint, Material, evolve
from advisor.recommend.alternatives import DesignAlternatives
from advisor.recommend.knowledge import AdviceKb, advice_kb

# Joints that take a part out only with heat, solvents or special tools (EU 2023/1670
# 'basic tools' and 2023/1542 'commercially available tools' are the measure).
SPECIAL_TOOL = "special"


@dataclass(frozen=True)
class Hit:
    """One component a rule fired on, the edits it proposes, sentence parameters, and the
    group of hits that share the change for the same reason (one recommendation each)."""

    component_id: str
    changes: tuple[Change, ...] = ()
    params: dict = field(default_factory=dict, compare=False, hash=False)
    group: tuple = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """What the rules read about one leaf, worked out once per context."""

    c: Component
    r: ComponentResult
    m: Material | None
    functions: frozenset[str]
    designed: bool  # chosen by the product's designer: not inside a bought-in unit
    small: bool  # below the small-part share of the product's mass
    finish: Finish | None


MISSING = object()  # a memo's "not looked up yet"
# An assembly is a battery when most of its mass is in battery materials.
BATTERY_MASS_SHARE = 0.5
BATTERY = "battery"


@dataclass
class RuleContext(DesignAlternatives):
    """The evaluated variant as rules see it."""

    ev: Evaluation
    results: dict[str, ComponentResult]
    _alt_cache: dict = field(default_factory=dict)
    _leaves: list[tuple[Component, ComponentResult]] | None = None
    _by_code: dict[str, list[int]] | None = None
    _functions: dict[str, frozenset[str]] = field(default_factory=dict)
    _own: dict[str, frozenset[str]] = field(default_factory=dict)
    _advice: AdviceKb | None = None
    _module: dict[str, object] = field(default_factory=dict)
    _mass: float | None = None
    # Shared by several rules, computed once per context (see conditions.py).
    memo: dict = field(default_factory=dict)
    # (component, field) edits an earlier rule already proposes (rules fire in order).
    claimed: set = field(default_factory=set)

    @property
    def index(self) -> KbIndex:
        return self.ev.index

    @property
    def advice(self) -> AdviceKb:
        if self._advice is None:
            self._advice = advice_kb(self.ev.index.kb)
        return self._advice

    @property
    def comps(self) -> dict[str, Component]:
        return self.ev.tree.comps

    def facts(self) -> list[Fact]:
        """One `Fact` per leaf, in tree order (built once)."""
        found = self.memo.get("facts")
        if found is None:
            found = self.memo["facts"] = [self._fact(c, r) for c, r in self.leaves()]
        return found

    def _fact(self, c: Component, r: ComponentResult) -> Fact:
        limit = self.advice.threshold("small_part_share") * self.product_mass
        return Fact(c, r, self.material(c), self.functions(c.id),
                    self.module_of(c.id) is None and not self.in_battery(c.id),
                    self.mass(c.id) < limit, self.finish_of(c))

    def finish_of(self, c: Component):
        """The knowledge-base finish of a part (None: none, or not known)."""
        text = c.finish
        if not text or not text.strip():
            return None
        known = self.memo.setdefault("finishes", {})
        if text not in known:
            known[text] = self.index.finish(text)
        return known[text]

    def is_battery(self, cid: str) -> bool:
        """A battery: named or made as one, or an assembly mostly of battery materials."""
        return cid in self._batteries()

    def _batteries(self) -> frozenset[str]:
        """Every battery row, found in one pass over the tree (children first)."""
        found = self.memo.get("batteries")
        if found is not None:
            return found
        tree, out = self.ev.tree, set()
        battery_mass: dict[str, float] = {}
        for cid in children_first(tree):  # the engine's order: children before parents
            kids = tree.kids.get(cid)
            if not kids:
                m = self.material(self.comps[cid])
                own = m is not None and m.family == BATTERY
                battery_mass[cid] = self.mass(cid) if own else 0.0
                if own or BATTERY in self.own_functions(cid):
                    out.add(cid)
                continue
            battery_mass[cid] = sum(battery_mass[k] for k in kids)
            total = self.mass(cid)
            if BATTERY in self.own_functions(cid) or (
                    total > 0 and battery_mass[cid] / total >= BATTERY_MASS_SHARE):
                out.add(cid)
        found = self.memo["batteries"] = frozenset(out)
        return found

    def in_battery(self, cid: str) -> bool:
        """Whether the row sits inside a battery (a BMS board, a cell holder, a label)."""
        batteries = self._batteries()
        if not batteries:
            return False
        known = self.memo.setdefault("in_battery", {})
        parent = self.comps[cid].parent_id
        if parent not in known:
            known[parent] = parent in self.comps and (
                parent in batteries or self.in_battery(parent))
        return known[parent]

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

    # -- the tree ----------------------------------------------------------------------

    def is_leaf(self, cid: str) -> bool:
        return self.ev.tree.is_leaf(cid)

    def ancestors(self, cid: str) -> list[str]:
        return self.ev.tree.ancestors(cid)

    def leaves_under(self, cid: str) -> list[str]:
        return self.ev.tree.leaves_under(cid)

    def mass(self, cid: str) -> float:
        """The mass of a row in one product (quantities of its ancestors included)."""
        return self.ev.tree.total_mass(cid)

    @property
    def product_mass(self) -> float:
        if self._mass is None:
            self._mass = sum(self.mass(cid) for cid in self.ev.tree.leaf_ids)
        return self._mass

    def share(self, cids: Iterable[str]) -> float:
        """The mass share of some rows in the product."""
        total = self.product_mass
        return sum(self.mass(c) for c in set(cids)) / total if total > 0 else 0.0

    def small(self, cids: Iterable[str]) -> bool:
        """Too small to matter without a mechanism or a legal duty (advice_thresholds)."""
        return self.share(cids) < self.advice.threshold("small_part_share")

    def joint(self, cid: str) -> Joint | None:
        return self.ev.libs[cid].joint

    def liberated(self, cid: str) -> bool:
        return self.ev.libs[cid].liberated

    def stays_attached(self, cid: str) -> bool:
        """Whether the row stays attached to its partner in the shredder (the engine's
        liberation, from the joint's `shredder_liberates` column)."""
        return self.ev.libs[cid].fused

    def taken_out(self, cid: str) -> bool:
        """Whether the treatment chain takes the row out before shredding (WEEE Annex VII:
        a battery, a board over 10 cm², a BFR plastic, an external cable), whatever its
        joint: it does not spoil what it sits in."""
        reason = self.ev.removals.reason
        return any(leaf in reason for leaf in self.leaves_under(cid))

    def user_removable(self, cid: str) -> bool | None:
        """Whether the joint lets a user take the row out with commercially available tools
        (None: no joint given)."""
        joint = self.joint(cid)
        if joint is None:
            return None
        return self.liberated(cid) and joint.tool_class != SPECIAL_TOOL

    # -- function and partner -----------------------------------------------------------

    def material(self, c: Component) -> Material | None:
        return self.index.materials.get(c.material_id or "")

    def own_functions(self, cid: str) -> frozenset[str]:
        found = self._own.get(cid)
        if found is None:
            c = self.comps[cid]
            found = self._own[cid] = self.advice.functions_of(
                c.name, self.material(c), c.material_input, not self.is_leaf(cid))
        return found

    def functions(self, cid: str) -> frozenset[str]:
        """The row's functions: its own and those its assemblies hand down (food contact)."""
        found = self._functions.get(cid)
        if found is None:
            found = self.own_functions(cid)
            handed = self._handed_down()
            if handed:
                extra = frozenset().union(*(handed.get(a, ()) for a in self.ancestors(cid)))
                found = found | extra
            self._functions[cid] = found
        return found

    def _handed_down(self) -> dict[str, frozenset[str]]:
        """The assemblies whose functions their parts inherit, with those functions."""
        found = self.memo.get("handed_down")
        if found is None:
            found = {}
            for cid in self.ev.tree.kids:
                if cid in self.comps:
                    inherited = self.advice.inherited(self.own_functions(cid))
                    if inherited:
                        found[cid] = inherited
            self.memo["handed_down"] = found
        return found

    def keeps(self, cid: str, what: str) -> bool:
        return self.advice.keeps(self.functions(cid), what)

    def is_module(self, cid: str) -> bool:
        return self.advice.is_module(self.own_functions(cid))

    def module_of(self, cid: str) -> str | None:
        """The nearest assembly above the row that is a bought-in unit (a battery pack, a
        motor, a driver): the row's joints are that unit's maker's design."""
        parent = self.comps[cid].parent_id
        return self._module_at(parent) if parent in self.comps else None

    def _module_at(self, cid: str) -> str | None:
        """The row itself if it is a bought-in unit, else the nearest one above it
        (remembered per row: siblings share the answer)."""
        found = self._module.get(cid, MISSING)
        if found is MISSING:
            parent = self.comps[cid].parent_id
            found = cid if self.is_module(cid) else (
                self._module_at(parent) if parent in self.comps else None)
            self._module[cid] = found
        return found

    def partner(self, cid: str) -> str | None:
        """The row a part is really joined to: its `attached_to` row, else its parent."""
        c = self.comps[cid]
        if c.attached_to and c.attached_to in self.comps and c.attached_to != cid:
            return c.attached_to
        return c.parent_id if c.parent_id in self.comps else None

    def partner_body(self, cid: str) -> str | None:
        """The leaf whose material the part meets at its partner (the engine's `ends`): the
        partner itself, an assembly's own body, else the partner assembly's carrier (its
        heaviest part, the engine's stated assumption); None when that is the part itself."""
        ends = self.ev.tree.ends(cid)
        if ends is None:
            return None
        body = ends[1]
        return None if body == cid or body in self.leaves_under(cid) else body

    def body_materials(self, cid: str) -> tuple[str, ...]:
        """The materials of a partner body (a part, or an assembly's own body)."""
        return self.unit_ids(cid)

    def units(self, cid: str) -> tuple[tuple[str, float], ...]:
        return self.ev.leaves[cid].units

    def unit_ids(self, cid: str) -> tuple[str, ...]:
        """The materials a row is made of (an assembly: those of its leaves)."""
        if self.is_leaf(cid):
            return tuple(m for m, _ in self.units(cid))
        return tuple(dict.fromkeys(m for leaf in self.leaves_under(cid)
                                   for m, _ in self.units(leaf)))

    def family_of(self, material_id: str) -> str:
        m = self.index.materials.get(material_id)
        return m.family if m else ""

    def is_plastic(self, material_id: str) -> bool:
        return self.family_of(material_id) in PLASTIC_FAMILIES

    def is_metal(self, material_id: str) -> bool:
        return self.family_of(material_id) in METAL_FAMILIES


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


def changes_anything(c: Component, change: Change) -> bool:
    """Whether applying the edit gives another component (a no-op edit is never advised)."""
    if change.field == "notes":
        return bool(str(change.value).strip()) and str(change.value) not in c.notes
    if change.field == "material_id":
        return change.value != c.material_id or bool(c.constituents)
    return getattr(c, change.field) != change.value


def apply_changes(components: dict[str, Component],
                  changes: tuple[Change, ...]) -> dict[str, Component]:
    """The edited components only, by id (several changes to one component combine)."""
    out: dict[str, Component] = {}
    for ch in changes:
        base = out.get(ch.component_id) or components.get(ch.component_id)
        if base is not None:
            out[ch.component_id] = apply_change(base, ch)
    return out
