"""Live assessment: re-evaluate the shown variant off the UI thread after edits settle."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from advisor.bounds import refuse_unbounded
from advisor.model import Assessment, EolSettings, Variant
from ui.base.catalog import Catalog
from ui.base.tasks import Task, TaskRunner

DEBOUNCE_MS = 350


@dataclass(frozen=True)
class Evaluation:
    """An assessment with the chart figures built beside it in the worker.

    `stage` is "assessment" for the quick first result (routes and metrics, no advice)
    and "advice" for the second, which adds the recommendations to the same variant.
    """

    variant: Variant
    assessment: Assessment
    figures: dict
    stage: str = "advice"


def evaluate_variant(variant: Variant, product_name: str, catalog: Catalog,
                     settings: EolSettings, progress=None, cancelled=None,
                     recommendations: bool = True) -> Assessment:
    """Engine and advice on a variant, with its product's settings (as the CLI does)."""
    def steps(done: int, total: int) -> None:
        if progress is not None:
            progress(done / max(total, 1))

    refuse_unbounded(variant)  # no inf or nan into the cards and charts: a message instead
    return _live_evaluator(catalog).evaluate(
        variant, product_name=product_name, region=settings.region,
        processed_within=settings.processed_within, stream=settings.stream,
        lifetime_years=settings.lifetime_years,
        industry_lifetime_years=settings.industry_lifetime_years,
        use_intensity=settings.use_intensity, recommendations=recommendations,
        progress=steps, cancelled=cancelled)


_LIVE: list = []  # one LiveEvaluator: it re-assesses only what an edit touched


def _live_evaluator(catalog: Catalog):
    """The incremental evaluator for this catalog's knowledge base (same results)."""
    from advisor.analysis import LiveEvaluator

    kb = catalog.kb()
    if not _LIVE or _LIVE[0].kb is not kb or _LIVE[0].resolver != catalog.resolver:
        _LIVE[:] = [LiveEvaluator(kb, catalog.resolver)]
    return _LIVE[0]


def build_figures(assessment: Assessment, catalog: Catalog, lang: str) -> dict:
    """The report's charts for the panel (matplotlib Figures; no pyplot)."""
    from advisor.report.charts import composition_chart, route_chart

    return {"routes": route_chart(assessment, lang),
            "composition": composition_chart(assessment, catalog.kb(), lang)}


def flow_figure(assessment: Assessment, catalog: Catalog, lang: str) -> dict:
    """The report's flow of materials to routes: built with the advice, not before the
    first figures (it takes as long as the other two together)."""
    from advisor.report.charts import flow_chart

    return {"flow": flow_chart(assessment, catalog.kb(), lang)}


class LiveAssessment(QObject):
    """Debounces edits, runs one evaluation at a time and drops stale results."""

    started = Signal()
    progress = Signal(int)
    evaluated = Signal(object)  # Evaluation
    failed = Signal(object, str)  # exception, traceback text

    def __init__(self, runner: TaskRunner, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._catalog = catalog
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.evaluate_now)
        self._pending: tuple[Variant, str, EolSettings] | None = None
        self._task: Task | None = None
        self._generation = 0
        self.lang = "en"
        self.charts = True
        self._settings = EolSettings()

    def schedule(self, variant: Variant | None, product_name: str,
                 settings: EolSettings | None = None) -> None:
        """Evaluate this variant with these settings once the user pauses."""
        if variant is None:
            self._pending = None
            self._timer.stop()
            return
        self._pending = (variant, product_name, settings or EolSettings())
        self._timer.start()

    def evaluate_now(self) -> None:
        self._timer.stop()
        if self._pending is None:
            return
        variant, product_name, settings = self._pending
        self._pending = None
        self._settings = settings
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        lang, charts, catalog = self.lang, self.charts, self._catalog

        # First the routes and metrics (milliseconds, incremental), then the advice, whose
        # gains need a re-evaluation per rule: the figures never wait for the advice.
        def work(progress, cancelled):
            assessment = evaluate_variant(variant, product_name, catalog, settings,
                                          progress, cancelled, recommendations=False)
            figures = build_figures(assessment, catalog, lang) if charts else {}
            return Evaluation(variant, assessment, figures, stage="assessment")

        self.started.emit()
        self._launch("evaluate", work, generation, self._assessed)

    def _launch(self, name: str, work, generation: int, done) -> None:
        task = self._runner.start(name, work)
        task.progress.connect(self.progress)
        task.finished.connect(lambda ev: done(generation, ev))
        task.failed.connect(lambda exc: self._failed(generation, exc, task.error_text))
        self._task = task
        self._runner.launch(task)

    def _assessed(self, generation: int, first: Evaluation) -> None:
        """Show the quick result, then work out the advice for the same variant."""
        if generation != self._generation:
            return
        self.evaluated.emit(first)
        variant, catalog, settings = first.variant, self._catalog, self._settings
        product_name, lang = first.assessment.product_name, self.lang

        def work(progress, cancelled):
            assessment = evaluate_variant(variant, product_name, catalog, settings,
                                          progress, cancelled)
            figures = {**first.figures, **flow_figure(assessment, catalog, lang)} \
                if first.figures else {}
            return Evaluation(variant, assessment, figures, stage="advice")

        self._launch("advise", work, generation, self._done)

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or (self._task is not None and not self._task.done)

    def _done(self, generation: int, evaluation: Evaluation) -> None:
        if generation == self._generation:
            self.evaluated.emit(evaluation)

    def _failed(self, generation: int, exc: BaseException, trace: str) -> None:
        if generation == self._generation:
            self.failed.emit(exc, trace)

    def shutdown(self) -> None:
        self._timer.stop()
        self._pending = None
        if self._task is not None:
            self._task.cancel()
