"""Time the PDF report against its evaluation, and its growth up to 100,000 parts.

Run: .venv/bin/python -m bench.bench_report [ROWS ...]   (default 200 2000 20000 40000
100000; `--quick` for 200 and 2000). Per size it prints the time to evaluate (engine and
advice, in-process), to write the report, to write the comparison report (the same
product against itself with every 7th part's mass changed), the report/evaluation ratio
(the target: at most 10 at 2,000 rows), the pages, and the time per 1,000 rows (flat =
linear growth). Up to 2,000 rows the product is a generated bill of materials read by the
importer (free-text Dutch and English rows); from 20,000 rows on it is built directly
(`bench_evaluate.generate`: shipped materials, joints and finishes), so that the large
sizes time the evaluation and the report rather than the import.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advisor.analysis import evaluate  # noqa: E402
from advisor.bom_io import load_input  # noqa: E402
from advisor.kb.base import default_kb  # noqa: E402
from advisor.report import write_report  # noqa: E402
from bench.bench_evaluate import generate  # noqa: E402
from bench.bomgen import write_csv  # noqa: E402

IMPORT_UP_TO = 2000

DEFAULT_SIZES = (200, 2000, 20000, 40000, 100000)


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def redesign(variant):
    """The variant with every 7th part 10% lighter: a comparison with changed parts."""
    comps = tuple(replace(c, mass_kg=c.mass_kg * 0.9) if i % 7 == 0 and c.mass_kg else c
                  for i, c in enumerate(variant.components))
    return variant.with_components(comps)


def bench(rows: int, folder: Path) -> dict:
    kb = default_kb()
    if rows <= IMPORT_UP_TO:
        _project, product, variant, _warnings = load_input(write_csv(folder / "b.csv", rows))
        name = product.name
    else:
        variant, name = generate(rows, kb), f"Generated product of {rows} rows"
    t0 = time.perf_counter()
    assessment = evaluate(variant, kb, product_name=name)
    t1 = time.perf_counter()
    out = write_report(folder / f"report_{rows}.pdf", assessment, kb, lang="nl")
    t2 = time.perf_counter()
    other = evaluate(redesign(variant), kb, product_name=name)
    t3 = time.perf_counter()
    write_report(folder / f"compare_{rows}.pdf", assessment, kb, lang="nl", compare=other)
    t4 = time.perf_counter()
    return {"evaluate": t1 - t0, "report": t2 - t1, "compare": t4 - t3,
            "pages": pages(out)}


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv if a.isdigit()] or (
        [200, 2000] if "--quick" in argv else list(DEFAULT_SIZES))
    default_kb()  # load the knowledge base once, outside the timings
    print(f"{'rows':>7} {'evaluate s':>11} {'report s':>9} {'compare s':>10} "
          f"{'report/eval':>12} {'pages':>6} {'report s/1k rows':>17}")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in sizes:
            r = bench(rows, Path(tmp))
            print(f"{rows:>7} {r['evaluate']:>11.2f} {r['report']:>9.2f} {r['compare']:>10.2f}"
                  f" {r['report'] / r['evaluate']:>12.1f} {r['pages']:>6}"
                  f" {1000 * r['report'] / rows:>17.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
