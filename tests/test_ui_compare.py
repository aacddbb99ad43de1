"""Variant comparison: metrics with differences, changed rows, chart, PDF section."""

from __future__ import annotations

import pytest

from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.compare.models import ChangesModel, MetricsModel
from ui.compare.window import CompareWindow
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, user_home):
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings())
    qtbot.addWidget(w)
    w.files.maybe_save = lambda: True
    return w


def test_compare_two_variants(window, qtbot, tmp_path, qtmodeltester):
    window.open_demo()
    window.results.reevaluate()
    recs = list(window.results.assessment.recommendations[:3])
    assert recs
    window.results.apply_to_new_variant(recs, "Herontwerp")
    product = window.doc.current()[0]
    assert len(product.variants) == 2
    view = CompareWindow(window, product)
    qtbot.addWidget(view)
    view.run()
    assert len(view.assessments) == 2
    assert view.metrics.columnCount() == 4  # figure, A, B, Δ B
    assert view.changes.rowCount() >= 1
    assert view.chart_box.count() == 1
    diffs = [view.metrics.index(r, 3).data() for r in range(view.metrics.rowCount())]
    assert any(d != "–" for d in diffs)
    qtmodeltester.check(view.metrics)
    qtmodeltester.check(view.changes)
    pdf = tmp_path / "compare.pdf"
    view.write_pdf(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_compare_needs_two(window, qtbot, qtmodeltester):
    window.open_demo()
    view = CompareWindow(window, window.doc.current()[0])
    qtbot.addWidget(view)
    view.run()
    assert view.assessments == []
    qtmodeltester.check(MetricsModel())
    qtmodeltester.check(ChangesModel())
