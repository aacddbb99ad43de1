"""The chapters an engineer acts on: hotspots and the ranked recommendations."""

from __future__ import annotations

from advisor.model import ComponentResult
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.sections import HOTSPOT_LIMIT, P, gain_line, hotspot_parts, ranked
from advisor.report.styles import table_style
from advisor.report.text import clip, esc, et, kg, mass, pct, rows_text, t


def _blocked_text(c: ComponentResult, lang: str) -> str:
    lines = []
    for blocked in c.blocked_routes:
        reasons = "; ".join(labels.reason_text(r, lang) for r in blocked.reasons)
        route = labels.route_label(blocked.code, lang)
        if blocked.quality:
            route += f" ({labels.quality_name(blocked.quality, lang)})"
        lines.append(f"<b>{esc(route)}</b>: {clip(reasons, 600)}")
    return "<br/>".join(lines)


def hotspots(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Table

    lang = ctx.lang
    out = [PageBreak(), P(et("report_hotspots_title", lang), "h1")]
    parts = hotspot_parts(ctx.assessment)
    if not parts:
        return out + [P(et("report_hotspots_none", lang))] + crm_table(ctx)
    out.append(P(et("report_hotspots_intro", lang)))
    head = [P(esc(t(c, lang)), "cell_head_right" if c == "report_col_mass" else "cell_head")
            for c in ("report_col_row", "report_col_component", "report_col_mass",
                      "report_col_reached", "report_col_blocked")]
    rows = [head]
    for c in parts[:HOTSPOT_LIMIT]:
        material = labels.material_label(c.material_id, ctx.kb, lang)
        rows.append([
            P(str(c.row or ""), "cell"),
            P(f"<b>{clip(c.name)}</b><br/>"
              f"<font size=7 color='#5a5a5a'>{clip(material, 120)}</font>", "cell"),
            P(esc(kg(c.total_mass_kg, lang, 3)), "cell_right"),
            P(esc(labels.route_label(c.route_code, lang)), "cell"),
            P(_blocked_text(c, lang), "cell"),
        ])
    table = Table(rows, repeatRows=1,
                  colWidths=[1.0 * cm, 4.4 * cm, 1.9 * cm, 2.4 * cm, 7.7 * cm])
    table.setStyle(table_style())
    out.append(table)
    if len(parts) > HOTSPOT_LIMIT:
        out.append(P(et("report_hotspots_more", lang, n=len(parts) - HOTSPOT_LIMIT), "muted"))
    return out + crm_table(ctx)


def crm_table(ctx: ReportContext) -> list:
    """The critical raw materials, heaviest first, with what is recovered of each."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Table

    lang, crm = ctx.lang, ctx.assessment.metrics.crm
    if not crm:
        return []
    codes = ("report_col_crm", "report_col_mass", "report_col_recovered",
             "report_col_strategic", "report_col_supplier")
    rows = [[P(esc(t(c, lang)), "cell_head") for c in codes]]
    for item in sorted(crm, key=lambda c: -c.mass_kg):
        share = item.recovered_kg / item.mass_kg if item.mass_kg else 0.0
        supplier = item.top_supplier
        if supplier and item.supply_share is not None:
            supplier += f" ({pct(item.supply_share, lang)})"
        rows.append([P(clip(item.name_nl if lang == "nl" else item.name_en), "cell"),
                     P(esc(mass(item.mass_kg, lang)), "cell"),
                     P(esc(f"{mass(item.recovered_kg, lang)} ({pct(share, lang)})"), "cell"),
                     P(esc(t("report_yes" if item.strategic else "report_no", lang)), "cell"),
                     P(clip(supplier, 80), "cell")])
    table = Table(rows, repeatRows=1, colWidths=[4.4 * cm, 2.4 * cm, 3.6 * cm, 2.2 * cm,
                                                 4.8 * cm])
    table.setStyle(table_style())
    return [P(et("report_crm_title", lang), "h2"), P(et("report_crm_intro", lang)), table]


def _concerns(ctx: ReportContext, rows: tuple[int, ...]) -> str:
    names = [ctx.name_of_row(r) for r in rows[:4]]
    text = rows_text(rows, ctx.lang, limit=8)
    named = ", ".join(n for n in names if n)
    if len(rows) > 4:
        named += ", …"
    return f"{esc(text)}: {clip(named)}" if named else esc(text)


def recommendations(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak, KeepTogether, Table

    lang = ctx.lang
    # A new page unless most of one is left: the advice is the chapter people act on.
    out = [CondPageBreak(16 * cm), P(et("report_recs_title", lang), "h1")]
    recs = ranked(ctx.assessment)
    if not recs:
        return out + [P(et("report_no_recommendations", lang))]
    out.append(P(et("report_recs_intro", lang)))
    for i, rec in enumerate(recs, start=1):
        words = labels.rec_text(rec, lang)
        rows = [
            ("report_rec_rows", _concerns(ctx, rec.rows)),
            ("report_rec_change", clip(words.action, 1200)),
            ("report_rec_why", clip(words.why, 1200)),
            ("report_rec_gain", esc(gain_line(rec, lang).split(": ", 1)[-1])),
            ("report_rec_category", esc(labels.category_name(rec.category, lang))),
        ]
        table = Table([[P(esc(t(code, lang)), "cell_muted"), P(value, "cell")]
                       for code, value in rows], colWidths=[2.6 * cm, 14.8 * cm])
        table.setStyle(table_style(header_rows=0, zebra=False))
        out.append(KeepTogether([P(f"{i}. {clip(words.title)}", "rec_title"), table,
                                 P("", "small")]))
    return out
