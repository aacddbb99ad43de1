"""Terminal-safe output: no control character from user text reaches the terminal raw.

Every stream a command writes to is wrapped in a `SafeWriter`: what reaches the terminal
has its control characters escaped (`advisor.textsafe`), newlines and tabs of our own
layout kept. A problem's user-given parts (file name, column header, value) are escaped
whole, newlines included, so one problem stays one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TextIO

from advisor.errors import Problem
from advisor.messages import problem_text
from advisor.textsafe import escaped, json_safe, terminal_line

__all__ = ["SafeWriter", "json_writer", "safe_problem_text", "terminal_line"]


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
