"""What a page-by-page read of the demo report and its comparison found, kept fixed: no
note for the knowledge base's keepers reaches the client, ..."""

from __future__ import annotations

import re

import pytest

from advisor.report.client_text import client_text
from tests.report_fixtures import demo_report

CASES = [("nl", False), ("en", False), ("nl", True), ("en", True)]
# Upper case as the knowledge base writes them ("Data gaps and estimates" is the client's).
INTERNAL_MARKS = re.compile(r"GAP|VERIFY|TODO|FIXME|(?i:\.csv|\.md\b|not reachable)")


@pytest.fixture(scope="module", params=CASES, ids=lambda c: f"{c[0]}{'-compare' * c[1]}")
def report_text(request) -> str:
    _data, pages = demo_report(*request.param)
    return "\n".join(pages)


def test_no_internal_knowledge_base_note_is_printed(report_text):
    flat = " ".join(report_text.split())
    assert INTERNAL_MARKS.findall(flat) == []


def test_client_text_keeps_the_reasoning_and_drops_the_keepers_notes():
    source = ("engineering estimate: magnetic separation and melting lose a few %; analogue: "
              "aluminium remelt yield 95-97% (USLCI) (stream 'steel' process yield: GAP: no "
              "public scrap-to-steel yield (recycling_process_yields.csv: worldsteel/BIR "
              "texts not reachable))")
    assert client_text(source) == ("engineering estimate: magnetic separation and melting "
                                   "lose a few %; analogue: aluminium remelt yield 95-97% "
                                   "(USLCI)")
    assert client_text("estimate (per-fastener proxy times are GAP; eDiM tables not public): "
                       "drilling out one rivet") == "engineering estimate: drilling out one rivet"
    assert client_text("engineering estimate; yield GAP") == ""
    assert client_text("Directive 2012/19/EU Annex V") == "Directive 2012/19/EU Annex V"


def test_dutch_says_process_loss_and_not_recycled_never_verloren():
    """'verloren' meant both lost in processing and lost to energy or landfill: the report
    says 'procesverlies' for the one and 'niet gerecycled' for the other."""
    for compare in (False, True):
        text = " ".join(" ".join(demo_report("nl", compare)[1]).split()).lower()
        assert "verloren" not in text
        assert "procesverlies" in text and "niet gerecycled" in text


def test_no_bracketed_plural_in_the_report_messages():
    from advisor.messages import report, report_names, report_plan, report_verdict

    bracketed = re.compile(r"\w\((?:en|s|es|ies|n|ren)\)")
    found = [(code, lang) for module in (report, report_names, report_plan, report_verdict)
             for code, langs in module.MESSAGES.items() if isinstance(langs, dict)
             for lang, sentence in langs.items()
             if isinstance(sentence, str) and bracketed.search(sentence)]
    assert found == []
