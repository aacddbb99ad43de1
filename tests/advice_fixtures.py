"""Products for the advice tests: the demo, the three samples and the fixture products
with planted design faults (tests/data/advice), each assessed once per test session."""

from __future__ import annotations

from dataclasses import replace
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


def like_for_like(variant: Variant, changed: Variant, before, after, kb: KnowledgeBase,
                  ) -> dict[str, float]:
    """What a gain's two like-for-like figures should be, worked out from full
    evaluations: critical raw materials recovered at the product's content (the change
    in the mass not recovered), and embodied carbon of the changed variant with the parts
    whose material moves into or out of materials without a carbon factor left as they
    were (their carbon is not counted, so comparing it would measure the missing factor)."""
    from advisor.engine import resolve_variant
    from advisor.engine.kbindex import kb_index
    from advisor.engine.leafsums import carbon_gaps

    index = kb_index(kb)
    old = {c.id: c for c in resolve_variant(variant, kb).components}
    new = resolve_variant(changed, kb).components
    kept = {c.id for c in new if c.id in old
            and carbon_gaps(c, index) != carbon_gaps(old[c.id], index)}
    carbon = after.embodied_carbon_kg
    if kept:
        originals = {c.id: c for c in variant.components}
        hybrid = replace(changed, components=tuple(
            originals[c.id] if c.id in kept else c for c in changed.components))
        carbon = evaluate(hybrid, kb, recommendations=False).metrics.embodied_carbon_kg
    return {"crm_recovered_kg": (before.crm_mass_kg - before.crm_recovered_kg)
            - (after.crm_mass_kg - after.crm_recovered_kg),
            "embodied_carbon_kg": carbon - before.embodied_carbon_kg}
