"""The report's layout rules, checked on real reports: headings keep two lines of their
content, no page is less than a third full unless it ends a chapter, the main body of a
product of up to 50 rows takes at most 8 pages, no table header breaks a word."""

from __future__ import annotations

import pytest

from advisor.report.styles import header_word_width
from tests.report_fixtures import DEMO, PRODUCTS, REDESIGN, evaluated, full, render
from tests.test_report_support import write_bom

MAX_BODY_PAGES = 8


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", PRODUCTS, ids=lambda p: p.stem)
def test_layout_rules_hold_for_the_fixture_products(path, lang):
    a = evaluated(path)
    _pdf, layout = render(a, lang)
    assert layout.problems() == []
    if len(a.components) <= 50:
        assert layout.body_pages <= MAX_BODY_PAGES, layout.body_pages


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_layout_rules_hold_with_a_full_assessment_and_a_comparison(lang):
    a, b = full(evaluated(DEMO)), evaluated(REDESIGN)
    _pdf, layout = render(a, lang, compare=b)
    assert layout.problems() == []
    assert layout.body_pages <= MAX_BODY_PAGES


def test_fifty_rows_keep_the_main_body_within_eight_pages(tmp_path):
    from tests.report_fixtures import evaluated as evaluate_file

    a = evaluate_file(write_bom(tmp_path / "fifty.csv", 50))
    _pdf, layout = render(a, "nl")
    assert layout.problems() == []
    assert layout.body_pages <= MAX_BODY_PAGES


def test_without_appendix_the_report_is_the_main_body():
    a = evaluated(DEMO)
    _with, full_layout = render(a, "nl")
    _without, short = render(a, "nl", appendix=False)
    assert short.appendix_page is None and full_layout.appendix_page is not None
    assert short.pages == full_layout.appendix_page - 1


def test_the_checker_finds_an_orphaned_heading_and_a_near_empty_page():
    from advisor.report.layout import Event, Layout

    top, bottom = 800.0, 50.0
    layout = Layout(pages=4, events=[
        Event(2, "content", 0, 200.0, top, bottom),
        Event(2, "heading", 1, 120.0, top, bottom, "Alone"),  # its content is on page 3
        Event(3, "content", 0, 700.0, top, bottom),  # page 3: 13% full, no chapter end
        Event(4, "content", 0, 600.0, top, bottom), Event(4, "chapter_end", 0, 600.0, top,
                                                          bottom)])
    problems = layout.problems()
    assert any("Alone" in p for p in problems)
    assert any(p.startswith("page 3:") for p in problems)


def _tables(flowables):
    from reportlab.platypus import Table

    for f in flowables:
        table = getattr(f, "_table", f)
        if isinstance(table, Table):
            yield table
        yield from _tables(getattr(f, "_content", []))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_table_header_breaks_a_word(lang):
    from advisor.report.context import ReportContext
    from advisor.report.story import chapters
    from tests.report_fixtures import kb

    ctx = ReportContext(full(evaluated(DEMO)), kb(), lang=lang, compare=evaluated(REDESIGN))
    story = [f for chapter in chapters(ctx) for f in chapter(ctx)]
    checked = 0
    for table in _tables(story):
        if table._cellStyles and table.repeatRows:
            for cell, width in zip(table._cellvalues[0], table._colWidths, strict=True):
                text = cell.getPlainText() if hasattr(cell, "getPlainText") else str(cell)
                assert header_word_width(text) <= width + 0.5, (text, width)
                checked += 1
    assert checked > 20
