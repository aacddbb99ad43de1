"""Project files read through ATTACH: batches beyond SQLite's attach limit, odd names,
files that are never written, refused views and computed columns, newer and older files;
and the results cache: a repeated run evaluates only what changed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from advisor import store
from advisor.errors import InputError
from advisor.kb.base import default_kb
from advisor.model import Project
from advisor.portfolio import run_portfolio
from advisor.portfolio.cache import MemoryCache, ResultCache
from advisor.portfolio.projects import ProjectReader
from tests.portfolio_fixtures import cabinet

NAMES = ["plain", "with space", "hash #1", "query ?x=1", "percent %20", "ü é €", "a;b"]


def _projects(folder: Path, count: int) -> list[Path]:
    """Copies of one cabinet project with masses scaled by 1 + n/10 (saving each anew
    would spend most of the test in fsync)."""
    template = folder / "template.cirkel.tmpl"
    store.save_project(Project("Kasten", (cabinet(),)), template)
    out = []
    for n in range(count):
        path = folder / f"{NAMES[n % len(NAMES)]} {n}.cirkel"
        shutil.copyfile(template, path)
        _tamper(path, f"UPDATE components SET mass_kg = mass_kg * {1 + n / 10}")
        out.append(path)
    template.unlink()
    return out


def _portfolio(folder: Path, paths: list[Path], compare: str = "") -> Path:
    body = "".join(f'"{p.name}",Kast,,{100 + n},1,{compare}\n' for n, p in enumerate(paths))
    target = folder / "portfolio.csv"
    target.write_text("project,product,variant,units_per_year,region_share,compare_variant\n"
                      + body, encoding="utf-8")
    return target


def _digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_more_files_than_can_be_attached_at_once(tmp_path):
    assert ProjectReader().batch_size <= 125
    paths = _projects(tmp_path, ProjectReader().batch_size * 2 + 3)
    before = {p: _digest(p) for p in paths}
    kb = default_kb()
    result = run_portfolio(_portfolio(tmp_path, paths), kb, cache=MemoryCache(kb.version))
    assert len(result.lines) == len(paths) and result.evaluated == len(paths)
    masses = [x.before.mass_kg for x in result.lines]
    assert masses == pytest.approx([14.0 * (1 + n / 10) for n in range(len(paths))])
    assert {p: _digest(p) for p in paths} == before  # never written
    assert not [p for p in tmp_path.iterdir() if p.suffix not in (".cirkel", ".csv")]


def test_repeated_run_evaluates_only_changed_projects(tmp_path, user_home):
    paths = _projects(tmp_path, 4)
    portfolio = _portfolio(tmp_path, paths)
    kb = default_kb()
    first = run_portfolio(portfolio, kb)
    assert (first.evaluated, first.cached) == (4, 0)
    assert (user_home / "cache" / "portfolio.sqlite").exists()
    again = run_portfolio(portfolio, kb)
    assert (again.evaluated, again.cached) == (0, 4)
    assert again.before.totals == first.before.totals
    project = store.open_project(paths[0])
    product = project.products[0]
    grown = replace(product.variants[0], components=tuple(
        replace(c, mass_kg=c.mass_kg * 2) for c in product.variants[0].components))
    store.save_project(replace(project, products=(replace(product, variants=(grown,)),)),
                       paths[0])
    third = run_portfolio(portfolio, kb)
    assert (third.evaluated, third.cached) == (1, 3)
    assert third.lines[0].before.mass_kg == pytest.approx(2 * first.lines[0].before.mass_kg)


def test_another_knowledge_base_evaluates_again(tmp_path):
    paths = _projects(tmp_path, 2)
    portfolio = _portfolio(tmp_path, paths)
    kb = default_kb()
    cache_file = tmp_path / "cache.sqlite"
    assert run_portfolio(portfolio, kb, cache=ResultCache(kb.version, cache_file)).evaluated == 2
    assert run_portfolio(portfolio, kb, cache=ResultCache(kb.version, cache_file)).cached == 2
    other = ResultCache(kb.version + "+user-x", cache_file)
    assert run_portfolio(portfolio, kb, cache=other).evaluated == 2


def test_a_damaged_cache_is_set_aside(tmp_path):
    cache_file = tmp_path / "cache.sqlite"
    cache_file.write_bytes(b"not a database at all" * 100)
    kb = default_kb()
    paths = _projects(tmp_path, 1)
    result = run_portfolio(_portfolio(tmp_path, paths), kb,
                           cache=ResultCache(kb.version, cache_file))
    assert result.evaluated == 1
    assert (tmp_path / "cache.sqlite.damaged").exists()


def _tamper(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in sql:
            conn.execute(statement)
    conn.close()


@pytest.mark.parametrize("sql, code", [
    (("ALTER TABLE components RENAME TO c2",
      "CREATE VIEW components AS SELECT * FROM c2"), "project_corrupt"),
    (("CREATE TABLE t (x)", "DROP TABLE meta",
      "CREATE TABLE meta (key TEXT, value TEXT GENERATED ALWAYS AS (upper(key)))"),
     "project_corrupt"),
    (("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
      "('cirkelwijzer', 'm999_future', '2030')",), "project_too_new"),
    (("UPDATE meta SET value='other-app' WHERE key='app'",), "not_a_project"),
])
def test_hostile_files_are_refused_without_running_anything(tmp_path, sql, code):
    (path,) = _projects(tmp_path, 1)
    _tamper(path, *sql)
    kb = default_kb()
    with pytest.raises(InputError) as info:
        run_portfolio(_portfolio(tmp_path, [path]), kb, cache=MemoryCache(kb.version))
    problem = info.value.problems[0]
    assert problem.code == code and problem.row == 2 and problem.column == "project"


def test_triggers_never_run_and_the_file_is_untouched(tmp_path):
    (path,) = _projects(tmp_path, 1)
    _tamper(path, "CREATE TABLE log (x)",
            "CREATE TRIGGER t AFTER UPDATE ON products BEGIN INSERT INTO log VALUES (1); END")
    before = _digest(path)
    kb = default_kb()
    result = run_portfolio(_portfolio(tmp_path, [path]), kb, cache=MemoryCache(kb.version))
    assert result.lines[0].before.mass_kg == pytest.approx(14.0)
    assert _digest(path) == before


def test_an_older_file_is_read_with_defaults(tmp_path):
    (path,) = _projects(tmp_path, 1)
    _tamper(path, "ALTER TABLE products DROP COLUMN region",
            "ALTER TABLE products DROP COLUMN stream",
            "ALTER TABLE components DROP COLUMN attached_to",
            "DELETE FROM _sqlite_migrations WHERE name LIKE 'm003%'")
    kb = default_kb()
    result = run_portfolio(_portfolio(tmp_path, [path]), kb, cache=MemoryCache(kb.version))
    figures = result.lines[0].before
    assert figures.region == "utrecht" and figures.mass_kg == pytest.approx(14.0)


def test_a_broken_tree_names_the_project_row(tmp_path):
    (path,) = _projects(tmp_path, 1)
    _tamper(path, "UPDATE components SET mass_kg = -1 WHERE name = 'Plank'")
    kb = default_kb()
    with pytest.raises(InputError) as info:
        run_portfolio(_portfolio(tmp_path, [path]), kb, cache=MemoryCache(kb.version))
    problem = info.value.problems[0]
    assert problem.code == "mass_negative" and problem.row == 5 and problem.column == "mass"
    assert problem.file == str(path)
