"""The report's charts as matplotlib `Figure` objects (no pyplot state).

The desktop app embeds the same figures with FigureCanvasQTAgg; the PDF renders
them with the Agg canvas. Every series has a grey level and a hatch beside its
colour, so the charts stay readable when printed in black and white. User text (names
of products, variants, parts and materials) never reaches matplotlib as maths: text
objects are made with `parse_math=False`, tick and legend labels have `$` escaped.
matplotlib is imported inside the functions: the app's cold start does not pay for it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from advisor.i18n import fmt_number
from advisor.model import Assessment, Recommendation
from advisor.report import labels, outcomes
from advisor.report.text import kg, pct, t

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from advisor.kb import KnowledgeBase

WIDTH_IN = 6.7  # the text width of an A4 page with the report's margins
TOP_MATERIALS = 9  # composition and flow show this many materials, the rest as 'other'
TOP_GAINS = 10
# Route styles: colour, hatch. Luminance falls from reuse to landfill, hatches differ.
ROUTE_STYLE = {
    "R3": ("#1b5e20", ""), "R4": ("#2e7d32", "\\\\"), "R5": ("#43a047", "||"),
    "R6": ("#66bb6a", "--"), "R7": ("#9ccc65", "++"), "R8": ("#4f9fd0", "//"),
    "R9": ("#f2b134", "xx"), "landfill": ("#707070", ".."),
}
# End-of-life outcomes: colour, hatch (the right side of the flow chart).
OUTCOME_STYLE = {
    "reuse": ("#1b5e20", ""), "recycled": ("#4f9fd0", "//"),
    "process_loss": ("#c9a0a0", "\\\\"), "energy": ("#f2b134", "xx"),
    "landfill": ("#707070", ".."),
}
# Material families grouped for the composition chart: group -> (families, colour, hatch).
GROUPS = {
    "metal": (("ferrous", "non-ferrous", "precious"), "#7d8fa0", "//"),
    "plastic": (("plastic-thermoplastic", "plastic-thermoset", "elastomer"), "#c9d6c3", ""),
    "electronics": (("electronics", "battery"), "#e0b25b", "xx"),
    "other": ((), "#e6e6e6", ".."),
}
BETTER, WORSE = "#1b7a3a", "#c0392b"  # as in the app: green better, red worse
INK = "#222222"
GRID = "#d0d0d0"


def literal(text: str) -> str:
    """User text for a tick or legend label: a `$` prints as a dollar, never as maths."""
    return str(text).replace("$", r"\$")


def _figure(height_in: float, ncols: int = 1, **grid) -> tuple[Figure, list]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, height_in), layout="constrained")
    axes = fig.subplots(1, ncols, squeeze=False, gridspec_kw=grid or None)[0]
    for ax in axes:
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(colors=INK, labelsize=8)
        ax.set_axisbelow(True)
    return fig, list(axes)


def _ticks(ax, lang: str, axis: str = "x") -> None:
    """Plain tick labels (never scientific), as many decimals as the spacing needs, with
    the language's decimal sign (0,25 in Dutch)."""
    from matplotlib.ticker import Formatter, MaxNLocator

    class Plain(Formatter):
        digits = 0

        def set_locs(self, locs) -> None:
            # The fewest decimals that show every tick exactly (2,5 needs one).
            self.digits = next((d for d in range(7) if all(
                abs(round(v, d) - v) < 1e-9 * max(1.0, abs(v)) for v in locs)), 6)

        def __call__(self, value: float, pos=None) -> str:
            return fmt_number(0.0 if abs(value) < 1e-12 else value, lang, self.digits,
                              grouping=False)

    target = getattr(ax, f"{axis}axis")
    target.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
    target.set_major_formatter(Plain())


def _wrap(text: str, width: int) -> str:
    import textwrap

    lines = textwrap.wrap(text, width)
    if len(lines) > 2:
        lines = [lines[0], labels.shorten(" ".join(lines[1:]), width)]
    return "\n".join(lines)


def _empty(ax, lang: str) -> None:
    ax.text(0.5, 0.5, t("report_chart_empty", lang), ha="center", va="center",
            transform=ax.transAxes, color=INK)
    ax.set_xticks([])
    ax.set_yticks([])


def _title(ax, key: str, lang: str) -> None:
    ax.set_title(t(key, lang), fontsize=10, loc="left", color=INK)


def _bar_label(ax, text: str, x: float, y: float, **kw) -> None:
    ax.annotate(text, (x, y), xytext=kw.pop("xytext", (4, 0)), textcoords="offset points",
                va=kw.pop("va", "center"), fontsize=kw.pop("fontsize", 8), color=INK,
                parse_math=False, **kw)


def route_chart(assessment: Assessment, lang: str = "nl") -> Figure:
    """Horizontal bars per reached route, split by what becomes of the mass (recycled,
    process losses, energy recovery, landfill), best route on top."""
    per_route = outcomes.route_outcomes(assessment)
    total = sum(o.total for o in per_route.values())
    fig, (ax,) = _figure(0.9 + 0.32 * max(len(per_route), 3))
    if not total:
        _empty(ax, lang)
        return fig
    codes = list(per_route)[::-1]
    for y, code in enumerate(codes):
        left = 0.0
        for name in outcomes.OUTCOME_NAMES:
            value = getattr(per_route[code], name)
            color, hatch = OUTCOME_STYLE[name]
            ax.barh(y, value, left=left, color=color, hatch=hatch, edgecolor=INK,
                    linewidth=0.6, label=name)
            left += value
        share = per_route[code].total / total
        _bar_label(ax, f"{kg(per_route[code].total, lang)}  ({pct(share, lang)})", left, y)
    ax.set_yticks(range(len(codes)), [labels.route_label(c, lang) for c in codes], fontsize=8)
    ax.set_xlabel(t("report_axis_mass", lang), fontsize=8)
    ax.set_xlim(0, max(o.total for o in per_route.values()) * 1.4)
    _ticks(ax, lang)
    ax.grid(axis="x", color=GRID, linewidth=0.5)
    _outcome_legend(ax, outcomes.product_outcome(assessment), lang)
    _title(ax, "report_chart_routes", lang)
    return fig


def _outcome_legend(ax, used: outcomes.Outcome, lang: str) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=c, hatch=h, edgecolor=INK, linewidth=0.6,
                     label=t(f"report_outcome_{name}", lang))
               for name, (c, h) in OUTCOME_STYLE.items() if getattr(used, name) > 0]
    ax.legend(handles=handles, fontsize=7, frameon=False, loc="lower right")


def material_group(material_id: str | None, kb: KnowledgeBase) -> str:
    """The composition chart's group of a material (metal, plastic, electronics, other)."""
    material = kb.materials.get(material_id or "")
    family = material.family if material else ""
    return next((g for g, (families, _, _) in GROUPS.items() if family in families), "other")


def material_masses(assessment: Assessment, kb: KnowledgeBase, lang: str,
                    top: int = TOP_MATERIALS) -> dict[str, float]:
    """Mass per material name, heaviest first; the tail folded into 'other'."""
    masses: dict[str, float] = defaultdict(float)
    for material_id, outcome in outcomes.material_outcomes(assessment).items():
        masses[labels.material_label(material_id, kb, lang)] += outcome.total
    ordered = sorted(masses.items(), key=lambda kv: -kv[1])
    if len(ordered) <= top + 1:
        return dict(ordered)
    head = dict(ordered[:top])
    head[t("report_other", lang)] = sum(m for _, m in ordered[top:])
    return head


def composition_chart(assessment: Assessment, kb: KnowledgeBase, lang: str = "nl") -> Figure:
    """Horizontal bars: mass per material, heaviest on top."""
    masses = material_masses(assessment, kb, lang)
    total = sum(masses.values())
    fig, (ax,) = _figure(0.8 + 0.26 * max(len(masses), 3))
    if not total:
        _empty(ax, lang)
        return fig
    groups = {labels.material_label(m, kb, lang): material_group(m, kb)
              for m in outcomes.material_outcomes(assessment)}
    names = list(masses)[::-1]
    for y, name in enumerate(names):
        _, color, hatch = GROUPS[groups.get(name, "other")]
        ax.barh(y, masses[name], color=color, hatch=hatch, edgecolor=INK, linewidth=0.6)
        _bar_label(ax, f"{kg(masses[name], lang)}  ({pct(masses[name] / total, lang)})",
                   masses[name], y)
    ax.set_yticks(range(len(names)), [literal(labels.shorten(n, 38)) for n in names],
                  fontsize=8)
    ax.set_xlabel(t("report_axis_mass", lang), fontsize=8)
    ax.set_xlim(0, max(masses.values()) * 1.35)
    _ticks(ax, lang)
    ax.grid(axis="x", color=GRID, linewidth=0.5)
    _group_legend(ax, {groups.get(n, "other") for n in names}, lang)
    _title(ax, "report_chart_composition", lang)
    return fig


def _group_legend(ax, used: set[str], lang: str) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=color, hatch=hatch, edgecolor=INK, linewidth=0.6,
                     label=t(f"report_group_{g}", lang))
               for g, (_, color, hatch) in GROUPS.items() if g in used]
    ax.legend(handles=handles, fontsize=7, frameon=False, loc="lower right")


def outcome_flows(assessment: Assessment, kb: KnowledgeBase,
                  lang: str) -> dict[tuple[str, str], float]:
    """Mass from each material (top ones, the rest as 'other') to each outcome (kg)."""
    keep = set(material_masses(assessment, kb, lang, top=TOP_MATERIALS - 2))
    other = t("report_other", lang)
    flows: dict[tuple[str, str], float] = defaultdict(float)
    for material_id, outcome in outcomes.material_outcomes(assessment).items():
        name = labels.material_label(material_id, kb, lang)
        for node in outcomes.OUTCOME_NAMES:
            value = getattr(outcome, node)
            if value > 0:
                flows[(name if name in keep else other, node)] += value
    return dict(flows)


def flow_chart(assessment: Assessment, kb: KnowledgeBase, lang: str = "nl") -> Figure:
    """Where the mass ends up: bands from materials (left) to outcomes (right: reused,
    recycled material, process losses, energy recovery, landfill), adding up to the mass."""
    from advisor.report.flow import RightSide, draw_flow

    fig, (ax,) = _figure(4.2)
    flows = outcome_flows(assessment, kb, lang)
    if not flows:
        _empty(ax, lang)
    else:
        right = RightSide(outcomes.OUTCOME_NAMES, OUTCOME_STYLE.__getitem__,
                          lambda node: t(f"report_outcome_{node}", lang))
        draw_flow(ax, flows, lang, right,
                  last=(t("report_other", lang), t("report_unresolved", lang)))
    _title(ax, "report_chart_outcomes", lang)
    return fig


def gain_chart(recommendations: tuple[Recommendation, ...] | list[Recommendation],
               lang: str = "nl") -> Figure:
    """The measured gain per recommendation (see `change_charts.gain_chart`)."""
    from advisor.report import change_charts

    return change_charts.gain_chart(recommendations, lang)


def comparison_chart(a: Assessment, b: Assessment, lang: str = "nl") -> Figure:
    """A redesign against its base (see `change_charts.comparison_chart`); the app's
    comparison window embeds it."""
    from advisor.report import change_charts

    return change_charts.comparison_chart(a, b, lang)
