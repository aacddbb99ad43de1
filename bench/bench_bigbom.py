"""A machine builder's full bill of materials: 200,000 rows, imported and evaluated.

`.venv/bin/python -m bench.bench_bigbom` (five to ten minutes; `--rows N` for another
size, `--xlsx` to add the workbook import). The pure-Python reference loop of run_all is
timed at the start and the end (the shared machine's speed drifts). Every figure comes
from a child process, so
its peak resident memory (`os.wait4`'s ru_maxrss) is that of the work alone:

- `read_bom` with the knowledge-base resolver (the import path: read, parse, resolve,
  check), in a bare Python process;
- `main.py import BOM -o PROJECT.cirkel` (the import path and saving the project);
- `main.py evaluate BOM --json` end to end (import, evaluation, advice, JSON to a file).

The target (issue 14): 200,000 rows import and evaluate within 1 GB peak memory.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import bomgen
from bench.run_all import reference_loop

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
LIMIT_MB = 1024
READ_BOM = ("import sys\n"
            "from advisor.bom_io import read_bom\n"
            "from advisor.engine import resolver_for\n"
            "from advisor.kb.base import default_kb\n"
            "result = read_bom(sys.argv[1], resolver=resolver_for(default_kb()))\n"
            "print(len(result.product.variants[0].components), len(result.problems))\n")


def child(args: list[str], stdout_path: Path) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    with open(stdout_path, "wb") as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise RuntimeError(f"{args[:4]} failed: {err.read()[-1500:].decode(errors='replace')}")
    return elapsed, usage.ru_maxrss // 1024


def line(label: str, seconds: float, peak: int) -> None:
    verdict = "within 1 GB" if peak <= LIMIT_MB else "OVER 1 GB"
    print(f"{label:52s} {seconds:8.1f} s {peak:7d} MB  {verdict}", flush=True)


def measure(bom: Path, folder: Path, kind: str) -> None:
    seconds, peak = child([PY, "-c", READ_BOM, str(bom)], folder / "read.txt")
    rows = (folder / "read.txt").read_text().split()[0]
    line(f"read_bom + resolver, {rows} rows .{kind}", seconds, peak)
    project = folder / f"p_{kind}.cirkel"
    project.unlink(missing_ok=True)
    seconds, peak = child([PY, "main.py", "import", str(bom), "-o", str(project)],
                          folder / "import.txt")
    line(f"main.py import -o PROJECT, .{kind}", seconds, peak)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--xlsx", action="store_true", help="also import the .xlsx")
    args = parser.parse_args(argv)
    reference_loop()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bom = bomgen.write_csv(folder / "bom.csv", args.rows)
        size = bom.stat().st_size / 1e6
        print(f"generated {args.rows:,} rows ({size:.1f} MB CSV) with bench/bomgen.py")
        measure(bom, folder, "csv")
        if args.xlsx:
            measure(bomgen.write_xlsx(folder / "bom.xlsx", args.rows), folder, "xlsx")
        seconds, peak = child([PY, "main.py", "evaluate", str(bom), "--json"],
                              folder / "assessment.json")
        size = (folder / "assessment.json").stat().st_size / 1e6
        line(f"main.py evaluate --json ({size:.0f} MB JSON), .csv", seconds, peak)
    reference_loop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
