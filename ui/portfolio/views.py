"""The portfolio window's result tabs: the verdict's figures with the flow diagram, the
flows by material, the priority streams, the critical raw materials and the ranked
contributors, each a sortable table over `advisor.portfolio.tables`."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor.kb import KnowledgeBase
from advisor.portfolio.model import PortfolioResult
from advisor.portfolio.streams import StreamMap
from advisor.portfolio.tables import (
    contributors_table,
    crm_table,
    flows_table,
    headline,
    headline_notes,
    product_ranking_table,
    streams_table,
)
from ui.portfolio.models import SORT_ROLE, HeadlineModel, TableModel


def sortable_table(model, sort: bool = True) -> QTableView:
    """A table view over a model; sorted by raw values through a proxy where `sort`."""
    view = QTableView()
    if sort:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the table's own order first
    else:
        view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # A long name (a recommendation, a material) is cut, in full in its tooltip, so the
    # figures beside it stay in view.
    header.setMaximumSectionSize(MAX_COLUMN_PX)
    header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(22)
    return view


MAX_COLUMN_PX = 380


class ResultTabs(QTabWidget):
    """The tabs that show one result (before or after)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.headline = HeadlineModel(self)
        self.flows, self.streams = TableModel(self), TableModel(self)
        self.crm, self.contributors = TableModel(self), TableModel(self)
        self.ranking = TableModel(self)
        self.chart_box = QVBoxLayout()
        self.canvas = None
        summary = QSplitter()
        figures = QWidget()
        figures_box = QVBoxLayout(figures)
        figures_box.setContentsMargins(0, 0, 0, 0)
        figures_box.addWidget(sortable_table(self.headline, sort=False), 1)
        # How changes are signed; why the material kept in the region is not shown.
        self.note = QLabel()
        self.note.setWordWrap(True)
        figures_box.addWidget(self.note)
        summary.addWidget(figures)
        chart = QWidget()
        chart.setLayout(self.chart_box)
        summary.addWidget(chart)
        summary.setSizes([760, 640])  # the figures' four columns stay in view
        self.addTab(summary, self.tr("Summary"))
        self.addTab(sortable_table(self.flows), self.tr("Flows by material"))
        self.addTab(sortable_table(self.streams), self.tr("Priority streams"))
        self.addTab(sortable_table(self.crm), self.tr("Critical raw materials"))
        contributors = QWidget()
        layout = QVBoxLayout(contributors)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Where the alliance should push first: the products "
                                        "(above) and each recommendation of a plan measured "
                                        "alone, each redesign variant as a whole (below).")))
        split = QSplitter(Qt.Orientation.Vertical)  # each table the window's full width
        split.addWidget(sortable_table(self.ranking))
        split.addWidget(sortable_table(self.contributors))
        split.setSizes([200, 400])
        layout.addWidget(split, 1)
        self.addTab(contributors, self.tr("Contributors"))

    def clear_results(self) -> None:
        self.headline.set_figures([], False, self.lang)
        self.note.clear()
        for model in (self.flows, self.streams, self.crm, self.contributors, self.ranking):
            model.set_table(None, self.lang)
        self._set_canvas(None)

    def show_result(self, result: PortfolioResult, kb: KnowledgeBase, after: bool) -> None:
        lang = self.lang
        side = result.after if after and result.after is not None else result.before
        streams = StreamMap(kb)
        kept = result.regional_processors
        self.headline.set_figures(headline(result, lang), result.after is not None, lang)
        self.note.setText("\n".join(headline_notes(result, lang)))
        self.flows.set_table(flows_table(side, kb, streams, lang, kept), lang)
        self.streams.set_table(streams_table(side, streams, lang, kept), lang)
        self.crm.set_table(crm_table(side, lang), lang)
        self.contributors.set_table(contributors_table(result, lang), lang)
        self.ranking.set_table(product_ranking_table(result, lang), lang)
        self._set_canvas(result)

    def _set_canvas(self, result: PortfolioResult | None) -> None:
        if self.canvas is not None:
            self.chart_box.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        if result is None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from advisor.portfolio.charts import flow_figure

        self.canvas = FigureCanvasQTAgg(flow_figure(result.before, result.after, self.lang))
        self.canvas.setMinimumHeight(320)
        self.chart_box.addWidget(self.canvas)
