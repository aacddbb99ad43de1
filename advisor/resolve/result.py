"""What the resolver returns for one name."""

from __future__ import annotations

from dataclasses import dataclass

# The accept threshold: a match below it is shown to the user as a question.
LOW_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one free-text name.

    `split` says where constituent shares come from: "stated" (in the text),
    "sourced" (material_splits.csv, `split_source`), "item" (a composite item's
    composition), "estimate" (`split_source` holds the reasoning) or "" (one material).
    """

    material_id: str | None
    confidence: float
    method: str  # exact, synonym, normalised, fuzzy, composite, stated, generic, none
    constituents: tuple[tuple[str, float], ...] = ()
    alternatives: tuple[tuple[str, float], ...] = ()
    hints: tuple[str, ...] = ()
    split: str = ""
    split_source: str = ""

    @property
    def resolved(self) -> bool:
        return self.material_id is not None and self.confidence >= LOW_CONFIDENCE


NONE = Resolution(None, 0.0, "none")
