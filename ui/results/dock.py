"""The results side of the window: live assessment, metrics, charts, detail and advice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QTabWidget, QVBoxLayout, QWidget

from advisor import edit, explain
from advisor.messages import text as message_text
from advisor.model import Assessment, Finding, Issue, Recommendation, Variant, settings_of
from ui.base.errors import show_failure
from ui.project.settings_panel import SettingsPanel
from ui.results.advice_model import AdviceModel
from ui.results.advice_panel import AdvicePanel
from ui.results.cards import MetricCards
from ui.results.change_text import describe_changes
from ui.results.chart_panel import ChartPanel
from ui.results.detail import DetailPanel
from ui.results.live import Evaluation, LiveAssessment


def _tr(text: str) -> str:
    """Undo texts are worded again after a language switch, when the window is gone."""
    return QCoreApplication.translate("MainWindow", text)


class Results(QObject):
    """Owns the result dock and the live assessment of the shown variant."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._w = window
        self.lang = window.lang
        self.assessment: Assessment | None = None
        self._shown_variant_id = ""
        self._last_error = ""
        self.live = LiveAssessment(window.runner, window.catalog, self)
        self.live.lang = self.lang
        self._build()
        self._connect()

    def _build(self) -> None:
        w = self._w
        self.cards = MetricCards()
        self.cards.lang = self.lang
        self.rec_model = AdviceModel(self)
        self.rec_model.lang = self.lang
        self.rec_model.texts = self._rec_texts
        self.rec_model.finding_text = lambda f: explain.data_gap_text(f, self.lang)
        self.rec_model.heading = self._heading
        self.rec_model.stage_name = lambda effort: explain.stage_name(effort, self.lang)
        self.rec_model.stage_note = lambda a, n: explain.stage_interaction_text(
            a.plan, n, a.recommendations, self.lang)
        self.advice = AdvicePanel(self.rec_model)
        self.advice.note_text = self._gain_note
        self.advice.set_ranking_rule(explain.ranking_rule_text(self.lang))
        self.detail = DetailPanel()
        self.detail.lang = self.lang
        self.detail.material_name = lambda mid: self.name_of("material", mid)
        self.detail.joint_name = lambda jid: self.name_of("joint", jid)
        self.charts = ChartPanel()
        self.settings_panel = SettingsPanel(w)
        self.settings_panel.finding_text = self._finding_text
        self.cards.finding_text = self._finding_text
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail, w.tr("Component"))
        self.tabs.addTab(self.advice, w.tr("Advice"))
        self.tabs.addTab(self.charts, w.tr("Charts"))
        self.tabs.addTab(self.settings_panel, w.tr("Settings"))
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.cards)
        layout.addWidget(self.tabs, 1)
        dock = QDockWidget(w.tr("Assessment"), w)
        dock.setObjectName("resultsDock")
        dock.setWidget(panel)
        dock.setMinimumWidth(420)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        w.actions_.view_menu.addAction(dock.toggleViewAction())
        self.dock = dock

    def _connect(self) -> None:
        w = self._w
        self.live.started.connect(lambda: self._busy(True))
        self.live.progress.connect(w.progress.setValue)
        self.live.evaluated.connect(self._on_evaluated)
        self.live.failed.connect(self._on_failed)
        w.bom.current_component_changed.connect(self._show_detail)
        self.advice.highlight.connect(w.bom_model.set_highlight)
        self.advice.apply_requested.connect(self.apply_to_new_variant)
        w.actions_.apply_recs.triggered.connect(self.advice.request_apply)
        w.actions_.evaluate.triggered.connect(self.reevaluate)

    # -- names for the BOM rows ------------------------------------------------
    def name_of(self, kind: str, key: object) -> str:
        if not key:
            return ""
        catalog = self._w.catalog
        if kind == "route":
            return explain.route_name(str(key), self.lang)
        if kind == "issue" and isinstance(key, Issue):
            return explain.issue_text(key, self.lang)
        if kind == "material" and catalog.loaded:
            return catalog.material_name(str(key), self.lang)
        if kind == "joint" and catalog.loaded:
            return catalog.joint_name(str(key), self.lang)
        return str(key)

    def _rec_texts(self, rec: Recommendation) -> tuple[str, str, str, str]:
        t = explain.recommendation_text(rec, self.lang)
        return t.title, t.action, t.why, explain.category_name(rec.category, self.lang)

    def _gain_note(self, rec: Recommendation) -> str:
        return explain.gain_note_text(rec, self.lang)

    def _heading(self, key: str) -> str:
        """The advice's headings as the CLI and the report have them (the effort groups
        are the report's plan blocks)."""
        code = {"plan": "advice_heading_plan", "legal": "advice_heading_legal",
                "data": "advice_heading_gaps", "effort1": "report_plan_block_1",
                "effort2": "report_plan_block_2", "effort3": "report_plan_block_3"}.get(key)
        return message_text(code, self.lang, default="") if code else ""

    def _finding_text(self, finding: Finding) -> str:
        return explain.finding_text(finding, self.lang)

    # -- assessment --------------------------------------------------------------
    def variant_shown(self, variant: Variant | None) -> None:
        """Called after every change of the shown variant: re-evaluate when it settles."""
        if variant is None or variant.id != self._shown_variant_id:
            self._shown_variant_id = variant.id if variant else ""
            self._clear()
        found = self._w.doc.current()
        if found is None or variant is None or not variant.components:
            self.live.schedule(None, "")
            self._clear()
            return
        product, current = found
        self.live.schedule(variant, product.name, settings_of(product, current))

    def reevaluate(self) -> None:
        self.variant_shown(self._w.doc.current_variant())
        self.live.evaluate_now()

    def _clear(self) -> None:
        self.assessment = None
        self.settings_panel.show_assessment(None)
        self.cards.show_assessment(None)
        self.rec_model.set_assessment(None)
        self.detail.show_component(None, None)

    def _busy(self, on: bool) -> None:
        self._w.progress.setVisible(on)
        if on:
            self._w.progress.setValue(0)
            self._w.statusBar().showMessage(self._w.tr("Evaluating…"))

    def _on_evaluated(self, ev: Evaluation) -> None:
        if ev.variant.id != self._w.doc.current_variant_id:
            self._busy(False)
            return
        if ev.stage == "advice":
            self._busy(False)
            self.assessment = ev.assessment
            if ev.figures:
                self.charts.show_figures(ev.figures)
            self.rec_model.set_assessment(ev.assessment)
            self._w.statusBar().showMessage(self._w.tr("Evaluated"), 3000)
            return
        self._w.statusBar().showMessage(self._w.tr("Working out the advice…"))
        same_variant = self.assessment is not None
        self.assessment = ev.assessment
        self._last_error = ""
        self._w.bom_model.set_assessment(ev.assessment)
        self._w.bom_model.set_problems(self._w.editing.problems(ev.variant))
        self.cards.show_assessment(ev.assessment, compare_previous=same_variant)
        self.settings_panel.show_assessment(ev.assessment)
        if ev.figures:
            self.charts.show_figures(ev.figures)
        self._show_detail(self._w.bom.current_id() or "")
        QTimer.singleShot(0, self._w.check_user_layer)  # after the figures are shown

    def _on_failed(self, exc: BaseException, trace: str) -> None:
        self._busy(False)
        text = f"{type(exc).__name__}: {exc}"
        self._w.statusBar().showMessage(self._w.tr(
            "The assessment could not be computed."), 10000)
        if text == self._last_error:
            return  # the same failure again after another edit: the status bar says it
        self._last_error = text
        show_failure(self._w, self._w.tr("Evaluation failed"), self._w.tr(
            "The assessment could not be computed. The bill of materials is unchanged."),
            exc, self.lang, trace, modal=False)

    def _show_detail(self, component_id: str) -> None:
        variant = self._w.doc.current_variant()
        comp = next((c for c in variant.components if c.id == component_id),
                    None) if variant else None
        self.detail.show_component(comp, self._w.bom_model.result(component_id))

    # -- advice ------------------------------------------------------------------
    def apply_to_new_variant(self, recs: list[Recommendation], name: str | None = None) -> str:
        """Create a redesign variant with the chosen changes; returns its id ('' when the
        advice changes nothing). The advice pane says what was changed."""
        from advisor.recommend import apply_recommendations

        doc = self._w.doc
        found = doc.current()
        if found is None or not recs:
            return ""
        product, variant = found
        taken = {v.name for v in product.variants}
        name = name or next(n for i in range(1, 999)
                            if (n := self._w.tr("Redesign {n}").format(n=i)) not in taken)
        new = apply_recommendations(variant, [r for r in recs if r.edits], name)
        lines = describe_changes(variant, new, self.name_of, self.lang)
        if not lines:
            self.advice.show_outcome(self._w.tr(
                "This advice changes nothing in the bill of materials, so no variant was "
                "made. Follow it up with the supplier or in the design."))
            return ""
        project, vid = edit.add_variant(doc.project, product.id, new)
        doc.edit_project(lambda: _tr("Apply advice"), project, focus=vid)
        n = len(lines)
        head = (self._w.tr("“{variant}” made with {n} change:") if n == 1 else
                self._w.tr("“{variant}” made with {n} changes:")).format(variant=name, n=n)
        self.advice.show_outcome("\n".join([head, *(f"• {line}" for line in lines)]))
        self._w.statusBar().showMessage(head.rstrip(":"), 8000)
        return vid

    def shutdown(self) -> None:
        self.live.shutdown()
