"""The component table: every row of the bill of materials, on landscape pages."""

from __future__ import annotations

from advisor.model import ComponentResult
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.fonts import FAMILY
from advisor.report.sections import P
from advisor.report.styles import table_style
from advisor.report.text import clip, esc, et, kg, pct, rows_text, t

COLUMNS = ("report_col_row", "report_col_component", "report_col_material",
           "report_col_mass", "report_col_joint", "report_col_route", "report_col_yield",
           "report_col_issues")
RIGHT = ("report_col_mass", "report_col_yield")
WIDTHS_CM = (0.9, 4.8, 6.4, 1.7, 3.6, 3.4, 1.7, 4.2)  # 26.7 cm: landscape A4 text width
MAX_INDENT = 6
CELL_FONT_SIZE = 7.5  # as in the house table style
CELL_PADDING = 6.0  # left + right padding of a cell, points
SURE_MATCH = 0.9  # below this match confidence the table shows it beside the material


def depths(components: tuple[ComponentResult, ...]) -> dict[str, int]:
    """Depth of each row in the tree (0 = top level)."""
    parent = {c.id: c.parent for c in components}
    out: dict[str, int] = {}
    for c in components:
        depth, cur, seen = 0, c.parent, set()
        while cur is not None and cur in parent and cur not in seen:
            seen.add(cur)
            depth += 1
            cur = parent[cur]
        out[c.id] = depth
    return out


def joint_label(joint: str | None, ctx: ReportContext) -> str:
    if not joint:
        return ""
    found = ctx.kb.joints.get(joint)
    return found.name(ctx.lang) if found else joint


def material_cell(c: ComponentResult, ctx: ReportContext) -> str:
    lang = ctx.lang
    written = clip(c.material_input, 200)
    if c.is_assembly:
        return written
    if not c.material_id:
        return f"{written} → <i>{esc(t('report_not_resolved', lang))}</i>"
    resolved = clip(labels.material_label(c.material_id, ctx.kb, lang), 120)
    note = ""
    if c.match_confidence < SURE_MATCH:
        note = (f" <font color='#5a5a5a'>"
                f"({esc(t('report_confidence', lang, share=pct(c.match_confidence, lang)))})"
                f"</font>")
    finish = (f"<br/><font color='#5a5a5a'>{esc(t('report_finish', lang))}: "
              f"{clip(c.finish, 120)}</font>" if c.finish else "")
    return (f"{written} → {resolved}{note}" if written else f"→ {resolved}{note}") + finish


def _cell(text: str, column: int, limit: int = 300):
    """Plain text where it fits on one line (fast to lay out), else a wrapping Paragraph."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, FAMILY, CELL_FONT_SIZE) <= WIDTHS_CM[column] * cm - CELL_PADDING:
        return text
    return P(clip(text, limit), "cell")


def _simple_material(c: ComponentResult, ctx: ReportContext) -> bool:
    return (not c.is_assembly and bool(c.material_id) and not c.finish
            and c.match_confidence >= SURE_MATCH)


def row_cells(c: ComponentResult, depth: int, ctx: ReportContext) -> list:
    lang = ctx.lang
    indent = min(depth, MAX_INDENT)
    if c.is_assembly:
        name = P("&nbsp;&nbsp;" * indent + f"<b>{clip(c.name)}</b>", "cell")
    else:
        name = _cell("  " * indent + " ".join(c.name.split()), 1)
    if _simple_material(c, ctx):
        resolved = labels.material_label(c.material_id, ctx.kb, lang)
        material = _cell(f"{' '.join(c.material_input.split())} → {resolved}", 2)
    else:
        material = P(material_cell(c, ctx), "cell")
    numbers = sorted({ctx.finding_numbers[labels.issue_text(i, lang)] for i in c.issues})
    issues = ", ".join(str(n) for n in numbers)
    route = "" if c.is_assembly else labels.route_label(c.route_code, lang)
    yield_ = "" if c.is_assembly else pct(c.recycling_yield, lang)
    return [str(c.row or ""), name, material, kg(c.total_mass_kg, lang, 3),
            _cell(joint_label(c.joint, ctx), 4, 80), _cell(route, 5), yield_,
            _cell(issues, 7)]


def component_table(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import LongTable, NextPageTemplate, PageBreak

    lang = ctx.lang
    comps = ctx.assessment.components
    level = depths(comps)
    head = [P(esc(t(code, lang)), "cell_head_right" if code in RIGHT else "cell_head")
            for code in COLUMNS]
    body = [row_cells(c, level[c.id], ctx) for c in comps]
    table = LongTable([head, *body], repeatRows=1, colWidths=[w * cm for w in WIDTHS_CM])
    table.setStyle(table_style(extra=[("ALIGN", (3, 1), (3, -1), "RIGHT"),
                                      ("ALIGN", (6, 1), (6, -1), "RIGHT")]))
    return [NextPageTemplate("landscape"), PageBreak(),
            P(et("report_components_title", lang), "h1"),
            P(et("report_components_intro", lang)), table, *findings_table(ctx),
            NextPageTemplate("portrait"), PageBreak()]


def findings_table(ctx: ReportContext) -> list:
    """Every distinct finding once, numbered as in the component table, with its rows."""
    from reportlab.lib.units import cm
    from reportlab.platypus import LongTable

    lang = ctx.lang
    if not ctx.findings:
        return []
    head = [P(esc(t(code, lang)), "cell_head") for code in (
        "report_col_number", "report_col_finding", "report_col_rows")]
    rows = [[str(ctx.finding_numbers[sentence]), P(clip(sentence, 1500), "cell"),
             P(esc(rows_text(found, lang, limit=40)), "cell")]
            for sentence, found in ctx.findings.items()]
    table = LongTable([head, *rows], repeatRows=1, colWidths=[1.2 * cm, 17.0 * cm, 8.5 * cm])
    table.setStyle(table_style())
    return [P(et("report_findings_title", lang), "h2"), P(et("report_findings_intro", lang)),
            table]
