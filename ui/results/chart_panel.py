"""The report's charts embedded with FigureCanvasQTAgg (matplotlib imported on first use)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QVBoxLayout, QWidget


class ChartPanel(QWidget):
    """A chooser and one canvas per chart; figures come ready-made from the worker."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chooser = QComboBox(self)
        self._labels = {"routes": self.tr("Mass per recovery route"),
                        "composition": self.tr("Material composition")}
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Charts appear after the first evaluation."))
        self.stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.stack, 1)
        self._canvases: dict[str, QWidget] = {}
        self.chooser.currentIndexChanged.connect(self._show_current)

    def show_figures(self, figures: dict) -> None:
        """Replace the canvases with new figures (keeps the chosen chart)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        chosen = self.chooser.currentData()
        for canvas in self._canvases.values():
            self.stack.removeWidget(canvas)
            canvas.deleteLater()
        self._canvases = {}
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for key, figure in figures.items():
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumHeight(220)
            self.stack.addWidget(canvas)
            self._canvases[key] = canvas
            self.chooser.addItem(self._labels.get(key, key), key)
        pos = self.chooser.findData(chosen)
        self.chooser.setCurrentIndex(max(pos, 0))
        self.chooser.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        canvas = self._canvases.get(self.chooser.currentData())
        self.stack.setCurrentWidget(canvas or self.placeholder)
        if canvas is not None:
            canvas.draw_idle()
