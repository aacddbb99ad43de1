"""Confidence that means something: precision per confidence band on real-world names.

tests/data/names/realworld_names.csv holds names copied from public EPDs, supplier and
material declarations, product pages and the ICE database, in Dutch, English, German,
French and Swedish, each with its source and the id a person would read it as. A name is
read right when its id is one of the expected ones; a name that nothing in the knowledge
base fits (empty expected) is read right when it stays below the accept threshold.
`python -m tests.test_resolve_names` prints the table of docs/knowledge-base.md.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from advisor.kb import load_kb
from advisor.resolve import LOW_CONFIDENCE, Resolver

NAMES = Path(__file__).parent / "data" / "names" / "realworld_names.csv"
# Confidence bands of the report, highest first: [low, high).
BANDS = ((0.9, 1.01), (0.8, 0.9), (LOW_CONFIDENCE, 0.8), (0.3, LOW_CONFIDENCE), (0.0, 0.3))
REQUIRED_PRECISION = 0.95  # of all names accepted (confidence at or above the threshold)
LANGUAGES = {"nl", "en", "de", "fr", "sv"}


@dataclass(frozen=True)
class Name:
    text: str
    lang: str
    expected: frozenset[str]
    source: str


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    names: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.names if self.names else 1.0


def load_names() -> list[Name]:
    with NAMES.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [Name(r["text"], r["lang"], frozenset(filter(None, r["expected"].split("|"))),
                     r["source"]) for r in rows]


def read_right(name: Name, material_id: str | None, confidence: float) -> bool:
    if not name.expected:
        return material_id is None or confidence < LOW_CONFIDENCE
    return material_id in name.expected


def bands(resolver: Resolver, names: list[Name]) -> list[Band]:
    """Names and names read right per confidence band."""
    counts = {b: [0, 0] for b in BANDS}
    for name in names:
        res = resolver.material(name.text)
        band = next(b for b in BANDS if b[0] <= res.confidence < b[1])
        counts[band][0] += 1
        counts[band][1] += read_right(name, res.material_id, res.confidence)
    return [Band(low, high, n, right) for (low, high), (n, right) in counts.items()]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_kb(use_user_layer=False))


def test_the_set_is_large_sourced_and_in_five_languages():
    names = load_names()
    assert len(names) >= 300
    assert {n.lang for n in names} == LANGUAGES
    assert all(n.source.strip() and n.text.strip() for n in names)
    assert sum(1 for n in names if not n.expected) >= 10  # names the base must not claim


def test_expected_ids_exist(resolver):
    for name in load_names():
        assert name.expected <= set(resolver.kb.materials), name


def test_precision_above_the_accept_threshold(resolver):
    accepted = [b for b in bands(resolver, load_names()) if b.low >= LOW_CONFIDENCE]
    names = sum(b.names for b in accepted)
    right = sum(b.right for b in accepted)
    assert names >= 250  # most real names are read, not asked about
    assert right / names >= REQUIRED_PRECISION, [(b.low, b.names, b.right) for b in accepted]


def test_confidence_orders_precision(resolver):
    """Higher bands are at least as precise as the accepted band below them."""
    accepted = [b for b in bands(resolver, load_names()) if b.low >= LOW_CONFIDENCE]
    assert accepted[0].precision >= accepted[-1].precision


def report() -> str:
    """The Markdown table of docs/knowledge-base.md."""
    resolver = Resolver(load_kb(use_user_layer=False))
    rows = ["| confidence | names | read right | precision |", "| --- | --- | --- | --- |"]
    for b in bands(resolver, load_names()):
        high = "1.0" if b.high > 1 else f"{b.high:g}"
        rows.append(f"| {b.low:g} to {high} | {b.names} | {b.right} | {b.precision:.1%} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(report())
