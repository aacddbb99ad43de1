"""Fuzzing (hypothesis) the three readers of files from strangers, bounded in time.

- The CSV reader: any bytes give a bill of materials or an `InputError`, and whatever the
  command line prints about them is terminal-safe.
- The project loader: a saved project changed at random (values of any type in any
  column, extra schema objects, cut or flipped bytes) opens or is refused with an
  `InputError`; the file never changes; what opens without errors evaluates to finite
  figures.
- The data-pack loader: a random table either is refused (the layer unchanged) or is
  merged, and then the knowledge base loads without problems and evaluates.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.bom_io import read_bom
from advisor.errors import InputError
from advisor.kb import load_kb
from advisor.kb.datapack import import_pack
from advisor.kb.loader import read_dir
from advisor.kb.schema import SCHEMA
from advisor.model import validate_components
from advisor.paths import data_dir
from advisor.store import open_project, project_problems
from tests.hostile.builders import saved
from tests.hostile.conftest import assert_terminal_safe, run

FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# -- the CSV reader -----------------------------------------------------------------------

NASTY = st.sampled_from(["\x00", "\x1b[2J", "\x1b]8;;x\x07", "\u009b", "\u202e", "\r", "\t",
                         '"', ";", ",", "\n", "\ufeff", "1e308", "-0", "nan", "inf", "\x7f"])
CELL = st.one_of(st.text(max_size=8), NASTY, st.sampled_from(["PP", "steel", "0,2", "1"]))
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6),
       encoding=ENCODING, cut=st.integers(0, 3))
def test_csv_reader(tmp_path, user_home, rows, encoding, cut):
    text = "naam;materiaal;massa\n" + "\n".join(";".join(r) for r in rows)
    data = text.encode(encoding, errors="replace")
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data[:len(data) - cut] if cut else data)
    try:
        result = read_bom(path)
    except InputError as exc:
        assert exc.problems and all(p.code for p in exc.problems)
    else:
        comps = result.product.variants[0].components
        assert not [p for p in validate_components(comps) if p.is_error]
    code, out, err = run(["evaluate", path, "--lang", "en"])
    assert code in (0, 2) and "Traceback" not in err
    assert_terminal_safe(out, err)


# -- the project loader ---------------------------------------------------------------

COLUMNS = {"components": ["id", "parent_id", "name", "mass_kg", "quantity", "material_id",
                          "recycled_content", "constituents", "row", "attached_to"],
           "variants": ["name", "lifetime_years", "use_intensity", "product_id"],
           "products": ["name", "region", "stream"], "meta": ["value"]}
VALUE = st.one_of(st.none(), st.integers(-2**63, 2**63 - 1), st.floats(), st.text(max_size=20),
                  st.binary(max_size=8), st.sampled_from(["1", "1.1", "[]", "[[\"pp\", 2]]",
                                                          "{", "utrecht"]))
SCHEMA_EXTRAS = st.sampled_from([
    "", "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM components; END",
    "CREATE VIEW v AS SELECT * FROM components", "CREATE TABLE extra(x)",
    "ALTER TABLE components DROP COLUMN notes", "ALTER TABLE components ADD COLUMN z TEXT",
    "DROP TABLE meta", "UPDATE meta SET value = 'x' WHERE key = 'app'"])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_opened(path: Path) -> None:
    before = _digest(path)
    try:
        project = open_project(path)
    except InputError as exc:
        assert exc.problems and all(p.code for p in exc.problems)
        assert _digest(path) == before
        return
    assert _digest(path) == before
    problems = project_problems(project, path)
    if any(p.is_error for p in problems):
        code, _out, err = run(["evaluate", path, "--lang", "en"])
        assert code == 2 and "Traceback" not in err
        return
    code, out, err = run(["evaluate", path, "--lang", "en", "--json"])
    assert code in (0, 2) and "Traceback" not in err, err
    assert "NaN" not in out and "Infinity" not in out
    assert _digest(path) == before


@FUZZ
@given(table=st.sampled_from(sorted(COLUMNS)), data=st.data(), extra=SCHEMA_EXTRAS)
def test_project_loader_on_changed_values(tmp_path, user_home, table, data, extra):
    path = tmp_path / "p.cirkel"
    path.unlink(missing_ok=True)
    saved(path)
    column = data.draw(st.sampled_from(COLUMNS[table]))
    value = data.draw(VALUE)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = 2', (value,))
    except sqlite3.IntegrityError:
        pass  # a key the file's own constraints keep unique or present
    if extra:
        try:
            conn.execute(extra)
        except sqlite3.Error:
            pass  # the change does not apply to this file
    conn.commit()
    conn.close()
    _check_opened(path)


@FUZZ
@given(cut=st.integers(0, 60_000), flips=st.lists(st.integers(0, 60_000), max_size=6))
def test_project_loader_on_damaged_bytes(tmp_path, user_home, cut, flips):
    path = tmp_path / "p.cirkel"
    path.unlink(missing_ok=True)
    data = bytearray(saved(path).read_bytes())
    for at in flips:
        if at < len(data):
            data[at] ^= 0x5A
    path.write_bytes(bytes(data[:cut] if cut < len(data) else data))
    _check_opened(path)


# -- the data-pack loader -------------------------------------------------------------

WORDS = st.sampled_from(["pp", "steel", "abs", "R8", "R3", "landfill", "high_grade", "reuse",
                         "ferrous", "utrecht", "nl;eu", "liberated;mono", "screw", "basic",
                         "reusable", "blocks", "downgrades", "material", "joint", "1", "0",
                         "0.5", "2", "-1", "inf", "nan", "1e308", "x", "", "family:ferrous",
                         "stream:bogus", "test source"])
FIELD = st.one_of(WORDS, st.text(max_size=6))


def _csv_cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


@lru_cache(maxsize=1)
def _shipped() -> dict[str, list[dict]]:
    return read_dir(data_dir())


@FUZZ
@given(table=st.sampled_from(sorted(SCHEMA)), data=st.data())
def test_data_pack_loader(tmp_path, user_home, table, data):
    """Rows of the shipped table, some of their values changed: sound ones must load."""
    spec = SCHEMA[table]
    columns = list(spec.columns)
    shipped = [r for r in _shipped()[table]] or [dict.fromkeys(columns, "")]
    rows = []
    for _ in range(data.draw(st.integers(1, 3))):
        row = dict(data.draw(st.sampled_from(shipped)))
        for column in data.draw(st.lists(st.sampled_from(columns), max_size=2)):
            row[column] = data.draw(FIELD)
        rows.append([row.get(c, "") for c in columns])
    pack = tmp_path / f"{table}.csv"
    pack.write_text(",".join(columns) + "\n" + "\n".join(
        ",".join(_csv_cell(v) for v in r) for r in rows) + "\n", encoding="utf-8")
    layer = user_home / "knowledge"
    try:
        import_pack(pack, layer)
    except InputError as exc:
        assert exc.problems and all(p.file for p in exc.problems)
        assert not layer.exists()
        return
    kb = load_kb(user_dir=layer)
    assert kb.user_layer_problems == (), kb.user_layer_problems[:3]
    code, out, err = run(["evaluate", Path(__file__).parents[1] / "data/samples/speaker_bom.csv",
                          "--lang", "en", "--json"])
    assert code == 0, err
    assert "NaN" not in out and "Infinity" not in out and "is not used" not in err
    shutil.rmtree(layer)


def test_a_quantity_near_the_float_limit_is_refused_not_printed(tmp_path, user_home):
    """One example of what the project fuzzing covers, kept as a plain case."""
    path = tmp_path / "p.cirkel"
    saved(path, "UPDATE components SET quantity = 1e300 WHERE id = '1'")
    code, out, err = run(["evaluate", path, "--lang", "en", "--json"])
    assert code == 2 and "Quantity is larger" in err and out == ""
