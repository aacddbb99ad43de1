"""The appendix chapters after the parts table: methods (formulas, assumptions, data
gaps), the sources of the values used, and the glossary."""

from __future__ import annotations

from advisor.i18n import fmt_number
from advisor.report import labels
from advisor.report.client_text import client_text
from advisor.report.context import ReportContext
from advisor.report.fonts import register_fonts
from advisor.report.gaps import gaps
from advisor.report.hyphenate import house_table
from advisor.report.layout import heading
from advisor.report.sections import P
from advisor.report.sources import (
    cited,
    entry_markup,
    grouped,
    used_values,
)
from advisor.report.styles import table_style
from advisor.report.text import clip, esc, et, index, kg, t


def formulas(ctx: ReportContext) -> list:
    m, lang = ctx.assessment.metrics, ctx.lang
    values = t("report_formula_mci_values", lang, m=kg(m.total_mass_kg, lang, 3),
               v=kg(m.v_kg, lang, 3), w=kg(m.w_kg, lang, 3), lfi=index(m.lfi, lang),
               x=index(m.utility_x, lang), mci=index(m.mci, lang))
    # The formula texts are fixed markup of ours (bold, subscripts): not escaped.
    return [*heading(et("report_methods_title", lang), keep_cm=3),
            *heading(et("report_formulas_title", lang), "h2"),
            P(t("report_formula_rates", lang)), P(t("report_formula_recyclable", lang)),
            P(t("report_formula_mci", lang)), P(esc(values)), P(t("report_formula_other", lang))]


def assumptions(ctx: ReportContext) -> list:
    a, lang = ctx.assessment, ctx.lang
    out = [*heading(et("report_assumptions_title", lang), "h2"),
           P(et("report_assume_region", lang, region=t(f"report_region_{a.region}", lang)))]

    def years(value: float | None) -> str:
        if value is None:
            return t("report_not_given", lang)
        return t("report_years", lang, n=fmt_number(value, lang, 1))

    out.append(P(t("report_assume_lifetime", lang, lifetime=esc(years(a.lifetime_years)),
                   industry=esc(years(a.industry_lifetime_years)),
                   use=esc(fmt_number(a.use_intensity, lang, 2)))))
    if a.lifetime_years is None or a.industry_lifetime_years is None:
        out.append(P(t("report_assume_lifetime_default", lang)))
    for finding in a.assumptions:
        worded = labels.finding_text(finding, lang)
        if worded:
            rows = f" ({rows_of(finding.rows, lang)})" if finding.rows else ""
            out.append(P(esc(worded + rows), "small"))
    return out


def rows_of(rows: tuple[int, ...], lang: str) -> str:
    from advisor.report.text import rows_text

    return rows_text(rows, lang, limit=12)


def gap_section(ctx: ReportContext) -> list:
    from reportlab.platypus import ListFlowable, ListItem

    lang = ctx.lang
    out = heading(et("report_gaps_title", lang), "h2")
    found = gaps(ctx)
    if not found:
        return out + [P(et("report_gaps_none", lang))]
    items = [ListItem(P(clip(g, 600), "small"), leftIndent=10) for g in found]
    return out + [P(et("report_gaps_intro", lang)),
                  ListFlowable(items, bulletType="bullet", start="•", leftIndent=10,
                               bulletFontName=register_fonts(), bulletFontSize=7)]


def methods_section(ctx: ReportContext) -> list:
    return formulas(ctx) + assumptions(ctx) + gap_section(ctx)


def sources_section(ctx: ReportContext) -> list:
    """Published sources (titles in italics) with the values they give; the estimates apart."""
    from reportlab.lib.units import cm

    lang = ctx.lang
    values = used_values(ctx)
    out = heading(et("report_sources_title", lang), keep_cm=3)
    if not values:
        return out + [P(et("report_sources_none", lang))]
    published = cited(values)
    if published:
        head = [P(esc(t("report_col_source", lang)), "cell_head"),
                P(esc(t("report_col_entry", lang)), "cell_head")]
        rows = [[P(f"<i>{clip(title, 300)}</i>", "cell"),
                 P("<br/>".join(entry_markup(v, lang) for v in found[:40]), "cell")]
                for title, found in published]
        table = house_table([head, *rows], [6.4 * cm, 11.0 * cm], repeatRows=1)
        table.setStyle(table_style())
        out += [P(et("report_sources_intro", lang)), table]
    return out + estimates(ctx, [v for v in values if v.estimated])


def estimates(ctx: ReportContext, values: list) -> list:
    """The estimated values: in English with their reasoning, in Dutch as a list."""
    from reportlab.lib.units import cm

    lang = ctx.lang
    if not values:
        return []
    out = [*heading(et("report_estimates_title", lang), "h2"),
           P(et("report_estimates_intro", lang))]
    if lang != "en":
        return out + [P(esc("; ".join(v.entry for v in values)) + ".", "small")]
    head = [P(esc(t("report_col_entry", lang)), "cell_head"),
            P(esc(t("report_col_reasoning", lang)), "cell_head")]
    label = t("report_estimate_label", lang)
    rows = [[P(clip("; ".join(v.entry for v in found), 900), "cell"),
             P(clip(reasoning or label, 700), "cell")]
            for reasoning, found in grouped(values, key=lambda v: client_text(v.source))]
    table = house_table([head, *rows], [8.0 * cm, 9.4 * cm], repeatRows=1)
    table.setStyle(table_style())
    return out + [table]


def glossary(ctx: ReportContext) -> list:
    from advisor.report.glossary import glossary as build

    return build(ctx)
