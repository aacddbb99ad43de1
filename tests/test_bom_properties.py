"""Property tests: whatever content arrives, the importer returns a tree or an InputError."""

from __future__ import annotations

import io
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.bom_io import ImportResult, read_bom, read_bom_text
from advisor.bom_io.numbers import format_plain, parse_number
from advisor.errors import InputError
from advisor.model import validate_components

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

HEADERS = ["Nr", "naam", "Name", "Materiaal", "Massa (g)", "mass_kg", "Weight", "qty",
           "Aantal", "parent", "level", "niveau", "Verbinding", "Recycled content", "eenheid",
           "", "x"]
CELLS = st.one_of(
    st.sampled_from(["", "1", "1.1", "1.1.2", "0", "-1", "2", "1,5", "1.250,5", "12 g",
                     "0.5 kg", "3 lb", "inf", "nan", "30%", "abc", "=1+1", "'@x", "1e308",
                     "1e400", "x" * 600, "\u00e9\u00e9n", "A", "B"]),
    st.text(max_size=12))


def assert_valid(result: object) -> None:
    """A returned result must be a consistent tree without errors."""
    assert isinstance(result, ImportResult)
    comps = result.product.variants[0].components
    assert comps
    assert not [p for p in validate_components(comps) if p.is_error]
    assert all(not p.is_error for p in result.problems)
    for c in comps:
        assert c.mass_kg is None or (math.isfinite(c.mass_kg) and c.mass_kg >= 0)
        assert c.quantity > 0 and isinstance(c.row, int)


def attempt(call, *args, **kwargs) -> None:
    try:
        result = call(*args, **kwargs)
    except InputError as exc:
        assert exc.problems and all(p.code for p in exc.problems)
        return
    assert_valid(result)


@FAST
@given(st.text(max_size=400))
def test_any_text(text):
    attempt(read_bom_text, text)


@FAST
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7),
       rows=st.lists(st.lists(CELLS, max_size=8), max_size=8),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_table_shaped_text(header, rows, delimiter):
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    attempt(read_bom_text, "\n".join(lines))


@FAST
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".tsv"]))
def test_any_bytes(tmp_path, data, suffix):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    attempt(read_bom, path)


def _workbook(header, rows) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


XLSX_CELLS = st.one_of(CELLS.filter(lambda s: not s.startswith("=") and s.isprintable()),
                       st.floats(allow_nan=False, allow_infinity=False), st.integers(-5, 5),
                       st.none(), st.booleans())


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
       rows=st.lists(st.lists(XLSX_CELLS, max_size=6), max_size=6),
       cut=st.one_of(st.none(), st.integers(0, 4000)),
       flip=st.one_of(st.none(), st.integers(0, 4000)))
def test_xlsx_content_and_damage(tmp_path, header, rows, cut, flip):
    data = bytearray(_workbook(header, rows))
    if flip is not None and flip < len(data):
        data[flip] ^= 0xFF
    if cut is not None:
        data = data[:cut]
    path = tmp_path / "f.xlsx"
    path.write_bytes(bytes(data))
    attempt(read_bom, path)


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False))
def test_plain_format_parses_back_exactly(value):
    for decimal in (".", ","):
        assert parse_number(format_plain(value, decimal), decimal) == value


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\A[+-]?[0-9]{1,7}([.,][0-9]{1,6})?\Z"), st.sampled_from([".", ","]))
def test_plain_number_fast_path_equals_the_grouping_rules(text, decimal):
    """parse_number's shortcut for plain numbers gives what the full rules give."""
    from advisor.bom_io.numbers import _normalise_separators

    assert parse_number(text, decimal) == float(_normalise_separators(text, decimal))
