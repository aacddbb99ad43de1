"""Variant comparison: two or more variants side by side, overlaid chart, changed rows, PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor.model import Assessment, Product, settings_of
from ui.base.errors import show_failure
from ui.compare.models import ChangesModel, MetricsModel, with_recycled_changes
from ui.results.live import evaluate_variant


class CompareWindow(QDialog):
    """Choose variants of a product; see their key figures, chart and changed rows."""

    compared = Signal()

    def __init__(self, window, product: Product, parent: QWidget | None = None) -> None:
        super().__init__(parent or window, Qt.WindowType.Window)
        self._w = window
        self.product = product
        self.lang = window.lang
        self.assessments: list[Assessment] = []
        self._pending: list = []
        self.shown_variants: list = []
        self.setWindowTitle(self.tr("Compare variants — {product}").format(product=product.name))
        self.resize(1200, 800)
        self.metrics = MetricsModel(self)
        self.metrics.lang = self.lang
        self.changes = ChangesModel(self)
        self.changes.lang = self.lang
        self.changes.material_name = lambda mid: window.catalog.material_name(mid, self.lang)
        self.changes.joint_name = lambda jid: window.catalog.joint_name(jid, self.lang)
        self._build()

    def _build(self) -> None:
        self.variants = QListWidget()
        for i, v in enumerate(self.product.variants):
            item = QListWidgetItem(v.name)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setCheckState(Qt.CheckState.Checked if i < 2 else Qt.CheckState.Unchecked)
            self.variants.addItem(item)
        self.variants.setMaximumHeight(76)
        self.variants.setProperty("dataColumns", [0])  # the variants' names
        self.run_button = QPushButton(self.tr("Compare"))
        self.run_button.clicked.connect(self.run)
        self.pdf_button = QPushButton(self.tr("Export PDF with comparison…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.pdf_button.setEnabled(False)
        self.status = QLabel(self.tr("The first ticked variant is the reference."))
        top = QHBoxLayout()
        top.addWidget(self.variants, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        self.metric_view = self._table(self.metrics)
        self.pair = QComboBox()
        self.pair.currentIndexChanged.connect(self._show_pair)
        self.change_view = self._table(self.changes)
        self.change_view.setProperty("dataColumns", [ChangesModel.COMPONENT])
        for col in (ChangesModel.BEFORE, ChangesModel.AFTER):
            self.change_view.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.Stretch)
        self.chart_box = QVBoxLayout()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pair)
        right_layout.addLayout(self.chart_box, 1)
        right_layout.addWidget(QLabel(self.tr("Components that changed")))
        right_layout.addWidget(self.change_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.metric_view)
        splitter.addWidget(right)
        splitter.setSizes([620, 580])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _table(model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def chosen_ids(self) -> list[str]:
        return [self.variants.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.variants.count())
                if self.variants.item(i).checkState() == Qt.CheckState.Checked]

    def run(self) -> None:
        """Evaluate the ticked variants in the background, then show them."""
        ids = self.chosen_ids()
        if len(ids) < 2:
            self.status.setText(self.tr("Tick at least two variants."))
            return
        variants = [v for vid in ids for v in self.product.variants if v.id == vid]
        product = next((p for p in self._w.doc.project.products if p.id == self.product.id),
                       self.product)  # the settings as they are now
        catalog, name = self._w.catalog, product.name
        self._pending = variants
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Evaluating {n} variants…").format(n=len(variants)))

        def work(progress, cancelled):
            out = []
            for i, v in enumerate(variants):
                out.append(evaluate_variant(v, name, catalog, settings_of(product, v), None,
                                            cancelled))
                progress((i + 1) / len(variants))
            return out

        task = self._w.runner.start("compare", work)
        task.finished.connect(self.show_assessments)
        task.failed.connect(self._failed)
        self._w.runner.launch(task)

    def show_assessments(self, assessments: list[Assessment]) -> None:
        self.run_button.setEnabled(True)
        self.assessments = list(assessments)
        self.shown_variants = list(self._pending)
        self.metrics.set_assessments(self.assessments)
        self.pair.blockSignals(True)
        self.pair.clear()
        ref = self.assessments[0].variant_name
        for i, a in enumerate(self.assessments[1:], start=1):
            self.pair.addItem(self.tr("{a} compared with {b}").format(a=ref, b=a.variant_name), i)
        self.pair.blockSignals(False)
        self._show_pair()
        self.pdf_button.setEnabled(True)
        self.status.setText(self.tr("Green: better than the reference; red: worse."))
        self.compared.emit()

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("The comparison could not be computed."))
        show_failure(self, self.tr("Compare variants"), self.tr(
            "The comparison could not be computed."), exc, self.lang, modal=False)

    def current_pair(self) -> tuple[Assessment, Assessment] | None:
        i = self.pair.currentData()
        return (self.assessments[0], self.assessments[i]) if i else None

    def _show_pair(self) -> None:
        """The rows that changed, as the report lists them, with recycled content too."""
        from advisor.report.comparison import changes_of

        pair = self.current_pair()
        if pair is None:
            return
        before, after = self.shown_variants[0], self.shown_variants[self.pair.currentData()]
        changes, recycled = with_recycled_changes(changes_of(*pair), before, after)
        self.changes.set_changes(changes, recycled, {c.id: c.name for c in after.components})
        self._show_chart(pair)

    def _show_chart(self, pair: tuple[Assessment, Assessment]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from advisor.report.charts import comparison_chart

        while self.chart_box.count():
            old = self.chart_box.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        canvas = FigureCanvasQTAgg(comparison_chart(*pair, lang=self.lang))
        canvas.setMinimumHeight(260)
        self.chart_box.addWidget(canvas)

    def export_pdf(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        stem = self.tr("{product} - comparison").format(product=self.product.name)
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in stem).strip()
        start = Path(self._w.settings.export_dir) / f"{safe}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF report"), str(start),
                                              self.tr("PDF (*.pdf)"))
        if name:
            self.write_pdf(Path(name))

    def write_pdf(self, path: Path) -> None:
        """The report of the reference variant with its comparison section."""
        a, b = self.current_pair()
        variant = self.shown_variants[0]
        catalog, lang = self._w.catalog, self._w.settings.report_language
        s, project = self._w.settings, self._w.doc.project
        company, author = project.company or s.company, project.author or s.author

        def work(progress, cancelled):
            from advisor.report import write_report

            return write_report(path, a, catalog.kb(), lang=lang, company=company,
                                author=author, compare=b, variant=variant,
                                progress=lambda d, t: progress(d / max(t, 1)),
                                cancelled=cancelled)

        task = self._w.runner.start("compare-pdf", work)
        task.finished.connect(lambda p: self._written(Path(p)))
        task.failed.connect(lambda exc: show_failure(
            self, self.tr("Report not written"), self.tr(
                "The report with the comparison was not written."), exc, self.lang,
            task.error_text))
        self.status.setText(self.tr("Writing the report…"))
        self._w.runner.launch(task)

    def _written(self, path: Path) -> None:
        self._w.settings.export_dir = str(path.parent)
        self.status.setText(self.tr("Report written: {path}").format(path=path))
        if self._w.settings.open_after_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
