"""The order of the report's chapters, with progress and cancellation between them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.model import Assessment, Variant
from advisor.report.context import ReportContext

if TYPE_CHECKING:
    from advisor.kb import KnowledgeBase

FIXED_PAGES = 9  # cover, summary, charts (2), hotspots, recommendations, methods (3)


def chapters(ctx: ReportContext) -> list[Callable[[ReportContext], list]]:
    from reportlab.platypus import PageBreak

    from advisor.report import advice, components, methods, sections

    def comparison(c: ReportContext) -> list:
        found = sections.comparison(c)
        return [PageBreak(), *found] if found else []

    return [sections.cover, lambda c: [PageBreak(), *sections.summary(c)],
            sections.chart_section, comparison, advice.hotspots, advice.recommendations,
            components.component_table, methods.methods_section]


def estimated_pages(assessment: Assessment) -> int:
    from advisor.report.pdf import ROWS_PER_PAGE

    return (FIXED_PAGES + len(assessment.components) // ROWS_PER_PAGE
            + len(assessment.recommendations) // 4)


def build_story(target: Path, assessment: Assessment, kb: KnowledgeBase, *, lang: str,
                company: str, author: str, compare: Assessment | None,
                variant: Variant | None, progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool] | None) -> int:
    """Build every chapter, then lay out the pages; return the page count."""
    from advisor.engine import Cancelled
    from advisor.report.pdf import build

    ctx = ReportContext(assessment, kb, lang=lang, company=company, author=author,
                        compare=compare, variant=variant)
    steps = chapters(ctx)
    pages = estimated_pages(assessment)
    total = len(steps) + pages

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    story: list = []
    for done, chapter in enumerate(steps):
        step(done)
        story += chapter(ctx)
    count = build(str(target), ctx, story,
                  on_page=lambda page: step(len(steps) + min(page, pages - 1)))
    if progress is not None:
        progress(total, total)
    return count
