"""Update the Dutch Qt Linguist catalog from the ui/ sources and compile it.

    .venv/bin/python tools/update_translations.py          # extract, merge, compile
    .venv/bin/python tools/update_translations.py --check  # exit 1 if anything is missing

1. `pyside6-lupdate` extracts every `self.tr()`, `translate()` and `QT_TRANSLATE_NOOP()`
   string of ui/**/*.py into a fresh catalog.
2. Two things lupdate cannot know are fixed here: `window.tr("…")` called on another
   object is given that object's class as context (Qt looks it up there at run time),
   and module helpers `_tr(text)` that wrap `QCoreApplication.translate("Ctx", text)`
   have their literal strings added under "Ctx".
3. Existing translations in resources/translations/cirkelwijzer_nl.ts are kept; a string
   that moved to another class keeps its translation when its English text has one
   Dutch translation elsewhere; new strings are marked unfinished; strings gone from the
   code are dropped.
4. `pyside6-lrelease` compiles the .qm shipped beside the .ts.
Translate unfinished strings with `pyside6-linguist` (or by editing the .ts), then run
this again. tests/test_translations.py fails while a string has no Dutch translation.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "cirkelwijzer_nl.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
# `x.tr()` on these expressions runs in this class's context at run time.
CONTEXT_OF = {"self._w": "MainWindow", "w": "MainWindow", "window": "MainWindow",
              "wizard": "ImportWizard"}


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def _helper_strings(path: Path) -> dict[str, list[str]]:
    """Literal arguments of a module's `_tr()` helper, by the helper's context."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    context = None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args and \
                        isinstance(call.args[0], ast.Constant):
                    context = call.args[0].value
    if context is None:
        return {}
    found = [n.args[0].value for n in ast.walk(tree)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_tr"
             and n.args and isinstance(n.args[0], ast.Constant)
             and isinstance(n.args[0].value, str)]
    return {context: found}


def extract() -> dict[str, list[str]]:
    """Every translatable (context -> source strings) in ui/, in a stable order."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "fresh.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, sources()), "-no-obsolete",
                        "-locations", "none", "-source-language", "en", "-target-language",
                        "nl", "-ts", str(out)], check=True, capture_output=True)
        tree = ET.parse(out)
    found: dict[str, list[str]] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        name = CONTEXT_OF.get(name, name)
        for msg in ctx.iter("message"):
            _add(found, name, msg.findtext("source") or "")
    for path in sources():
        for name, strings in _helper_strings(path).items():
            for text in strings:
                _add(found, name, text)
    return dict(sorted(found.items()))


def _add(found: dict[str, list[str]], context: str, text: str) -> None:
    if text and text not in found.setdefault(context, []):
        found[context].append(text)


def read_translations(path: Path = TS) -> dict[tuple[str, str], str]:
    """(context, source) -> Dutch text, for finished translations only."""
    if not path.exists():
        return {}
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") \
                    and tr.text:
                out[(name, msg.findtext("source") or "")] = tr.text
    return out


def write_ts(found: dict[str, list[str]], known: dict[tuple[str, str], str],
             path: Path = TS) -> int:
    """Write the catalog; returns how many strings are still untranslated."""
    root = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="en")
    moved = _by_source(known)
    missing = 0
    for context, strings in found.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for text in strings:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            tr = ET.SubElement(msg, "translation")
            if (context, text) in known:
                tr.text = known[(context, text)]
            elif moved.get(text):
                tr.text = moved[text]
            else:
                tr.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def _by_source(known: dict[tuple[str, str], str]) -> dict[str, str]:
    """English text -> its Dutch, for texts translated one way only."""
    seen: dict[str, set[str]] = {}
    for (_context, source), dutch in known.items():
        seen.setdefault(source, set()).add(dutch)
    return {source: next(iter(d)) for source, d in seen.items() if len(d) == 1}


def compile_qm(ts: Path = TS, qm: Path = QM) -> Path:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


def main(argv: list[str]) -> int:
    found = extract()
    known = read_translations()
    if "--check" in argv:
        missing = [f"{c}: {t}" for c, ts in found.items() for t in ts if (c, t) not in known]
        print("\n".join(missing) or "all strings translated")
        return 1 if missing else 0
    missing = write_ts(found, known)
    compile_qm()
    total = sum(len(v) for v in found.values())
    print(f"{TS.relative_to(ROOT)}: {total} strings, {missing} untranslated; {QM.name} built")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
