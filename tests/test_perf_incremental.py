"""Incremental re-evaluation (the desktop app's live path) equals a full evaluation exactly."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from advisor.analysis import LiveEvaluator, evaluate
from advisor.bom_io import read_bom
from advisor.engine import resolve_variant
from advisor.engine.evaluate import run_evaluation, settings_for
from advisor.engine.results import to_assessment
from advisor.kb.base import default_kb
from advisor.model import Component, Variant
from bench.bomgen import write_csv

KB = default_kb()
JOINTS = ("screw", "snap-fit", "adhesive", "weld", "clip", None)
FINISHES = ("", "paint", "nickel-plating", "anodised")


@pytest.fixture(scope="module")
def variant(tmp_path_factory) -> Variant:
    path = write_csv(tmp_path_factory.mktemp("live") / "bom.csv", 240)
    return resolve_variant(read_bom(path).product.variants[0], KB)


def random_edit(c: Component, rng: random.Random) -> Component:
    """One edit as a user makes it in the table: joint, material, finish, mass, quantity."""
    field = rng.choice(("joint", "material", "finish", "mass", "quantity", "recycled"))
    if field == "joint":
        return replace(c, joint_id=rng.choice([j for j in JOINTS if j is None or j in KB.joints]))
    if field == "material" and c.mass_kg is not None:
        return replace(c, material_id=rng.choice(sorted(KB.materials)), constituents=())
    if field == "finish":
        return replace(c, finish=rng.choice(FINISHES))
    if field == "quantity":
        return replace(c, quantity=float(rng.randint(1, 4)))
    if field == "recycled":
        return replace(c, recycled_content=rng.random())
    return replace(c, mass_kg=rng.uniform(0.001, 2.0)) if c.mass_kg is not None else c


def edited(v: Variant, edits: list[Component]) -> Variant:
    by_id = {c.id: c for c in edits}
    return v.with_components(by_id.get(c.id, c) for c in v.components)


@pytest.mark.parametrize("seed", range(6))
def test_with_changes_equals_a_full_evaluation(variant, seed):
    rng = random.Random(seed)
    settings = settings_for("utrecht", None, None, None, stream="weee-5")
    ev = run_evaluation(variant, KB, settings)
    current = variant
    for _ in range(8):
        edits = [random_edit(c, rng) for c in rng.sample(current.components, rng.randint(1, 3))]
        current = edited(current, edits)
        ev = ev.with_changes(edits).resummed()
        incremental = to_assessment(ev, current, "P", None, None, 1.0)
        full = evaluate(current, KB, product_name="P", recommendations=False, stream="weee-5")
        assert incremental == full


def test_live_evaluator_equals_evaluate_with_recommendations(variant):
    rng = random.Random(7)
    live = LiveEvaluator(KB)
    current = variant
    assert live.evaluate(current, product_name="P") == evaluate(current, KB, product_name="P")
    for _ in range(5):
        current = edited(current, [random_edit(rng.choice(current.components), rng)])
        assert live.evaluate(current, product_name="P") == evaluate(
            current, KB, product_name="P")
        assert live.last_was_incremental


def test_live_evaluator_starts_over_when_the_tree_or_settings_change(variant):
    live = LiveEvaluator(KB)
    live.evaluate(variant, recommendations=False)
    shorter = variant.with_components(variant.components[:-1])
    assert live.evaluate(shorter, recommendations=False) == evaluate(
        shorter, KB, recommendations=False)
    assert not live.last_was_incremental
    assert live.evaluate(shorter, region="eu", recommendations=False) == evaluate(
        shorter, KB, region="eu", recommendations=False)
    assert not live.last_was_incremental


def test_with_changes_refuses_a_moved_part(variant):
    ev = run_evaluation(variant, KB, settings_for("utrecht", None, None, None, stream="weee-5"))
    leaf = next(c for c in variant.components if c.mass_kg is not None and c.parent_id)
    with pytest.raises(ValueError):
        ev.with_changes([replace(leaf, parent_id=None)])


def test_generated_bench_bom_is_readable(tmp_path):
    path = write_csv(Path(tmp_path) / "b.csv", 50)
    assert len(read_bom(path).product.variants[0].components) == 50


def test_live_evaluator_second_stage_reuses_the_first(variant):
    """The app asks for an edit twice, without advice and then with it: the second call
    reuses the evaluation and the assessment, and equals a full evaluation."""
    rng = random.Random(3)
    live = LiveEvaluator(KB)
    live.evaluate(variant, product_name="P")
    current = edited(variant, [random_edit(rng.choice(variant.components), rng)])
    first = live.evaluate(current, product_name="P", recommendations=False)
    again = live.evaluate(current, product_name="P", recommendations=False)
    assert again is first and live.last_was_incremental
    second = live.evaluate(current, product_name="P")
    assert second == evaluate(current, KB, product_name="P")
    assert second.recommendations and second.components == first.components
    renamed = live.evaluate(current, product_name="Other", recommendations=False)
    assert renamed.product_name == "Other"
