"""The chapters of the portfolio report: cover, one-page verdict, flows by priority
stream, materials, critical raw materials, contributions, what the figures rest on, and
the appendix with every product and material flow.

Every figure comes from `advisor.portfolio.tables`, as in the window and the workbook.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from advisor import __version__
from advisor.i18n import fmt_percent
from advisor.messages import text
from advisor.portfolio.jsonout import ASSUMPTIONS
from advisor.portfolio.report import PortfolioContext
from advisor.portfolio.streams import StreamMap
from advisor.portfolio.tables import (
    INDEX,
    SHARE,
    TEXT,
    TONNES,
    Table,
    cell_text,
    contributors_table,
    crm_table,
    figure_text,
    flows_compact_table,
    headline,
    product_ranking_table,
    products_table,
    streams_table,
)

if TYPE_CHECKING:
    from reportlab.platypus import LongTable

TEXT_WIDTH_CM = 17.4
TOP_CONTRIBUTORS = 8
TOP_MATERIALS = 25
APPENDIX_LIMIT = 2_000  # rows per appendix table; the workbook holds every row
CELL_CHARS = 90
MIN_CHAPTER_ROOM_CM = 8  # a chapter that does not start a page needs this much room left
FLOW_WIDTHS = [3.7, 2.6, 1.6, 1.6, 1.9, 1.6, 1.4, 1.5, 1.5]
CONTRIBUTOR_WIDTHS = [0.8, 4.4, 7.0, 2.4, 2.6]
RANKING_WIDTHS = [0.8, 4.2, 2.4, 3.0, 2.3, 2.4, 2.3]
# The products on a portrait page: every column but the project file.
PRODUCT_COLUMNS = (0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
PRODUCT_WIDTHS = [0.8, 2.6, 1.4, 2.0, 1.5, 1.3, 1.3, 1.4, 2.4, 1.1, 1.6]


def _p(markup: str, style: str = "body"):
    from advisor.report.sections import P

    return P(markup, style)


def _e(code: str, lang: str, **params: object) -> str:
    from advisor.report.text import esc

    return esc(text(code, lang, **params))


def _cell(value: str, style: str = "cell"):
    from advisor.report.text import esc

    short = value if len(value) <= CELL_CHARS else value[: CELL_CHARS - 1] + "…"
    return _p(esc(short), style)


def _table(table: Table, lang: str, widths_cm: list[float],
           columns: Iterable[int] | None = None, limit: int | None = None) -> LongTable:
    """A report table of a portfolio table: green header, numbers right-aligned."""
    from reportlab.lib.units import cm
    from reportlab.platypus import LongTable

    from advisor.report.styles import table_style

    cols = list(columns) if columns is not None else list(range(len(table.headers)))
    head = [_cell(table.headers[i], "cell_head" if table.kinds[i] == TEXT
                  else "cell_head_right") for i in cols]
    body = []
    for row in table.rows[:limit]:
        body.append([_cell(cell_text(row[i], table.kinds[i], lang),
                           "cell" if table.kinds[i] == TEXT else "cell_right") for i in cols])
    out = LongTable([head, *body], repeatRows=1, colWidths=[w * cm for w in widths_cm])
    out.setStyle(table_style())
    return out


def cover(ctx: PortfolioContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table as RLTable

    from advisor.report.styles import table_style
    from advisor.report.text import long_date

    r, lang = ctx.result, ctx.lang
    fields = [("prep_cover_file", ctx.title),
              ("prep_cover_lines", str(len(r.lines))),
              ("prep_cover_projects", str(len({x.line.path for x in r.lines}))),
              ("prep_cover_region", text(f"report_region_{r.region}", lang)),
              ("report_date", long_date(ctx.day, lang)),
              ("report_kb_version", r.kb_version)]
    rows = [[_p(_e(code, lang), "muted"), _cell(value, "body")] for code, value in fields]
    table = RLTable(rows, colWidths=[5 * cm, 12 * cm], hAlign="LEFT")
    table.setStyle(table_style(header_rows=0, zebra=False))
    return [Spacer(1, 3.2 * cm), _p(_e("portfolio_report_title", lang), "title"),
            _p(_e("portfolio_report_subtitle", lang), "subtitle"), Spacer(1, 0.4 * cm), table,
            Spacer(1, 1.2 * cm), _p(_e("prep_cover_note", lang), "muted"),
            _p(_e("report_made_with", lang, version=__version__), "muted")]


def _headline_table(ctx: PortfolioContext):
    from reportlab.lib.units import cm
    from reportlab.platypus import Table as RLTable

    from advisor.report.styles import table_style

    r, lang = ctx.result, ctx.lang
    heads = ["pcol_figure", "portfolio_before"] + (
        ["portfolio_after", "portfolio_difference"] if r.after else [])
    rows = [[_cell(text(h, lang), "cell_head" if n == 0 else "cell_head_right")
             for n, h in enumerate(heads)]]
    for f in headline(r, lang):
        row = [_cell(f.label, "cell_bold"), _cell(figure_text(f.before, f.kind, lang),
                                                  "cell_right")]
        if r.after:
            row += [_cell(figure_text(f.after, f.kind, lang), "cell_right"),
                    _cell(figure_text(f.difference, f.difference_kind, lang)
                          if f.difference is not None else "", "cell_right")]
        rows.append(row)
    widths = [6.4, 3.4, 3.4, 4.0] if r.after else [9.0, 4.0]
    table = RLTable(rows, colWidths=[w * cm for w in widths], hAlign="LEFT")
    table.setStyle(table_style())
    return table


def _verdict_text(ctx: PortfolioContext) -> list:
    r, lang = ctx.result, ctx.lang
    b = r.before.totals
    out = [_p(_e("prep_verdict_intro", lang, lines=len(r.lines),
                 projects=len({x.line.path for x in r.lines}),
                 mass=cell_text(b.on_market, TONNES, lang),
                 virgin_share=fmt_percent(b.virgin / b.on_market if b.on_market else 0, lang),
                 recovered=fmt_percent(b.recyclability_rate, lang),
                 kept=cell_text(b.kept_in_region, TONNES, lang) + " t"))]
    if r.after is None or r.difference is None:
        return out + [_p(_e("prep_verdict_no_after", lang))]
    a, d = r.after.totals, r.difference
    out.append(_p(_e("prep_verdict_after", lang, virgin=cell_text(d.virgin_avoided, TONNES,
                                                                  lang),
                     crm=cell_text(d.crm_recovered, "kg", lang),
                     kept=cell_text(d.kept_in_region, TONNES, lang),
                     rate_before=cell_text(b.recyclability_rate, SHARE, lang),
                     rate_after=cell_text(a.recyclability_rate, SHARE, lang),
                     mci_before=cell_text(b.mci, INDEX, lang),
                     mci_after=cell_text(a.mci, INDEX, lang))))
    return out


def verdict(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    lang = ctx.lang
    out = [PageBreak(), _p(_e("prep_verdict_title", lang), "h1"), *_verdict_text(ctx),
           _headline_table(ctx), _p(_e("prep_push_title", lang), "h2")]
    table = contributors_table(ctx.result, lang)
    if not table.rows:
        return out + [_p(_e("prep_push_none", lang))]
    return out + [_table(table, lang, CONTRIBUTOR_WIDTHS, limit=TOP_CONTRIBUTORS)]


def streams_chapter(ctx: PortfolioContext) -> list:
    from reportlab.platypus import KeepTogether, PageBreak

    from advisor.portfolio.charts import flow_figure
    from advisor.report.sections import image

    r, kb, lang = ctx.result, ctx.kb, ctx.lang
    streams = StreamMap(kb)
    widths = [3.6, 2.6, 1.9, 1.9, 2.6, 2.3, 2.5]
    out = [PageBreak(), _p(_e("prep_streams_title", lang), "h1"),
           _p(_e("prep_streams_intro", lang)), _p(_e("portfolio_before", lang), "h3"),
           _table(streams_table(r.before, streams, lang), lang, widths)]
    if r.after is not None:
        out += [_p(_e("portfolio_after", lang), "h3"),
                _table(streams_table(r.after, streams, lang), lang, widths)]
    out.append(KeepTogether([image(flow_figure(r.before, r.after, lang)),
                             _p(_e("prep_chart_caption", lang), "caption")]))
    return out


def materials_chapter(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    r, kb, lang = ctx.result, ctx.kb, ctx.lang
    table = flows_compact_table(r.before, kb, StreamMap(kb), lang)
    shown = min(TOP_MATERIALS, len(table.rows))
    return [PageBreak(), _p(_e("prep_materials_title", lang), "h1"),
            _p(_e("prep_materials_intro", lang, shown=shown, total=len(table.rows))),
            _table(table, lang, FLOW_WIDTHS, limit=TOP_MATERIALS)]


def crm_chapter(ctx: PortfolioContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak

    r, lang = ctx.result, ctx.lang
    out = [CondPageBreak(MIN_CHAPTER_ROOM_CM * cm), _p(_e("prep_crm_title", lang), "h1"),
           _p(_e("prep_crm_intro", lang))]
    if not r.before.crm:
        return out + [_p(_e("prep_crm_none", lang))]
    return out + [_table(crm_table(r.before, lang), lang, [5.2, 1.8, 2.6, 2.6, 2.0, 3.2])]


def contributors_chapter(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    r, lang = ctx.result, ctx.lang
    table = contributors_table(r, lang)
    ranking = product_ranking_table(r, lang)
    if not table.rows and not ranking.rows:
        return []
    out = [PageBreak(), _p(_e("prep_contributors_title", lang), "h1")]
    if ranking.rows:
        out += [_p(_e("prep_products_ranked", lang), "h2"),
                _table(ranking, lang, RANKING_WIDTHS, limit=APPENDIX_LIMIT)]
    if table.rows:
        out += [_p(_e("prep_recommendations_ranked", lang), "h2"),
                _table(table, lang, CONTRIBUTOR_WIDTHS, limit=APPENDIX_LIMIT)]
    return out


def basis_chapter(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    from advisor.report.text import esc

    r, lang = ctx.result, ctx.lang
    unknown = sum(1 for x in r.lines if not x.before.lifetime_years)
    out = [PageBreak(), _p(_e("prep_basis_title", lang), "h1")]
    out += [_p("• " + _e(f"passume_{code}", lang, unknown=unknown, lines=len(r.lines)))
            for code in ASSUMPTIONS]
    out.append(_p(_e("prep_streams_sources", lang), "h2"))
    for s in StreamMap(ctx.kb).streams.values():
        status = text(f"portfolio_status_{s.status}", lang, default=s.status)
        out.append(_p(f"<b>{esc(s.name(lang))}</b> ({esc(status)}): {esc(s.source)}",
                      "small"))
    return out


def appendix(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    r, kb, lang = ctx.result, ctx.kb, ctx.lang
    products = products_table(r, lang)
    flows = flows_compact_table(r.before, kb, StreamMap(kb), lang)
    out = [PageBreak(), _p(_e("prep_appendix_title", lang), "h1")]
    for title, table, widths, cols in (
            ("prep_appendix_products", products, PRODUCT_WIDTHS, PRODUCT_COLUMNS),
            ("prep_appendix_flows", flows, FLOW_WIDTHS, None)):
        out.append(_p(_e(title, lang), "h2"))
        if len(table.rows) > APPENDIX_LIMIT:
            out.append(_p(_e("prep_appendix_cut", lang, shown=APPENDIX_LIMIT,
                             total=len(table.rows)), "muted"))
        out.append(_table(table, lang, widths, cols, APPENDIX_LIMIT))
    return out


def chapters() -> list[Callable[[PortfolioContext], list]]:
    return [cover, verdict, streams_chapter, materials_chapter, crm_chapter,
            contributors_chapter, basis_chapter, appendix]
