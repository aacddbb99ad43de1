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


def test_a_recycled_content_change_is_listed(window, qtbot, qtmodeltester):
    from ui.bom.rows import COL

    window.open_demo()
    vid = window.projects.duplicate_variant("Met recyclaat")
    stofbak = next(c for c in window.doc.current_variant().components if c.name == "Stofbak")
    window.doc.set_current_variant(vid)
    assert window.editing.set_cell(stofbak.id, COL["recycled"], "50%")
    view = CompareWindow(window, window.doc.current()[0])
    qtbot.addWidget(view)
    view.run()
    rows = [[view.changes.index(r, c).data() for c in range(4)]
            for r in range(view.changes.rowCount())]
    assert ["Stofbak", "recycled content", "–", "50%"] in rows
    qtmodeltester.check(view.changes)
