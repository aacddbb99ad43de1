"""The portfolio window: lines edited with undo, the run in the task runner, the result
tables showing the CLI's figures, the menu action, exports, bad lines and cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli import run_cli
from advisor.portfolio.tables import TONNES, cell_text
from tests.portfolio_fixtures import build_portfolio
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.main_window import MainWindow
from ui.portfolio import open_portfolio


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("portfolio-ui")
    build_portfolio(folder)
    return folder


@pytest.fixture(scope="module")
def cache_file(tmp_path_factory):
    return tmp_path_factory.mktemp("portfolio-cache") / "portfolio.sqlite"


@pytest.fixture
def window(qtbot, user_home, cache_file, monkeypatch):
    # One results cache for the module: each test's fresh user folder would evaluate anew.
    monkeypatch.setattr("advisor.portfolio.cache.default_path", lambda: cache_file)
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings())
    qtbot.addWidget(w)
    w.files.maybe_save = lambda: True
    return w


@pytest.fixture
def view(window, qtbot):
    v = open_portfolio(window)
    qtbot.addWidget(v)
    v.maybe_save = lambda: True
    v._auto.setInterval(0)
    return v


def _cli_json(path: Path, lang: str) -> dict:
    import io

    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["portfolio", str(path), "--json", "--lang", lang], out, err) == 0, \
        err.getvalue()
    return json.loads(out.getvalue())


def test_the_menu_action_opens_one_window(window, qtbot):
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    found = [a for m in menus for a in m.actions()
             if a.shortcut().toString() == "Ctrl+Shift+P"]
    assert len(found) == 1
    found[0].trigger()
    first = window.portfolio_window
    qtbot.addWidget(first)
    found[0].trigger()
    assert window.portfolio_window is first and first.isVisible()


def test_window_shows_the_cli_figures(view, folder, qtmodeltester):
    assert view.open_path(folder / "portfolio.csv")
    assert view.lines_model.rowCount() == 5
    view.run()
    assert view.result is not None and not view.stale
    doc = _cli_json(folder / "portfolio.csv", view.lang)
    tabs = view.tabs
    on_market = tabs.headline.index(0, 1).data()
    assert on_market.startswith(cell_text(doc["totals"]["on_market_kg_per_year"], TONNES,
                                          view.lang))
    virgin_after = tabs.headline.index(1, 2).data()
    assert virgin_after.startswith(cell_text(doc["after"]["totals"]["virgin_kg_per_year"],
                                             TONNES, view.lang))
    first_flow = doc["flows"][0]
    assert tabs.flows.index(0, 3).data() == cell_text(first_flow["on_market_kg_per_year"],
                                                      TONNES, view.lang)
    assert tabs.crm.rowCount() == len(doc["crm"])
    assert tabs.contributors.rowCount() == len(doc["contributors"])
    assert doc["contributors"][0]["recommendation"] in tabs.contributors.index(0, 2).data()
    assert tabs.canvas is not None
    assert tabs.ranking.rowCount() == sum(1 for p in doc["products"] if p["after"])
    top = max((p for p in doc["products"] if p["after"]),
              key=lambda p: p["after"]["virgin_avoided_kg_per_year"])
    assert tabs.ranking.index(0, 1).data() == top["product"]
    for model in (view.lines_model, tabs.headline, tabs.flows, tabs.streams, tabs.crm,
                  tabs.contributors, tabs.ranking):
        qtmodeltester.check(model)
    view.side.setCurrentIndex(1)  # after the redesigns
    assert tabs.flows.index(0, 4).data() != "" and tabs.flows.rowCount() > 0


def test_editing_a_volume_is_undoable_and_reruns(view, folder, qtbot):
    view.open_path(folder / "portfolio.csv")
    view.run()
    before = view.result.before.totals.on_market
    model = view.lines_model
    assert model.setData(model.index(0, 3), "24.000")  # Dutch: twenty-four thousand
    assert view.doc.lines[0].units_per_year == 24000
    assert view.doc.modified and view.windowTitle().endswith("*")
    qtbot.waitUntil(lambda: view.result.lines[0].line.units_per_year == 24000, timeout=5000)
    grown = view.result.before.totals.on_market
    line = view.result.lines[0]
    assert grown == pytest.approx(before + 12000 * 0.4 * line.before.mass_kg, rel=1e-9)
    assert not model.setData(model.index(0, 4), "1,5")  # a share above 1 is refused
    view.undo_action.trigger()
    assert view.doc.lines[0].units_per_year == 12000
    view.redo_action.trigger()
    assert view.doc.lines[0].units_per_year == 24000


def test_lines_from_files_save_and_reopen(view, folder, tmp_path):
    added = view.add_files([folder / "chair.cirkel", folder / "kast.cirkel"])
    assert added == 2 and view.doc.lines[0].units_per_year == 0  # still to be entered
    target = tmp_path / "mine.csv"
    view.lines_model.setData(view.lines_model.index(1, 3), "300")
    assert view.save_to(target)
    assert not view.doc.modified
    reopened = type(view.doc)()
    problems = reopened.load(target)
    assert [x.path.name for x in reopened.lines] == ["chair.cirkel", "kast.cirkel"]
    assert reopened.lines[1].units_per_year == 300
    assert [(p.row, p.column) for p in problems] == [(2, "units_per_year")]
    view.run()  # the chair has no volume yet: the run names its row
    assert view.result is None
    assert "units_per_year" in view.problem_box.informativeText()


def test_exports_write_the_figures(view, window, folder, tmp_path):
    window.settings.report_language = "en"
    view.open_path(folder / "portfolio.csv")
    view.export_xlsx(tmp_path / "p.xlsx")  # runs first, then writes
    assert (tmp_path / "p.xlsx").read_bytes()[:2] == b"PK"
    view.export_pdf(tmp_path / "p.pdf")
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "p.pdf")).pages)
    assert "Regional material flows" in text and "Where to push first" in text


def test_cancel_keeps_nothing_half_done(view, folder, tmp_path):
    view.open_path(folder / "portfolio.csv")

    def cancelled_run(then=None):
        from advisor.portfolio import run_lines

        task = view.runner.start("portfolio", lambda p, c: run_lines(
            tuple(view.doc.lines), view._w.catalog.kb(), cancelled=lambda: True))
        task.cancelled.connect(view._cancelled)
        view.task = task
        view.runner.launch(task)

    cancelled_run()
    assert view.task is None and view.result is None
    assert "Cancel" in view.statusBar().currentMessage() or \
        "Geannuleerd" in view.statusBar().currentMessage()
