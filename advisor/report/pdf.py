"""The PDF document: page templates (cover, portrait), running header, page numbers,
and the build that reports progress, can be cancelled and logs where everything landed."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from advisor.report.context import ReportContext
from advisor.report.fonts import BOLD, FAMILY, register_fonts
from advisor.report.layout import Layout
from advisor.report.styles import GREEN, LINE, MUTED
from advisor.report.text import long_date, plain, t

MARGIN = 1.8 * cm
HEADER_GAP = 1.1 * cm  # from the page edge to the header rule


def _numbered_canvas(lang: str) -> type[Canvas]:
    """A canvas that writes 'Page n of N' once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._footer_number(total)
                super().showPage()
            super().save()

        def _footer_number(self, total: int) -> None:
            width = self._pagesize[0]
            self.setFont(FAMILY, 7.5)
            self.setFillColor(colors.HexColor(MUTED))
            self.drawRightString(width - self._margin_x, 0.9 * cm,
                                 t("report_page", lang, page=self._pageNumber, total=total))

    return NumberedCanvas


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Cut text with an ellipsis so that it fits a width on the canvas."""
    text = plain(text)
    if canvas.stringWidth(text, font, size) <= width:
        return text
    # No line of a page holds more than a few hundred characters: cut first, so that
    # trimming one character at a time stays cheap for a 100,000-character name.
    text = text[:FIT_MAX_CHARS]
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def draw_page_frame(canvas: Canvas, title: str, right: str, footer: str) -> None:
    """The running head and foot of every page after the cover: a rule under the report's
    title (left, bold) and what it is about (right, cut to fit), a rule above the footer
    (company and date; the page number is the numbered canvas's)."""
    w, h = canvas._pagesize
    canvas._margin_x = MARGIN
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor(LINE))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, h - HEADER_GAP, w - MARGIN, h - HEADER_GAP)
    canvas.line(MARGIN, 1.3 * cm, w - MARGIN, 1.3 * cm)
    canvas.setFont(BOLD, 7.5)
    canvas.setFillColor(colors.HexColor(GREEN))
    canvas.drawString(MARGIN, h - HEADER_GAP + 0.18 * cm, title)
    canvas.setFont(FAMILY, 7.5)
    canvas.setFillColor(colors.HexColor(MUTED))
    room = w - 2 * MARGIN - canvas.stringWidth(title, BOLD, 7.5) - 1 * cm
    canvas.drawRightString(w - MARGIN, h - HEADER_GAP + 0.18 * cm,
                           _fit(canvas, right, FAMILY, 7.5, room))
    canvas.drawString(MARGIN, 0.9 * cm, _fit(canvas, footer, FAMILY, 7.5, w / 2))
    canvas.restoreState()


FIT_MAX_CHARS = 400


class ReportDoc(BaseDocTemplate):
    """Cover and portrait page templates with a running header and footer."""

    def __init__(self, target, ctx: ReportContext, on_page: Callable[[int], None]):
        super().__init__(target, pagesize=A4, title=t("report_title", ctx.lang),
                         author=ctx.author or "Cirkelwijzer", creator="Cirkelwijzer",
                         subject=f"{ctx.assessment.product_name}",
                         leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 0.6 * cm,
                         bottomMargin=MARGIN, initialFontName=FAMILY)
        # (Every page starts in the embedded font: no standard-14 font is referenced.)
        self.ctx = ctx
        self._on_page = on_page
        self.layout = Layout()
        w, h = A4
        m = MARGIN
        self.addPageTemplates([
            PageTemplate("cover", [Frame(m, m, w - 2 * m, h - 2 * m, id="cover")],
                         onPage=self._cover_page, pagesize=A4),
            PageTemplate("portrait", [Frame(m, m, w - 2 * m, h - 2 * m - 0.6 * cm,
                                            id="portrait")],
                         onPage=self._page, pagesize=A4),
        ])

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's name
        self.layout.record(self, flowable)

    def _cover_page(self, canvas: Canvas, doc) -> None:
        w, h = A4
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(GREEN))
        canvas.rect(0, h - 1.6 * cm, w, 1.6 * cm, stroke=0, fill=1)
        canvas.rect(0, 0, w, 0.5 * cm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 11)
        canvas.drawString(MARGIN, h - 1.0 * cm, "Cirkelwijzer")
        canvas.restoreState()
        canvas._margin_x = MARGIN
        self._on_page(canvas.getPageNumber())

    def _page(self, canvas: Canvas, doc) -> None:
        from advisor.report.sections import variant_name

        ctx, a = self.ctx, self.ctx.assessment
        draw_page_frame(canvas, t("report_title", ctx.lang),
                        f"{a.product_name} · {variant_name(a.variant_name, ctx.lang)}",
                        " · ".join(p for p in (ctx.company, long_date(ctx.day, ctx.lang)) if p))
        self._on_page(canvas.getPageNumber())


def build(target, ctx: ReportContext, story: list, on_page: Callable[[int], None]) -> Layout:
    """Lay out the story into `target` (a path or file object); return where it landed."""
    register_fonts()
    doc = ReportDoc(target, ctx, on_page)
    doc.build([NextPageTemplate("portrait"), *story], canvasmaker=_numbered_canvas(ctx.lang))
    doc.layout.pages = doc.page
    return doc.layout
