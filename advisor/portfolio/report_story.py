"""The chapters of the portfolio report: cover, one-page verdict, flows by priority
stream, materials, critical raw materials, contributions, what the figures rest on, and
the appendix with every product and material flow.

Every figure comes from `advisor.portfolio.tables`, as in the window and the workbook.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from advisor import __version__
from advisor.i18n import fmt_percent
from advisor.messages import text
from advisor.portfolio.gains import product_ranking
from advisor.portfolio.jsonout import ASSUMPTIONS
from advisor.portfolio.report import PortfolioContext
from advisor.portfolio.streams import StreamMap
from advisor.portfolio.tables import (
    DELTA_TONNES,
    INDEX,
    KEPT_COLUMNS,
    SHARE,
    TEXT,
    TONNES,
    Table,
    cell_text,
    contributors_table,
    crm_table,
    elsewhere_notes,
    figure_text,
    flows_compact_table,
    headline,
    headline_notes,
    product_ranking_table,
    products_table,
    streams_table,
    variant_label,
)

if TYPE_CHECKING:
    from reportlab.platypus import LongTable

TEXT_WIDTH_CM = 17.4
TOP_CONTRIBUTORS = 8
TOP_MATERIALS = 25
APPENDIX_LIMIT = 2_000  # rows per appendix table; the workbook holds every row
CELL_CHARS = 90
MIN_CHAPTER_ROOM_CM = 8  # a chapter that does not start a page needs this much room left
# Preferred column widths (cm) by what a column holds; a table takes the text width in
# these proportions, and a column whose longest word needs more takes it from the others
# (advisor.portfolio.report_layout), so that nothing wraps inside a word.
COLUMN_CM = {"rank": 0.7, "row": 0.8, "product": 3.4, "recommendation": 6.0,
             "variant": 1.8, "after": 2.4, "material": 4.2, "stream": 3.0, "status": 3.0,
             "crm": 4.6, "strategic": 1.9, "supplier": 3.0, "group": 2.4, "also": 2.6,
             "project": 3.0}
NUMBER_CM = 1.9
# An aside in brackets with neither a date nor an address: the knowledge base's English
# explanation of a source, left out of the Dutch report.
ENGLISH_ASIDE = re.compile(r"\s*\([^()0-9.]*\)")
# The products on a portrait page: every column but the project file.
PRODUCT_LEFT_OUT = ("project",)


def _p(markup: str, style: str = "body"):
    from advisor.report.sections import P

    return P(markup, style)


def _e(code: str, lang: str, **params: object) -> str:
    from advisor.report.text import esc

    return esc(text(code, lang, **params))


def _short(value: str) -> str:
    return value if len(value) <= CELL_CHARS else value[: CELL_CHARS - 1] + "…"


def _cell(value: str, style: str = "cell"):
    from advisor.report.text import esc

    return _p(esc(_short(value)), style)


def _widths(table: Table, cols: list[int], heads: list[str], body: list[list[str]],
            total_cm: float) -> list[float]:
    """Column widths (points): the preferred proportions over `total_cm`, each column
    at least as wide as its longest word."""
    from reportlab.lib.units import cm

    from advisor.portfolio.report_layout import fitted_widths, needed_widths

    preferred = [COLUMN_CM.get(table.columns[i] if table.columns else "", NUMBER_CM)
                 for i in cols]
    scale = total_cm * cm / sum(preferred)
    return fitted_widths([w * scale for w in preferred], needed_widths(heads, body))


def _table(table: Table, lang: str, left_out: Iterable[str] = (), limit: int | None = None,
           total_cm: float = TEXT_WIDTH_CM) -> LongTable:
    """A report table of a portfolio table: green header, numbers right-aligned, the
    columns `left_out` (by key) left out."""
    from reportlab.platypus import LongTable

    from advisor.report.styles import table_style

    cols = [i for i in range(len(table.headers))
            if not table.columns or table.columns[i] not in left_out]
    heads = [table.headers[i] for i in cols]
    texts = [[_short(cell_text(row[i], table.kinds[i], lang)) for i in cols]
             for row in table.rows[:limit]]
    right = [table.kinds[i] != TEXT for i in cols]
    head = [_cell(h, "cell_head_right" if r else "cell_head")
            for h, r in zip(heads, right, strict=True)]
    body = [[_cell(c, "cell_right" if r else "cell") for c, r in zip(row, right, strict=True)]
            for row in texts]
    out = LongTable([head, *body], repeatRows=1,
                    colWidths=_widths(table, cols, heads, texts, total_cm))
    out.setStyle(table_style())
    return out


def cover(ctx: PortfolioContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table as RLTable

    from advisor.report.styles import table_style
    from advisor.report.text import long_date

    r, lang = ctx.result, ctx.lang
    fields = [("prep_cover_file", ctx.file_name),
              ("prep_cover_lines", str(len(r.lines))),
              ("prep_cover_projects", str(len({x.line.path for x in r.lines}))),
              ("prep_cover_region", text(f"report_region_{r.region}", lang)),
              ("report_date", long_date(ctx.day, lang)),
              ("report_kb_version", r.kb_version)]
    rows = [[_p(_e(code, lang), "muted"), _cell(value, "body")] for code, value in fields
            if value]
    table = RLTable(rows, colWidths=[5 * cm, 12 * cm], hAlign="LEFT")
    table.setStyle(table_style(header_rows=0, zebra=False))
    region = text(f"report_region_{r.region}", lang)
    return [Spacer(1, 3.2 * cm), _p(_e("prep_cover_title", lang, region=region), "title"),
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
                 recovered=fmt_percent(b.recyclability_rate, lang)))]
    if r.regional_processors:
        out.append(_p(_e("prep_verdict_kept", lang,
                         kept=cell_text(b.kept_in_region, TONNES, lang))))
    if r.after is None or r.difference is None:
        return out + [_p(_e("prep_verdict_no_after", lang))]
    a, d = r.after.totals, r.difference
    out.append(_p(_e("prep_verdict_after", lang,
                     virgin=cell_text(d.virgin_avoided, TONNES, lang),
                     crm=cell_text(d.crm_recovered, "kg", lang),
                     rate_before=cell_text(b.recyclability_rate, SHARE, lang),
                     rate_after=cell_text(a.recyclability_rate, SHARE, lang),
                     mci_before=cell_text(b.mci, INDEX, lang),
                     mci_after=cell_text(a.mci, INDEX, lang))))
    if r.regional_processors:
        out.append(_p(_e("prep_verdict_after_kept", lang,
                         kept=cell_text(d.kept_in_region, TONNES, lang))))
    return out


def _notes(ctx: PortfolioContext) -> list:
    """Under the headline figures: how changes are signed, and why the material kept in
    the region is not shown (where it is not)."""
    return [_p(_e_text(n), "caption") for n in headline_notes(ctx.result, ctx.lang)]


def _e_text(sentence: str) -> str:
    from advisor.report.text import esc

    return esc(sentence)


def verdict(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    lang = ctx.lang
    out = [PageBreak(), _p(_e("prep_verdict_title", lang), "h1"), *_verdict_text(ctx),
           _headline_table(ctx), *_notes(ctx), _p(_e("prep_push_title", lang), "h2")]
    table = contributors_table(ctx.result, lang)
    if not table.rows:
        return out + [_p(_e("prep_push_none", lang))]
    return out + [_table(table, lang, limit=TOP_CONTRIBUTORS)]


def _left_out(ctx: PortfolioContext) -> tuple[str, ...]:
    """The columns of material kept in the region where no processor there is known."""
    return () if ctx.result.regional_processors else KEPT_COLUMNS


def streams_chapter(ctx: PortfolioContext) -> list:
    from reportlab.platypus import KeepTogether, PageBreak

    from advisor.portfolio.charts import flow_figure
    from advisor.report.sections import image

    r, kb, lang = ctx.result, ctx.kb, ctx.lang
    streams = StreamMap(kb)
    out = [PageBreak(), _p(_e("prep_streams_title", lang), "h1"),
           _p(_e("prep_streams_intro", lang))]
    said: list[str] = []
    for title, side in (("portfolio_before", r.before), ("portfolio_after", r.after)):
        if side is None:
            continue
        out += [_p(_e(title, lang), "h3"),
                _table(streams_table(side, streams, lang), lang, _left_out(ctx))]
        notes = elsewhere_notes(side, streams, lang)
        if notes != said:  # after the redesigns only where it differs from before
            out += [_p(_e_text(n), "small") for n in notes]
        said = notes
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
            _table(table, lang, _left_out(ctx), limit=TOP_MATERIALS)]


def crm_chapter(ctx: PortfolioContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak

    r, lang = ctx.result, ctx.lang
    out = [CondPageBreak(MIN_CHAPTER_ROOM_CM * cm), _p(_e("prep_crm_title", lang), "h1"),
           _p(_e("prep_crm_intro", lang))]
    if not r.before.crm:
        return out + [_p(_e("prep_crm_none", lang))]
    return out + [_table(crm_table(r.before, lang), lang)]


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
                _table(ranking, lang, limit=APPENDIX_LIMIT), *_no_virgin_change(ctx)]
    if table.rows:
        out += [_p(_e("prep_recommendations_ranked", lang), "h2"),
                _table(table, lang, limit=APPENDIX_LIMIT)]
    return out


def _no_virgin_change(ctx: PortfolioContext) -> list:
    """Why a line with an "after" avoids no virgin material (as shown: ±0,00 t)."""
    lang = ctx.lang
    names = []
    for x, change in product_ranking(list(ctx.result.lines)):
        shown = cell_text(change["virgin_avoided"], DELTA_TONNES, lang)
        if x.after is not None and shown.startswith("±"):
            after = variant_label(x.after.variant_name, x.after.is_plan, lang)
            names.append(f"{x.before.product_name} ({after})")
    if not names:
        return []
    return [_p(_e("prep_no_virgin_change", lang, names="; ".join(names)), "small")]


def stream_sources(source: str, lang: str) -> str:
    """A priority stream's sources as the report shows them: in English with the
    knowledge base's explanation of each; in Dutch only the sources themselves (the
    explanation after each source's colon is the knowledge base's English)."""
    if lang == "en":
        return source
    parts = (ENGLISH_ASIDE.sub("", part.split(": ", 1)[0]).strip()
             for part in source.split("; "))
    return "; ".join(parts)


def basis_chapter(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    from advisor.report.text import esc

    r, lang = ctx.result, ctx.lang
    unknown = sum(1 for x in r.lines if not x.before.lifetime_years)
    out = [PageBreak(), _p(_e("prep_basis_title", lang), "h1")]
    # How changes are signed is said once, under the headline figures.
    out += [_p("• " + _e(f"passume_{code}", lang, unknown=unknown, lines=len(r.lines)))
            for code in ASSUMPTIONS if code != "signs"]
    out += [_p(_e(f"prep_{h}", lang), s) for h, s in (("streams_sources", "h2"),
                                                      ("sources_english", "muted"))]
    for s in StreamMap(ctx.kb).streams.values():
        status = text(f"portfolio_status_{s.status}", lang, default=s.status)
        out.append(_p(f"<b>{esc(s.name(lang))}</b> ({esc(status)}): "
                      f"{esc(stream_sources(s.source, lang))}", "small"))
    return out


def appendix(ctx: PortfolioContext) -> list:
    from reportlab.platypus import PageBreak

    r, kb, lang = ctx.result, ctx.kb, ctx.lang
    products = products_table(r, lang)
    flows = flows_compact_table(r.before, kb, StreamMap(kb), lang)
    out = [PageBreak(), _p(_e("prep_appendix_title", lang), "h1")]
    for title, table, left_out in (("prep_appendix_products", products, PRODUCT_LEFT_OUT),
                                   ("prep_appendix_flows", flows, _left_out(ctx))):
        out.append(_p(_e(title, lang), "h2"))
        if len(table.rows) > APPENDIX_LIMIT:
            out.append(_p(_e("prep_appendix_cut", lang, shown=APPENDIX_LIMIT,
                             total=len(table.rows)), "muted"))
        out.append(_table(table, lang, left_out, APPENDIX_LIMIT))
    return out


def chapters() -> list[Callable[[PortfolioContext], list]]:
    return [cover, verdict, streams_chapter, materials_chapter, crm_chapter,
            contributors_chapter, basis_chapter, appendix]
