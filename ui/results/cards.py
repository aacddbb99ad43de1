"""Metric cards and the end-of-life outcome bar: the product figures of the assessment,
with the change since the last one.

The bar tells the story the charts tell: of every kilogram, the share reused or recycled
(the recyclability), lost in recycling processes, recovered as energy and landfilled
(`Metrics.recyclability_rate`, `process_loss_rate`, `energy_recovery_rate`,
`landfill_rate`, which add up to the whole). It shows what the metrics say: a share the
engine leaves unassigned stays blank.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from advisor.i18n import fmt_number, fmt_percent
from advisor.model import Assessment, Metrics
from ui.base.i18n import points

# (field, kind, higher is better)
CARDS = (("recyclability_rate", "share", True), ("recoverability_rate", "share", True),
         ("mci", "index", True), ("disassembly_time_s", "seconds", False),
         ("embodied_carbon_kg", "kg", False), ("crm_mass_kg", "kg", False),
         ("processed_in_region_share", "share", True), ("unresolved_mass_kg", "kg", False))
# The outcome bar's parts, in the order of the R-ladder; coloured as the report's charts.
OUTCOMES = ("reuse", "recycled", "process_loss", "energy", "landfill")


@cache
def outcome_colours() -> dict[str, str]:
    """The colours the report's charts give the outcomes (the same story, the same key)."""
    from advisor.report.charts import OUTCOME_STYLE  # loaded by the first assessment

    return {name: OUTCOME_STYLE[name][0] for name in OUTCOMES}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricCards", text)


def outcome_shares(m: Metrics) -> dict[str, float]:
    """Reuse, recycled, process loss, energy and landfill shares of the product's mass."""
    reuse = min(m.reuse_rate, m.recyclability_rate)
    return {"reuse": reuse, "recycled": max(0.0, m.recyclability_rate - reuse),
            "process_loss": m.process_loss_rate, "energy": m.energy_recovery_rate,
            "landfill": m.landfill_rate}


def _format(kind: str, value: float | None, lang: str) -> str:
    if value is None:
        return _tr("not assessed")
    if kind == "share":
        return fmt_percent(value, lang, 1)
    if kind == "index":
        return fmt_number(value, lang, 2)
    if kind == "seconds":
        return f"{fmt_number(value, lang, 0)} s"
    return f"{fmt_number(value, lang, 2)} kg"


def _delta(kind: str, delta: float, lang: str) -> str:
    scale = 100 if kind == "share" else 1
    digits = {"share": 1, "index": 3, "seconds": 0, "kg": 3}[kind]
    if abs(delta * scale) < 10 ** -digits / 2:
        return ""
    sign = "+" if delta > 0 else "−"
    unit = {"share": " " + points(), "index": "", "seconds": " s", "kg": " kg"}[kind]
    return f"{sign}{fmt_number(abs(delta) * scale, lang, digits)}{unit}"


class MetricCard(QFrame):
    """A title, a large value and the change since the previous evaluation."""

    def __init__(self, title: str, tooltip: str, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("metricCard")
        self.title = QLabel(title)
        self.title.setStyleSheet("color:#555;")
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.delta = QLabel("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(1)
        for w in (self.title, self.value, self.delta):
            layout.addWidget(w)
        self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_value(self, text: str, delta: str, good: bool | None) -> None:
        self.value.setText(text)
        self.delta.setText(delta)
        colour = "#1b7837" if good else "#b2182b" if good is not None else "#555"
        self.delta.setStyleSheet(f"color:{colour};")


class OutcomeBar(QWidget):
    """One bar of 100%: the parts of the product's mass by what happens to them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.shares: dict[str, float] = {}
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, 18)

    def set_shares(self, shares: dict[str, float]) -> None:
        self.shares = dict(shares)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.fillRect(rect, QColor("#eeeeee"))
        x = rect.left()
        colours = outcome_colours() if self.shares else {}
        for name in OUTCOMES if self.shares else ():
            width = rect.width() * max(0.0, self.shares.get(name, 0.0))
            p.fillRect(QRectF(x, rect.top(), width, rect.height()), QColor(colours[name]))
            x += width
        p.setPen(QColor("#888888"))
        p.drawRect(rect)


class MetricCards(QWidget):
    """A grid of metric cards above the outcome bar, its legend and the legal targets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        titles = self._titles()
        self.cards: dict[str, MetricCard] = {}
        for i, (name, _kind, _better) in enumerate(CARDS):
            card = MetricCard(*titles[name], parent=self)
            grid.addWidget(card, i // 4, i % 4)
            self.cards[name] = card
        self.bar_title = QLabel(self.tr("What happens to the product at end of life"))
        self.bar_title.setStyleSheet("color:#555;")
        self.bar = OutcomeBar(self)
        self.bar.setToolTip(self.tr(
            "Of every kilogram: reused, recycled, lost in recycling processes, recovered "
            "as energy, landfilled. Reused and recycled together are the recyclability."))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.targets = QLabel()
        self.targets.setWordWrap(True)
        self.targets.setTextFormat(Qt.TextFormat.RichText)
        self.assumptions = QLabel()  # how many assumptions the figures rest on; tip: which
        self.assumptions.setStyleSheet("color:#555;")
        self.finding_text = lambda f: f.code
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(grid)
        layout.addSpacing(4)
        for w in (self.bar_title, self.bar, self.legend, self.targets, self.assumptions):
            layout.addWidget(w)
        self._previous: Metrics | None = None

    def _titles(self) -> dict[str, tuple[str, str]]:
        return {
            "recyclability_rate": (self.tr("Recyclability"), self.tr(
                "Mass share reused or recycled at end of life, after the losses of the "
                "recycling processes (IEC/TR 62635 style)")),
            "recoverability_rate": (self.tr("Recoverability"), self.tr(
                "Recyclability plus energy recovery, as a mass share")),
            "mci": (self.tr("MCI"), self.tr(
                "Material Circularity Indicator (Ellen MacArthur Foundation), 0 to 1")),
            "disassembly_time_s": (self.tr("Disassembly"), self.tr(
                "Time to liberate every part that needs removing; not assessed while "
                "joints of such parts are unknown")),
            "embodied_carbon_kg": (self.tr("Embodied CO₂e"), self.tr(
                "Embodied carbon of the materials")),
            "crm_mass_kg": (self.tr("Critical raw materials"), self.tr(
                "Mass of critical raw materials (Regulation (EU) 2024/1252)")),
            "processed_in_region_share": (self.tr("Processed in the region"), self.tr(
                "Share of the reused and recycled mass that is processed in the region")),
            "unresolved_mass_kg": (self.tr("Unresolved"), self.tr(
                "Mass whose material could not be matched to the knowledge base")),
        }

    def _outcome_names(self) -> dict[str, str]:
        return {"reuse": self.tr("reused"), "recycled": self.tr("recycled"),
                "process_loss": self.tr("process loss"), "energy": self.tr("energy"),
                "landfill": self.tr("landfill")}

    def show_assessment(self, assessment: Assessment | None,
                        compare_previous: bool = True) -> None:
        """Show an assessment's figures; None or a product without mass shows dashes."""
        metrics = assessment.metrics if assessment is not None else None
        if metrics is not None and metrics.total_mass_kg <= 0:
            metrics = None
        self.show_metrics(metrics, compare_previous)
        self._show_targets(assessment if metrics is not None else None)
        self._show_assumptions(assessment if metrics is not None else None)

    def _show_assumptions(self, assessment: Assessment | None) -> None:
        found = assessment.assumptions if assessment is not None else ()
        n = len(found)
        self.assumptions.setText((self.tr("The figures rest on {n} assumption (see Settings)")
                                  if n == 1 else self.tr(
                                      "The figures rest on {n} assumptions (see Settings)"))
                                 .format(n=n) if n else "")
        self.assumptions.setToolTip("\n".join(f"• {self.finding_text(f)}" for f in found))
        self.assumptions.setVisible(bool(n))

    def show_metrics(self, metrics: Metrics | None, compare_previous: bool = True) -> None:
        previous = self._previous if compare_previous else None
        for name, kind, higher_better in CARDS:
            card = self.cards[name]
            if metrics is None:
                card.show_value("–", "", None)
                continue
            value = getattr(metrics, name)
            old = getattr(previous, name) if previous is not None else None
            delta = value - old if value is not None and old is not None else 0.0
            text = _delta(kind, delta, self.lang)
            good = (delta > 0) == higher_better if text else None
            card.show_value(_format(kind, value, self.lang), text, good)
        self._show_outcomes(metrics)
        self._previous = metrics

    def _show_outcomes(self, metrics: Metrics | None) -> None:
        shares = outcome_shares(metrics) if metrics is not None else {}
        self.bar.set_shares(shares)
        names = self._outcome_names()
        colours = outcome_colours() if shares else dict.fromkeys(OUTCOMES, "#bbbbbb")
        parts = []
        for name in OUTCOMES:
            value = fmt_percent(shares[name], self.lang, 1) if shares else "–"
            parts.append(f"<span style='color:{colours[name]}'>■</span>&nbsp;{names[name]}"
                         f"&nbsp;{value}")
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    def _show_targets(self, assessment: Assessment | None) -> None:
        lines = []
        for t in assessment.targets if assessment is not None else ():
            mark = "<span style='color:#1b7837'>✔</span>" if t.met else \
                "<span style='color:#b2182b'>✘</span>"
            name = t.name_nl if self.lang == "nl" and t.name_nl else t.name_en
            lines.append(self.tr("{mark} {target}: {value} of at least {needed}").format(
                mark=mark, target=name, value=fmt_percent(t.value, self.lang, 1),
                needed=fmt_percent(t.target, self.lang, 0)))
        self.targets.setText("<br>".join(lines))
        self.targets.setVisible(bool(lines))

    def value_text(self, name: str) -> str:
        return self.cards[name].value.text()
