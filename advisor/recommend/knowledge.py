"""The advice's own knowledge: part functions, functional alternatives and thresholds.

Three knowledge-base tables (resources/data): `part_functions.csv` says how a part's
function is recognised (name words in Dutch and English, materials) and what a change
must leave alone; `functional_alternatives.csv` says which materials, finishes and joints
can do that job; `advice_thresholds.csv` holds the thresholds with their basis. They are
read once per knowledge base, like the engine's index.
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass, field

from advisor.engine.kbindex import norm
from advisor.kb import KnowledgeBase
from advisor.kb.loader import parse_flag, parse_number
from advisor.model import Material

# Used only when a knowledge base (a test fixture, a user layer) lacks a threshold row;
# the shipped values and their basis are in advice_thresholds.csv.
DEFAULT_THRESHOLDS = {
    "small_part_share": 0.005, "large_part_share": 0.05, "marking_min_kg": 0.05,
    "pcb_annex_vii_min_kg": 0.003, "supply_concentration": 0.65, "max_polymers": 3.0,
    "minor_plastic_share": 0.10, "min_benefit_points": 0.05,
}
ANY = "*"
LEAVE_OUT = "-"
ALLOWED = "allowed"
# Recognised functions remembered per knowledge base (rows repeat names across edits).
FUNCTION_MEMO_SIZE = 50_000


@dataclass(frozen=True)
class PartFunction:
    """A function a part can have, how it is recognised and what a change must keep."""

    id: str
    name_en: str
    name_nl: str
    keywords: tuple[str, ...]
    exclude: tuple[str, ...]
    materials: frozenset[str]  # material ids and family:<f> keys
    families: frozenset[str]  # a keyword match counts only for these families (empty: any)
    fields: frozenset[str]  # name, material
    applies_to: str  # leaf, assembly, both
    module: bool
    inherit: bool
    keeps: frozenset[str]


@dataclass(frozen=True)
class Alternative:
    """A row of functional_alternatives.csv."""

    function: str
    kind: str
    current: str
    alternative: str
    substrate: str
    note: str = ""
    source: str = ""
    condition_en: str = ""  # what the part needs of the alternative, said with the advice
    condition_nl: str = ""


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip().lower() for p in (text or "").split(";") if p.strip())


def _function(r: dict) -> PartFunction:
    return PartFunction(
        id=r["id"], name_en=r["name_en"], name_nl=r["name_nl"],
        keywords=tuple(norm(k) for k in _split(r.get("keywords", ""))),
        exclude=tuple(norm(k) for k in _split(r.get("exclude", ""))),
        materials=frozenset(_split(r.get("materials", ""))),
        families=frozenset(_split(r.get("families", ""))),
        fields=frozenset(_split(r.get("fields", "")) or ("name",)),
        applies_to=(r.get("applies_to") or "leaf").strip().lower(),
        module=parse_flag(r.get("module", "")), inherit=parse_flag(r.get("inherit", "")),
        keeps=frozenset(_split(r.get("keeps", ""))))


@dataclass
class AdviceKb:
    """The three tables, indexed for the rules."""

    functions: dict[str, PartFunction]
    alternatives: tuple[Alternative, ...]
    thresholds: dict[str, float]
    _pattern: re.Pattern | None = None
    _by_word: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _memo: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        words: dict[str, list[str]] = {}
        for f in self.functions.values():
            for k in f.keywords + f.exclude:
                words.setdefault(k, []).append(f.id)
        self._by_word = {k: tuple(v) for k, v in words.items()}
        if words:  # longest first: "led module" before "led"
            alternation = "|".join(re.escape(k) for k in sorted(words, key=len, reverse=True))
            self._pattern = re.compile(f"(?=({alternation}))")

    def threshold(self, name: str) -> float:
        return self.thresholds.get(name, DEFAULT_THRESHOLDS[name])

    def functions_of(self, name: str, material: Material | None, material_text: str,
                     is_assembly: bool) -> frozenset[str]:
        """The functions a row has by its own name, material text and material."""
        key = (name, material.id if material else None, material_text, is_assembly)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= FUNCTION_MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._recognise(name, material, material_text,
                                                      is_assembly)
        return found

    def _recognise(self, name: str, material: Material | None, material_text: str,
                   is_assembly: bool) -> frozenset[str]:
        texts = {"name": norm(name), "material": norm(material_text)}
        if is_assembly:  # an assembly is named by its head word ("Accupakket 25,2 V")
            texts["name"] = texts["name"].split(" ")[0] if texts["name"] else ""
        words = {k: self._words_in(text) for k, text in texts.items()}  # one scan each
        out = set()
        for f in self.functions.values():
            if f.applies_to != "both" and f.applies_to != ("assembly" if is_assembly
                                                            else "leaf"):
                continue
            if f.exclude and not words["name"].isdisjoint(f.exclude):
                continue  # "Schakelaar met LED" is a switch, whatever its board
            if material is not None and not is_assembly and (
                    material.id in f.materials or f"family:{material.family}" in f.materials):
                out.add(f.id)
                continue
            if any(_said(f, words[k]) for k in f.fields if k in words):
                family_ok = (not f.families or is_assembly or (
                    material is not None and material.family in f.families))
                if family_ok:
                    out.add(f.id)
        return frozenset(out)

    def _words_in(self, text: str) -> frozenset[str]:
        """The keywords and exclusions of any function that a text contains (overlapping
        matches: "led module" and "led" both count)."""
        if not text or self._pattern is None:
            return frozenset()
        return frozenset(m.group(1) for m in self._pattern.finditer(text))

    def keeps(self, functions: frozenset[str], what: str) -> bool:
        return any(what in self.functions[f].keeps for f in functions if f in self.functions)

    def is_module(self, functions: frozenset[str]) -> bool:
        return any(self.functions[f].module for f in functions if f in self.functions)

    def inherited(self, functions: frozenset[str]) -> frozenset[str]:
        return frozenset(f for f in functions if f in self.functions
                         and self.functions[f].inherit)

    def rows(self, kind: str, functions: frozenset[str] | None = None,
             current: str = ANY) -> list[Alternative]:
        """Rows of one kind for these functions (None: the any-part rows too) and current
        material or finish."""
        return [a for a in self.alternatives if a.kind == kind
                and (a.current == ANY or a.current == current)
                and (a.function in (functions or ()) or (functions is None
                                                          and a.function == ANY))]

    def materials_for(self, functions: frozenset[str]) -> frozenset[str] | None:
        """The materials that can do every one of the part's jobs; None: its function is not
        known (or one of its functions lists no alternatives), so nothing is substituted."""
        if not functions:
            return None
        allowed: frozenset[str] | None = None
        for f in functions:
            ids = frozenset(a.alternative for a in self.alternatives
                            if a.kind == "material" and a.function == f)
            if not ids:
                return None
            allowed = ids if allowed is None else allowed & ids
        return allowed or None

    def conditions(self, functions: frozenset[str], material_id: str) -> dict[str, str]:
        """What the part's functions need of `material_id` as its new material
        (`condition_en`, `condition_nl`; empty when nothing is said)."""
        found = [a for a in self.alternatives if a.kind == "material"
                 and a.function in functions and a.alternative == material_id
                 and a.condition_en]
        if not found:
            return {}
        return {"condition_en": "; ".join(dict.fromkeys(a.condition_en for a in found)),
                "condition_nl": "; ".join(dict.fromkeys(a.condition_nl or a.condition_en
                                                        for a in found))}

    def joints_for(self, functions: frozenset[str]) -> tuple[str, ...]:
        """Joints that keep the part's function, in table order (empty: no preference)."""
        found: list[tuple[str, ...]] = []
        for f in sorted(functions):
            ids = tuple(a.alternative for a in self.alternatives
                        if a.kind == "joint" and a.function == f)
            if ids:
                found.append(ids)
        if not found:
            return ()
        common = [j for j in found[0] if all(j in ids for ids in found[1:])]
        return tuple(common) or found[0]

    def recycled_allowed(self, functions: frozenset[str], material: Material) -> bool:
        """Recycled content is allowed unless a function keeps it, then only where one of
        that function's rows names the material (or its family)."""
        keys = {material.id, f"family:{material.family}"}
        for f in functions:
            spec = self.functions.get(f)
            if spec is None or "recycled_content" not in spec.keeps:
                continue
            if not any(a.kind == "recycled_content" and a.function == f
                       and a.substrate in keys for a in self.alternatives):
                return False
        return True

    def finish_rows(self, functions: frozenset[str], finish_id: str,
                    material: Material | None, keep_coating: bool) -> list[Alternative]:
        """Finish alternatives for this finish on this substrate: the part's own functions'
        rows first, then the any-part rows; a kept coating is never left out."""
        keys = {ANY} | ({material.id, f"family:{material.family}"} if material else set())
        own = [a for a in self.alternatives if a.kind == "finish" and a.function in functions
               and a.current == finish_id and a.substrate in keys]
        general = [a for a in self.alternatives if a.kind == "finish" and a.function == ANY
                   and a.current == finish_id and a.substrate in keys]
        rows = own + general
        return [a for a in rows if not (keep_coating and a.alternative == LEAVE_OUT)]


def _load(kb: KnowledgeBase) -> AdviceKb:
    functions = {r["id"]: _function(r) for r in kb.rows("part_functions")}
    alternatives = tuple(
        Alternative(r["function"].strip().lower(), r["kind"].strip().lower(),
                    r["current"].strip().lower(), r["alternative"].strip().lower(),
                    (r.get("substrate") or ANY).strip().lower(), r.get("note", ""),
                    r.get("source", ""), (r.get("condition_en") or "").strip(),
                    (r.get("condition_nl") or "").strip())
        for r in kb.rows("functional_alternatives"))
    thresholds = {}
    for r in kb.rows("advice_thresholds"):
        value = parse_number(r.get("value", ""))
        if value is not None:
            thresholds[r["id"]] = value
    return AdviceKb(functions, alternatives, thresholds)


_CACHE: dict[int, tuple[weakref.ref, str, AdviceKb]] = {}
_LOCK = threading.Lock()


def advice_kb(kb: KnowledgeBase) -> AdviceKb:
    """The advice tables of a knowledge base, read on first use (thread-safe)."""
    with _LOCK:
        found = _CACHE.get(id(kb))
        if found is not None and found[0]() is kb and found[1] == kb.version:
            return found[2]
        out = _load(kb)
        for key in [k for k, v in _CACHE.items() if v[0]() is None]:
            del _CACHE[key]
        _CACHE[id(kb)] = (weakref.ref(kb), kb.version, out)
        return out


def _said(f: PartFunction, hits: frozenset[str]) -> bool:
    """Whether the words found in a text name the function: one of its words, and none
    of its exclusions."""
    if not hits or not hits.isdisjoint(f.exclude):
        return False
    return not hits.isdisjoint(f.keywords)
