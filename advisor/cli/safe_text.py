"""Terminal-safe output: no control character from user text reaches the terminal raw.

Every stream a command writes to is wrapped in a `SafeWriter`: what reaches the terminal
has its control characters escaped (`advisor.textsafe`), newlines and tabs of our own
layout kept. A problem's user-given parts (file name, column header, value) are escaped
whole, newlines included, so one problem stays one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TextIO

from advisor.errors import Problem
from advisor.messages import problem_text, text
from advisor.textsafe import escaped, json_safe, terminal_line

__all__ = ["SafeWriter", "json_writer", "print_problems", "safe_problem_text",
           "terminal_line"]

# Warnings of one kind printed in full; the others of that kind are counted in one line
# (a bill of 200,000 rows may carry 12,000 alike). Errors are always printed in full.
WARNINGS_PER_CODE = 20


class SafeWriter:
    """A text stream that escapes control characters on the way through."""

    def __init__(self, stream: TextIO, convert: Callable[[str], str] = terminal_line) -> None:
        self.raw = getattr(stream, "raw", stream) if isinstance(stream, SafeWriter) else stream
        self._convert = convert

    def write(self, text: str) -> int:
        self.raw.write(self._convert(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self.raw, name)


def json_writer(stream: TextIO) -> SafeWriter:
    """The stream for a JSON document: controls as \\u escapes (same document parsed)."""
    return SafeWriter(getattr(stream, "raw", stream), json_safe)


def _safe_param(value: object) -> object:
    return escaped(value) if isinstance(value, str) else value


def safe_problem_text(p: Problem, lang: str) -> str:
    """`problem_text` with every part that came from a file escaped."""
    clean = replace(p, file=escaped(p.file) if p.file else p.file,
                    column=escaped(p.column) if p.column else p.column,
                    params={k: _safe_param(v) for k, v in p.params.items()})
    return terminal_line(problem_text(clean, lang))


def print_problems(problems: Iterable[Problem], lang: str, err: TextIO) -> None:
    """Every error, and the first `WARNINGS_PER_CODE` warnings of each kind, one line
    each; then, per kind with more, one line that counts the rest and names their rows."""
    shown: dict[str, int] = {}
    rest: dict[str, list[Problem]] = {}
    for p in problems:
        if p.is_error or shown.get(p.code, 0) < WARNINGS_PER_CODE:
            shown[p.code] = shown.get(p.code, 0) + (0 if p.is_error else 1)
            print(safe_problem_text(p, lang), file=err)
        else:
            rest.setdefault(p.code, []).append(p)
    for code, more in rest.items():
        rows = [p.row for p in more if p.row is not None]
        span = text("problems_more_rows", lang, first=min(rows), last=max(rows)) if rows else ""
        file = escaped(more[0].file) if more[0].file else ""
        count = f"{len(more):,}".replace(",", "." if lang == "nl" else ",")
        line = text("problems_more", lang, n=count, shown=WARNINGS_PER_CODE, kind=code,
                    rows=span)
        print(terminal_line(f"{file}: {line}" if file else line), file=err)
