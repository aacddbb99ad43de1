"""The CLI evaluates a bill of materials without loading what only projects need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import io, sys
from advisor.cli import run_cli
out = io.StringIO()
status = run_cli(["evaluate", sys.argv[1], "--json"], out=out, err=io.StringIO())
assert status == 0 and '"schema"' in out.getvalue(), status
print(",".join(m for m in ("sqlite_utils", "numpy", "matplotlib", "reportlab", "PySide6")
               if m in sys.modules) or "-")
"""


def test_evaluating_a_csv_loads_no_database_plotting_or_qt_modules():
    """sqlite-utils pulls in numpy (0.15 s of every CLI call); it loads with projects."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(SAMPLES / "waterkoker_bom.csv")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "-"
