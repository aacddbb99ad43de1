"""The route legend names landfill in the window's language."""

from __future__ import annotations

import pytest

from ui.bom.model import BomModel
from ui.bom.view import BomEditor


@pytest.mark.parametrize("lang,landfill", [("nl", "Storten"), ("en", "Landfill")])
def test_legend_speaks_the_language(qtbot, lang, landfill):
    from ui.base.catalog import Catalog

    editor = BomEditor(BomModel(), Catalog(), lang)
    qtbot.addWidget(editor)
    assert editor.legend.chips["landfill"].text() == landfill
    assert editor.legend.chips["R8"].text() == "R8"
    assert editor.legend.chips["R8"].toolTip().startswith("R8 ")


def test_route_colours_are_the_report_charts_colours():
    from advisor.report.charts import ROUTE_STYLE
    from ui.base.route_style import ROUTE_COLOURS

    assert ROUTE_COLOURS == {code: colour for code, (colour, _hatch) in ROUTE_STYLE.items()}
