"""The parts table of the appendix: every row of the bill of materials, in portrait with
wrapped names, and the findings it numbers.

A reportlab table that breaks over many pages copies and measures all its remaining
rows at every page break, which grows with the square of the rows. `RowRun` hands the
table over in windows of `WINDOW` rows, so 100,000 rows take linear time.
"""

from __future__ import annotations

from advisor.model import ComponentResult
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.fonts import FAMILY
from advisor.report.hyphenate import house_table
from advisor.report.layout import heading
from advisor.report.sections import P
from advisor.report.styles import PALE, table_style
from advisor.report.text import clip, esc, et, kg, pct, rows_text, shorten, t

COLUMNS = ("report_col_row", "report_col_component", "report_col_material",
           "report_col_mass", "report_col_joint", "report_col_route", "report_col_yield",
           "report_col_issues")
RIGHT = ("report_col_mass", "report_col_yield")
WIDTHS_CM = (0.9, 3.3, 3.7, 1.6, 2.5, 2.1, 1.9, 1.4)  # 17.4 cm: portrait A4 text width
MAX_INDENT = 4
CELL_FONT_SIZE = 7.5  # as in the house table style
CELL_PADDING = 6.0  # left + right padding of a cell, points
SURE_MATCH = 0.9  # below this match confidence the table shows it beside the material
WINDOW = 60  # rows a page break looks at (more than a page holds)


def depths(components: tuple[ComponentResult, ...]) -> dict[str, int]:
    """Depth of each row in the tree (0 = top level)."""
    parent = {c.id: c.parent for c in components}
    out: dict[str, int] = {}
    for c in components:
        depth, cur, seen = 0, c.parent, set()
        while cur is not None and cur in parent and cur not in seen:
            if cur in out:
                depth += out[cur] + 1
                break
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


def _cell(text: str, column: int, limit: int = 300):
    """Plain text, broken into lines that fit the column. A table measures plain lines
    without a paragraph's line breaking, which keeps 100,000 rows affordable."""
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = WIDTHS_CM[column] * cm - CELL_PADDING
    text = shorten(text, limit)
    if stringWidth(text, FAMILY, CELL_FONT_SIZE) <= width:
        return text
    lines = simpleSplit(text, FAMILY, CELL_FONT_SIZE, width)
    if any(stringWidth(line, FAMILY, CELL_FONT_SIZE) > width for line in lines):
        return P(esc(text), "cell")  # a word longer than the column: let it break
    return "\n".join(lines)


def material_text(c: ComponentResult, ctx: ReportContext) -> str:
    """The material as written and as resolved, with the match's confidence and the
    finish where they matter (plain text)."""
    lang = ctx.lang
    written = " ".join(c.material_input.split())
    if not c.material_id:
        return f"{written} → {t('report_not_resolved', lang)}"
    out = f"{written} → {labels.material_label(c.material_id, ctx.kb, lang)}"
    if c.match_confidence < SURE_MATCH:
        out += f" ({t('report_confidence', lang, share=pct(c.match_confidence, lang))})"
    if c.finish:
        out += f"; {t('report_finish', lang)}: {' '.join(c.finish.split())}"
    return out


def row_cells(c: ComponentResult, depth: int, ctx: ReportContext) -> list:
    lang = ctx.lang
    indent = min(depth, MAX_INDENT)
    if c.is_assembly:
        name = P("&nbsp;" * 2 * indent + f"<b>{clip(c.name)}</b>", "cell")
    else:
        name = _cell("  " * indent + " ".join(c.name.split()), 1)
    if c.is_assembly:
        material = _cell(" ".join(c.material_input.split()), 2, 200)
    else:
        material = _cell(material_text(c, ctx), 2, 400)
    numbers = sorted({ctx.finding_numbers[labels.issue_text(i, lang)] for i in c.issues})
    route = "" if c.is_assembly else labels.route_label(c.route_code, lang)
    yield_ = "" if c.is_assembly else pct(c.recycling_yield + c.reuse_share, lang)
    return [str(c.row or ""), name, material, kg(c.total_mass_kg, lang, 3),
            _cell(joint_label(c.joint, ctx), 4, 80), _cell(route, 5), yield_,
            _cell(", ".join(str(n) for n in numbers), 7)]


def _window_table(head: list, rows: list, first: int):
    """One window of the parts table as a reportlab table (zebra rows by global index)."""
    from reportlab.lib import colors
    from reportlab.lib.units import cm

    table = house_table([head, *rows], [w * cm for w in WIDTHS_CM], long=True,
                        repeatRows=1)
    pale = colors.HexColor(PALE)
    zebra = [colors.white, pale] if first % 2 == 0 else [pale, colors.white]
    table.setStyle(table_style(zebra=False, extra=[
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), zebra),
        ("ALIGN", (3, 1), (3, -1), "RIGHT"), ("ALIGN", (6, 1), (6, -1), "RIGHT")]))
    return table


def row_run(head: list, rows: list, make_table=_window_table):
    """A flowable that lays out `rows` under a repeated header, a window at a time;
    `make_table(head, rows, first)` builds one window (first: its first row's index)."""
    from reportlab.platypus import Flowable

    class RowRun(Flowable):
        def __init__(self, start: int) -> None:
            super().__init__()
            self.start = start
            self._table = make_table(head, rows[start:start + WINDOW], start)

        @property
        def last(self) -> bool:
            return self.start + WINDOW >= len(rows)

        def wrap(self, available_width, available_height):  # reportlab's signature
            width, height = self._table.wrap(available_width, available_height)
            # More rows follow this window: never report that all of it fits.
            return width, height if self.last else max(height, available_height + 1)

        def draw(self) -> None:
            self._table.drawOn(self.canv, 0, 0)

        def split(self, available_width, available_height):
            _w, height = self._table.wrap(available_width, available_height)
            if height <= available_height:  # the whole window fits: the next one follows
                return [self._table, RowRun(self.start + WINDOW)]
            parts = self._table.split(available_width, available_height)
            if not parts:
                return []
            rest = self.start + len(parts[0]._cellvalues) - 1  # rows placed on this page
            return [parts[0]] if rest >= len(rows) else [parts[0], RowRun(rest)]

    return RowRun(0)


def component_table(ctx: ReportContext) -> list:
    lang = ctx.lang
    comps = ctx.assessment.components
    level = depths(comps)
    head = [P(esc(t(code, lang)), "cell_head_right" if code in RIGHT else "cell_head")
            for code in COLUMNS]
    body = [row_cells(c, level[c.id], ctx) for c in comps]
    return [*heading(et("report_components_title", lang), keep_cm=3),
            P(et("report_components_intro", lang) + " "
              + et("report_components_intro_more", lang)), row_run(head, body),
            *findings_table(ctx)]


def findings_table(ctx: ReportContext) -> list:
    """Every distinct finding once, numbered as in the parts table, with its rows."""
    from reportlab.lib.units import cm

    lang = ctx.lang
    if not ctx.findings:
        return []
    head = [P(esc(t(code, lang)), "cell_head") for code in (
        "report_col_number", "report_col_finding", "report_col_rows")]
    rows = [[str(ctx.finding_numbers[sentence]), P(clip(sentence, 1500), "cell"),
             P(esc(rows_text(found, lang, limit=40)), "cell")]
            for sentence, found in ctx.findings.items()]
    widths = [1.0 * cm, 11.4 * cm, 5.0 * cm]

    def table(head: list, chunk: list, first: int):

        tab = house_table([head, *chunk], widths, repeatRows=1)
        tab.setStyle(table_style())
        return tab

    return [*heading(et("report_findings_title", lang), "h2", keep_cm=2.5),
            P(et("report_findings_intro", lang)), row_run(head, rows, table)]
