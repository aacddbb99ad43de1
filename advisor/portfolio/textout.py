"""The portfolio as plain text for a terminal: the headline figures, the priority
streams, the critical raw materials and where to push first (the same tables as the
window and the PDF)."""

from __future__ import annotations

import textwrap

from advisor.kb import KnowledgeBase
from advisor.messages import text
from advisor.portfolio.model import PortfolioResult
from advisor.portfolio.streams import StreamMap
from advisor.portfolio.tables import (
    Table,
    contributors_table,
    crm_table,
    elsewhere_notes,
    figure_text,
    headline,
    headline_notes,
    streams_table,
)

TOP = 10
MAX_CELL = 48
NOTE_WIDTH = 100  # characters a line of a note holds


def _render(table: Table, lang: str, limit: int | None = None) -> list[str]:
    cells = [list(table.headers)] + table.text_rows(lang)[:limit]
    cells = [[c if len(c) <= MAX_CELL else c[: MAX_CELL - 1] + "…" for c in row]
             for row in cells]
    widths = [max(len(r[i]) for r in cells) for i in range(len(table.headers))]
    right = [k != "text" for k in table.kinds]
    out = []
    for n, row in enumerate(cells):
        out.append("  ".join(c.rjust(w) if r else c.ljust(w)
                             for c, w, r in zip(row, widths, right, strict=True)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def portfolio_text(result: PortfolioResult, kb: KnowledgeBase, lang: str) -> str:
    streams = StreamMap(kb)
    lines = [text("portfolio_report_title", lang),
             text("portfolio_run_stats", lang, lines=len(result.lines),
                  evaluated=result.evaluated, cached=result.cached), ""]
    figures = headline(result, lang)
    width = max(len(f.label) for f in figures)
    for f in figures:
        row = f"{f.label.ljust(width)}  {figure_text(f.before, f.kind, lang):>16}"
        if result.after is not None:
            row += f"  {figure_text(f.after, f.kind, lang):>16}"
            if f.difference is not None:
                row += f"  {figure_text(f.difference, f.difference_kind, lang):>20}"
        lines.append(row.rstrip())
    lines += [part for note in headline_notes(result, lang)
              for part in textwrap.wrap(note, NOTE_WIDTH)]
    lines.append("")
    lines += _render(streams_table(result.before, streams, lang,
                                   kept=result.regional_processors), lang)
    lines += [part for note in elsewhere_notes(result.before, streams, lang)
              for part in textwrap.wrap(note, NOTE_WIDTH)]
    lines.append("")
    lines += _render(crm_table(result.before, lang), lang, TOP)
    if result.contributors:
        lines.append("")
        lines += _render(contributors_table(result, lang), lang, TOP)
    return "\n".join(lines) + "\n"
