"""A broken user layer of the knowledge base: the app says so in Dutch once the knowledge
base is loaded, and mends the layer or sets it aside when asked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from advisor.kb.base import default_kb
from tests.hostile import files as f
from tests.ui_windows import open_window
from tests.visible_text import not_dutch, visible_texts


@pytest.fixture
def broken_layer(user_home):
    folder = user_home / "knowledge"
    folder.mkdir()
    (folder / "routes.csv").write_text(f.ROUTES_HEAD + "R8,x,Recycling,Recyclen,,,test\n")
    default_kb.cache_clear()
    yield folder
    default_kb.cache_clear()


@pytest.mark.parametrize("button, fixed", [("mend", True), ("aside", True), ("later", False)])
def test_the_window_offers_to_mend_a_broken_layer(qtbot, monkeypatch, broken_layer, button,
                                                 fixed):
    seen = []

    def answer(box):
        seen.append(not_dutch(visible_texts(box), (str(broken_layer),)))
        getattr(box, button).click()
        return 0

    told = []
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "open", lambda box: told.append(box.text()))
    w = open_window(qtbot, monkeypatch, "nl")
    w.catalog.reload()
    w.files.maybe_save = lambda: True
    w.open_demo()
    w.results.live.evaluate_now()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [[]]  # asked once, in Dutch
    assert bool(w.catalog.kb().user_layer_problems) is not fixed
    assert (list(broken_layer.parent.glob("knowledge-backup-*")) != []) is fixed
    assert bool(told) is fixed and all("Gebruikerslaag" in t for t in told)
    w.results.live.evaluate_now()
    assert len(seen) == 1  # not asked again in this session
