"""The gain path (`Evaluation.metrics_with_changes`) gives the metrics of a full
re-evaluation; the rule context's shared indexes find what a scan of every leaf finds."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest

from advisor.bom_io import read_bom
from advisor.engine import resolve_variant
from advisor.engine.assess import leaf_memo
from advisor.engine.evaluate import run_evaluation, settings_for
from advisor.engine.kbindex import kb_index
from advisor.engine.liberation import _liberation, liberation
from advisor.engine.results import to_assessment
from advisor.kb.base import default_kb
from advisor.model import Variant
from advisor.recommend import RULES
from advisor.recommend.context import RuleContext, apply_changes
from bench.bomgen import write_csv
from tests.test_perf_incremental import random_edit

KB = default_kb()
# An explicit stream: a guessed one may change with the edits, and a gain keeps the
# stream of the product it measures.
SETTINGS = settings_for("utrecht", None, None, None, stream="weee-5")


@pytest.fixture(scope="module")
def variant(tmp_path_factory) -> Variant:
    path = write_csv(tmp_path_factory.mktemp("gains") / "bom.csv", 300)
    return resolve_variant(read_bom(path).product.variants[0], KB)


def _close(a, b) -> bool:
    """Equal, or equal to rounding for floats (the gain path skips unchanged partners)."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    if dataclasses.is_dataclass(a) and type(a) is type(b):
        return all(_close(getattr(a, f.name), getattr(b, f.name))
                   for f in dataclasses.fields(a))
    return a == b


@pytest.mark.parametrize("seed", range(8))
def test_metrics_with_changes_equal_a_full_re_evaluation(variant, seed):
    rng = random.Random(seed)
    ev = run_evaluation(variant, KB, SETTINGS)
    for _ in range(6):
        edits = [random_edit(c, rng) for c in rng.sample(variant.components, rng.randint(1, 40))]
        fast = ev.metrics_with_changes(edits)
        slow = ev.with_changes(edits).metrics()
        assert _close(fast, slow), (fast, slow)
        fresh = run_evaluation(variant.with_components(
            {e.id: e for e in edits}.get(c.id, c) for c in variant.components), KB, SETTINGS)
        assert _close(fast, fresh.metrics())


def test_every_rules_gain_path_equals_a_full_re_evaluation(variant):
    """The changes the rules really propose (joints, materials, finishes, contents)."""
    ev = run_evaluation(variant, KB, SETTINGS)
    assessment = to_assessment(ev, variant, "P", None, None, 1.0)
    ctx = RuleContext(ev, {r.id: r for r in assessment.components})
    fired = 0
    for rule in RULES:
        changes = tuple(ch for hit in rule.find(ctx) for ch in hit.changes)
        if not changes:
            continue
        fired += 1
        edited = apply_changes(ev.tree.comps, changes).values()
        assert _close(ev.metrics_with_changes(edited), ev.with_changes(edited).metrics()), rule.id
    assert fired >= 8  # the generated BOM exercises most design rules


def test_gain_path_is_the_same_with_and_without_the_memos(variant):
    rng = random.Random(11)
    edit_sets = [[random_edit(c, rng) for c in rng.sample(variant.components, 25)]
                 for _ in range(5)]
    with leaf_memo(False):
        ev = run_evaluation(variant, KB, SETTINGS)
        plain = [ev.metrics_with_changes(edits) for edits in edit_sets]
    kb_index(KB).per_kg_cache.clear()
    with leaf_memo(True):
        ev = run_evaluation(variant, KB, SETTINGS)
        cold = [ev.metrics_with_changes(edits) for edits in edit_sets]
        warm = [ev.metrics_with_changes(edits) for edits in edit_sets]
    assert cold == plain
    assert warm == plain


def test_remembered_liberation_equals_a_fresh_one(variant):
    rng = random.Random(5)
    for c in variant.components + tuple(random_edit(c, rng) for c in variant.components):
        assert liberation(c, kb_index(KB)) == _liberation(c, kb_index(KB))


def test_issue_index_finds_what_a_scan_finds(variant):
    ev = run_evaluation(variant, KB, SETTINGS)
    assessment = to_assessment(ev, variant, "P", None, None, 1.0)
    ctx = RuleContext(ev, {r.id: r for r in assessment.components})
    codes = {i.code for _, r in ctx.leaves() for i in r.issues}
    assert len(codes) >= 5
    for code in codes:
        scan = [(c, r) for c, r in ctx.leaves() if any(i.code == code for i in r.issues)]
        assert ctx.with_issue(code) == scan
    pair = sorted(codes)[:2]
    assert ctx.with_issue(*pair) == [(c, r) for c, r in ctx.leaves()
                                     if any(i.code in pair for i in r.issues)]


@pytest.mark.parametrize("seed", range(6))
def test_counted_group_materials_equal_listed_ones(variant, seed):
    """A plan's group materials, counted from the old groups, equal the materials listed
    afresh: edits inside the large glued group (materials in and out) and joint edits that
    split or merge groups."""
    from advisor.engine.replan import materials_of, plan

    rng = random.Random(seed)
    ev = run_evaluation(variant, KB, SETTINGS)
    big = max(ev.members.values(), key=len)
    assert len(big) > 16  # the counting path is taken
    pool = sorted(KB.materials)
    for _ in range(5):
        inside = [dataclasses.replace(ev.tree.comps[cid], material_id=rng.choice(pool),
                                      constituents=()) for cid in rng.sample(big, 6)]
        others = [random_edit(c, rng) for c in rng.sample(variant.components, 6)]
        for edits in (inside, inside + others):
            planned = plan(ev, edits)
            for root, leaves in planned.members.items():
                assert planned.group_mats[root] == materials_of(planned.tree, leaves, ev.index)


def _partition(group_of: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for leaf, root in group_of.items():
        groups.setdefault(root, set()).add(leaf)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("seed", range(8))
def test_regrouping_only_touched_groups_equals_grouping_all(variant, seed):
    """Joint edits (parts glued on or made loose, assemblies too): the groups redone from
    the touched ones alone are the groups of a full `fused_groups`, members in tree order,
    and every group has its materials."""
    from advisor.engine.evaluate import group_members
    from advisor.engine.liberation import fused_groups
    from advisor.engine.replan import materials_of, plan

    rng = random.Random(seed)
    ev = run_evaluation(variant, KB, SETTINGS)
    joints = ["adhesive", "weld", "screw", "snap-fit", "clip", None]
    for _ in range(6):
        edits = [dataclasses.replace(c, joint_id=rng.choice(joints))
                 for c in rng.sample(variant.components, rng.randint(1, 12))]
        planned = plan(ev, edits)
        full = fused_groups(planned.tree, planned.libs, planned.removals.unit_of)
        assert _partition(planned.group_of) == _partition(full)
        expected = {frozenset(m): m for m in group_members(full).values()}
        assert {frozenset(m): m for m in planned.members.values()} == expected
        assert planned.group_mats.keys() == planned.members.keys()
        for root, leaves in planned.members.items():
            assert planned.group_mats[root] == materials_of(planned.tree, leaves, ev.index)
        ev = ev.with_changes(edits)  # and onwards from the regrouped evaluation


@pytest.mark.parametrize("indent", [None, 2])
def test_write_json_writes_what_json_dumps_writes(indent, monkeypatch):
    """Compact output in pieces equals one `json.dumps` (lists shorter, as long as and
    longer than a piece, empty lists, non-ASCII text)."""
    import io
    import json

    from advisor.engine import jsonout

    monkeypatch.setattr(jsonout, "CHUNK", 3)
    doc = {"schema": "x", "é": [1, 2, 3], "long": [{"n": i, "t": "ë\u2192"} for i in range(8)],
           "empty": [], "nested": {"a": [1, 2, 3, 4, 5]}, "seven": list(range(7))}
    out = io.StringIO()
    jsonout.write_json(doc, out, indent)
    expected = (json.dumps(doc, ensure_ascii=False, indent=indent) if indent
                else json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    assert out.getvalue() == expected
