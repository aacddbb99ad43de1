"""The order of the report's chapters, with progress and cancellation between them.

Main body: cover, verdict, comparison (with a redesign), from material to outcome, where
mass is lost, the plan. Appendix (optional): parts table, methods and sources, glossary.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.model import Assessment, Variant
from advisor.report.context import ReportContext

if TYPE_CHECKING:
    from advisor.kb import KnowledgeBase
    from advisor.report.layout import Layout

FIXED_PAGES = 7  # cover, verdict, outcome, losses, plan, methods, sources
# A chapter of the main body after the verdict follows on the same page when at least this
# much of the page is still free (a few lines of the verdict that run over leave no
# near-empty page behind); the cover, the verdict and the appendix start a page of their own.
ROOM_TO_FOLLOW_PT = 260.0
ROWS_PER_PAGE = 45  # parts table rows per portrait page, for the progress estimate


Chapter = Callable[[ReportContext], list]


def chapters(ctx: ReportContext) -> list[Chapter]:
    """The chapters in order; each one's flowables end with a chapter mark."""
    from reportlab.platypus import CondPageBreak, PageBreak

    from advisor.report import comparison, components, destination, methods, plan, verdict
    from advisor.report.layout import appendix_start, chapter_end

    def chapter(build: Chapter, first: bool = False, appendix: bool = False,
                follows: bool = False) -> Chapter:
        def run(c: ReportContext) -> list:
            body = build(c)
            if not body:
                return []
            start = [appendix_start()] if appendix else []
            brk = [] if first else [CondPageBreak(ROOM_TO_FOLLOW_PT) if follows else PageBreak()]
            return brk + start + body + [chapter_end()]
        return run

    out = [chapter(lambda c: _cover(c), first=True), chapter(verdict.verdict),
           chapter(comparison.comparison, follows=True),
           chapter(destination.destination, follows=True),
           chapter(destination.losses, follows=True), chapter(plan.plan, follows=True)]
    if ctx.appendix:
        out += [chapter(components.component_table, appendix=True),
                chapter(methods.methods_section), chapter(methods.sources_section),
                chapter(methods.glossary)]
    return out


def _cover(ctx: ReportContext) -> list:
    from advisor.report.sections import cover

    return cover(ctx)


def estimated_pages(assessment: Assessment) -> int:
    return FIXED_PAGES + len(assessment.components) // ROWS_PER_PAGE


def build_story(target, assessment: Assessment, kb: KnowledgeBase, *, lang: str,
                company: str, author: str, compare: Assessment | None,
                variant: Variant | None, progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool] | None, appendix: bool = True) -> Layout:
    """Build every chapter, then lay out the pages into `target` (a path or a binary file
    object); return where everything landed."""
    from advisor.engine import Cancelled
    from advisor.report.pdf import build

    ctx = ReportContext(assessment, kb, lang=lang, company=company, author=author,
                        compare=compare, variant=variant, appendix=appendix)
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
    layout = build(str(target) if isinstance(target, Path) else target, ctx, story,
                   on_page=lambda page: step(len(steps) + min(page, pages - 1)))
    if progress is not None:
        progress(total, total)
    return layout
