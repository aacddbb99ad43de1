"""The advice pane: the plan and the advice in their groups, sortable by any gain, the
explanation of the chosen row, and 'apply to a new variant' that reports what it did."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from advisor.model import Gain, Recommendation
from ui.results.advice_model import (
    EFFORT,
    GAIN,
    GAIN_FIELDS,
    GROUP_ROLE,
    KIND_ROLE,
    REC_ROLE,
    SORT_KEYS,
    TITLE,
    AdviceModel,
    gain_name,
    gain_text,
)


class AdvicePanel(QWidget):
    """The advice tree; selecting a row highlights its components in the BOM."""

    highlight = Signal(set)
    apply_requested = Signal(list)

    def __init__(self, model: AdviceModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.note_text = lambda rec: ""  # why a gain is zero, in the language
        self.sort = QComboBox(self)
        for key in SORT_KEYS:
            self.sort.addItem(gain_name(key), key)
        self.sort.setToolTip(self.tr(
            "Priority is the advice's own order; a figure sorts each group by its gain"))
        self.sort.currentIndexChanged.connect(
            lambda _i: self.model.set_sort(self.sort.currentData()))
        self.view = QTreeView(self)
        self.view.setObjectName("adviceTree")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformRowHeights(True)
        self.view.setWordWrap(False)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GAIN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EFFORT, QHeaderView.ResizeMode.ResizeToContents)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setMinimumHeight(60)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.outcome = QPlainTextEdit(self)  # what the last apply did
        self.outcome.setReadOnly(True)
        self.outcome.setMaximumHeight(110)
        self.outcome.setStyleSheet("background:#eef5e9;")
        self.outcome.setVisible(False)
        self.apply_button = QPushButton(self.tr("Apply the chosen advice to a new variant"))
        self.apply_button.clicked.connect(self.request_apply)
        self.plan_button = QPushButton(self.tr("Apply the plan to a new variant"))
        self.plan_button.clicked.connect(self.request_plan)
        self._layout()
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        model.modelReset.connect(self._reset)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sort by:")))
        top.addWidget(self.sort, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

    def _reset(self) -> None:
        self.view.expandAll()
        self.plan_button.setEnabled(bool(self.model.plan_recommendations()))
        self._on_current(QModelIndex(), QModelIndex())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        current = current.siblingAtColumn(TITLE) if current.isValid() else current
        rec: Recommendation | None = current.data(REC_ROLE) if current.isValid() else None
        kind = current.data(KIND_ROLE) if current.isValid() else None
        if rec is not None:
            self.explanation.setText(self._explain(rec))
        elif kind == "group" and current.data(GROUP_ROLE) == "plan":
            self.explanation.setText(self._explain_plan())
        elif kind in ("stage", "finding"):
            self.explanation.setText(escape(current.data(Qt.ItemDataRole.DisplayRole) or ""))
        else:
            self.explanation.setText(escape(self.tr(
                "Tick the advice you want to try, then apply it to a new variant. The plan "
                "applies every recommended change together.")))
        self.highlight.emit(set(rec.component_ids) if rec else set())

    def _gains(self, gain: Gain) -> str:
        parts = []
        for name in GAIN_FIELDS:
            text, direction = gain_text(name, getattr(gain, name), self.model.lang)
            if direction:
                colour = "#1b7837" if direction > 0 else "#b2182b"
                parts.append(f"{escape(gain_name(name))} <span style='color:{colour}'>"
                             f"{escape(text)}</span>")
        return " · ".join(parts) or escape(self.tr("no measured change in the figures"))

    def _explain(self, rec: Recommendation) -> str:
        title, action, why, category = self.model.texts_of(rec)
        lines = [f"<b>{escape(title)}</b> <small>({escape(category)})</small>"]
        lines += [escape(x) for x in (action, why) if x]
        note = self.note_text(rec)
        if note:
            lines.append(f"<i>{escape(note)}</i>")
        lines.append(self._gains(rec.gain))
        if not rec.edits:
            lines.append(escape(self.tr("This advice does not change the bill of materials "
                                        "by itself; follow it up with the supplier or in "
                                        "the design.")))
        return "<br>".join(lines)

    def _explain_plan(self) -> str:
        a = self.model.assessment
        if a is None or a.plan is None:
            return ""
        n = len(self.model.plan_recommendations())
        head = self.tr("All {n} recommended changes applied together:").format(n=n)
        return f"<b>{escape(head)}</b><br>{self._gains(a.plan.gain)}"

    def chosen(self) -> list[Recommendation]:
        """The ticked recommendations, else the selected one."""
        recs = self.model.checked()
        if not recs:
            rec = self.view.currentIndex().siblingAtColumn(TITLE).data(REC_ROLE)
            recs = [rec] if rec is not None else []
        return recs

    def request_apply(self) -> None:
        recs = self.chosen()
        if recs:
            self.apply_requested.emit(recs)
        else:
            self.show_outcome(self.tr("Tick or select an advice first."))

    def request_plan(self) -> None:
        recs = self.model.plan_recommendations()
        if recs:
            self.apply_requested.emit(recs)

    def show_outcome(self, text: str) -> None:
        self.outcome.setPlainText(text)
        self.outcome.setVisible(bool(text))

    def set_ranking_rule(self, rule: str) -> None:
        """How the advice ranks itself (the order of Priority), as the report says it."""
        self.sort.setItemData(0, rule, Qt.ItemDataRole.ToolTipRole)
        self.sort.setToolTip(rule)
