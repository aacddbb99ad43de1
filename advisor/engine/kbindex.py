"""Look-up tables over the knowledge base, built once per knowledge base and reused.

The engine asks the same questions for every component (which routes does this
material have, which pairs contaminate each other, what does this finish do), so the
answers are indexed here in dictionaries; an evaluation then costs a constant per part.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from advisor.kb import KnowledgeBase
from advisor.kb.loader import parse_number
from advisor.model import QUALITIES, ROUTE_ORDER, Bilingual, Joint, Material, RouteOption

T = TypeVar("T")
# Effect words of the compatibility and finishes tables, grouped by what they do.
BLOCKS = frozenset({"blocks", "blocks_recycling", "prevents", "contaminates", "incompatible"})
BLOCKS_CLOSED_LOOP = frozenset({"blocks_closed_loop"})
DOWNGRADES = frozenset({"downgrades", "downgrade", "downcycles"})
LOWERS_YIELD = frozenset({"lowers_yield", "reduces_yield", "yield_loss"})

PLASTIC_FAMILIES = frozenset({"plastic-thermoplastic", "plastic-thermoset", "elastomer"})
# "mono" fails when another material of the same kind stays attached, unless that material
# is under this share of the fragment: grinding and float-sink washing part a small label
# or insert from its host, and bale specifications tolerate a few percent of other
# plastics (US HDPE bale specification: PP, PET and PS each at most 2%).
MONO_TOLERANCE = 0.02
METAL_FAMILIES = frozenset({"ferrous", "non-ferrous", "precious"})
_REMEMBER_LOCK = threading.Lock()


def remember(cache: dict, key, limit: int, make: Callable[[], T]) -> T:
    """`cache[key]`, made by `make()` on a miss; the cache is emptied when it holds `limit`
    entries. For pure functions of the knowledge base: threads may share a cache (a miss
    may be made twice, an entry is never stored half)."""
    found = cache.get(key)
    if found is None:
        found = make()
        with _REMEMBER_LOCK:
            if len(cache) >= limit:
                cache.clear()
            cache[key] = found
    return found


def norm(text: str) -> str:
    """Lower case, single spaces, no punctuation at the ends: a dictionary key for names."""
    return re.sub(r"\s+", " ", re.sub(r"[_\-/,;()]+", " ", (text or "").lower())).strip()


@dataclass(frozen=True)
class Finish(Bilingual):
    """A surface treatment and what it does to recovery."""

    id: str
    name_en: str
    name_nl: str
    effect: str
    substances: tuple[str, ...] = ()


@dataclass(frozen=True)
class PairEffect:
    """What mixing two materials does (a row of the compatibility table)."""

    a: str
    b: str
    effect: str
    yield_factor: float | None
    route: str
    tolerance: float = 0.0  # a share of the guest in the fragment below this does nothing


@dataclass(frozen=True)
class Crm:
    id: str
    name_en: str
    name_nl: str
    strategic: bool
    top_supplier: str
    supply_share: float | None


@dataclass
class KbIndex:
    """Dictionaries over one knowledge base for constant-time look-ups."""

    kb: KnowledgeBase
    options: dict[str, tuple[RouteOption, ...]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], tuple[PairEffect, ...]] = field(default_factory=dict)
    finishes: dict[str, Finish] = field(default_factory=dict)
    stream_yield: dict[str, float | None] = field(default_factory=dict)
    compositions: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    # (item, constituent) -> whether the item's own treatment recovers the constituent
    item_recovers: dict[tuple[str, str], bool] = field(default_factory=dict)
    crm: dict[str, Crm] = field(default_factory=dict)
    crm_content: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    joint_names: dict[str, str] = field(default_factory=dict)
    _finish_cache: dict[str, Finish | None] = field(default_factory=dict)
    _pair_cache: dict[tuple[str, str], tuple[PairEffect, ...]] = field(default_factory=dict)
    _named_cache: dict[tuple, dict[str, str]] = field(default_factory=dict)
    # Route choices by unit context (engine.routes): parts repeat materials, joints and
    # finishes, and gains re-assess the same units again and again.
    route_cache: dict = field(default_factory=dict)
    # The shares of a shredded fragment the routes compare a material's share with
    # (MONO_TOLERANCE and every compatibility row's tolerance), in order.
    share_thresholds: tuple[float, ...] = (MONO_TOLERANCE,)
    # Mass-independent leaf assessments by `engine.assess.memo_key` (same reason).
    leaf_cache: dict = field(default_factory=dict)
    # Liberation by (joint id, joint text, material id) (`engine.liberation.liberation`).
    liberation_cache: dict = field(default_factory=dict)
    # Answers of the recommendation rules that depend on knowledge-base ids only.
    rule_cache: dict = field(default_factory=dict)
    # A leaf's sums per kilogram, MCI inputs and issues (`engine.assess._per_kg`).
    per_kg_cache: dict = field(default_factory=dict)
    # The material units of a part by its material fields (`engine.evaluate.unit_ids`),
    # and the sorting class of a material per chain (`engine.sorting.sort_class`).
    units_cache: dict = field(default_factory=dict)
    sort_cache: dict = field(default_factory=dict)

    @property
    def materials(self) -> dict[str, Material]:
        return self.kb.materials

    @property
    def joints(self) -> dict[str, Joint]:
        return self.kb.joints

    def material_keys(self, material_id: str) -> tuple[str, ...]:
        """The names a compatibility row may use for a material: id, stream:s, family:f."""
        m = self.kb.materials.get(material_id)
        if m is None:
            return (material_id,)
        keys = [m.id]
        if m.stream:
            keys.append(f"stream:{m.stream}")
        keys.append(f"family:{m.family}")
        return tuple(keys)

    def route_options(self, material_id: str) -> tuple[RouteOption, ...]:
        """Routes of a material, best first; rows for the material override family rows."""
        cached = self.options.get(material_id)
        if cached is not None:
            return cached
        m = self.kb.materials.get(material_id)
        own = [o for o in self.kb.route_options if o.material_id == material_id]
        fam = [o for o in self.kb.route_options
               if not o.material_id and m is not None and o.family == m.family]
        taken = {(o.code, o.quality) for o in own}
        merged = own + [o for o in fam if (o.code, o.quality) not in taken]
        merged.sort(key=route_rank)
        self.options[material_id] = tuple(merged)
        return self.options[material_id]

    def pair_effects(self, material_id: str, other_id: str) -> tuple[PairEffect, ...]:
        """Rows that apply to `material_id` (host, column b) when `other_id` (column a,
        the contaminant) ends up in its stream."""
        if material_id == other_id:
            return ()
        cached = self._pair_cache.get((material_id, other_id))
        if cached is not None:
            return cached
        out: list[PairEffect] = []
        for host in self.material_keys(material_id):
            for guest in self.material_keys(other_id):
                out.extend(self.pairs.get((guest, host), ()))
        self._pair_cache[(material_id, other_id)] = tuple(out)
        return tuple(out)

    def named(self, key: str, ids: str | tuple[str, ...] | list[str]) -> dict[str, str]:
        """Parameters naming things: the ids under `key`, names under `key_en`/`key_nl`."""
        ids = (ids,) if isinstance(ids, str) else tuple(ids)
        cached = self._named_cache.get((key, ids))
        if cached is None:
            cached = self._named(key, ids)
            self._named_cache[(key, ids)] = cached
        return dict(cached)

    def _named(self, key: str, ids: tuple[str, ...]) -> dict[str, str]:
        return {key: ", ".join(ids),
                f"{key}_en": ", ".join(self.label(i, "en") for i in ids),
                f"{key}_nl": ", ".join(self.label(i, "nl") for i in ids)}

    def label(self, thing_id: str, lang: str) -> str:
        """The display name of a material, joint, finish or raw material id."""
        for table in (self.kb.materials, self.kb.joints, self.crm):
            found = table.get(thing_id)
            if found is not None:
                return found.name_nl if lang == "nl" and found.name_nl else found.name_en
        f = self.finishes.get(norm(thing_id))
        if f is not None:
            return f.name(lang)
        kind, _, rest = thing_id.partition(":")
        if rest and kind in ("stream", "family", "finish"):
            return self.label(rest, lang)
        return thing_id

    def joint_for(self, joint_id: str | None, text: str) -> Joint | None:
        """The joint of a component: its resolved id, else an exact name or synonym."""
        if joint_id:
            return self.kb.joints.get(joint_id)
        found = self.joint_names.get(norm(text))
        return self.kb.joints.get(found) if found else None

    def finish(self, text: str) -> Finish | None:
        """The knowledge-base finish a free text names (exact name first, then a word)."""
        key = norm(text)
        if key in self._finish_cache:
            return self._finish_cache[key]
        found = self.finishes.get(key)
        if found is None and key:
            words = sorted((k for k in self.finishes if len(k) >= 4 and k in key),
                           key=len, reverse=True)
            found = self.finishes[words[0]] if words else None
        self._finish_cache[key] = found
        return found


def route_rank(option: RouteOption) -> tuple[int, int]:
    """Sort key: ladder step first, then quality (best first)."""
    code = option.code if option.code in ROUTE_ORDER else "landfill"
    quality = option.quality if option.quality in QUALITIES else "landfill"
    return ROUTE_ORDER.index(code), QUALITIES.index(quality)


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (text or "").split(";") if p.strip())


def _number(text: str) -> float | None:
    try:
        return parse_number(text or "")
    except ValueError:
        return None


def _build(kb: KnowledgeBase) -> KbIndex:
    index = KbIndex(kb)
    for r in kb.rows("compatibility"):
        effect = PairEffect(r["a"], r["b"], r["effect"].strip().lower(),
                            _number(r.get("yield_factor", "")), r.get("route", ""),
                            _number(r.get("tolerance", "")) or 0.0)
        key = (r["a"], r["b"])
        index.pairs[key] = index.pairs.get(key, ()) + (effect,)
    index.share_thresholds = tuple(sorted({MONO_TOLERANCE} | {
        e.tolerance for effects in index.pairs.values() for e in effects if e.tolerance > 0}))
    for r in kb.rows("finishes"):
        f = Finish(r["id"], r["name_en"], r["name_nl"], r["effect"].strip().lower(),
                   _split(r.get("substances", "")))
        for name in (r["id"], r["name_en"], r["name_nl"]):
            index.finishes.setdefault(norm(name), f)
    for r in kb.rows("synonyms"):
        f = next((v for v in index.finishes.values() if v.id == r["target_id"]), None)
        if r.get("kind") == "finish" and f is not None:
            index.finishes.setdefault(norm(r["text"]), f)
    for j in kb.joints.values():
        for name in (j.id, j.name_en, j.name_nl):
            index.joint_names.setdefault(norm(name), j.id)
    for r in kb.rows("synonyms"):
        if r.get("kind") == "joint" and r["target_id"] in kb.joints:
            index.joint_names.setdefault(norm(r["text"]), r["target_id"])
    for r in kb.rows("streams"):
        index.stream_yield[r["id"]] = _number(r.get("process_yield", ""))
    comp: dict[str, list[tuple[str, float]]] = {}
    for r in kb.rows("compositions"):
        share = _number(r.get("mass_share", ""))
        if share is not None:
            comp.setdefault(r["item_id"], []).append((r["constituent_id"], share))
        flag = (r.get("recovered_by_item_route") or "").strip()
        if flag in ("0", "1"):
            index.item_recovers[(r["item_id"], r["constituent_id"])] = flag == "1"
    index.compositions = {k: tuple(v) for k, v in comp.items()}
    for r in kb.rows("crm"):
        index.crm[r["id"]] = Crm(r["id"], r["name_en"], r["name_nl"],
                                 r.get("strategic", "").strip() in ("1", "yes", "true"),
                                 r.get("top_supplier", ""), _number(r.get("supply_share", "")))
    content: dict[str, list[tuple[str, float]]] = {}
    for r in kb.rows("crm_content"):
        share = _number(r.get("mass_share", ""))
        if share is not None:
            content.setdefault(r["material_id"], []).append((r["crm_id"], share))
    index.crm_content = {k: tuple(v) for k, v in content.items()}
    return index


# Keyed by id(): KnowledgeBase is an unhashable dataclass; the weak reference tells a
# reused id apart from the knowledge base it was built for.
_CACHE: dict[int, tuple[weakref.ref, str, KbIndex]] = {}
_LOCK = threading.Lock()


def kb_index(kb: KnowledgeBase) -> KbIndex:
    """The index of a knowledge base, built on first use (thread-safe)."""
    with _LOCK:
        found = _CACHE.get(id(kb))
        if found is not None and found[0]() is kb and found[1] == kb.version:
            return found[2]
        index = _build(kb)
        for key in [k for k, v in _CACHE.items() if v[0]() is None]:
            del _CACHE[key]
        _CACHE[id(kb)] = (weakref.ref(kb), kb.version, index)
        return index
