"""Evaluation of random nested trees on the shipped knowledge base (hypothesis).

tests/test_engine_properties.py covers flat products on a small test knowledge base;
this adds depth, quantities on assemblies and every shipped material and joint.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.analysis import evaluate
from advisor.kb.base import default_kb
from advisor.model import Component, Variant

KB = default_kb()
MATERIALS = sorted(KB.materials) + [None]
JOINTS = sorted(KB.joints) + [None]

node = st.tuples(st.integers(0, 10_000), st.sampled_from(MATERIALS), st.floats(1e-6, 50.0),
                 st.integers(1, 5), st.sampled_from(JOINTS),
                 st.sampled_from(["", "paint", "nickel-plating", "anodised", "onbekend"]),
                 st.one_of(st.none(), st.floats(0.0, 1.0)))


def build(spec: list[tuple]) -> Variant:
    """Node i hangs from an earlier node; nodes that get children become assemblies."""
    parents = [None] + [str(p % i) for i, (p, *_) in enumerate(spec) if i]
    has_kids = set(p for p in parents if p is not None)
    comps = []
    for i, (_, mat, mass, qty, joint, finish, rc) in enumerate(spec):
        leaf = str(i) not in has_kids
        comps.append(Component(
            id=str(i), name=f"n{i}", parent_id=parents[i], row=i + 2, quantity=float(qty),
            material_id=mat if leaf else None, material_input=(mat or "?") if leaf else "",
            mass_kg=mass if leaf else None, joint_id=joint if i else None,
            finish=finish if leaf else "", recycled_content=rc if leaf else None))
    return Variant(id="v", name="fuzz", components=tuple(comps))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(node, min_size=1, max_size=25), st.sampled_from(["utrecht", "nl", "eu"]))
def test_random_trees_keep_the_invariants(spec, region):
    a = evaluate(build(spec), KB, region=region)
    m = a.metrics
    for rate in (m.recyclability_rate, m.recoverability_rate, m.reuse_rate, m.mci,
                 m.circular_inflow, m.circular_outflow):
        assert -1e-9 <= rate <= 1 + 1e-9
    assert m.recoverability_rate >= m.recyclability_rate - 1e-9
    leaves = [r for r in a.components if not r.is_assembly]
    assert abs(sum(r.total_mass_kg for r in leaves) - m.total_mass_kg) <= 1e-9 * max(
        1.0, m.total_mass_kg)
    assert len(a.components) == len(spec)
    for r in a.components:
        assert 0 <= r.recycling_yield <= 1 + 1e-9 and 0 <= r.energy_recovery_share <= 1 + 1e-9
