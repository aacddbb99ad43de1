"""The PDF report: content in both languages, hostile text, size, atomic writing."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.report import ReportCancelled, labels, write_report
from advisor.report.verdict import figure_rows
from tests.test_report_support import make_assessment, make_kb

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return make_kb(tmp_path_factory.mktemp("kb"))


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_states_product_figures_and_recommendations(kb, tmp_path, lang):
    a = make_assessment("Steelstofzuiger Cirkel S1", "basis")
    b = make_assessment("Steelstofzuiger Cirkel S1", "herontwerp A")
    out = write_report(tmp_path / "r.pdf", a, kb, lang=lang, company="Acme B.V.",
                       author="J. de Vries", compare=b)
    text = flat(pdf_text(out))
    assert "Steelstofzuiger Cirkel S1" in text and "Acme B.V." in text
    assert "2026.1-test" in text  # the knowledge-base version on the cover
    from advisor.report.context import ReportContext

    for _figure, label, value, _sentence in figure_rows(ReportContext(a, kb, lang=lang)):
        assert flat(label) in text and flat(value) in text, (label, value)
    decimal = "62,3%" if lang == "nl" else "62.3%"
    assert decimal in text
    for rec in a.recommendations:
        assert flat(labels.rec_title(rec, lang)) in text
    title = "Circulariteitsrapport" if lang == "nl" else "Design-for-recovery report"
    assert title in text
    assert ("Pagina 2 van" if lang == "nl" else "Page 2 of") in text
    assert ("Vergelijking: herontwerp A tegenover basis" if lang == "nl"
            else "Comparison: herontwerp A against basis") in text


def test_hostile_names_print_literally(kb, tmp_path):
    hostile = "<b>Kast</b> & Co ü é € ≥ \x07" + "X" * 200
    a = make_assessment(hostile, "v<1> & \"A\"")
    # A name longer than a page is cut in its table cell instead of breaking the layout.
    long_part = replace(a.components[1], name="Lange naam " * 800, material_input="x" * 3000)
    a = replace(a, components=(a.components[0], long_part, *a.components[2:]))
    out = write_report(tmp_path / "h.pdf", a, kb, lang="nl", company="<i>Jansen</i> & Zn",
                       author="Zoë & Renée")
    text = flat(pdf_text(out))
    assert "<b>Kast</b> & Co ü é € ≥" in text
    assert "<i>Jansen</i> & Zn" in text and "Zoë & Renée" in text
    assert 'v<1> & "A"' in text
    # Only the embedded DejaVu subsets are used, never a standard-14 font.
    base = {f.get_object()["/BaseFont"] for page in PdfReader(str(out)).pages
            for f in page["/Resources"]["/Font"].values()}
    assert base and all("DejaVu" in name for name in base), base


def test_progress_rises_to_its_total(kb, tmp_path):
    seen = []
    write_report(tmp_path / "p.pdf", make_assessment(extra_rows=100), kb, lang="en",
                 progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len({total for _, total in seen}) == 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_leaves_no_file_and_keeps_the_old_report(kb, tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old report")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 12  # after the chapters, while pages are laid out

    with pytest.raises(ReportCancelled):
        write_report(target, make_assessment(extra_rows=200), kb, cancelled=cancelled)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_failure_leaves_no_partial_file(kb, tmp_path):
    def boom(done: int, total: int) -> None:
        if done > 3:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_report(tmp_path / "r.pdf", make_assessment(), kb, progress=boom)
    assert list(tmp_path.iterdir()) == []


def test_importing_the_package_loads_neither_matplotlib_nor_reportlab():
    code = ("import sys, advisor.report, advisor.report.charts, advisor.report.sections\n"
            "print(sorted(m for m in sys.modules if m.startswith(('matplotlib', 'reportlab'))"
            "))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_variant_notes_on_the_cover(kb, tmp_path):
    from advisor.model import Variant

    variant = Variant(id="v", name="basis", notes="Gemeten op <prototype> & getest")
    a = make_assessment(variant="basis")
    text = flat(pdf_text(write_report(tmp_path / "n.pdf", a, kb, lang="en", variant=variant)))
    assert "Notes on the variant" in text and "Gemeten op <prototype> & getest" in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_names_with_dollar_signs_are_text_not_maths(kb, tmp_path, lang):
    """Matplotlib never reads a user's name as maths (an unmatched $ used to crash it)."""
    a = make_assessment("Kast $\\frac{1}$ x", "v$\\frac{1}$")
    bad = "$\\frac{1}$"  # even dollars, broken maths: matplotlib's parser would raise
    recs = tuple(replace(r, params={"parts": bad, "joint": bad}) for r in a.recommendations)
    parts = [replace(c, name=f"Deel {bad} {i}") for i, c in enumerate(a.components)]
    a = replace(a, recommendations=recs)
    b = replace(a, components=tuple(parts), variant_name="$herontwerp$")
    out = write_report(tmp_path / "d.pdf", a, kb, lang=lang, compare=b)
    text = flat(pdf_text(out))
    assert "Kast $\\frac{1}$ x" in text and "$herontwerp$" in text


def test_chart_texts_are_never_parsed_as_maths(kb):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from advisor.report import charts

    bad = "$\\frac{1}$"
    a = make_assessment(f"P {bad}", bad)
    recs = tuple(replace(r, params={"parts": bad, "joint": bad}) for r in a.recommendations)
    a = replace(a, recommendations=recs, components=tuple(
        replace(c, name=f"{bad}{i}") for i, c in enumerate(a.components)))
    figures = [charts.route_chart(a), charts.composition_chart(a, kb), charts.flow_chart(a, kb),
               charts.gain_chart(a.recommendations), charts.comparison_chart(a, a)]
    for fig in figures:
        FigureCanvasAgg(fig).draw()  # raises on bad maths
        for text in fig.findobj(lambda o: hasattr(o, "get_parse_math")):
            if "$" in text.get_text() and text.get_parse_math():
                assert text.get_text().count("$") == text.get_text().count(r"\$")
