"""Recommendations: ranked list with gains, explanation, and 'apply to a new variant'."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor.model import Recommendation
from ui.results.advice_model import REC_ROLE, RecommendationModel


class AdvicePanel(QWidget):
    """The recommendation table; selecting a row highlights its components."""

    highlight = Signal(set)
    apply_requested = Signal(list)

    def __init__(self, model: RecommendationModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setObjectName("adviceTable")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        for col in range(2, model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setMinimumHeight(48)
        self.apply_button = QPushButton(self.tr("Apply chosen advice to a new variant"), self)
        self.apply_button.clicked.connect(self.request_apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.apply_button)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        model.modelReset.connect(lambda: self._on_current(QModelIndex(), QModelIndex()))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rec: Recommendation | None = current.data(REC_ROLE) if current.isValid() else None
        self.explanation.setText(current.siblingAtColumn(0).data(
            Qt.ItemDataRole.ToolTipRole) or "" if rec else self.tr(
            "Tick the advice you want to try, then apply it to a new variant."))
        self.highlight.emit(set(rec.component_ids) if rec else set())

    def chosen(self) -> list[Recommendation]:
        """The ticked recommendations, else the selected one."""
        recs = self.model.checked()
        if not recs:
            rec = self.view.currentIndex().data(REC_ROLE)
            recs = [rec] if rec is not None else []
        return recs

    def request_apply(self) -> None:
        recs = self.chosen()
        if recs:
            self.apply_requested.emit(recs)
