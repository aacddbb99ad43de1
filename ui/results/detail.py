"""Component detail: the facts of one part, what happens to it at end of life, the R-ladder
with why better routes are blocked, its findings and the sources the figures rest on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from advisor import explain
from advisor.i18n import fmt_mass, fmt_percent
from advisor.model import ROUTE_ORDER, Component, ComponentResult
from ui.base.route_style import ROUTE_COLOURS, text_colour

PLACES = {
    "region": QT_TRANSLATE_NOOP("DetailPanel", "in the region"),
    "nl": QT_TRANSLATE_NOOP("DetailPanel", "elsewhere in the Netherlands"),
    "eu": QT_TRANSLATE_NOOP("DetailPanel", "elsewhere in the EU"),
    "world": QT_TRANSLATE_NOOP("DetailPanel", "outside the EU"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailPanel", text)


def _label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPanel(QScrollArea):
    """Rich text built from one `ComponentResult`; nothing is computed here.

    The sources stand in their own label (`quoted`): they are cited as published, in
    the language of the publication."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.lang = "en"
        self.material_name = lambda _mid: ""
        self.joint_name = lambda _jid: ""
        self.body = _label()
        self.sources = _label()
        self.sources.setProperty("quoted", True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.body)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self.setWidget(box)
        self.show_component(None, None)

    def toPlainText(self) -> str:
        """The shown text without markup (for tests and copying)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.body.text() + self.sources.text())
        return doc.toPlainText()

    def show_component(self, component: Component | None,
                       result: ComponentResult | None) -> None:
        self.sources.setText("")
        if component is None:
            self.body.setText(_grey(self.tr("Click a row to see its recovery routes."), "p"))
            return
        parts = [f"<h3>{escape(component.name)}</h3>", self._facts(component, result)]
        if result is None:
            parts.append(_grey(self.tr("Not evaluated yet."), "p"))
        else:
            parts += [self._outcome(result), self._ladder(result), self._issues(result)]
            self.sources.setText(self._sources(result))
        self.body.setText("".join(parts))

    def _facts(self, c: Component, r: ComponentResult | None) -> str:
        rows = []
        if c.material_input or c.material_id:
            resolved = self.material_name(c.material_id) if c.material_id else self.tr(
                "not found in the knowledge base")
            conf = f" ({fmt_percent(c.match_confidence, self.lang)})" if c.material_id else ""
            rows.append((self.tr("Material"), f"{c.material_input} → {resolved}{conf}"))
        if r is not None:
            rows.append((self.tr("Mass in the product"), fmt_mass(r.total_mass_kg, self.lang)))
        if c.joint_id or c.joint_input:
            rows.append((self.tr("Joint"), self.joint_name(c.joint_id) if c.joint_id
                         else self.tr("{typed} (unknown)").format(typed=c.joint_input)))
        if c.finish:
            rows.append((self.tr("Finish"), c.finish))
        if c.recycled_content is not None:
            rows.append((self.tr("Recycled content"), fmt_percent(c.recycled_content,
                                                                  self.lang)))
        if r is not None:
            rows.append((self.tr("Liberated"), self.tr("yes") if r.liberated else self.tr(
                "no, it stays attached when the product is taken apart")))
            if r.processed_in in PLACES:
                rows.append((self.tr("Processed"), _tr(PLACES[r.processed_in])))
        if c.notes:
            rows.append((self.tr("Notes"), c.notes))
        body = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in rows)
        return f"<table>{body}</table>"

    def _outcome(self, r: ComponentResult) -> str:
        """Per kilogram of the part: reused, recycled, lost, energy, landfill."""
        if r.is_assembly:
            return ""
        parts = ((self.tr("reused"), r.reuse_share),
                 (self.tr("recycled"), r.recycling_yield),
                 (self.tr("process loss"), r.process_loss_share),
                 (self.tr("energy"), r.energy_recovery_share),
                 (self.tr("landfill"), r.landfill_share))
        text = " · ".join(f"{escape(name)} {fmt_percent(share, self.lang, 0)}"
                          for name, share in parts if share > 0.0005)
        title = escape(self.tr("At end of life"))
        return f"<h4>{title}</h4><p>{text}</p>" if text else ""

    def _ladder(self, r: ComponentResult) -> str:
        blocked = {b.code: b for b in r.blocked_routes}
        reached_word = escape(self.tr("reached"))
        blocked_word = escape(self.tr("blocked"))
        below_word, na_word = self.tr("below the reached route"), self.tr("not applicable")
        rows = []
        reached = False
        for code in ROUTE_ORDER:
            name = escape(explain.route_name(code, self.lang).removeprefix(code).strip())
            chip_text = code if code.startswith("R") else "&nbsp;"
            chip = (f"<span style='background:{ROUTE_COLOURS[code]};"
                    f"color:{text_colour(code).name()}'>&nbsp;{chip_text}&nbsp;</span>")
            if code == r.route_code:
                reached = True
                quality = escape(explain.quality_name(r.route_quality, self.lang))
                state = f"<b>{reached_word}</b> · {quality}"
            elif code in blocked:
                reasons = "<br>".join(escape(explain.reason_text(x, self.lang))
                                      for x in blocked[code].reasons)
                state = f"<span style='color:#b2182b'>{blocked_word}</span>" + (
                    f"<br><small>{reasons}</small>" if reasons else "")
            else:
                state = _grey(below_word if reached else na_word)
            rows.append(f"<tr><td valign='top'>{chip}</td><td valign='top'>{name}</td>"
                        f"<td valign='top'>{state}</td></tr>")
        title = escape(self.tr("R-ladder"))
        return f"<h4>{title}</h4><table cellspacing='3'>{''.join(rows)}</table>"

    def _issues(self, r: ComponentResult) -> str:
        if not r.issues:
            return ""
        items = "".join(f"<li>{escape(explain.issue_text(i, self.lang))}</li>"
                        for i in r.issues)
        title = escape(self.tr("Findings"))
        return f"<h4>{title}</h4><ul>{items}</ul>"

    def _sources(self, r: ComponentResult) -> str:
        if not r.sources:
            return ""
        items = "".join(f"<li><small>{escape(s)}</small></li>" for s in r.sources)
        title = escape(self.tr("Sources"))
        return f"<h4>{title}</h4><ul>{items}</ul>"


def _grey(text: str, tag: str = "span") -> str:
    return f"<{tag} style='color:#888'>{escape(text)}</{tag}>"
