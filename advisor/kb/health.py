"""Whether the user's layer is in use, and the way back when it is broken.

The app and the command line start on the shipped knowledge base when the layer on disk
is broken (`load_kb` sets `user_layer_problems`). These functions give the warning to
show and the two repairs to offer: `repair_user_layer` keeps every sound row,
`reset_user_layer` sets the whole layer aside; both keep a backup copy of the old layer.
"""

from __future__ import annotations

from pathlib import Path

from advisor.kb.base import KnowledgeBase, default_kb
from advisor.kb.layer import Mended, live_dir, repair_layer, reset_layer
from advisor.messages import problem_text, text
from advisor.paths import user_kb_dir

SHOWN_PROBLEMS = 20


def layer_warning(kb: KnowledgeBase, lang: str = "nl") -> str | None:
    """One paragraph for a broken layer that is not used, or None when all is well."""
    problems = kb.user_layer_problems
    if not problems:
        return None
    folder = live_dir(kb.user_dir) if kb.user_dir is not None else user_kb_dir()
    return text("kb_layer_ignored", lang, folder=str(folder), count=len(problems),
                first=problem_text(problems[0], lang))


def layer_problem_lines(kb: KnowledgeBase, lang: str = "nl",
                        limit: int = SHOWN_PROBLEMS) -> list[str]:
    """The layer's problems, one line each (file, row, column, what is wrong)."""
    lines = [problem_text(p, lang) for p in kb.user_layer_problems[:limit]]
    more = len(kb.user_layer_problems) - limit
    if more > 0:
        lines.append(text("kb_more_problems", lang, count=more))
    return lines


def repair_user_layer(user_dir: Path | None = None) -> Mended:
    """Keep the sound rows of the layer, set the rest aside; reload afterwards."""
    mended = repair_layer(user_dir or user_kb_dir())
    default_kb.cache_clear()
    return mended


def reset_user_layer(user_dir: Path | None = None) -> Mended:
    """Set the whole layer aside (renamed to a backup folder); reload afterwards."""
    mended = reset_layer(user_dir or user_kb_dir())
    default_kb.cache_clear()
    return mended


def mended_text(mended: Mended, lang: str = "nl") -> str:
    """What a repair or reset did, in one sentence."""
    if mended.backup is None:
        return text("kb_nothing_to_mend", lang)
    if mended.reset:
        return text("kb_layer_reset", lang, backup=str(mended.backup))
    return text("kb_mended", lang, kept=mended.kept, dropped=len(mended.dropped),
                backup=str(mended.backup))
