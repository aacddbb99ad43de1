"""The regional view: many companies' products with their yearly volumes, added up into
the region's material flows, before and after the recommended redesigns.

`run_portfolio(file, kb)` reads a portfolio file (CLI.md `portfolio`) and returns a
`PortfolioResult`; `run_lines` does the same for lines built in the app. Project files
are read through one SQLite connection (ATTACH in batches), each product is evaluated
once per knowledge base, and its figures per kilogram are kept in a results cache.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.portfolio.model import PortfolioLine, PortfolioResult
from advisor.portfolio.run import run_lines, run_portfolio
from advisor.portfolio.sheet import portfolio_csv, read_portfolio

if TYPE_CHECKING:
    from advisor.kb import KnowledgeBase

__all__ = ["PortfolioLine", "PortfolioResult", "portfolio_csv", "read_portfolio",
           "run_lines", "run_portfolio", "write_output"]


def write_output(path: str | os.PathLike, result: PortfolioResult, kb: KnowledgeBase,
                 lang: str = "nl", progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the PDF report or the workbook, by the file's suffix (complete or nothing)."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from advisor.portfolio.xlsx import write_xlsx

        return write_xlsx(path, result, kb, lang)
    from advisor.portfolio.report import write_portfolio_report

    return write_portfolio_report(path, result, kb, lang=lang, progress=progress,
                                  cancelled=cancelled)
