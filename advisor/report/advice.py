"""The chapters an engineer acts on: hotspots and the ranked recommendations."""

from __future__ import annotations

from advisor.model import ComponentResult
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.sections import HOTSPOT_LIMIT, P, gain_line, hotspot_parts, ranked
from advisor.report.styles import table_style
from advisor.report.text import esc, et, kg, rows_text, t


def _blocked_text(c: ComponentResult, lang: str) -> str:
    lines = []
    for blocked in c.blocked_routes:
        reasons = "; ".join(labels.reason_text(r, lang) for r in blocked.reasons)
        lines.append(f"<b>{esc(labels.route_label(blocked.code, lang))}</b>: {esc(reasons)}")
    return "<br/>".join(lines)


def hotspots(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Table

    lang = ctx.lang
    out = [PageBreak(), P(et("report_hotspots_title", lang), "h1")]
    parts = hotspot_parts(ctx.assessment)
    if not parts:
        return out + [P(et("report_hotspots_none", lang))]
    out.append(P(et("report_hotspots_intro", lang)))
    head = [P(esc(t(c, lang)), "cell_head") for c in (
        "report_col_row", "report_col_component", "report_col_mass", "report_col_reached",
        "report_col_blocked")]
    rows = [head]
    for c in parts[:HOTSPOT_LIMIT]:
        material = labels.material_label(c.material_id, ctx.kb, lang)
        rows.append([
            P(str(c.row or ""), "cell"),
            P(f"<b>{esc(c.name)}</b><br/><font size=7 color='#5a5a5a'>{esc(material)}</font>",
              "cell"),
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
    return out


def _concerns(ctx: ReportContext, rows: tuple[int, ...]) -> str:
    names = [ctx.name_of_row(r) for r in rows[:4]]
    text = rows_text(rows, ctx.lang, limit=8)
    named = ", ".join(n for n in names if n)
    if len(rows) > 4:
        named += ", …"
    return f"{esc(text)}: {esc(named)}" if named else esc(text)


def recommendations(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Table

    lang = ctx.lang
    out = [P(et("report_recs_title", lang), "h1")]
    recs = ranked(ctx.assessment)
    if not recs:
        return out + [P(et("report_no_recommendations", lang))]
    out.append(P(et("report_recs_intro", lang)))
    for i, rec in enumerate(recs, start=1):
        words = labels.rec_text(rec, lang)
        rows = [
            ("report_rec_rows", _concerns(ctx, rec.rows)),
            ("report_rec_change", esc(words.action)),
            ("report_rec_why", esc(words.why)),
            ("report_rec_gain", esc(gain_line(rec, lang).split(": ", 1)[-1])),
            ("report_rec_category", esc(labels.category_name(rec.category, lang))),
        ]
        table = Table([[P(esc(t(code, lang)), "cell_muted"), P(value, "cell")]
                       for code, value in rows], colWidths=[2.6 * cm, 14.8 * cm])
        table.setStyle(table_style(header_rows=0, zebra=False))
        out.append(KeepTogether([P(f"{i}. {esc(words.title)}", "rec_title"), table,
                                 P("", "small")]))
    return out
