"""Resolve free-text material, joint and finish names to knowledge-base ids.

`Resolver(kb).material(text)` returns a `Resolution`: the id, a confidence (a match
below `LOW_CONFIDENCE` is a question for the user, never a silent guess), the method,
constituents with their mass shares for composite descriptions (and where the shares
come from), alternatives and hints. See docs/knowledge-base.md, "Resolver".
"""

from __future__ import annotations

from advisor.resolve.core import CONF_GENERIC, Resolver
from advisor.resolve.result import LOW_CONFIDENCE, NONE, Resolution
from advisor.resolve.words import compact, fold, tokens

__all__ = ["CONF_GENERIC", "LOW_CONFIDENCE", "NONE", "Resolution", "Resolver", "compact",
           "fold", "tokens"]
