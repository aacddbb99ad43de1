"""The Dutch catalog: every ui string translated, placeholders kept, .qm built from the .ts."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "cirkelwijzer_nl.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402


def _messages():
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg.findtext("source"), msg.find("translation")


def test_every_string_has_a_dutch_translation():
    bad = [(c, s) for c, s, tr in _messages()
           if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished")
           or not (tr.text or "").strip()]
    assert not bad, bad


def test_placeholders_and_accelerators_kept():
    for context, source, tr in _messages():
        assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", tr.text)), \
            (context, source)
        if re.search(r"&\w", source):
            assert re.search(r"&\w", tr.text), (context, source)


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="no lupdate")
def test_catalog_covers_the_code():
    """Every string in ui/ is in the catalog (run tools/update_translations.py)."""
    known = update_translations.read_translations()
    found = update_translations.extract()
    missing = [(c, t) for c, ts in found.items() for t in ts if (c, t) not in known]
    assert not missing, missing


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="no lrelease")
def test_qm_is_built_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/update_translations.py"
