"""Component detail: the R-ladder for one part, why better routes are blocked, sources."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from advisor import explain
from advisor.i18n import fmt_mass, fmt_percent
from advisor.model import ROUTE_ORDER, Component, ComponentResult
from ui.base.route_style import ROUTE_COLOURS, text_colour


class DetailPanel(QTextBrowser):
    """Rich text built from one `ComponentResult`; nothing is computed here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.lang = "en"
        self.material_name = lambda _mid: ""
        self.show_component(None, None)

    def show_component(self, component: Component | None,
                       result: ComponentResult | None) -> None:
        if component is None:
            self.setHtml(_grey(self.tr("Click a row to see its recovery routes."), "p"))
            return
        parts = [f"<h3>{escape(component.name)}</h3>", self._facts(component, result)]
        if result is None:
            parts.append(_grey(self.tr("Not evaluated yet."), "p"))
        else:
            parts += [self._ladder(result), self._issues(result), self._sources(result)]
        self.setHtml("".join(parts))

    def _facts(self, c: Component, r: ComponentResult | None) -> str:
        rows = []
        if c.material_input or c.material_id:
            resolved = self.material_name(c.material_id) if c.material_id else self.tr(
                "not found in the knowledge base")
            conf = f" ({fmt_percent(c.match_confidence, self.lang)})" if c.material_id else ""
            rows.append((self.tr("Material"), f"{c.material_input} → {resolved}{conf}"))
        if r is not None:
            rows.append((self.tr("Mass in product"), fmt_mass(r.total_mass_kg, self.lang)))
            rows.append((self.tr("Liberated"), self.tr("yes") if r.liberated else self.tr(
                "no — stays attached when the product is taken apart")))
        body = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in rows)
        return f"<table>{body}</table>"

    def _ladder(self, r: ComponentResult) -> str:
        blocked = {b.code: b for b in r.blocked_routes}
        rows = []
        reached = False
        for code in ROUTE_ORDER:
            name = escape(explain.route_name(code, self.lang).removeprefix(code).strip())
            chip = (f"<span style='background:{ROUTE_COLOURS[code]};"
                    f"color:{text_colour(code).name()}'>&nbsp;{code}&nbsp;</span>")
            if code == r.route_code:
                reached = True
                quality = escape(explain.quality_name(r.route_quality, self.lang))
                state = f"<b>{escape(self.tr('reached'))}</b> · {quality}"
            elif code in blocked:
                reasons = "<br>".join(escape(explain.reason_text(x, self.lang))
                                      for x in blocked[code].reasons)
                state = f"<span style='color:#b2182b'>{escape(self.tr('blocked'))}</span>" + (
                    f"<br><small>{reasons}</small>" if reasons else "")
            else:
                state = _grey(self.tr("below the reached route") if reached
                              else self.tr("not applicable"))
            rows.append(f"<tr><td valign='top'>{chip}</td><td valign='top'>{name}</td>"
                        f"<td valign='top'>{state}</td></tr>")
        title = escape(self.tr("R-ladder"))
        return f"<h4>{title}</h4><table cellspacing='3'>{''.join(rows)}</table>"

    def _issues(self, r: ComponentResult) -> str:
        if not r.issues:
            return ""
        items = "".join(f"<li>{escape(explain.issue_text(i, self.lang))}</li>"
                        for i in r.issues)
        return f"<h4>{escape(self.tr('Issues'))}</h4><ul>{items}</ul>"

    def _sources(self, r: ComponentResult) -> str:
        if not r.sources:
            return ""
        items = "".join(f"<li><small>{escape(s)}</small></li>" for s in r.sources)
        return f"<h4>{escape(self.tr('Data sources'))}</h4><ul>{items}</ul>"


def _grey(text: str, tag: str = "span") -> str:
    return f"<{tag} style='color:#888'>{escape(text)}</{tag}>"
