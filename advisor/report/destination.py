"""From material to outcome: the flow chart with the table it adds up to, the parts that
lose the most mass, and the critical raw materials."""

from __future__ import annotations

from advisor.report import charts, labels, outcomes
from advisor.report.context import ReportContext
from advisor.report.hyphenate import house_table
from advisor.report.layout import heading
from advisor.report.sections import P, image
from advisor.report.styles import fitted_widths, table_style
from advisor.report.text import clip, esc, et, etn, mass, mass_in, pct, shorten, t, unit_for

LOSS_ROWS = 6  # parts in the losses table of the main body
FLOW_CHART_CM = 11.5  # height the flow chart takes at text width
REASONS_SHOWN = 2
REASON_CHARS = 200  # a reason that lists many materials is cut (a sentence is not)


def destination(ctx: ReportContext) -> list:
    a, kb, lang = ctx.assessment, ctx.kb, ctx.lang
    out = [*heading(et("report_destination_title", lang), keep_cm=FLOW_CHART_CM),
           P(et("report_destination_intro", lang)),
           image(charts.flow_chart(a, kb, lang), width_cm=16.0), *outcome_table(ctx)]
    m = a.metrics
    shares = (m.processed_in_region_share, m.processed_in_nl_share, m.processed_abroad_share)
    if any(shares):
        out.append(P(et("report_processed_line", lang, region=pct(shares[0], lang),
                        nl=pct(shares[1], lang), abroad=pct(shares[2], lang)), "small"))
    return out


def outcome_table(ctx: ReportContext) -> list:
    """Per route reached, the mass of each outcome; the last rows add up to the product."""
    from reportlab.lib.units import cm

    lang = ctx.lang
    per_route = outcomes.route_outcomes(ctx.assessment)
    total = outcomes.product_outcome(ctx.assessment)
    if total.total <= 0:
        return []
    names = [n for n in outcomes.OUTCOME_NAMES if getattr(total, n) > 0]
    unit = unit_for(total.total)
    head = [P(esc(t("report_col_route", lang)), "cell_head"),
            P(esc(t("report_col_mass", lang)), "cell_head_right")]
    head += [P(esc(t(f"report_outcome_{n}", lang)), "cell_head_right") for n in names]
    rows = [head]
    for code, o in per_route.items():
        rows.append([P(esc(labels.route_label(code, lang)), "cell"),
                     P(esc(mass_in(o.total, lang, unit)), "cell_right")]
                    + [P(esc(mass_in(getattr(o, n), lang, unit)), "cell_right") for n in names])
    rows.append([P(esc(t("report_col_total", lang)), "cell_bold"),
                 P(esc(mass_in(total.total, lang, unit)), "cell_right")]
                + [P(esc(mass_in(getattr(total, n), lang, unit)), "cell_right") for n in names])
    rows.append([P(esc(t("report_col_share", lang)), "cell_bold"), P("100%", "cell_right")]
                + [P(esc(pct(getattr(total, n) / total.total, lang)), "cell_right")
                   for n in names])
    texts = [t("report_col_route", lang), t("report_col_mass", lang),
             *(t(f"report_outcome_{n}", lang) for n in names)]
    table = house_table(rows, fitted_widths(texts, 17.4 * cm, 3.6 * cm), repeatRows=1)
    table.setStyle(table_style(extra=[("LINEABOVE", (0, -2), (-1, -2), 0.8, "#1f5c3a")]))
    return [P(et("report_routes_table_intro", lang), "small"), table]


def losses(ctx: ReportContext) -> list:
    """The parts that lose the most mass, with what blocks a better route; then the CRM."""
    from reportlab.lib.units import cm

    a, lang = ctx.assessment, ctx.lang
    found = sorted(((c, m, outcomes.lost_kg(c, m)) for c, m in outcomes.mass_rows(a)),
                   key=lambda x: (-x[2], x[0].row or 0))
    found = [x for x in found if x[2] > 1e-9]
    out = heading(et("report_losses_title", lang), keep_cm=3)
    if not found:
        return out + [P(et("report_causes_none", lang))] + crm_table(ctx)
    out.append(P(et("report_losses_intro", lang)))
    unit = unit_for(*(m for _, m, _ in found[:LOSS_ROWS]))
    codes = ("report_col_row", "report_col_component", "report_col_mass", "report_col_lost",
             "report_col_reached", "report_col_why")
    right = ("report_col_mass", "report_col_lost")
    rows = [[P(esc(t(c, lang)), "cell_head_right" if c in right else "cell_head")
             for c in codes]]
    for c, m, lost in found[:LOSS_ROWS]:
        material = labels.material_label(c.material_id, ctx.kb, lang)
        rows.append([P(str(c.row or ""), "cell"),
                     P(f"<b>{clip(c.name, 120)}</b><br/>"
                       f"<font size=6.5 color='#5a5a5a'>{clip(material, 90)}</font>", "cell"),
                     P(esc(mass_in(m, lang, unit)), "cell_right"),
                     P(esc(mass_in(lost, lang, unit)), "cell_right"),
                     P(esc(labels.route_label(c.route_code, lang)), "cell"),
                     P(clip(why_text(c, lang), 480), "cell")])
    table = house_table(rows, [0.9 * cm, 4.2 * cm, 1.6 * cm, 2.0 * cm, 2.4 * cm, 6.3 * cm],
                        repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    if len(found) > LOSS_ROWS:
        rest = found[LOSS_ROWS:]
        out.append(P(etn("report_losses_more", lang, len(rest),
                         mass=mass(sum(x[2] for x in rest), lang)), "muted"))
    return out + crm_table(ctx)


def why_text(c, lang: str) -> str:
    """Why a part reaches no better route, in at most a few reasons."""
    reasons = outcomes.blocking_reasons(c)
    if reasons:
        return "; ".join(shorten(labels.reason_text(r, lang), REASON_CHARS)
                         for r in reasons[:REASONS_SHOWN])
    if c.recycling_yield > 0:
        return t("report_why_process", lang)
    return t("report_why_no_route", lang)


def crm_table(ctx: ReportContext) -> list:
    """The critical raw materials, heaviest first, with what is recovered of each."""
    from reportlab.lib.units import cm

    lang, crm = ctx.lang, ctx.assessment.metrics.crm
    if not crm:
        return []
    codes = ("report_col_crm", "report_col_mass", "report_col_recovered",
             "report_col_strategic", "report_col_supplier")
    rows = [[P(esc(t(c, lang)), "cell_head") for c in codes]]
    unit = unit_for(*(item.mass_kg for item in crm))
    for item in sorted(crm, key=lambda c: -c.mass_kg):
        share = item.recovered_kg / item.mass_kg if item.mass_kg else 0.0
        supplier = labels.country_name(item.top_supplier, lang)
        if supplier and item.supply_share is not None:
            supplier += f" ({pct(item.supply_share, lang)})"
        rows.append([P(clip(item.name_nl if lang == "nl" else item.name_en), "cell"),
                     P(esc(mass_in(item.mass_kg, lang, unit)), "cell"),
                     P(esc(f"{mass_in(item.recovered_kg, lang, unit)} ({pct(share, lang)})"),
                       "cell"),
                     P(esc(t("report_yes" if item.strategic else "report_no", lang)), "cell"),
                     P(clip(supplier or "–", 80), "cell")])
    table = house_table(rows, [5.0 * cm, 2.2 * cm, 3.4 * cm, 2.0 * cm, 4.8 * cm],
                        repeatRows=1)
    table.setStyle(table_style())
    return [*heading(et("report_crm_title", lang), "h2", keep_cm=2.5),
            P(et("report_crm_intro", lang)), table]
