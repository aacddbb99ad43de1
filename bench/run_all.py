"""All performance figures of docs/performance.md in one run, each as a ratio.

Run from the project root: `.venv/bin/python -m bench.run_all` (about five minutes on
two cores; `--quick` skips the 20,000-row CLI evaluation). Each figure is the median of
several runs; compare ratios, not seconds, on a shared machine.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench import bomgen

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BASELINE = ("import csv, sys\n"
            "mats = {m: i for i, m in enumerate(open(sys.argv[2], encoding='utf-8')"
            ".read().split('\\n'))}\n"
            "hits = 0\n"
            "with open(sys.argv[1], encoding='utf-8', newline='') as f:\n"
            "    for row in csv.reader(f, delimiter=';'):\n"
            "        hits += mats.get(row[2]) is not None\n"
            "print(hits)\n")
APP_PROBE = ("import sys, time\n"
             "from PySide6.QtWidgets import QApplication\n"
             "import ui.app\n"
             "real_exec = QApplication.exec\n"
             "def probe(app):\n"
             "    from ui.main_window import MainWindow\n"
             "    w = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))\n"
             "    heavy = [m for m in ('matplotlib', 'reportlab') if m in sys.modules]\n"
             "    print('SHOWN', time.time(), ','.join(heavy) or '-', flush=True)\n"
             "    def done(_ev):\n"
             "        print('EVALUATED', time.time(), flush=True)\n"
             "        app.quit()\n"
             "    w.results.live.evaluated.connect(done)\n"
             "    return real_exec()\n"
             "QApplication.exec = probe\n"
             "from main import main\n"
             "sys.exit(main(['--demo']))\n")
EMPTY_WINDOW = ("import time\n"
                "from PySide6.QtCore import QTimer\n"
                "from PySide6.QtWidgets import QApplication, QMainWindow\n"
                "app = QApplication([])\n"
                "w = QMainWindow()\n"
                "w.show()\n"
                "QTimer.singleShot(0, lambda: (print('SHOWN', time.time(), flush=True),"
                " app.quit()))\n"
                "app.exec()\n")


def run(args: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak resident memory (MB) and stdout of one child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=err,
                                env={**os.environ, **(env or {})}, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"{args[:4]} exited {proc.returncode}: {err.read()[-1500:]}")
        return elapsed, usage.ru_maxrss // 1024, out.read()


def median_run(args: list[str], times: int, env: dict | None = None) -> tuple[float, int]:
    runs = [run(args, env) for _ in range(times)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def line(label: str, value: str, note: str = "") -> None:
    print(f"{label:58s} {value:>14s}  {note}", flush=True)


def bench_cli_evaluate(folder: Path, quick: bool) -> None:
    """(a) evaluate --json through the CLI process, and the bare-csv baseline; (f) memory."""
    sizes = (2_000,) if quick else (2_000, 20_000)
    times = {}
    for n in sizes:
        bom = bomgen.write_csv(folder / f"bom{n}.csv", n)
        times[n], peak = median_run([PY, "main.py", "evaluate", str(bom), "--json"],
                                    3 if n < 10_000 else 2)
        line(f"(a) CLI evaluate --json, {n:,} rows", f"{times[n]:.2f} s", f"peak {peak} MB")
    last = sizes[-1]
    table = folder / "materials.txt"
    table.write_text("\n".join(bomgen.material_table(folder / f"bom{last}.csv")),
                     encoding="utf-8")
    base, _ = median_run([PY, "-c", BASELINE, str(folder / f"bom{last}.csv"), str(table)], 5)
    line(f"(a) bare csv parse + dict lookup, {last:,} rows", f"{base:.3f} s")
    if not quick:
        line("(a) ratio 20,000 / 2,000 rows (target <= ~10)",
             f"{times[20_000] / times[2_000]:.1f}x")
    line(f"(a) ratio CLI / bare parse at {last:,} rows (target <= ~15)",
         f"{times[last] / base:.0f}x")


def bench_import(folder: Path) -> None:
    """(b) import of a 20,000-row CSV and .xlsx into a new project (CLI process)."""
    for kind, write in (("csv", bomgen.write_csv), ("xlsx", bomgen.write_xlsx)):
        bom = write(folder / f"imp20000.{kind}", 20_000)
        project = folder / f"imp_{kind}.cirkel"
        samples = []
        for _ in range(2):
            project.unlink(missing_ok=True)
            samples.append(run([PY, "main.py", "import", str(bom), "-o", str(project)]))
        line(f"(b) CLI import, 20,000-row .{kind}",
             f"{statistics.median(s[0] for s in samples):.2f} s",
             f"peak {max(s[1] for s in samples)} MB")


def bench_live_edit(folder: Path) -> None:
    """(c) one edit on a 1,000-part BOM: the app's live path (LiveEvaluator) vs full."""
    from advisor.analysis import LiveEvaluator, evaluate
    from advisor.bom_io import read_bom
    from advisor.engine import resolve_variant
    from advisor.kb.base import default_kb

    kb = default_kb()
    bom = bomgen.write_csv(folder / "live1000.csv", 1_000)
    variant = resolve_variant(read_bom(bom).product.variants[0], kb)
    rng = random.Random(3)
    for recs in (False, True):
        live = LiveEvaluator(kb)
        live.evaluate(variant, recommendations=recs)
        inc, current = [], variant
        for _ in range(9 if recs else 25):
            target = rng.choice([c for c in current.components if c.mass_kg is not None])
            edit = replace(target, mass_kg=target.mass_kg * 1.1,
                           joint_id="screw" if target.joint_id != "screw" else "adhesive")
            current = current.with_components(edit if c.id == edit.id else c
                                              for c in current.components)
            start = time.perf_counter()
            live.evaluate(current, recommendations=recs)
            inc.append(time.perf_counter() - start)
        full = statistics.median(
            _timed(lambda r=recs, v=current: evaluate(v, kb, recommendations=r))
            for _ in range(3))
        label = "with recommendations" if recs else "assessment only"
        line(f"(c) one edit, 1,000 parts, {label}: incremental",
             f"{statistics.median(inc) * 1000:.0f} ms", f"full {full * 1000:.0f} ms "
             f"({full / statistics.median(inc):.0f}x)")
    _first_stage(kb, variant)
    _second_stage(kb, variant)


def _second_stage(kb, variant) -> None:
    """(c) the app's second stage after an edit: the ranked advice with measured gains, on
    the evaluation the first stage left (ui/results/live.py asks again with recommendations)."""
    from advisor.analysis import LiveEvaluator

    live = LiveEvaluator(kb)
    live.evaluate(variant, recommendations=True)
    rng = random.Random(5)
    times, current = [], variant
    for _ in range(9):
        target = rng.choice([c for c in current.components if c.mass_kg is not None])
        edit = replace(target, mass_kg=target.mass_kg * 1.1,
                       joint_id="screw" if target.joint_id != "screw" else "adhesive")
        current = current.with_components(edit if c.id == edit.id else c
                                          for c in current.components)
        live.evaluate(current, recommendations=False)  # stage 1
        start = time.perf_counter()
        live.evaluate(current, recommendations=True)  # stage 2
        times.append(time.perf_counter() - start)
    line("(c) one edit, 1,000 parts, second stage: the advice",
         f"{statistics.median(times) * 1000:.0f} ms", "after the first stage")


def bench_engine_scaling() -> None:
    """(a) the same evaluation in-process (no start-up, reading or JSON): how the engine
    and the advice grow from 2,000 to 20,000 rows."""
    from advisor.analysis import evaluate
    from advisor.bom_io import read_bom
    from advisor.engine import resolve_variant
    from advisor.kb.base import default_kb

    kb = default_kb()
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (2_000, 20_000):
            bom = bomgen.write_csv(Path(tmp) / f"scale{n}.csv", n)
            variant = resolve_variant(read_bom(bom).product.variants[0], kb)
            evaluate(variant, kb)  # warm the memos as a second evaluation would
            times[n] = min(_timed(lambda v=variant: evaluate(v, kb)) for _ in range(2))
            line(f"(a) in-process evaluate with advice, {n:,} rows", f"{times[n]:.2f} s")
    line("(a) in-process ratio 20,000 / 2,000 rows", f"{times[20_000] / times[2_000]:.1f}x")


def reference_loop() -> None:
    """A fixed pure-Python workload: the machine's speed at this moment (it drifts by a
    factor of two on the shared machine; compare figures only with this next to them)."""
    start = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i
    line("reference: 3,000,000 additions in a Python loop", f"{time.perf_counter() - start:.2f} s")


def _first_stage(kb, variant) -> None:
    """(c) what the app shows first after an edit: the assessment and its two charts."""
    from advisor.analysis import LiveEvaluator
    from advisor.report.charts import composition_chart, route_chart

    live = LiveEvaluator(kb)
    route_chart(live.evaluate(variant, recommendations=False), "nl")  # matplotlib warm-up
    times, current = [], variant
    for factor in (1.1, 1.2, 1.3, 1.4, 1.5):
        target = next(c for c in current.components if c.mass_kg)
        current = current.with_components(
            replace(c, mass_kg=c.mass_kg * factor) if c.id == target.id else c
            for c in current.components)
        start = time.perf_counter()
        assessment = live.evaluate(current, recommendations=False)
        route_chart(assessment, "nl")
        composition_chart(assessment, kb, "nl")
        times.append(time.perf_counter() - start)
    line("(c) one edit, 1,000 parts, first stage shown by the app (assessment + 2 charts)",
         f"{statistics.median(times) * 1000:.0f} ms", "the advice follows in a second stage")


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_report(folder: Path) -> None:
    """(d) the PDF report through the CLI process, 200 and 2,000 rows."""
    times = {}
    for n in (200, 2_000):
        bom = bomgen.write_csv(folder / f"rep{n}.csv", n)
        times[n], peak = median_run([PY, "main.py", "report", str(bom), "-o",
                                     str(folder / f"rep{n}.pdf")], 2)
        line(f"(d) CLI report, {n:,} rows", f"{times[n]:.2f} s", f"peak {peak} MB")
    line("(d) ratio 2,000 / 200 rows", f"{times[2_000] / times[200]:.1f}x")


def _shown_after(args: list[str], env: dict) -> dict[str, str]:
    start = time.time()
    _, peak, out = run(args, env)
    marks = {}
    for text in out.splitlines():
        parts = text.split()
        if parts and parts[0] in ("SHOWN", "EVALUATED"):
            marks[parts[0]] = f"{float(parts[1]) - start:.2f}"
            if len(parts) > 2:
                marks["heavy"] = parts[2]
    return marks


def bench_cold_start(folder: Path) -> None:
    """(e) desktop cold start on the demo vs an empty PySide6 window (offscreen)."""
    env = {"QT_QPA_PLATFORM": "offscreen", "CIRKELWIJZER_HOME": str(folder / "home"),
           "HOME": str(folder / "home"), "XDG_CONFIG_HOME": str(folder / "home")}
    empty = [_shown_after([PY, "-c", EMPTY_WINDOW], env) for _ in range(3)]
    app = [_shown_after([PY, "-c", APP_PROBE], env) for _ in range(3)]
    t_empty = statistics.median(float(m["SHOWN"]) for m in empty)
    t_shown = statistics.median(float(m["SHOWN"]) for m in app)
    t_eval = statistics.median(float(m["EVALUATED"]) for m in app)
    line("(e) empty PySide6 window shown", f"{t_empty:.2f} s")
    line("(e) app window shown, demo loaded", f"{t_shown:.2f} s",
         f"{t_shown / t_empty:.1f}x empty; heavy modules at show: {app[0].get('heavy')}")
    line("(e) first assessment on screen", f"{t_eval:.2f} s",
         f"{t_eval / t_empty:.1f}x empty (includes the {350} ms edit debounce)")


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load "
          f"{os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="cirkel-bench-") as tmp:
        folder = Path(tmp)
        (folder / "home").mkdir()
        os.environ["CIRKELWIJZER_HOME"] = str(folder / "home")
        reference_loop()
        bench_cli_evaluate(folder, quick)
        if not quick:
            bench_engine_scaling()
        bench_import(folder)
        bench_live_edit(folder)
        bench_report(folder)
        bench_cold_start(folder)
        reference_loop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
