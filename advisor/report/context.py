"""What one report is about: the assessment, the knowledge base and the cover fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from advisor.model import Assessment, ComponentResult, Variant

if TYPE_CHECKING:
    from advisor.kb import KnowledgeBase


@dataclass(frozen=True)
class ReportContext:
    assessment: Assessment
    kb: KnowledgeBase
    lang: str = "nl"
    company: str = ""
    author: str = ""
    compare: Assessment | None = None
    variant: Variant | None = None
    day: date = field(default_factory=date.today)

    @property
    def parts(self) -> list[ComponentResult]:
        """The rows that carry mass (not assemblies)."""
        return [c for c in self.assessment.components if not c.is_assembly]

    def name_of_row(self, row: int) -> str:
        for c in self.assessment.components:
            if c.row == row:
                return c.name
        return ""
