"""The MCI against the EMF golden cases: every intermediate term, through the engine too."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from advisor.engine.metrics import mci, mci_terms

CASES = Path(__file__).parent / "data" / "cases" / "mci_formula_golden_tests.csv"
TOL = 1e-5


def _cases() -> list[dict]:
    lines = [ln for ln in CASES.read_text(encoding="utf-8").splitlines()
             if not ln.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["case"][:6])
def test_golden_case(case: dict) -> None:
    f = {k: float(v) for k, v in case.items() if k != "case"}
    v, w0, wc, wf = mci_terms(f["M_kg"], f["F_R"], f["F_U"], f["C_R"], f["C_U"], f["E_C"],
                              f["E_F"])
    assert v == pytest.approx(f["V_kg"], abs=TOL)
    assert w0 == pytest.approx(f["W0_kg"], abs=TOL)
    assert wc == pytest.approx(f["WC_kg"], abs=TOL)
    assert wf == pytest.approx(f["WF_kg"], abs=TOL)
    r = mci(f["M_kg"], v, w0, wc, wf, f["X"])
    assert r.w == pytest.approx(f["W_kg"], abs=TOL)
    assert r.lfi == pytest.approx(f["LFI_expected"], abs=TOL)
    assert r.mci == pytest.approx(f["MCI_expected"], abs=TOL)


def test_all_nine_cases_present() -> None:
    assert len(_cases()) == 9


def test_product_sums_over_parts_equal_single_part() -> None:
    # Splitting a part in two halves must not change the product MCI (mass-weighted sums).
    whole = mci_terms(2.0, 0.5, 0.0, 0.6, 0.0, 0.9, 0.8)
    half = mci_terms(1.0, 0.5, 0.0, 0.6, 0.0, 0.9, 0.8)
    assert mci(2.0, *whole, 1.0).mci == pytest.approx(
        mci(2.0, *(2 * t for t in half), 1.0).mci)
