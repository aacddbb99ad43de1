"""The portfolio as a workbook: the headline figures, the products, the flows before and
after, the priority streams, the critical raw materials and the contributors.

The same tables as the window and the PDF, with numbers as numbers (tonnes per year where
the header says t/yr). Written to a temporary file and moved into place when complete.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.bom_io.export import _write_atomic, _xlsx_cell
from advisor.kb import KnowledgeBase
from advisor.messages import text
from advisor.portfolio.jsonout import ASSUMPTIONS
from advisor.portfolio.model import PortfolioResult
from advisor.portfolio.streams import StreamMap
from advisor.portfolio.tables import (
    KG,
    SHARE,
    TONNES,
    Table,
    contributors_table,
    crm_table,
    flows_table,
    headline,
    products_table,
    streams_table,
    unit_of,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMATS = {TONNES: "#,##0.000", KG: "#,##0.00", SHARE: "0.0%"}
MAX_SHEET_TITLE = 31  # Excel's limit


def _value(value: object, kind: str) -> object:
    if kind == TONNES and isinstance(value, (int, float)):
        return value / 1000.0
    return value


def _write_table(wb: Workbook, title: str, table: Table) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(title[:MAX_SHEET_TITLE])
    for col, header in enumerate(table.headers, start=1):
        _xlsx_cell(ws, 1, col, header)
        ws.cell(row=1, column=col).font = Font(bold=True)
    for r, row in enumerate(table.rows, start=2):
        for col, (value, kind) in enumerate(zip(row, table.kinds, strict=True), start=1):
            _xlsx_cell(ws, r, col, _value(value, kind))
            if kind in FORMATS and value is not None:
                ws.cell(row=r, column=col).number_format = FORMATS[kind]
    ws.freeze_panes = "A2"


def _summary(wb: Workbook, result: PortfolioResult, lang: str) -> None:
    from openpyxl.styles import Font

    ws = wb.active
    ws.title = text("portfolio_title", lang)[:MAX_SHEET_TITLE]
    heads = [text("pcol_figure", lang), text("portfolio_before", lang)]
    if result.after is not None:
        heads += [text("portfolio_after", lang), text("portfolio_difference", lang)]
    heads.append("")
    for col, h in enumerate(heads, start=1):
        _xlsx_cell(ws, 1, col, h)
        ws.cell(row=1, column=col).font = Font(bold=True)
    for r, f in enumerate(headline(result, lang), start=2):
        values = [f.before] + ([f.after, f.difference] if result.after is not None else [])
        _xlsx_cell(ws, r, 1, f.label)
        for col, v in enumerate(values, start=2):
            _xlsx_cell(ws, r, col, _value(v, f.kind))
            if v is not None and f.kind in FORMATS:
                ws.cell(row=r, column=col).number_format = FORMATS[f.kind]
        _xlsx_cell(ws, r, len(values) + 2, unit_of(f.kind, lang))
    row = len(headline(result, lang)) + 3
    _xlsx_cell(ws, row, 1, text("pcol_carried_by", lang))
    ws.cell(row=row, column=1).font = Font(bold=True)
    unknown = sum(1 for x in result.lines if not x.before.lifetime_years)
    for n, code in enumerate(ASSUMPTIONS, start=row + 1):
        _xlsx_cell(ws, n, 1, text(f"passume_{code}", lang, unknown=unknown,
                                  lines=len(result.lines)))
    _xlsx_cell(ws, row + len(ASSUMPTIONS) + 2, 1,
               f"{text('report_kb_version', lang)}: {result.kb_version}")
    ws.column_dimensions["A"].width = 48


def write_workbook(wb: Workbook, result: PortfolioResult, kb: KnowledgeBase, lang: str) -> None:
    streams = StreamMap(kb)
    _summary(wb, result, lang)
    _write_table(wb, text("pcol_product", lang), products_table(result, lang))
    _write_table(wb, text("pcol_stream", lang), streams_table(result.before, streams, lang))
    _write_table(wb, text("pcol_material", lang),
                 flows_table(result.before, kb, streams, lang))
    if result.after is not None:
        _write_table(wb, f"{text('pcol_material', lang)} – {text('pcol_after', lang)}",
                     flows_table(result.after, kb, streams, lang))
    _write_table(wb, text("pcol_crm", lang), crm_table(result.before, lang))
    if result.contributors:
        _write_table(wb, text("pcol_recommendation", lang), contributors_table(result, lang))


def write_xlsx(path: str | os.PathLike, result: PortfolioResult, kb: KnowledgeBase,
               lang: str = "nl") -> Path:
    """Write the workbook to `path` (replaced only when complete)."""
    from openpyxl import Workbook

    def write(tmp: Path) -> None:
        wb = Workbook()
        write_workbook(wb, result, kb, lang)
        wb.save(tmp)

    return _write_atomic(Path(path), write)
