"""No pickle, eval or exec anywhere; SQL takes user data only as parameters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SOURCES = sorted(p for folder in ("advisor", "ui") for p in (ROOT / folder).rglob("*.py"))
FORBIDDEN = re.compile(r"\bimport\s+(c?pickle|marshal|shelve)\b|\bfrom\s+(c?pickle|marshal|"
                       r"shelve)\b|(?<![\w.])(eval|exec)\(|\bpickle\.|yaml\.load\(")
# An f-string or %-formatted string handed to execute/query: SQL built from values.
SQL_CALL = re.compile(r"\.(execute|executemany|executescript|query)\(\s*(f\"|f'|rf\"|fr\"|"
                      r"\"[^\"]*\"\s*%|'[^']*'\s*%|[\"'][^\"']*[\"']\s*\.format\()")


def test_there_is_code_to_check():
    assert len(SOURCES) > 50


@pytest.mark.parametrize("pattern, sample", [
    (FORBIDDEN, "data = pickle.loads(blob)"), (FORBIDDEN, "value = eval(text)"),
    (FORBIDDEN, "exec(code)"), (FORBIDDEN, "import marshal"),
    (SQL_CALL, 'db.execute(f"select * from t where name = \'{name}\'")'),
    (SQL_CALL, "db.query('select * from %s' % table)"),
])
def test_patterns_catch_what_they_should(pattern, sample):
    assert pattern.search(sample)


def test_patterns_leave_safe_code_alone():
    for sample in ('db.execute("insert into t values (?)", [name])', "self.evaluate(x)",
                   "app.exec()", "dialog.exec()", "literal_eval(text)"):
        assert not FORBIDDEN.search(sample) and not SQL_CALL.search(sample), sample


def test_no_pickle_eval_or_exec():
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p in SOURCES
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if FORBIDDEN.search(line) and not re.search(r"\.exec\(\)", line)]
    assert not found, found


def test_sql_is_never_formatted_from_values():
    found = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in SOURCES
             for m in SQL_CALL.finditer(p.read_text(encoding="utf-8"))]
    assert not found, found
