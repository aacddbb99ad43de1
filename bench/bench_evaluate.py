"""Benchmark: evaluation time on generated 2,000- and 20,000-component BOMs.

Run: `.venv/bin/python -m bench.bench_evaluate` from the project root. Prints the times,
their ratio (linear growth gives about 10), and the time of one incremental re-evaluation
after a single edit on a 1,000-part product.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace

from advisor.analysis import evaluate
from advisor.engine.evaluate import run_evaluation, settings_for
from advisor.kb import KnowledgeBase, load_kb
from advisor.model import Component, Variant

# Materials and joints drawn for the generated parts (shipped knowledge-base ids).
MATERIALS = ("pp", "abs", "steel", "copper", "pa6-gf30", "pp-black", "stainless-304",
             "aluminium-sheet", "pcb-populated", "pvc-p", "li-ion-cell", "ndfeb", "tpe")
JOINTS = ("screw", "snap-fit", "adhesive", "weld", "rivet", "clip", "solder")
FINISHES = ("", "", "", "paint", "nickel-plating")
PARTS_PER_ASSEMBLY = 10


def generate(n: int, kb: KnowledgeBase, seed: int = 1) -> Variant:
    """A product of `n` rows: assemblies of ten parts each under one top row."""
    rng = random.Random(seed)
    mats = [m for m in MATERIALS if m in kb.materials] or list(kb.materials)[:10]
    comps = [Component(id="0", name="Product", row=2)]
    assembly = "0"
    for i in range(1, n):
        if i % (PARTS_PER_ASSEMBLY + 1) == 1:
            assembly = str(i)
            comps.append(Component(id=assembly, name=f"Assembly {i}", parent_id="0",
                                   joint_id=rng.choice(JOINTS), row=i + 2))
            continue
        comps.append(Component(
            id=str(i), name=f"Part {i}", parent_id=assembly, material_id=rng.choice(mats),
            material_input="", mass_kg=rng.uniform(0.001, 0.5), quantity=rng.choice((1, 2)),
            joint_id=rng.choice(JOINTS), finish=rng.choice(FINISHES), row=i + 2))
    return Variant(id=f"bench{n}", name=f"bench {n}", components=tuple(comps))


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    kb = load_kb(use_user_layer=False)
    evaluate(generate(50, kb), kb)  # warm the knowledge-base index
    small, large = generate(2_000, kb), generate(20_000, kb)
    for recs in (False, True):
        t_small = timed(lambda v=small, r=recs: evaluate(v, kb, recommendations=r))
        t_large = timed(lambda v=large, r=recs: evaluate(v, kb, recommendations=r), 1)
        label = "with recommendations" if recs else "without recommendations"
        print(f"{label:26s} 2,000: {t_small * 1000:8.1f} ms   20,000: {t_large * 1000:8.1f} ms"
              f"   ratio {t_large / t_small:5.1f}")
    one_k = generate(1_000, kb)
    ev = run_evaluation(one_k, kb, settings_for("utrecht", None, None, None))
    target = one_k.components[5]
    edit = replace(target, joint_id="screw" if target.joint_id != "screw" else "adhesive")
    t_inc = timed(lambda: ev.with_changes([edit]).metrics(), 20)
    t_full = timed(lambda: evaluate(one_k.with_components(
        edit if c.id == edit.id else c for c in one_k.components), kb,
        recommendations=False), 5)
    print(f"one edit on 1,000 parts: incremental {t_inc * 1000:.2f} ms, "
          f"full re-evaluation {t_full * 1000:.1f} ms")


if __name__ == "__main__":
    main()
