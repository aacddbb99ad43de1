"""What one report is about: the assessment, the knowledge base and the cover fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
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
    appendix: bool = True  # parts table, methods, sources and glossary

    @property
    def parts(self) -> list[ComponentResult]:
        """The rows that carry mass (not assemblies)."""
        return [c for c in self.assessment.components if not c.is_assembly]

    @cached_property
    def _names(self) -> dict[int | None, str]:
        return {c.row: c.name for c in self.assessment.components}

    def name_of_row(self, row: int) -> str:
        return self._names.get(row, "")

    @cached_property
    def findings(self) -> dict[str, list[int]]:
        """Each distinct issue sentence, numbered by first appearance, with its rows."""
        from advisor.report.labels import issue_text

        out: dict[str, list[int]] = {}
        for c in self.assessment.components:
            for issue in c.issues:
                rows = out.setdefault(issue_text(issue, self.lang), [])
                if c.row is not None and c.row not in rows:
                    rows.append(c.row)
        return out

    @cached_property
    def finding_numbers(self) -> dict[str, int]:
        return {sentence: i for i, sentence in enumerate(self.findings, start=1)}

    @cached_property
    def route_memo(self) -> dict:
        """Route rows per (material, route, sources), filled by `sources.route_options_of`."""
        return {}
