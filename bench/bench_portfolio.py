"""Benchmark: a portfolio of 1,000 project files with 50,000 products.

Run from the project root:

    .venv/bin/python -m bench.bench_portfolio [--projects 1000] [--per-project 50]
                                              [--plans 0.02] [--keep DIR]

The projects are generated from the fixture products (tests/data/samples and
resources/examples): each project holds `--per-project` products drawn from them, every
component's mass varied by a factor 0.5..1.5 (so no result is the same as another's and
nothing keyed on mass flatters the run). A share `--plans` of the lines takes the
recommended redesign plan as its "after". Each run is a fresh process (`main.py
portfolio FILE --json`) with an empty user folder for the first run; it prints the wall
time, the products evaluated and taken from the cache, and the peak RSS of the process:
the first run, a repeated run, and a run after one project changed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from advisor import store
from advisor.bom_io import read_bom
from advisor.engine import resolver_for
from advisor.kb import load_kb
from advisor.model import Product, Project

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = (ROOT / "tests/data/samples/speaker_bom.csv",
            ROOT / "tests/data/samples/waterkoker_bom.csv",
            ROOT / "tests/data/samples/office_chair_bom.xlsx",
            ROOT / "resources/examples/demo_stofzuiger.csv")
STREAMS = {"office_chair_bom": "furniture-office"}


def fixture_products() -> list[Product]:
    kb = load_kb(use_user_layer=False)
    out = []
    for path in FIXTURES:
        product = read_bom(path, resolver=resolver_for(kb)).product
        out.append(Product(product.id, product.name, product.variants,
                           stream=STREAMS.get(path.stem, "")))
    return out


def _template(products: list[Product], per_project: int, folder: Path) -> Path:
    """One project file with `per_project` products cycling through the fixtures."""
    from dataclasses import replace

    chosen = []
    for n in range(per_project):
        p = products[n % len(products)]
        variants = tuple(replace(v, id=f"{v.id}-{n}") for v in p.variants)
        chosen.append(replace(p, id=f"{p.id}-{n}", name=f"{p.name} {n + 1}",
                              variants=variants))
    path = folder / "template.cirkel"
    store.save_project(Project("template", tuple(chosen)), path)
    return path


def generate(folder: Path, projects: int, per_project: int, plans: float,
             seed: int = 1) -> Path:
    """Project files and the portfolio CSV; returns the portfolio's path."""
    rng = random.Random(seed)
    products = fixture_products()
    template = _template(products, per_project, folder)
    names = [f"{products[n % len(products)].name} {n + 1}" for n in range(per_project)]
    lines = ["project,product,variant,units_per_year,region_share,compare_variant"]
    for i in range(projects):
        path = folder / f"bedrijf {i:04d}.cirkel"
        shutil.copyfile(template, path)
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE components SET mass_kg = mass_kg * "
                         "(0.5 + (abs(random()) % 1000) / 1000.0) WHERE mass_kg IS NOT NULL")
            conn.execute("UPDATE meta SET value = ? WHERE key = 'name'", (f"Bedrijf {i}",))
        conn.close()
        for name in names:
            compare = "plan" if rng.random() < plans else ""
            lines.append(f'"{path.name}","{name}",,{rng.randint(100, 50_000)},'
                         f"{rng.choice((0.2, 0.5, 0.8, 1))},{compare}")
    template.unlink()
    target = folder / "portfolio.csv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


# Runs `main.py portfolio FILE --json` (output to /dev/null) and prints that process's
# CPU seconds and peak RSS: a wrapper process of its own, so that the figures are its only.
WRAPPER = ("import resource, subprocess, sys\n"
           "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
           "stderr=subprocess.PIPE, text=True)\n"
           "if done.returncode: sys.exit(done.stderr)\n"
           "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
           "print(u.ru_utime + u.ru_stime, u.ru_maxrss / 1024)\n")


def run(portfolio: Path, home: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of `main.py portfolio FILE --json`."""
    env = dict(os.environ, CIRKELWIJZER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER, sys.executable, "main.py",
                           "portfolio", str(portfolio), "--json", "--lang", "en"],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    cpu, peak = (float(x) for x in done.stdout.split())
    return wall, cpu, peak


def _counts(home: Path) -> str:
    """What the last run evaluated, from the cache file (entries by last use)."""
    import sqlite3 as db

    conn = db.connect(home / "cache" / "portfolio.sqlite")
    total = conn.execute("SELECT count(*) FROM results").fetchone()[0]
    conn.close()
    return f"{total} products in the cache"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--projects", type=int, default=1000)
    ap.add_argument("--per-project", type=int, default=50)
    ap.add_argument("--plans", type=float, default=0.02)
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = ap.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cw-portfolio-"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    portfolio = generate(folder, args.projects, args.per_project, args.plans)
    size = sum(p.stat().st_size for p in folder.glob("*.cirkel")) / 1e6
    print(f"generated {args.projects} projects x {args.per_project} products "
          f"({size:.0f} MB) in {time.perf_counter() - start:.1f} s")
    home = folder / "home"
    for label in ("first run", "repeated run"):
        wall, cpu, peak = run(portfolio, home)
        print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS {peak:.0f} MB; "
              f"{_counts(home)}")
    changed = folder / "bedrijf 0000.cirkel"
    conn = sqlite3.connect(changed)
    with conn:
        conn.execute("UPDATE components SET mass_kg = mass_kg * 1.1 WHERE mass_kg IS NOT NULL")
    conn.close()
    wall, cpu, peak = run(portfolio, home)
    print(f"one project changed: {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS {peak:.0f} MB; "
          f"{_counts(home)}")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
