"""Live assessment: the figures come first, the advice follows for the same variant."""

from __future__ import annotations

from dataclasses import replace

from advisor.bom_io import read_bom
from advisor.paths import demo_path
from ui.base.catalog import Catalog
from ui.base.tasks import SyncTaskRunner, TaskRunner
from ui.results.live import LiveAssessment


def demo_variant():
    return read_bom(demo_path()).product.variants[0]


def test_assessment_first_then_advice(qtbot):
    live = LiveAssessment(SyncTaskRunner(), Catalog())
    live.charts = False
    seen = []
    live.evaluated.connect(seen.append)
    live.schedule(demo_variant(), "Demo")
    live.evaluate_now()
    assert [ev.stage for ev in seen] == ["assessment", "advice"]
    first, second = seen
    assert first.assessment.recommendations == ()
    assert second.assessment.recommendations
    assert first.assessment.metrics == second.assessment.metrics
    assert first.variant is second.variant


def test_a_newer_edit_drops_the_older_advice(qtbot):
    live = LiveAssessment(TaskRunner(), Catalog())
    live.charts = False
    seen = []
    live.evaluated.connect(seen.append)
    variant = demo_variant()
    live.schedule(variant, "Demo")
    live.evaluate_now()
    edited = variant.with_components(
        replace(c, mass_kg=0.5) if c.name == "Stofbak" else c
        for c in variant.components)
    live.schedule(edited, "Demo")
    live.evaluate_now()
    qtbot.waitUntil(lambda: any(ev.stage == "advice" for ev in seen), timeout=60_000)
    qtbot.wait(200)
    assert all(ev.variant is edited for ev in seen if ev.stage == "advice")
    live.shutdown()
