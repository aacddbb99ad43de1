"""Run a portfolio: read the lines, find their products, evaluate what the cache lacks,
and add the figures up into the region's flows before and after.

`run_portfolio` is the one entry point for the CLI and the desktop app. Progress is
reported as a share 0..1; `cancelled()` returning True stops the run with
`advisor.engine.Cancelled` (what was evaluated is kept in the cache).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from advisor.engine import Cancelled
from advisor.kb import KnowledgeBase
from advisor.model import DEFAULT_REGION
from advisor.portfolio.cache import ResultCache, open_cache
from advisor.portfolio.evaluate import evaluate_missing
from advisor.portfolio.flows import sides
from advisor.portfolio.gains import contributors, difference
from advisor.portfolio.model import LineFigures, PortfolioLine, PortfolioResult, ProductFigures
from advisor.portfolio.projects import ProjectReader
from advisor.portfolio.resolve import Key, resolve_lines
from advisor.portfolio.sheet import check_lines, read_portfolio
from advisor.portfolio.streams import StreamMap, has_regional_processor

# Shares of the progress bar: reading the files, then evaluating.
READ_SHARE = 0.1

Progress = Callable[[float], None]


class _Meter:
    """Progress over two phases: files read, then products evaluated; each step checks
    whether the user cancelled."""

    def __init__(self, progress: Progress | None, files: int,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.files = max(files, 1)
        self.read = 0
        self.todo = 1
        self.done = 0

    def tick(self) -> None:
        self.read += 1
        self._emit()

    def step(self, n: int) -> None:
        self.done += n
        self._emit()

    def _emit(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is not None:
            share = READ_SHARE * min(self.read / self.files, 1.0) + \
                (1 - READ_SHARE) * min(self.done / self.todo, 1.0)
            self.progress(share)


def evaluate_lines(lines: tuple[PortfolioLine, ...], kb: KnowledgeBase, *, source: str = "",
                   cache: ResultCache | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   ) -> tuple[tuple[LineFigures, ...], int, int]:
    """Each line with its figures; and how many products were evaluated and cached."""
    from advisor.engine import resolver_for

    check_lines(lines, source)
    if len({x.row for x in lines}) != len(lines):
        raise ValueError("every line needs its own row number")
    own_cache = cache is None
    cache = cache if cache is not None else open_cache(kb.version)
    reader = ProjectReader()
    meter = _Meter(progress, len({x.path for x in lines}), cancelled)
    try:
        resolved = resolve_lines(lines, source, reader, kb, resolver_for(kb), meter.tick)
        found: dict[Key, ProductFigures] = cache.get_many(resolved.targets)
        missing = [t for k, t in resolved.targets.items() if k not in found]
        meter.todo = max(len(missing), 1)
        meter.step(0)

        def store(figures: dict[Key, ProductFigures]) -> None:
            cache.put_many(figures)
            found.update(figures)

        evaluated = evaluate_missing(resolved, missing, kb, reader, store, meter.step,
                                     cancelled)
    finally:
        reader.close()
        if own_cache:
            cache.close()
    out = []
    for line in lines:
        before, after = resolved.keys[line.row]
        out.append(LineFigures(line, found[before], found[after] if after else None))
    return tuple(out), evaluated, len(resolved.targets) - evaluated


def summarise(lines: tuple[LineFigures, ...], kb: KnowledgeBase, *, lang: str = "nl",
              source: str = "", evaluated: int = 0, cached: int = 0) -> PortfolioResult:
    """The region's flows before and, where lines name a redesign, after."""
    streams = StreamMap(kb)
    listed = list(lines)
    before, after = sides(listed, kb, streams)
    return PortfolioResult(
        kb_version=kb.version, region=DEFAULT_REGION, lines=lines, before=before,
        after=after, difference=difference(before, after, listed) if after else None,
        contributors=contributors(listed, lang), evaluated=evaluated, cached=cached,
        source=source, lang=lang, regional_processors=has_regional_processor(kb))


def run_portfolio(path: str | Path, kb: KnowledgeBase, *, lang: str = "nl",
                  cache: ResultCache | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> PortfolioResult:
    """Read a portfolio file and compute its flows (`InputError` names every bad row)."""
    path = Path(path)
    lines = read_portfolio(path)
    return run_lines(lines, kb, source=str(path), lang=lang, cache=cache, progress=progress,
                     cancelled=cancelled)


def run_lines(lines: tuple[PortfolioLine, ...], kb: KnowledgeBase, *, source: str = "",
              lang: str = "nl", cache: ResultCache | None = None,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> PortfolioResult:
    """The flows of lines built in the app (or read from a file)."""
    figures, evaluated, cached = evaluate_lines(lines, kb, source=source, cache=cache,
                                                progress=progress, cancelled=cancelled)
    return summarise(figures, kb, lang=lang, source=source, evaluated=evaluated,
                     cached=cached)


def in_language(result: PortfolioResult, kb: KnowledgeBase, lang: str) -> PortfolioResult:
    """The same result worded in another language (contributors' titles)."""
    if lang == result.lang:
        return result
    return replace(result, lang=lang, contributors=contributors(list(result.lines), lang))
