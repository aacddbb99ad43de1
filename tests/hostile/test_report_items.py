"""Items 4 and 5 (issue 16) as the PDF shows them: text from a bill of materials is never
markup and never raw control characters. The PDF is the report engineer's
(advisor/report/); where it does not hold yet, the test is marked xfail with the reason."""

from __future__ import annotations

import re

from pypdf import PdfReader

from tests.hostile.conftest import run

MATH_NAMES = ("id;parent;name;material;mass\n"
              "1;;Kast $x^2$ \\frac{a}{b} $\\invalid{$;;\n"
              "2;1;Deel $\\alpha_{$ en 50$;PP;0.2\n"
              "3;1;Ring $$;steel;0.1\n")
CONTROL_NAMES = ("id\tparent\tname\tmaterial\tmass\n"
                 "1\t\tKast \x1b[2J schoon\t\t\n"
                 "2\t1\tDeel \u202eesrever\u202c\tPP\t0,2\n"
                 "3\t1\tBel \x07 en \x7f\tsteel\t0,1\n")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_dollar_signs_in_names_are_text_not_maths(tmp_path, user_home):
    bom = tmp_path / "wiskunde.csv"
    bom.write_text(MATH_NAMES, encoding="utf-8")
    code, _out, err = run(["report", bom, "-o", tmp_path / "r.pdf", "--lang", "en",
                           "--product", "Product $\\sqrt{2}$", "--variant", "Variant $\\beta$"])
    assert code == 0, err
    text = _pdf_text(tmp_path / "r.pdf")
    assert "$x^2$" in text and "$\\alpha_{$" in text


def test_control_characters_in_names_are_not_in_the_pdf(tmp_path, user_home):
    bom = tmp_path / "tekens.tsv"
    bom.write_text(CONTROL_NAMES, encoding="utf-8")
    code, _out, err = run(["report", bom, "-o", tmp_path / "r.pdf", "--lang", "en"])
    assert code == 0, err
    text = _pdf_text(tmp_path / "r.pdf")
    assert "schoon" in text
    assert not _CONTROLS.search(text), _CONTROLS.findall(text)
