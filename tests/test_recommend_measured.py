"""Advice that re-evaluation shows to make recovery worse is not given."""

from __future__ import annotations

import pytest

from advisor.analysis import evaluate
from advisor.bom_io import read_bom
from advisor.kb import load_kb
from advisor.paths import demo_path
from advisor.recommend import OWN_AIM_CATEGORIES
from tests.conftest import SAMPLES

INPUTS = [demo_path(), SAMPLES / "waterkoker_bom.csv", SAMPLES / "speaker_bom.csv",
          SAMPLES / "office_chair_bom.xlsx"]


@pytest.fixture(scope="module")
def kb():
    return load_kb(use_user_layer=False)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_no_recovery_advice_with_a_measured_loss(kb, path):
    variant = read_bom(path).product.variants[0]
    recs = evaluate(variant, kb).recommendations
    assert recs
    for rec in recs:
        if rec.category in OWN_AIM_CATEGORIES:
            continue
        worse = rec.gain.recyclability_rate < 0 and rec.gain.mci < 0
        assert not worse, (rec.rule_id, rec.gain)
