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
