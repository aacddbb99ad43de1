"""Turn language-neutral codes with parameters into Dutch or English sentences.

Each domain keeps its sentences in a module of this package as a `MESSAGES` dict:
`{code: {"en": "...{param}...", "nl": "..."}}`. Missing parameters never crash.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from functools import lru_cache

from advisor.errors import Problem


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    """All sentences of all message modules, merged."""
    merged: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        merged.update(getattr(module, "MESSAGES", {}))
    return merged


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def has(code: str) -> bool:
    return code in catalog()


def text(code: str, lang: str = "nl", default: str | None = None, **params: object) -> str:
    """The sentence for a code in a language, with parameters filled in."""
    entry = catalog().get(code)
    if entry is None:
        template = default if default is not None else code
    else:
        template = entry.get(lang) or entry.get("en") or code
    try:
        return string.Formatter().vformat(template, (), _Lenient(params))
    except (ValueError, IndexError):
        return template


def problem_text(p: Problem, lang: str = "nl") -> str:
    """One line for a problem: location, sentence, value and hint, in the language."""
    where = []
    if p.file:
        where.append(p.file)
    if p.row is not None:
        where.append(text("where_row", lang, row=p.row))
    if p.column:
        where.append(text("where_column", lang, column=p.column))
    sentence = text(p.code, lang, default=p.message, **p.params)
    if p.value is not None:
        sentence += f" ({text('where_value', lang)}: {p.value!r})"
    hint = text(p.code + "_hint", lang, default=p.hint or "", **p.params)
    if hint:
        sentence += f". {hint}"
    severity = text("severity_" + p.severity, lang)
    prefix = ", ".join(where)
    return f"{prefix}: {severity}: {sentence}" if prefix else f"{severity}: {sentence}"
