"""Products for the advice tests: the demo, the three samples and the fixture products
with planted design faults (tests/data/advice), each assessed once per test session."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from advisor.analysis import evaluate
from advisor.bom_io import load_input
from advisor.kb import KnowledgeBase, load_kb
from advisor.model import Assessment, Component, Recommendation, Variant
from tests.conftest import SAMPLES, TESTS

DEMO = TESTS.parent / "resources" / "examples" / "demo_stofzuiger.csv"
ADVICE = TESTS / "data" / "advice"
PRODUCTS: dict[str, Path] = {
    "demo": DEMO,
    "waterkoker": SAMPLES / "waterkoker_bom.csv",
    "speaker": SAMPLES / "speaker_bom.csv",
    "chair": SAMPLES / "office_chair_bom.xlsx",
    "handheld": ADVICE / "handstofzuiger_fouten.csv",
    "task_chair": ADVICE / "bureaustoel_fouten.csv",
    "panel": ADVICE / "akoestisch_paneel.csv",
    "window": ADVICE / "raam_fouten.csv",
    "desk": ADVICE / "bureau_fouten.csv",
    "lamp": ADVICE / "bureaulamp_fouten.csv",
}


@lru_cache(maxsize=1)
def shipped_kb() -> KnowledgeBase:
    return load_kb(use_user_layer=False)


@cache
def assessed(name: str) -> tuple[Variant, Assessment]:
    """The product's variant (as read) and its assessment with the advice."""
    _, product, variant, _ = load_input(PRODUCTS[name])
    return variant, evaluate(variant, shipped_kb(), product_name=product.name)


def names(a: Assessment) -> dict[int, str]:
    return {r.row: r.name for r in a.components if r.row is not None}


def named(a: Assessment, rec: Recommendation) -> set[str]:
    """The names of the rows a recommendation concerns."""
    by_row = names(a)
    return {by_row[row] for row in rec.rows}


def part(cid: str, name: str, material: str | None, grams: float, joint: str | None = None,
         *, parent: str = "P", row: int, **kw) -> Component:
    """A row of a hand-made product on the shipped knowledge base (ids, grams)."""
    return Component(id=cid, name=name, parent_id=parent, material_id=material,
                     material_input=kw.pop("material_input", material or ""),
                     match_confidence=1.0, mass_kg=grams / 1000.0, joint_id=joint, row=row,
                     **kw)


def product(*rows: Component, name: str = "Testproduct") -> Variant:
    top = Component(id="P", name=name, row=2)
    return Variant(id="v", name="basis", components=(top, *rows))
