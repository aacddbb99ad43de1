"""The architecture's boundaries, checked on the code itself."""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import advisor
from tests.conftest import NetworkBlocked

ROOT = Path(__file__).parent.parent


def advisor_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(advisor.__path__, "advisor."))


def test_advisor_never_loads_pyside6():
    modules = advisor_modules()
    assert len(modules) > 5
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"advisor loaded Qt: {result.stdout}"


def _ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


SQL = re.compile(
    r"\bSELECT\b[\s\S]+\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|"
    r"\bDELETE\s+FROM\b|\bCREATE\s+(TABLE|INDEX)\b|\bDROP\s+TABLE\b", re.IGNORECASE)


def test_sql_pattern_tells_sql_from_prose():
    assert SQL.search("select id, name from materials where id = ?")
    assert SQL.search("UPDATE components SET mass_kg = 1")
    assert not SQL.search("Select a row to see its details")
    assert not SQL.search("Update the knowledge base from a data pack")


def test_ui_builds_no_sql():
    for path in _ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not SQL.search(node.value), f"SQL in {path}: {node.value!r}"
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names]
                module = getattr(node, "module", "") or ""
                assert "sqlite3" not in names and "sqlite_utils" not in names, path
                assert not module.startswith(("sqlite3", "sqlite_utils")), path


def test_network_is_blocked_in_tests():
    import socket

    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        try:
            s.connect(("192.0.2.1", 80))
        except NetworkBlocked:
            return
        raise AssertionError("network guard did not fire")
    finally:
        s.close()


def _imported_modules(path: Path) -> set[str]:
    """Every module a source file imports (at top level or inside functions)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_engine_never_imports_the_recommender():
    """Data flows one way: recommend builds on engine, never the other way round."""
    engine = sorted((ROOT / "advisor" / "engine").rglob("*.py"))
    assert len(engine) > 5
    for path in engine:
        bad = {m for m in _imported_modules(path) if m.startswith(("advisor.recommend",
                                                                   "advisor.analysis"))}
        assert not bad, f"{path.name} imports {bad}"
