"""The route legend names landfill in the window's language."""

from __future__ import annotations

import pytest

from ui.models.bom_model import BomModel
from ui.widgets.bom_editor import BomEditor


@pytest.mark.parametrize("lang,landfill", [("nl", "Storten"), ("en", "Landfill")])
def test_legend_speaks_the_language(qtbot, lang, landfill):
    from ui.catalog import Catalog

    editor = BomEditor(BomModel(), Catalog(), lang)
    qtbot.addWidget(editor)
    assert editor.legend.chips["landfill"].text() == landfill
    assert editor.legend.chips["R8"].text() == "R8"
    assert editor.legend.chips["R8"].toolTip().startswith("R8 ")
