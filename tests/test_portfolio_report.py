"""The portfolio report's wording and layout: signed changes, the material kept in the
region where no processor there is known, critical raw materials like for like, stream
statuses, column widths that never split a word, and a cover title of its own."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from advisor.cli import run_cli
from advisor.kb.base import default_kb
from advisor.portfolio import run_portfolio
from advisor.portfolio.cache import MemoryCache
from advisor.portfolio.gains import crm_gain
from advisor.portfolio.model import CrmKg
from advisor.portfolio.report_layout import fitted_widths, needed_widths
from advisor.portfolio.report_story import stream_sources
from advisor.portfolio.streams import StreamMap, has_regional_processor
from advisor.portfolio.tables import (
    DELTA_KG,
    DELTA_SHARE,
    DELTA_TONNES,
    TONNES,
    cell_text,
    elsewhere_notes,
    flows_compact_table,
    headline,
    streams_table,
)
from tests.portfolio_fixtures import build_portfolio


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory) -> Path:
    return build_portfolio(tmp_path_factory.mktemp("portfolio-report"))


@pytest.fixture(scope="module")
def result(portfolio):
    kb = default_kb()
    return run_portfolio(portfolio, kb, lang="nl", cache=MemoryCache(kb.version))


@pytest.fixture(scope="module")
def dutch_pdf(portfolio) -> str:
    target = portfolio.parent / "rapport.pdf"
    code = run_cli(["portfolio", str(portfolio), "-o", str(target), "--lang", "nl"],
                   io.StringIO(), io.StringIO())
    assert code == 0
    pages = PdfReader(str(target)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


def test_changes_always_carry_a_sign():
    assert cell_text(350.0, DELTA_TONNES, "nl") == "+0,35"
    assert cell_text(-350.0, DELTA_TONNES, "nl") == "\u22120,35"
    assert cell_text(0.001, DELTA_TONNES, "nl") == "±0,00"
    assert cell_text(-0.001, DELTA_KG, "en") == "±0.00"
    assert cell_text(0.019, DELTA_SHARE, "en").startswith("+1.9")
    assert cell_text(-2500.0, TONNES, "nl") == "\u22122,50"  # a level: minus, no plus


def test_critical_raw_materials_count_like_for_like():
    def product(*crm: CrmKg) -> SimpleNamespace:
        return SimpleNamespace(mass_kg=2.0, crm=crm)

    copper = CrmKg("copper", 0.10, 0.09)
    # More copper, all of the extra recovered: more demand, not more recovery.
    assert crm_gain(product(copper), product(CrmKg("copper", 0.20, 0.19))) == \
        pytest.approx(0.0, abs=1e-12)
    # Less lost: the gain is what is no longer lost (per unit of 2 kg).
    assert crm_gain(product(copper), product(CrmKg("copper", 0.10, 0.10))) == \
        pytest.approx(0.02)
    # A magnet left out loses nothing more: its loss is avoided.
    magnet = CrmKg("ree-light", 0.01, 0.0)
    assert crm_gain(product(copper, magnet), product(copper)) == pytest.approx(0.02)


def test_no_regional_processor_leaves_the_kept_figures_out_and_says_why(result):
    assert not has_regional_processor(default_kb())
    assert has_regional_processor(SimpleNamespace(
        rows=lambda table: [{"processed_in": "region"}] if table == "material_routes" else []))
    assert not result.regional_processors
    assert "kept" not in {f.key for f in headline(result, "nl")}
    streams = StreamMap(default_kb())
    table = streams_table(result.before, streams, "nl", kept=False)
    assert "kept" not in table.columns and "also_mass" in table.columns
    compact = flows_compact_table(result.before, default_kb(), streams, "en", kept=False)
    assert "kept_of" not in compact.columns
    code, out, _err = _cli_json(result.source)
    doc = json.loads(out)
    assert code == 0 and doc["regional_processors"] is False
    note = next(a for a in doc["assumptions"] if a["code"] == "no_regional_processor")
    assert "collection, sorting and transfer" in note["message"]


def _cli_json(path: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["portfolio", path, "--json", "--lang", "en"], out, err)
    return code, out.getvalue(), err.getvalue()


def test_mass_counted_in_another_stream_says_where(result):
    streams = StreamMap(default_kb())
    notes = elsewhere_notes(result.before, streams, "nl")
    also = {s.id: s.also_elsewhere for s in result.before.streams if s.also_elsewhere > 0}
    assert len(notes) == len(also) > 0
    assert all("geteld bij" in n for n in notes)


def test_dutch_report_has_its_own_title_dutch_words_and_the_reasons(dutch_pdf):
    assert "Regionale materiaalstromen, regio Utrecht" in dutch_pdf
    assert "Portfoliobestand portfolio.csv" in dutch_pdf
    assert "zou dus altijd 0 zijn" in dutch_pdf  # why kept in the region is not shown
    assert "In regio gehouden" not in dutch_pdf
    assert "+ meer, \u2212 minder, ± geen verandering" in dutch_pdf
    assert "landelijk genoemd; voor de regio een schatting" in dutch_pdf
    assert "schatting:" not in dutch_pdf and "market average" not in dutch_pdf
    for english in ("South Africa", "Australia", "Chile", "worked out for", " the "):
        assert english not in dutch_pdf


def test_sources_in_dutch_keep_the_sources_only():
    source = ("TNO, Circulaire potentie voor Utrecht, section 3.2: interiors of offices; "
              "NMU, 'Alliantie Cirkelregio' (nmu.nl): priority stream biobased economie")
    assert stream_sources(source, "en") == source
    assert stream_sources(source, "nl") == ("TNO, Circulaire potentie voor Utrecht, section "
                                            "3.2; NMU, 'Alliantie Cirkelregio' (nmu.nl)")


def test_columns_are_as_wide_as_their_longest_word():
    heads = ["Recyclebaarheid", "Op de markt (t/jr)", "Materiaal"]
    need = needed_widths(heads, [["64,8%", "26,69", "Polyamide"]])
    assert need[0] > need[1]  # one long word needs more than three short ones
    widths = fitted_widths([40.0, 80.0, 200.0], need)
    assert sum(widths) == pytest.approx(320.0)
    assert all(w >= n - 1e-9 for w, n in zip(widths, need, strict=True))
