"""The client-facing part of a knowledge-base source text.

A source text in the knowledge base mixes the citation and reasoning a client may read
with notes for the people who keep the data: "stream yield is GAP (GAP: no public yield
found)", "(recycling_process_yields.csv: worldsteel/BIR texts not reachable)", "VERIFY".
The report prints the text without those notes: a bracketed aside or a clause (between
semicolons) that holds one is left out. What remains is the source name and the estimate
label with its reasoning; when nothing remains, the caller prints the estimate label.
"""

from __future__ import annotations

import re

# Words and file names that mark a note for the data's keepers, never for a client.
INTERNAL = re.compile(r"\bGAP\b|\bVERIFY\b|\bTODO\b|\bFIXME\b|\w\.(?:csv|md|py|json)\b|docs/"
                      r"|not reachable|not public\b|not available\b")
_OPENING_ONLY = re.compile(r"^(?:engineering estimate|estimate|derived|assumption|proxy)"
                           r"[\s:;,.-]*$", re.IGNORECASE)


def is_internal(text: str) -> bool:
    """Whether a text holds a note meant for the knowledge base's keepers."""
    return INTERNAL.search(text) is not None


def _top_level_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost bracketed aside, the brackets included."""
    groups, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, i + 1))
    return groups


def _without_internal_asides(text: str) -> str:
    out, last = [], 0
    for start, end in _top_level_groups(text):
        if is_internal(text[start:end]):
            out.append(text[last:start].rstrip())
            last = end
    return "".join(out) + text[last:]


def _clauses(text: str) -> list[str]:
    """The text split at the semicolons outside brackets."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char == ";" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    return [*parts, "".join(current)]


def client_text(source: str) -> str:
    """The source text without its internal notes ("" when nothing else is left)."""
    kept = [c.strip() for c in _clauses(_without_internal_asides(source))]
    kept = [c for c in kept if c and not is_internal(c)]
    text = re.sub(r"\s+([:,.])", r"\1", "; ".join(kept)).strip(" ;:,")
    text = re.sub(r"^estimate\b", "engineering estimate", text)
    return "" if _OPENING_ONLY.match(text) else text
