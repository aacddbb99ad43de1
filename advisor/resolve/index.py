"""Lookup tables of the resolver: names and synonyms per kind, and the composite rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.kb.loader import parse_number
from advisor.resolve.words import compact, fold


@dataclass
class NameIndex:
    """Lookup tables for one kind (material, joint or finish)."""

    names: dict[str, str] = field(default_factory=dict)  # compact id/name -> id
    synonyms: dict[str, str] = field(default_factory=dict)  # compact synonym -> id
    choices: dict[str, str] = field(default_factory=dict)  # folded text -> id (fuzzy)
    labels: dict[str, str] = field(default_factory=dict)  # id -> display name

    def add_name(self, text: str, target: str) -> None:
        key = compact(text)
        if key:
            self.names.setdefault(key, target)
            self.choices.setdefault(fold(text), target)

    def add_synonym(self, text: str, target: str) -> None:
        key = compact(text)
        if key and key not in self.names:
            self.synonyms.setdefault(key, target)
            self.choices.setdefault(fold(text), target)

    def lookup(self, key: str) -> tuple[str, str] | None:
        if key in self.names:
            return self.names[key], "exact"
        if key in self.synonyms:
            return self.synonyms[key], "synonym"
        return None


KINDS = {"material": "materials", "joint": "joints", "finish": "finishes"}


def build_indexes(kb) -> dict[str, NameIndex]:
    """One index per kind from the knowledge base's names and its synonyms table."""
    indexes = {kind: NameIndex() for kind in KINDS}
    for kind, table in KINDS.items():
        idx = indexes[kind]
        rows = kb.rows(table)
        for r in rows:
            idx.add_name(r["id"], r["id"])
            idx.labels[r["id"]] = r.get("name_en", r["id"])
        for r in rows:
            idx.add_name(r["name_en"], r["id"])
            idx.add_name(r["name_nl"], r["id"])
    for r in kb.rows("synonyms"):
        idx = indexes.get(r.get("kind", ""))
        if idx is not None and r.get("target_id") in idx.labels:
            idx.add_synonym(r["text"], r["target_id"])
    return indexes


@dataclass(frozen=True)
class PairRule:
    """How a two-material description ("PA + brass contacts") is read (material_splits.csv).

    Either a named composite item of the knowledge base, or a typical mass split with
    its source. `exact` rules match the two ids; the others match any material of the
    same recycling stream (pa6 and pa66 both match a rule written for pa6)."""

    a: str
    b: str
    a_share: float | None
    item_id: str
    exact: bool
    source: str


def build_pair_rules(kb) -> list[PairRule]:
    """The rules of the material_splits table (an absent table gives no rules)."""
    rows = getattr(kb, "tables", {}).get("material_splits", [])
    rules = []
    for r in rows:
        share = parse_number(r.get("a_share", "") or "")
        rules.append(PairRule(r["a"], r["b"], share, r.get("item_id", ""),
                              r.get("match", "").strip().lower() == "exact",
                              r.get("source", "")))
    return rules


def build_compositions(kb) -> dict[str, tuple[tuple[str, float], ...]]:
    """Each composite item's default constituents and mass shares."""
    out: dict[str, tuple[tuple[str, float], ...]] = {}
    for r in kb.rows("compositions"):
        share = float(r["mass_share"]) if r.get("mass_share") else 0.0
        out[r["item_id"]] = out.get(r["item_id"], ()) + ((r["constituent_id"], share),)
    return out
