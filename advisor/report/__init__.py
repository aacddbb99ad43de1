"""The PDF report: charts (matplotlib Figures) and the document (reportlab platypus).

`write_report` is the one entry point for the CLI and the desktop app. reportlab and
matplotlib load only when a report is written, so importing this package is cheap.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.engine import Cancelled
from advisor.model import Assessment, Variant
from advisor.tempfiles import usual_permissions

if TYPE_CHECKING:
    from advisor.kb import KnowledgeBase

__all__ = ["ReportCancelled", "write_report"]

# One cancel exception for evaluation and report, so the app handles both alike.
ReportCancelled = Cancelled


def write_report(path: str | os.PathLike, assessment: Assessment, kb: KnowledgeBase, *,
                 lang: str = "nl", company: str = "", author: str = "",
                 compare: Assessment | None = None, variant: Variant | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, appendix: bool = True) -> Path:
    """Write the report to `path` and return it.

    The PDF is built in a temporary file beside the target and moved into place
    only when complete: a failure or a cancel never leaves a partial report.
    `progress(done, total)` is called as sections and pages are done;
    `cancelled()` returning True stops the work with `advisor.engine.Cancelled`.
    `appendix=False` leaves out the parts table, methods, sources and glossary.
    """
    from advisor.report.story import build_story

    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part",
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        build_story(tmp, assessment, kb, lang=lang, company=company, author=author,
                    compare=compare, variant=variant, progress=progress, cancelled=cancelled,
                    appendix=appendix)
        usual_permissions(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
