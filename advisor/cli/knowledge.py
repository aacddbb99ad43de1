"""The knowledge base for a command, with the warning when the user layer is not used."""

from __future__ import annotations

from typing import TextIO

from advisor.cli.safe_text import terminal_line
from advisor.kb import KnowledgeBase


def knowledge_base(err: TextIO, lang: str) -> KnowledgeBase:
    """The knowledge base (loaded once per process); a broken user layer is reported on
    stderr and the shipped tables are used, so every command keeps working."""
    from advisor.kb.base import default_kb
    from advisor.kb.health import layer_warning

    kb = default_kb()
    warning = layer_warning(kb, lang)
    if warning:
        print(terminal_line(warning), file=err)
    return kb
