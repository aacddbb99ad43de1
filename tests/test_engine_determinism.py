"""The same input gives the same digits in every process, whatever the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench import bomgen

ROOT = Path(__file__).parent.parent

SCRIPT = """
import json, sys
from advisor.bom_io import read_bom
from advisor.engine import assessment_to_json
from advisor.analysis import evaluate
from advisor.kb.base import load_kb
variant = read_bom(sys.argv[1]).product.variants[0]
doc = assessment_to_json(evaluate(variant, load_kb(use_user_layer=False)), "en")
print(json.dumps(doc, sort_keys=True))
"""


def test_evaluation_does_not_depend_on_the_hash_seed(tmp_path):
    bom = bomgen.write_csv(tmp_path / "bom.csv", 300)
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-c", SCRIPT, str(bom)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
