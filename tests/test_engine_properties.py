"""Invariants of the metrics over random small products (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from tempfile import mkdtemp

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.analysis import evaluate
from tests.engine_fixtures import make_kb, part, product

KB = make_kb(Path(mkdtemp(prefix="engine-kb-")) / "kb")
MATERIALS = ["pp", "pp_black", "abs", "san", "pvc", "epoxy", "steel", "copper", "ndfeb",
             "li_ion", "motor", "pcb", "ceramic", None]
JOINTS = ["screw", "snap_fit", "adhesive", "weld", "press_fit", None]

parts = st.lists(st.tuples(st.sampled_from(MATERIALS), st.floats(0.001, 5.0),
                           st.sampled_from(JOINTS), st.sampled_from(["", "Lak", "Vernikkeld"]),
                           st.floats(0.0, 1.0)), min_size=1, max_size=6)


def _variant(spec):
    return product(*(part(f"p{i}", m, mass, j, finish=f, recycled_content=rc,
                          material_input=m or "onbekend")
                     for i, (m, mass, j, f, rc) in enumerate(spec)))


@settings(max_examples=60, deadline=None)
@given(parts, st.sampled_from(["utrecht", "nl", "eu"]))
def test_rates_bounded_and_ordered(spec, region):
    m = evaluate(_variant(spec), KB, region=region, recommendations=False).metrics
    for rate in (m.recyclability_rate, m.recoverability_rate, m.reuse_rate, m.mci,
                 m.circular_inflow, m.circular_outflow):
        assert -1e-9 <= rate <= 1 + 1e-9
    assert m.recoverability_rate >= m.recyclability_rate - 1e-9
    assert m.total_mass_kg == sum(mass for _, mass, *_ in spec) or abs(
        m.total_mass_kg - sum(mass for _, mass, *_ in spec)) < 1e-9


@settings(max_examples=60, deadline=None)
@given(parts, st.integers(0, 5))
def test_improving_a_joint_never_lowers_a_rate(spec, k):
    v = _variant(spec)
    target = v.components[1 + k % len(spec)]
    better = v.with_components(replace(c, joint_id="screw") if c.id == target.id else c
                               for c in v.components)
    a = evaluate(v, KB, recommendations=False).metrics
    b = evaluate(better, KB, recommendations=False).metrics
    assert b.recyclability_rate >= a.recyclability_rate - 1e-9
    assert b.recoverability_rate >= a.recoverability_rate - 1e-9


@settings(max_examples=60, deadline=None)
@given(parts, st.floats(0.0, 1.0))
def test_mci_monotone_in_recycled_content(spec, extra):
    v = _variant(spec)
    more = v.with_components(
        replace(c, recycled_content=max(c.recycled_content or 0.0, extra))
        if c.id != "P" else c for c in v.components)
    a = evaluate(v, KB, recommendations=False).metrics
    b = evaluate(more, KB, recommendations=False).metrics
    assert b.mci >= a.mci - 1e-9


@settings(max_examples=40, deadline=None)
@given(parts)
def test_assembly_rows_conserve_mass(spec):
    a = evaluate(_variant(spec), KB, recommendations=False)
    top = next(r for r in a.components if r.id == "P")
    leaves = [r for r in a.components if not r.is_assembly]
    assert abs(top.total_mass_kg - sum(r.total_mass_kg for r in leaves)) < 1e-9
    assert len(a.components) == len(spec) + 1
