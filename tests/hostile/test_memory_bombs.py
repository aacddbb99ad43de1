"""Item 8: workbook parts beyond the worksheets (styles, shared strings) are size-checked
before openpyxl parses them. Each bomb runs in a child limited to 1 GiB of address space
and 60 s of CPU. Without the checks the styles bomb dies of MemoryError within that
limit, and the shared-strings bomb reaches it after 100 s (the issue measured 2.65 GB and
1.3 GB for such files)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile import files as f
from tests.hostile.conftest import build_once, snapshot

ROOT = Path(__file__).parent.parent.parent
CHILD_MEMORY = 1024**3
CHILD_CPU_S = 60
BOMBS = {"styles": (f.styles_bomb, "xl/styles.xml"),
         "shared-strings": (f.shared_strings_bomb, "xl/sharedStrings.xml")}


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CHILD_CPU_S, CHILD_CPU_S))


@pytest.mark.skipif(os.name != "posix", reason="uses resource limits")
@pytest.mark.parametrize("bomb", BOMBS)
def test_a_workbook_part_bomb_is_refused_within_limits(bomb, tmp_path, user_home):
    make, part = BOMBS[bomb]
    path = build_once(make, f"{bomb}.xlsx", tmp_path)
    assert path.stat().st_size < 40 * 1024 * 1024  # passes the file and zip-ratio checks
    before = snapshot(tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "evaluate", str(path),
                           "--lang", "en", "--json"], capture_output=True, text=True,
                          cwd=ROOT, preexec_fn=_limited, timeout=120,
                          env={**os.environ, "CIRKELWIJZER_HOME": str(user_home)})
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert part in proc.stderr and "Traceback" not in proc.stderr and proc.stdout == ""
    assert snapshot(tmp_path) == before


def test_an_honest_workbook_with_styles_and_shared_strings_reads(tmp_path):
    from advisor.bom_io import read_bom

    result = read_bom(f.workbook(tmp_path / "ok.xlsx"))
    assert [c.name for c in result.product.variants[0].components] == ["beugel"]
