"""Metric cards: the product figures of the assessment, with the change since the last one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from advisor.i18n import fmt_number, fmt_percent
from advisor.model import Metrics

# (field, kind, higher is better)
CARDS = (("recyclability_rate", "share", True), ("recoverability_rate", "share", True),
         ("mci", "index", True), ("reuse_rate", "share", True),
         ("disassembly_time_s", "seconds", False), ("embodied_carbon_kg", "kg", False),
         ("crm_mass_kg", "kg", False), ("unresolved_mass_kg", "kg", False))


def _format(kind: str, value: float | None, lang: str) -> str:
    if value is None:
        return "–"  # not assessed
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
    unit = {"share": " pt", "index": "", "seconds": " s", "kg": " kg"}[kind]
    return f"{sign}{fmt_number(abs(delta) * scale, lang, digits)}{unit}"


class MetricCard(QFrame):
    """A title, a large value and the change since the previous evaluation."""

    def __init__(self, title: str, tooltip: str, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("metricCard")
        self.title = QLabel(title)
        self.title.setStyleSheet("color:#555;")
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.delta = QLabel("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(1)
        for w in (self.title, self.value, self.delta):
            layout.addWidget(w)
        self.setToolTip(tooltip)

    def show_value(self, text: str, delta: str, good: bool | None) -> None:
        self.value.setText(text)
        self.delta.setText(delta)
        colour = "#1b7837" if good else "#b2182b" if good is not None else "#555"
        self.delta.setStyleSheet(f"color:{colour};")


class MetricCards(QWidget):
    """A grid of metric cards."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        titles = {
            "recyclability_rate": (self.tr("Recyclability"), self.tr(
                "Mass share recycled at end of life (IEC/TR 62635 style)")),
            "recoverability_rate": (self.tr("Recoverability"), self.tr(
                "Recycled plus energy recovery, as a mass share")),
            "mci": (self.tr("MCI"), self.tr(
                "Material Circularity Indicator (Ellen MacArthur Foundation), 0..1")),
            "reuse_rate": (self.tr("Reuse"), self.tr(
                "Mass share whose reachable route keeps the part whole (R3..R7)")),
            "disassembly_time_s": (self.tr("Disassembly"), self.tr(
                "Time to liberate every part that needs removing")),
            "embodied_carbon_kg": (self.tr("Embodied CO₂e"), self.tr(
                "Embodied carbon of the materials")),
            "crm_mass_kg": (self.tr("Critical raw mat."), self.tr(
                "Mass of critical raw materials (Regulation (EU) 2024/1252)")),
            "unresolved_mass_kg": (self.tr("Unresolved"), self.tr(
                "Mass whose material could not be matched to the knowledge base")),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.cards: dict[str, MetricCard] = {}
        for i, (name, _kind, _better) in enumerate(CARDS):
            card = MetricCard(*titles[name], parent=self)
            grid.addWidget(card, i // 4, i % 4)
            self.cards[name] = card
        self._previous: Metrics | None = None
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(),
                           self.sizePolicy().verticalPolicy())
        self.layout().setAlignment(Qt.AlignmentFlag.AlignTop)

    def show_metrics(self, metrics: Metrics | None, compare_previous: bool = True) -> None:
        previous = self._previous if compare_previous else None
        for name, kind, higher_better in CARDS:
            card = self.cards[name]
            if metrics is None:
                card.show_value("–", "", None)
                continue
            value = getattr(metrics, name)
            before = getattr(previous, name) if previous is not None else None
            delta = value - before if value is not None and before is not None else 0.0
            text = _delta(kind, delta, self.lang)
            good = (delta > 0) == higher_better if text else None
            card.show_value(_format(kind, value, self.lang), text, good)
        self._previous = metrics

    def value_text(self, name: str) -> str:
        return self.cards[name].value.text()
