"""The report's front chapters: cover, summary, charts, comparison, hotspots, advice."""

from __future__ import annotations

from collections.abc import Callable

from advisor import __version__
from advisor.model import ROUTE_ORDER, Assessment, ComponentResult, Metrics
from advisor.report import charts, labels
from advisor.report.context import ReportContext
from advisor.report.styles import styles, table_style
from advisor.report.text import (
    CELL_LIMIT,
    carbon,
    clip,
    esc,
    et,
    index,
    long_date,
    mass,
    pct,
    points,
    rows_text,
    seconds,
    shorten,
    signed,
    signed_index,
    signed_seconds,
    t,
)

DPI = 220  # print resolution of the chart images
TEXT_WIDTH_CM = 17.4
TOP_RECOMMENDATIONS = 5
HOTSPOT_LIMIT = 40  # longer lists move to the component table, which shows every row


def _crm(m: Metrics, lang: str) -> str:
    share = m.crm_recovered_kg / m.crm_mass_kg if m.crm_mass_kg else 0.0
    return t("report_fig_crm_value", lang, mass=mass(m.crm_mass_kg, lang),
             share=pct(share, lang))


# The key figures: metric field, label code, formatter. Used by summary and comparison.
FIGURES: tuple[tuple[str, str, Callable[[Metrics, str], str]], ...] = (
    ("recyclability_rate", "report_fig_recyclability",
     lambda m, lang: pct(m.recyclability_rate, lang)),
    ("recoverability_rate", "report_fig_recoverability",
     lambda m, lang: pct(m.recoverability_rate, lang)),
    ("reuse_rate", "report_fig_reuse", lambda m, lang: pct(m.reuse_rate, lang)),
    ("mci", "report_fig_mci", lambda m, lang: index(m.mci, lang)),
    ("crm_mass_kg", "report_fig_crm", _crm),
    ("disassembly_time_s", "report_fig_disassembly",
     lambda m, lang: seconds(m.disassembly_time_s, lang)),
    ("embodied_carbon_kg", "report_fig_carbon",
     lambda m, lang: carbon(m.embodied_carbon_kg, lang)),
    ("circular_inflow", "report_fig_inflow", lambda m, lang: pct(m.circular_inflow, lang)),
    ("circular_outflow", "report_fig_outflow", lambda m, lang: pct(m.circular_outflow, lang)),
    ("unresolved_mass_kg", "report_fig_unresolved",
     lambda m, lang: mass(m.unresolved_mass_kg, lang)),
)


def P(text: str, style: str = "body"):  # noqa: N802 - reads like reportlab's Paragraph
    from reportlab.platypus import Paragraph

    return Paragraph(text, getattr(styles(), style))


def image(fig) -> object:
    """A matplotlib Figure as a print-resolution image flowable, full text width."""
    from io import BytesIO

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from reportlab.lib.units import cm
    from reportlab.platypus import Image

    FigureCanvasAgg(fig)
    buf = BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white")
    buf.seek(0)
    w, h = fig.get_size_inches()
    width = TEXT_WIDTH_CM * cm
    return Image(buf, width=width, height=width * h / w)


def cover(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer, Table

    a, lang = ctx.assessment, ctx.lang
    dash = t("report_not_given", lang)
    fields = [
        ("report_variant", a.variant_name),
        ("report_compared_with", ctx.compare.variant_name if ctx.compare else None),
        ("report_company", ctx.company or dash),
        ("report_author", ctx.author or dash),
        ("report_date", long_date(ctx.day, lang)),
        ("report_region", t(f"report_region_{a.region}", lang)),
        ("report_kb_version", a.kb_version),
        ("report_variant_notes", ctx.variant.notes if ctx.variant and ctx.variant.notes
         else None),
    ]
    rows = [[P(esc(t(code, lang)), "muted"), P(clip(value), "body")]
            for code, value in fields if value is not None]
    table = Table(rows, colWidths=[5 * cm, 12 * cm], hAlign="LEFT")
    table.setStyle(table_style(header_rows=0, zebra=False))
    return [Spacer(1, 3.2 * cm), P(et("report_title", lang), "title"),
            P(et("report_subtitle", lang), "subtitle"),
            P(esc(t("report_product", lang)), "muted"), P(clip(a.product_name), "product"),
            Spacer(1, 0.8 * cm), table, Spacer(1, 1.2 * cm),
            P(et("report_cover_note", lang), "muted"),
            P(et("report_made_with", lang, version=__version__), "muted")]


def figure_rows(m: Metrics, lang: str) -> list[list]:
    """Key figure rows: label, value, plain-language reading."""
    out = []
    for field_name, code, fmt in FIGURES:
        if field_name == "unresolved_mass_kg" and not m.unresolved_mass_kg:
            continue
        reading = labels.metric_reading(field_name, getattr(m, field_name), lang)
        out.append([P(esc(t(code, lang)), "cell_bold"), P(esc(fmt(m, lang)), "cell"),
                    P(esc(reading), "cell")])
    return out


def gain_line(rec, lang: str) -> str:
    g = rec.gain
    return t("report_gain_line", lang, rate=points(g.recyclability_rate, lang),
             mci=signed_index(g.mci, lang), time=signed_seconds(g.disassembly_time_s, lang))


def ranked(a: Assessment) -> list:
    return sorted(a.recommendations, key=lambda r: (r.priority, r.id))


def summary(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import Table

    a, lang = ctx.assessment, ctx.lang
    out = [P(et("report_summary_title", lang), "h1"),
           P(et("report_summary_intro", lang, product=shorten(a.product_name, CELL_LIMIT),
                variant=shorten(a.variant_name, CELL_LIMIT),
                mass=mass(a.metrics.total_mass_kg, lang), parts=len(ctx.parts),
                rows=len(a.components)))]
    head = [P(esc(t(c, lang)), "cell_head") for c in
            ("report_col_figure", "report_col_value", "report_col_reading")]
    table = Table([head, *figure_rows(a.metrics, lang)], repeatRows=1,
                  colWidths=[4.6 * cm, 4.0 * cm, 8.8 * cm])
    table.setStyle(table_style())
    out += [table, P(et("report_top_title", lang), "h2")]
    recs = ranked(a)[:TOP_RECOMMENDATIONS]
    if not recs:
        out.append(P(et("report_no_recommendations", lang)))
    for i, rec in enumerate(recs, start=1):
        out.append(P(f"<b>{i}. {clip(labels.rec_title(rec, lang))}</b> "
                     f"({esc(rows_text(rec.rows, lang, limit=6))})<br/>"
                     f"<font size=8 color='#5a5a5a'>{esc(gain_line(rec, lang))}</font>"))
    return out


def chart_section(ctx: ReportContext) -> list:
    from reportlab.platypus import KeepTogether, PageBreak

    a, kb, lang = ctx.assessment, ctx.kb, ctx.lang
    pairs = [(charts.route_chart(a, lang), "report_chart_routes_caption"),
             (charts.composition_chart(a, kb, lang), "report_chart_composition_caption"),
             (charts.flow_chart(a, kb, lang), "report_chart_flow_caption")]
    if a.recommendations:
        pairs.append((charts.gain_chart(a.recommendations, lang), "report_chart_gain_caption"))
    out = [PageBreak(), P(et("report_charts_title", lang), "h1")]
    for fig, caption in pairs:
        out.append(KeepTogether([image(fig), P(et(caption, lang), "caption")]))
    return out


def comparison(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Spacer, Table

    a, b, lang = ctx.assessment, ctx.compare, ctx.lang
    if b is None:
        return []
    name_a, name_b = charts.variant_labels(a, b)
    head = [P(esc(t("report_col_figure", lang)), "cell_head"),
            P(clip(name_a, 120), "cell_head"), P(clip(name_b, 120), "cell_head"),
            P(esc(t("report_col_difference", lang)), "cell_head")]
    rows = [head]
    for field_name, code, fmt in FIGURES:
        rows.append([P(esc(t(code, lang)), "cell_bold"), P(esc(fmt(a.metrics, lang)), "cell"),
                     P(esc(fmt(b.metrics, lang)), "cell"),
                     P(esc(_difference(field_name, a.metrics, b.metrics, lang)), "cell")])
    table = Table(rows, repeatRows=1, colWidths=[5.0 * cm, 4.4 * cm, 4.4 * cm, 3.6 * cm])
    table.setStyle(table_style())
    va, vb = shorten(name_a, CELL_LIMIT), shorten(name_b, CELL_LIMIT)
    return [P(et("report_compare_title", lang, variant=vb), "h1"),
            P(et("report_compare_intro", lang, a=va, b=vb)),
            table, Spacer(1, 0.4 * cm),
            KeepTogether([image(charts.comparison_chart(a, b, lang))])]


def _difference(field_name: str, a: Metrics, b: Metrics, lang: str) -> str:
    if getattr(b, field_name) is None or getattr(a, field_name) is None:
        return "–"  # not assessed (joints unknown)
    delta = getattr(b, field_name) - getattr(a, field_name)
    if field_name.endswith("_rate") or field_name.startswith("circular_"):
        return points(delta, lang)
    if field_name == "mci":
        return signed_index(delta, lang)
    if field_name == "disassembly_time_s":
        return signed_seconds(delta, lang)
    sign = signed(delta, lang, 4)[0]  # masses print in g below 1 kg: compare finely
    unit = " CO₂e" if field_name == "embodied_carbon_kg" else ""
    return f"{sign}{mass(abs(delta), lang)}{unit}"


def hotspot_parts(a: Assessment) -> list[ComponentResult]:
    """Parts whose better routes are blocked, heaviest first."""
    def better(c: ComponentResult) -> bool:
        reached = ROUTE_ORDER.index(c.route_code) if c.route_code in ROUTE_ORDER else 99
        return any(ROUTE_ORDER.index(b.code) < reached for b in c.blocked_routes
                   if b.code in ROUTE_ORDER)
    return sorted((c for c in a.components if not c.is_assembly and better(c)),
                  key=lambda c: -c.total_mass_kg)
