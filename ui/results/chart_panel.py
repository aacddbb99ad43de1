"""The report's charts embedded with FigureCanvasQTAgg (matplotlib imported on first use).

The figures are the report's own (`advisor.report.charts`), built in the worker beside
the assessment. Each is shown whole at the width of the dock, scaled as the page shows
it: the canvas keeps the figure's proportions and its resolution follows the width, so
labels and legends sit where the report puts them. Below a readable size the panel
scrolls instead of squeezing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

MIN_DPI = 60  # below this the text gets too small to read: scroll instead


def make_canvas(figure):
    """A canvas that keeps the figure's proportions at any width."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class ChartCanvas(FigureCanvasQTAgg):
        def __init__(self, fig) -> None:
            super().__init__(fig)
            self.inches = tuple(float(x) for x in fig.get_size_inches())

        def height_for(self, width: int) -> int:
            return max(1, round(width * self.inches[1] / self.inches[0]))

        def resizeEvent(self, event) -> None:
            width = max(event.size().width(), 1) * self.device_pixel_ratio
            self.figure.set_dpi(width / self.inches[0])
            super().resizeEvent(event)

    return ChartCanvas(figure)


class ChartPanel(QWidget):
    """A chooser and one canvas per chart; figures come ready-made from the worker."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chooser = QComboBox(self)
        self._labels = {"routes": self.tr("Mass per recovery route"),
                        "composition": self.tr("Material composition"),
                        "flow": self.tr("Where the materials go")}
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Charts appear after the first evaluation."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.stack)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.scroll, 1)
        self._canvases: dict[str, QWidget] = {}
        self.chooser.currentIndexChanged.connect(self._show_current)

    def show_figures(self, figures: dict) -> None:
        """Replace the canvases with new figures (keeps the chosen chart)."""
        chosen = self.chooser.currentData()
        for canvas in self._canvases.values():
            self.stack.removeWidget(canvas)
            canvas.deleteLater()
        self._canvases = {}
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for key, figure in figures.items():
            canvas = make_canvas(figure)
            self.stack.addWidget(canvas)
            self._canvases[key] = canvas
            self.chooser.addItem(self._labels.get(key, key), key)
        pos = self.chooser.findData(chosen)
        self.chooser.setCurrentIndex(max(pos, 0))
        self.chooser.blockSignals(False)
        self._show_current()

    def current_canvas(self):
        return self._canvases.get(self.chooser.currentData())

    def _show_current(self) -> None:
        canvas = self.current_canvas()
        self.stack.setCurrentWidget(canvas or self.placeholder)
        self._fit()
        if canvas is not None:
            canvas.draw_idle()

    def _fit(self) -> None:
        """The chart as wide as the panel (not below a readable size), as tall as it needs."""
        canvas = self.current_canvas()
        width = self.scroll.viewport().width()
        if canvas is None:
            self.stack.resize(width, self.scroll.viewport().height())
            return
        width = max(width, round(canvas.inches[0] * MIN_DPI))
        self.stack.resize(width, canvas.height_for(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()
