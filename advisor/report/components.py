"""The component table: every row of the bill of materials, on landscape pages."""

from __future__ import annotations

from advisor.model import ComponentResult
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.sections import P
from advisor.report.styles import table_style
from advisor.report.text import esc, et, kg, pct, t

COLUMNS = ("report_col_row", "report_col_component", "report_col_material",
           "report_col_mass", "report_col_joint", "report_col_route", "report_col_yield",
           "report_col_issues")
WIDTHS_CM = (1.0, 5.4, 6.0, 2.0, 2.7, 2.9, 2.0, 4.7)  # 26.7 cm: landscape A4 text width
MAX_INDENT = 6
FULL_CONFIDENCE = 0.995  # below this the match confidence is shown beside the material


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
    written = esc(c.material_input)
    if c.is_assembly:
        return written
    if not c.material_id:
        return f"{written} → <i>{esc(t('report_not_resolved', lang))}</i>"
    resolved = esc(labels.material_label(c.material_id, ctx.kb, lang))
    note = ""
    if c.match_confidence < FULL_CONFIDENCE:
        note = (f" <font color='#5a5a5a'>"
                f"({esc(t('report_confidence', lang, share=pct(c.match_confidence, lang)))})"
                f"</font>")
    return f"{written} → {resolved}{note}" if written else f"→ {resolved}{note}"


def row_cells(c: ComponentResult, depth: int, ctx: ReportContext) -> list:
    lang = ctx.lang
    indent = "&nbsp;&nbsp;" * min(depth, MAX_INDENT)
    name = f"<b>{esc(c.name)}</b>" if c.is_assembly else esc(c.name)
    issues = "; ".join(labels.issue_text(i, lang) for i in c.issues)
    if c.is_assembly:
        route = yield_ = ""
    else:
        route = labels.route_label(c.route_code, lang)
        yield_ = pct(c.recycling_yield, lang)
    return [str(c.row or ""), P(indent + name, "cell"), P(material_cell(c, ctx), "cell"),
            kg(c.total_mass_kg, lang, 3), P(esc(joint_label(c.joint, ctx)), "cell"),
            P(esc(route), "cell"), yield_, P(esc(issues), "cell_muted") if issues else ""]


def component_table(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import LongTable, NextPageTemplate, PageBreak

    lang = ctx.lang
    comps = ctx.assessment.components
    level = depths(comps)
    head = [P(esc(t(code, lang)), "cell_head") for code in COLUMNS]
    body = [row_cells(c, level[c.id], ctx) for c in comps]
    table = LongTable([head, *body], repeatRows=1, colWidths=[w * cm for w in WIDTHS_CM])
    table.setStyle(table_style(extra=[("ALIGN", (3, 1), (3, -1), "RIGHT"),
                                      ("ALIGN", (6, 1), (6, -1), "RIGHT")]))
    return [NextPageTemplate("landscape"), PageBreak(),
            P(et("report_components_title", lang), "h1"),
            P(et("report_components_intro", lang)), table,
            NextPageTemplate("portrait"), PageBreak()]
