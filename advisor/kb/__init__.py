"""The knowledge base: shipped CSV tables plus the user's layer, in SQLite and as objects."""

from __future__ import annotations

from advisor.kb.base import KnowledgeBase, load_kb

__all__ = ["KnowledgeBase", "load_kb"]
