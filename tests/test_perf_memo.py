"""The leaf memo (engine.assess) changes nothing: assessments equal the unmemoised ones."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest

from advisor.analysis import evaluate
from advisor.bom_io import load_input, read_bom
from advisor.cli import cmd_evaluate, run_cli
from advisor.engine import assess as assess_module
from advisor.engine import assessment_to_json, resolve_variant
from advisor.engine.assess import leaf_memo
from advisor.engine.kbindex import kb_index
from advisor.kb.base import default_kb
from advisor.model import Variant
from advisor.paths import demo_path
from bench.bomgen import write_csv
from tests.conftest import SAMPLES

KB = default_kb()


def _both_ways(variant: Variant, name: str) -> None:
    """Memo off, memo on from empty, memo on again (all hits): three equal results."""
    with leaf_memo(False):
        plain = evaluate(variant, KB, product_name=name)
    kb_index(KB).leaf_cache.clear()
    with leaf_memo(True):
        cold = evaluate(variant, KB, product_name=name)
        warm = evaluate(variant, KB, product_name=name)
    assert kb_index(KB).leaf_cache
    for memoised in (cold, warm):
        assert memoised == plain
        assert memoised.components == plain.components
        assert [r.issues for r in memoised.components] == [r.issues for r in plain.components]
        for lang in ("en", "nl"):  # Issue equality ignores params: the JSON shows them
            assert assessment_to_json(memoised, lang) == assessment_to_json(plain, lang)


@pytest.mark.parametrize("name", ["demo", "waterkoker_bom.csv", "speaker_bom.csv",
                                  "office_chair_bom.xlsx"])
def test_memo_equals_unmemoised_on_demo_and_samples(name):
    path = demo_path() if name == "demo" else SAMPLES / name
    _, product, variant, _ = load_input(path)
    _both_ways(variant, product.name)


def test_memo_equals_unmemoised_on_a_generated_2000_row_bom(tmp_path):
    path = write_csv(tmp_path / "bom.csv", 2_000)
    _both_ways(resolve_variant(read_bom(path).product.variants[0], KB), "P")


# One field changed at a time: values equal in Python but not in the output (1/1.0,
# 0.0/-0.0), texts that resolve alike, joints written but not in the knowledge base.
VARIATIONS = {
    "match_confidence": (1, 1.0, -0.0, 0.0, 0.5, 0.25),
    "recycled_content": (None, 0.0, -0.0, 0.25, 1),
    "reused_content": (None, 0.0, -0.0, 0.2, 1),
    "material_input": ("zwart", "nir zwart", "ander"),
    "joint_input": ("", "vastgezet met iets", "anders vastgezet"),
    "finish": ("", "lak", "gelakt"),
}


def _varied(variant: Variant) -> Variant:
    """Each resolved leaf repeated, each copy differing from it in one input."""
    variant = resolve_variant(variant, KB)
    assemblies = {c.parent_id for c in variant.components}
    comps = list(variant.components)
    for c in variant.components:
        if c.id in assemblies or c.mass_kg is None:
            continue
        for field, values in VARIATIONS.items():
            for k, value in enumerate(values):
                comps.append(replace(c, id=f"{c.id}~{field}{k}", name=f"{c.name} {k}",
                                     row=None, **{field: value},
                                     **({"joint_id": None} if field == "joint_input" else {})))
    return variant.with_components(comps)


@pytest.mark.parametrize("name", ["waterkoker_bom.csv", "speaker_bom.csv"])
def test_memo_tells_apart_what_the_output_tells_apart(name):
    _, product, variant, _ = load_input(SAMPLES / name)
    _both_ways(_varied(variant), product.name)


def test_memo_stays_bounded(monkeypatch):
    _, product, variant, _ = load_input(SAMPLES / "waterkoker_bom.csv")
    monkeypatch.setattr(assess_module, "LEAF_MEMO_SIZE", 3)
    _both_ways(_varied(variant), product.name)
    assert 0 < len(kb_index(KB).leaf_cache) <= 3


def _cli_json(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["evaluate", *args, "--json", "--lang", "en"], out, err) == 0, err.getvalue()
    return out.getvalue()


def test_evaluate_json_is_indented_up_to_the_threshold_then_compact(monkeypatch):
    sample = str(SAMPLES / "waterkoker_bom.csv")
    readable = _cli_json(sample)
    assert readable.startswith('{\n  "schema"')
    monkeypatch.setattr(cmd_evaluate, "INDENT_MAX_ROWS", 18)  # the sample has 19 rows
    compact = _cli_json(sample)
    assert compact.count("\n") == 1 and compact.endswith("}\n")
    assert json.loads(compact) == json.loads(readable)


def _mass_varied(variant: Variant, seed: int) -> Variant:
    import random

    rng = random.Random(seed)
    return replace(variant, components=tuple(
        replace(c, mass_kg=c.mass_kg * rng.uniform(0.3, 3.0)) if c.mass_kg else c
        for c in variant.components))


@pytest.mark.parametrize("name", ["demo", "waterkoker_bom.csv", "speaker_bom.csv",
                                  "office_chair_bom.xlsx"])
def test_banded_fragment_shares_give_the_results_of_the_exact_shares(name, monkeypatch):
    """A shredded fragment's material shares are only compared with the knowledge base's
    thresholds (MONO_TOLERANCE, the compatibility tolerances), so the lower bound of a
    share's band gives every result the exact share gives: checked on the products with
    their masses varied at random (a 2% label on a housing crosses the mono tolerance)."""
    from advisor.engine import replan

    path = demo_path() if name == "demo" else SAMPLES / name
    _, product, variant, _ = load_input(path)
    for seed in range(4):
        varied = _mass_varied(variant, seed)
        with leaf_memo(False):
            banded = evaluate(varied, KB, product_name=product.name)
            monkeypatch.setattr(replan, "banded", lambda share, _thresholds: share)
            exact = evaluate(varied, KB, product_name=product.name)
            monkeypatch.undo()
        assert assessment_to_json(banded, "en") == assessment_to_json(exact, "en")


def test_products_that_differ_only_in_mass_share_their_leaf_assessments():
    """Forty copies of the demo with every mass varied: the leaf memo holds about what one
    copy needs, not forty times it (the portfolio evaluates thousands of such products)."""
    from advisor.engine.assess import LEAF_MEMO_SIZE

    _, product, variant, _ = load_input(demo_path())
    cache = kb_index(KB).leaf_cache
    cache.clear()
    evaluate(_mass_varied(variant, 0), KB, product_name=product.name, recommendations=False)
    one = len(cache)
    for seed in range(1, 40):
        evaluate(_mass_varied(variant, seed), KB, product_name=product.name,
                 recommendations=False)
    assert len(cache) < min(3 * one, LEAF_MEMO_SIZE)


def test_a_band_answers_every_threshold_comparison_as_the_share_does():
    from hypothesis import given
    from hypothesis import strategies as st

    from advisor.engine.replan import banded

    @given(st.floats(0.0, 1.0), st.lists(st.floats(0.0, 1.0), max_size=6))
    def check(share, thresholds):
        ts = tuple(sorted(set(thresholds)))
        b = banded(share, ts)
        assert all((b >= t) == (share >= t) and (b < t) == (share < t) for t in ts)

    check()
