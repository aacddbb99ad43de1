"""The portfolio report for the alliance (PDF, Dutch or English).

It reuses the product report's fonts, paragraph and table styles and page templates
(advisor.report, read only): the same cover and portrait pages, with the portfolio's own
running header. Written to a temporary file beside the target and moved into place only
when complete; `cancelled()` stops it with `advisor.engine.Cancelled`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from advisor.engine import Cancelled
from advisor.kb import KnowledgeBase
from advisor.messages import text
from advisor.portfolio.model import PortfolioResult
from advisor.tempfiles import temp_beside, usual_permissions

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# Rough pages for progress: cover, verdict, streams, materials, CRM, contributors, basis.
FIXED_PAGES = 7
APPENDIX_ROWS_PER_PAGE = 45


@dataclass(frozen=True)
class PortfolioContext:
    """What one portfolio report is about."""

    result: PortfolioResult
    kb: KnowledgeBase
    lang: str = "nl"
    company: str = ""
    author: str = ""
    day: date = field(default_factory=date.today)

    @property
    def assessment(self) -> SimpleNamespace:
        """What the shared page templates read of a product report's context."""
        return SimpleNamespace(product_name=self.title, variant_name="")

    @property
    def title(self) -> str:
        """The running title: the region and the number of product lines."""
        return text("prep_running_title", self.lang, lines=len(self.result.lines),
                    region=text(f"report_region_{self.result.region}", self.lang))

    @property
    def file_name(self) -> str:
        """The portfolio file's name ('' for a portfolio built in the app)."""
        return Path(self.result.source).name if self.result.source else ""


def _doc_class() -> type:
    """The product report's document with the portfolio's running header."""
    from advisor.report.pdf import ReportDoc, draw_page_frame
    from advisor.report.text import long_date

    class PortfolioDoc(ReportDoc):
        def __init__(self, target: str, ctx: PortfolioContext,
                     on_page: Callable[[int], None]) -> None:
            super().__init__(target, ctx, on_page)
            self.title = text("portfolio_report_title", ctx.lang)
            self.subject = ctx.title

        def _page(self, canvas: Canvas, doc: object) -> None:
            ctx = self.ctx
            draw_page_frame(canvas, text("portfolio_report_title", ctx.lang), ctx.title,
                            " · ".join(p for p in (ctx.company, long_date(ctx.day, ctx.lang))
                                       if p))
            self._on_page(canvas.getPageNumber())

    return PortfolioDoc


def _build(target: Path, ctx: PortfolioContext, story: list,
           on_page: Callable[[int], None]) -> None:
    from reportlab.platypus import NextPageTemplate

    from advisor.report.fonts import register_fonts
    from advisor.report.pdf import _numbered_canvas

    register_fonts()
    doc = _doc_class()(str(target), ctx, on_page)
    doc.build([NextPageTemplate("portrait"), *story], canvasmaker=_numbered_canvas(ctx.lang))


def write_portfolio_report(path: str | os.PathLike, result: PortfolioResult,
                           kb: KnowledgeBase, *, lang: str = "nl", company: str = "",
                           author: str = "",
                           progress: Callable[[int, int], None] | None = None,
                           cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the report to `path` (complete or not at all) and return it."""
    from advisor.portfolio.report_story import chapters

    target = Path(path)
    ctx = PortfolioContext(result, kb, lang=lang, company=company, author=author)
    steps = chapters()
    pages = FIXED_PAGES + len(result.lines) // APPENDIX_ROWS_PER_PAGE
    total = len(steps) + pages

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(min(done, total), total)

    tmp = temp_beside(target, ".part")
    try:
        story: list = []
        for n, chapter in enumerate(steps):
            step(n)
            story += chapter(ctx)
        _build(tmp, ctx, story, lambda page: step(len(steps) + page))
        usual_permissions(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
