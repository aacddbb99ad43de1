"""Text from others shown safely: escaped on a terminal, a visible placeholder elsewhere.

A cell of a bill of materials can hold terminal escape sequences (ESC [ 2 J clears the
screen, OSC 8 writes links, a C1 CSI does the same in one byte), carriage returns that
overwrite a line, or bidirectional overrides that show text in another order than it
is. None of them reaches a terminal raw: `escaped` writes them as `\\x1b`, `\\r`,
`\\u202e`. `visible` gives the app and the PDF a placeholder glyph instead.
"""

from __future__ import annotations

import re

# C0 controls (tab and newline too: inside a cell they would break the table), DEL, C1
# controls, and the bidirectional embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# The same, but newline and tab are layout of our own output.
_UNSAFE_IN_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f"
                               "\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_CONTROL_PICTURES = 0x2400  # U+2400..U+241F show C0 controls as symbols (␛ for ESC)


def _escape(match: re.Match) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """User text for a terminal: every control character written as an escape."""
    return _UNSAFE.sub(_escape, text) if text else text


def terminal_line(text: str) -> str:
    """A line of our own output (may hold newlines and tabs) made safe for a terminal."""
    return _UNSAFE_IN_OUTPUT.sub(_escape, text) if text else text


def _json_escape(match: re.Match) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def json_safe(text: str) -> str:
    """JSON text with the characters above written as \\u escapes: the same document once
    parsed (they can only stand inside strings), but safe to print on a terminal."""
    return _UNSAFE_IN_OUTPUT.sub(_json_escape, text) if text else text


def _picture(match: re.Match) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(_CONTROL_PICTURES + code)
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def visible(text: str) -> str:
    """User text for a window or a PDF: each control character as a visible symbol."""
    return _UNSAFE.sub(_picture, text) if text else text
