"""Benchmark: the advice for a 1,000-part product after one edit, the plan included.

Run `.venv/bin/python -m bench.bench_advice` from the project root. It builds the
1,000-row BOM of `bench/bomgen.py`, evaluates it once in a `LiveEvaluator` (as the app
keeps one per window), then makes nine edits (a mass and a joint each); per edit it runs
the app's first stage (the assessment) and times the second (the advice: rules, measured
gains, notes, plan, data gaps). It prints the median, the parts of the advice, and a
pure-Python reference loop before and after (the shared machine's speed drifts by a
factor of two: compare figures only with that loop beside them).

`--count N --advice 0|1` makes N edits without printing, with or without the second
stage: run both under `valgrind --tool=callgrind` and take (with - without) / N for the
instructions of one advice stage, a figure that does not drift (docs/performance.md).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from bench import bomgen

ROWS = 1_000
EDITS = 9
LOOP = 3_000_000


def reference_loop() -> float:
    start, total = time.perf_counter(), 0
    for i in range(LOOP):
        total += i
    return time.perf_counter() - start


def product():
    from advisor.bom_io import read_bom
    from advisor.engine import resolve_variant
    from advisor.kb.base import default_kb

    kb = default_kb()
    with tempfile.TemporaryDirectory() as tmp:
        bom = bomgen.write_csv(Path(tmp) / "advice1000.csv", ROWS)
        variant = resolve_variant(read_bom(bom).product.variants[0], kb)
    return kb, variant


def edits(variant, n: int, seed: int = 5):
    """`n` successive variants, each with one part's mass and joint changed."""
    rng, current = random.Random(seed), variant
    for _ in range(n):
        target = rng.choice([c for c in current.components if c.mass_kg is not None])
        edit = replace(target, mass_kg=target.mass_kg * 1.1,
                       joint_id="screw" if target.joint_id != "screw" else "adhesive")
        current = current.with_components(edit if c.id == edit.id else c
                                          for c in current.components)
        yield current


def _timed_parts() -> dict[str, float]:
    """Wrap the advice's steps to add up their times (for the breakdown only)."""
    import advisor.recommend as rec

    spent: dict[str, float] = defaultdict(float)

    def wrap(name: str, label: str) -> None:
        inner = getattr(rec, name)

        def timed(*args, **kw):
            start = time.perf_counter()
            try:
                return inner(*args, **kw)
            finally:
                spent[label] += time.perf_counter() - start
        setattr(rec, name, timed)

    for name, label in (("measure", "gains"), ("explained", "notes"),
                        ("build_plan", "plan"), ("data_gaps", "data gaps"),
                        ("to_recommendations", "grouping")):
        wrap(name, label)
    return spent


def main() -> None:
    from advisor.analysis import LiveEvaluator

    print(f"reference: {LOOP:,} additions in a Python loop {reference_loop():.2f} s")
    kb, variant = product()
    live = LiveEvaluator(kb)
    first = live.evaluate(variant, recommendations=True)
    spent = _timed_parts()
    times, stage_one = [], []
    for current in edits(variant, EDITS):
        start = time.perf_counter()
        live.evaluate(current, recommendations=False)
        stage_one.append(time.perf_counter() - start)
        start = time.perf_counter()
        a = live.evaluate(current, recommendations=True)
        times.append(time.perf_counter() - start)
    total = sum(times)
    rules = total - sum(spent.values())
    print(f"{ROWS:,} rows: {len(a.recommendations)} recommendations "
          f"({len(first.recommendations)} before the edits), {len(a.plan.stages)} plan stages, "
          f"{len(a.data_gaps)} data gaps")
    print(f"one edit, first stage (assessment): {statistics.median(stage_one) * 1000:.0f} ms")
    print(f"one edit, second stage (advice and plan): median {statistics.median(times) * 1000:.0f}"
          f" ms, range {min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms")
    for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {label:12s} {seconds / len(times) * 1000:6.1f} ms")
    print(f"  {'rules':12s} {rules / len(times) * 1000:6.1f} ms")
    print(f"reference: {LOOP:,} additions in a Python loop {reference_loop():.2f} s")


def count(n: int, advice: bool) -> None:
    """The work of `n` edits, for an instruction count (see the module docstring)."""
    from advisor.analysis import LiveEvaluator

    kb, variant = product()
    live = LiveEvaluator(kb)
    live.evaluate(variant, recommendations=True)
    for current in edits(variant, n):
        live.evaluate(current, recommendations=False)
        if advice:
            live.evaluate(current, recommendations=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--advice", type=int, default=1)
    args = parser.parse_args()
    if args.count:
        count(args.count, bool(args.advice))
    else:
        main()
