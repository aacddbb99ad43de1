"""The layout of ui/: no import cycles (also through imports inside functions), and a top
level that holds only the start-up, the window and its actions; the parts live in folders."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "ui"
TOP_LEVEL = {"__init__", "app", "main_window", "actions", "tool_windows", "language_switch"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(UI.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The ui modules a module imports, anywhere in it (TYPE_CHECKING blocks excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
            and ast.unparse(node.test) == "TYPE_CHECKING" for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ui"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in modules else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("ui")}
    return {m for m in found if m in modules}


def import_graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in UI.rglob("*.py") if "__pycache__" not in p.parts}
    names = set(paths)
    return {name: _imports(path, names) - {name} for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_ui_has_no_import_cycles():
    graph = import_graph()
    assert len(graph) > 30
    assert cycles(graph) == []


def test_ui_top_level_holds_only_the_window_and_its_start():
    top = {p.stem for p in UI.glob("*.py")}
    assert top <= TOP_LEVEL, top - TOP_LEVEL


def _tr_calls_in_fstrings(tree: ast.AST) -> list[str]:
    """tr("…") with a literal inside an f-string: lupdate cannot see it, so it stays English."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for call in ast.walk(node):
            last = call.args[-1] if isinstance(call, ast.Call) and call.args else None
            if isinstance(last, ast.Constant) and isinstance(last.value, str):
                name = call.func.attr if isinstance(call.func, ast.Attribute) else \
                    getattr(call.func, "id", "")
                if name in ("tr", "_tr", "translate"):
                    found.append(ast.unparse(call))
    return found


def test_the_f_string_check_finds_a_hidden_tr():
    assert _tr_calls_in_fstrings(ast.parse('x = f"<b>{self.tr(\'reached\')}</b>"'))
    assert not _tr_calls_in_fstrings(ast.parse('x = f"<b>{_tr(NAMES[key])}</b>"'))


def test_no_translated_literal_inside_an_f_string():
    bad = {str(p.relative_to(UI)): found for p in UI.rglob("*.py")
           if (found := _tr_calls_in_fstrings(ast.parse(p.read_text(encoding="utf-8"))))}
    assert not bad, bad
