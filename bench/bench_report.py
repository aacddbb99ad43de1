"""Time the PDF report for bills of materials of 200 and 2,000 rows.

Run: .venv/bin/python bench/bench_report.py [ROWS ...]
Prints, per size, the time to import, to evaluate and to write the report, and the
number of pages.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advisor.analysis import evaluate  # noqa: E402
from advisor.bom_io import load_input  # noqa: E402
from advisor.kb.base import default_kb  # noqa: E402
from advisor.report import write_report  # noqa: E402
from tests.test_report_support import write_bom  # noqa: E402


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def bench(rows: int, folder: Path) -> tuple[float, float, float, int]:
    kb = default_kb()
    bom = write_bom(folder / f"bom_{rows}.csv", rows)
    t0 = time.perf_counter()
    _project, product, variant, _warnings = load_input(bom)
    t1 = time.perf_counter()
    assessment = evaluate(variant, kb, product_name=product.name)
    t2 = time.perf_counter()
    out = write_report(folder / f"report_{rows}.pdf", assessment, kb, lang="nl")
    t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, pages(out)


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [200, 2000]
    default_kb()  # load the knowledge base once, outside the timings
    print(f"{'rows':>6} {'import s':>9} {'evaluate s':>11} {'report s':>9} {'pages':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in sizes:
            imp, ev, rep, n = bench(rows, Path(tmp))
            print(f"{rows:>6} {imp:>9.2f} {ev:>11.2f} {rep:>9.2f} {n:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
