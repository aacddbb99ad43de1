"""The model against published end-of-life figures of real products (tests/validation).

Each case says which figure it compares, the published value, and the tolerance beside the
reason a recycler would accept for the difference (docs/validation.md has the table).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from advisor.analysis import evaluate
from advisor.bom_io import load_input
from advisor.engine import resolver_for
from advisor.kb import load_kb

HERE = Path(__file__).parent / "validation"


def _cases() -> list[dict]:
    lines = [line for line in (HERE / "cases.csv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.fixture(scope="module")
def kb():
    return load_kb(use_user_layer=False)


def computed(case: dict, kb) -> float:
    """The model's figure for a case (see cases.csv for the two kinds of figure)."""
    _, product, variant, _ = load_input(HERE / case["bom"], resolver=resolver_for(kb))
    a = evaluate(variant, kb, product_name=product.name, stream=case["stream"],
                 recommendations=False)
    if case["figure"].startswith("row:"):
        _, row_id, _ = case["figure"].split(":")
        return next(r for r in a.components if r.id == row_id).mci_inputs.C_R
    return getattr(a.metrics, case["figure"])


def test_at_least_six_cases_each_with_a_source_and_a_reason():
    cases = _cases()
    assert len(cases) >= 6
    assert all(c["source"] and c["reason"] for c in cases)


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["id"])
def test_figure_within_its_stated_tolerance(case, kb):
    value = computed(case, kb)
    published, tolerance = float(case["published"]), float(case["tolerance"])
    assert abs(value - published) <= tolerance + 1e-9, (case["id"], value, published)
    if tolerance > 0.10:  # more than 10 points: the reason must say where the gap comes from
        assert len(case["reason"]) > 80
