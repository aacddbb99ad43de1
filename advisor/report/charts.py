"""The report's charts as matplotlib `Figure` objects (no pyplot state).

The desktop app embeds the same figures with FigureCanvasQTAgg; the PDF renders
them with the Agg canvas. Every series has a grey level and a hatch beside its
colour, so the charts stay readable when printed in black and white.
matplotlib is imported inside the functions: the app's cold start does not pay for it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from advisor.i18n import fmt_number
from advisor.model import ROUTE_ORDER, Assessment, Recommendation
from advisor.report import labels
from advisor.report.text import index, kg, pct, points, signed_index, t

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
# Material families grouped for the composition chart: group -> (families, colour, hatch).
GROUPS = {
    "metal": (("ferrous", "non-ferrous", "precious"), "#7d8fa0", "//"),
    "plastic": (("plastic-thermoplastic", "plastic-thermoset", "elastomer"), "#c9d6c3", ""),
    "electronics": (("electronics", "battery"), "#e0b25b", "xx"),
    "other": ((), "#e6e6e6", ".."),
}
INK = "#222222"
GRID = "#d0d0d0"


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
    """Tick labels with the language's decimal sign (0,25 in Dutch)."""
    from matplotlib.ticker import FuncFormatter

    def fmt(value: float, _pos: int) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "nl" else text

    getattr(ax, f"{axis}axis").set_major_formatter(FuncFormatter(fmt))


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


def leaves(assessment: Assessment):
    """The parts that carry mass (assemblies carry none of their own)."""
    return [c for c in assessment.components if not c.is_assembly]


def route_masses(assessment: Assessment) -> dict[str, float]:
    """Mass per reachable route, in R-ladder order (every step, zero where unused)."""
    out = dict.fromkeys(ROUTE_ORDER, 0.0)
    for c in leaves(assessment):
        out[c.route_code] = out.get(c.route_code, 0.0) + c.total_mass_kg
    return out


def route_chart(assessment: Assessment, lang: str = "nl") -> Figure:
    """Horizontal bars: mass per reachable route, best route on top."""
    masses = route_masses(assessment)
    total = sum(masses.values())
    fig, (ax,) = _figure(3.0)
    codes = list(masses)[::-1]
    ys = range(len(codes))
    for y, code in zip(ys, codes, strict=True):
        color, hatch = ROUTE_STYLE.get(code, ("#999999", ""))
        ax.barh(y, masses[code], color=color, hatch=hatch, edgecolor=INK, linewidth=0.6)
        if masses[code] > 0:
            share = masses[code] / total if total else 0.0
            ax.annotate(f"{kg(masses[code], lang)}  ({pct(share, lang)})",
                        (masses[code], y), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=8, color=INK)
    ax.set_yticks(list(ys), [labels.route_label(c, lang) for c in codes], fontsize=8)
    ax.set_xlabel(t("report_axis_mass", lang), fontsize=8)
    ax.set_xlim(0, max(masses.values() or [0]) * 1.35 or 1)
    _ticks(ax, lang)
    ax.grid(axis="x", color=GRID, linewidth=0.5)
    ax.set_title(t("report_chart_routes", lang), fontsize=10, loc="left", color=INK)
    return fig


def material_group(material_id: str | None, kb: KnowledgeBase) -> str:
    """The composition chart's group of a material (metal, plastic, electronics, other)."""
    material = kb.materials.get(material_id or "")
    family = material.family if material else ""
    return next((g for g, (families, _, _) in GROUPS.items() if family in families), "other")


def material_masses(assessment: Assessment, kb: KnowledgeBase, lang: str,
                    top: int = TOP_MATERIALS) -> dict[str, float]:
    """Mass per material name, heaviest first; the tail folded into 'other'."""
    masses: dict[str, float] = defaultdict(float)
    for c in leaves(assessment):
        masses[labels.material_label(c.material_id, kb, lang)] += c.total_mass_kg
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
    groups = {labels.material_label(c.material_id, kb, lang): material_group(c.material_id, kb)
              for c in leaves(assessment)}
    names = list(masses)[::-1]
    for y, name in enumerate(names):
        _, color, hatch = GROUPS[groups.get(name, "other")]
        ax.barh(y, masses[name], color=color, hatch=hatch, edgecolor=INK, linewidth=0.6)
        ax.annotate(f"{kg(masses[name], lang)}  ({pct(masses[name] / total, lang)})",
                    (masses[name], y), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8, color=INK)
    ax.set_yticks(range(len(names)), [labels.shorten(n, 38) for n in names], fontsize=8)
    ax.set_xlabel(t("report_axis_mass", lang), fontsize=8)
    ax.set_xlim(0, max(masses.values()) * 1.35)
    _ticks(ax, lang)
    ax.grid(axis="x", color=GRID, linewidth=0.5)
    _group_legend(ax, {groups.get(n, "other") for n in names}, lang)
    ax.set_title(t("report_chart_composition", lang), fontsize=10, loc="left", color=INK)
    return fig


def _group_legend(ax, used: set[str], lang: str) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=color, hatch=hatch, edgecolor=INK, linewidth=0.6,
                     label=t(f"report_group_{g}", lang))
               for g, (_, color, hatch) in GROUPS.items() if g in used]
    ax.legend(handles=handles, fontsize=7, frameon=False, loc="lower right")


def gain_chart(recommendations: tuple[Recommendation, ...] | list[Recommendation],
               lang: str = "nl") -> Figure:
    """Paired bars per recommendation: change of recyclability and of the MCI."""
    recs = sorted(recommendations, key=lambda r: r.priority)[:TOP_GAINS]
    fig, axes = _figure(0.9 + 0.4 * max(len(recs), 3), ncols=2, width_ratios=[1, 1])
    if not recs:
        _empty(axes[0], lang)
        axes[1].set_visible(False)
        return fig
    ys = list(range(len(recs)))[::-1]
    names = [_wrap(f"{i}. {labels.rec_title(r, lang)}", 34)
             for i, r in enumerate(recs, start=1)]
    series = (
        (axes[0], [r.gain.recyclability_rate * 100 for r in recs], "#4f9fd0", "//",
         [points(r.gain.recyclability_rate, lang) for r in recs], "report_axis_gain_rate"),
        (axes[1], [r.gain.mci for r in recs], "#9a9a9a", "..",
         [signed_index(r.gain.mci, lang) for r in recs], "report_axis_gain_mci"),
    )
    for ax, values, color, hatch, texts, axis_label in series:
        ax.barh(ys, values, color=color, hatch=hatch, edgecolor=INK, linewidth=0.6)
        for y, v, label in zip(ys, values, texts, strict=True):
            # Right of the bar or of zero: a label never runs into the names on the left.
            ax.annotate(label, (max(v, 0), y), xytext=(3, 0), textcoords="offset points",
                        va="center", ha="left", fontsize=7, color=INK)
        low, high = min(values + [0]), max(values + [0])
        span = (high - low) or 1
        ax.set_xlim(low - 0.05 * span, high + 0.5 * span)
        ax.axvline(0, color=INK, linewidth=0.6)
        ax.set_xlabel(t(axis_label, lang), fontsize=8)
        _ticks(ax, lang)
        ax.grid(axis="x", color=GRID, linewidth=0.5)
    axes[0].set_yticks(ys, names, fontsize=7)
    axes[1].set_yticks([])
    fig.suptitle(t("report_chart_gain", lang), fontsize=10, x=0.02, ha="left", color=INK)
    return fig


def variant_labels(a: Assessment, b: Assessment) -> tuple[str, str]:
    """The two variants' names, told apart with (A) and (B) when they are the same."""
    if a.variant_name != b.variant_name:
        return a.variant_name, b.variant_name
    return f"{a.variant_name} (A)", f"{b.variant_name} (B)"


def comparison_chart(a: Assessment, b: Assessment, lang: str = "nl") -> Figure:
    """Side-by-side bars of the two variants' shares, MCI and disassembly time."""
    fig, axes = _figure(3.0, ncols=2, width_ratios=[3, 1])
    shares = (
        ("report_fig_recyclability", "recyclability_rate", pct),
        ("report_fig_recoverability", "recoverability_rate", pct),
        ("report_fig_reuse", "reuse_rate", pct),
        ("report_fig_mci", "mci", index),
    )
    name_a, name_b = variant_labels(a, b)
    styles = ((name_a, "#b0b0b0", ""), (name_b, "#2e7d32", "//"))
    ys = list(range(len(shares)))[::-1]
    for k, (assessment, (name, color, hatch)) in enumerate(zip((a, b), styles, strict=True)):
        values = [getattr(assessment.metrics, field) for _, field, _ in shares]
        offsets = [y + (0.2 if k == 0 else -0.2) for y in ys]
        axes[0].barh(offsets, [v * 100 for v in values], height=0.38, color=color,
                     hatch=hatch, edgecolor=INK, linewidth=0.6,
                     label=labels.shorten(name, 30))
        for y, v, (_, _, fmt) in zip(offsets, values, shares, strict=True):
            axes[0].annotate(fmt(v, lang), (v * 100, y), xytext=(3, 0), fontsize=7,
                             textcoords="offset points", va="center", color=INK)
        seconds = assessment.metrics.disassembly_time_s or 0.0  # None: not assessed
        axes[1].bar(k, seconds, color=color, hatch=hatch, edgecolor=INK, linewidth=0.6)
        axes[1].annotate(f"{fmt_number(seconds, lang, 0)} s", (k, seconds), xytext=(0, 2),
                         fontsize=7, textcoords="offset points", ha="center", color=INK)
    axes[0].set_yticks(ys, [_wrap(t(key, lang), 22) for key, _, _ in shares], fontsize=8)
    _ticks(axes[0], lang)
    _ticks(axes[1], lang, "y")
    axes[0].set_xlim(0, 118)
    axes[0].set_xlabel(t("report_axis_share", lang) + " / MCI × 100", fontsize=8)
    axes[0].grid(axis="x", color=GRID, linewidth=0.5)
    axes[0].legend(fontsize=7, loc="lower right", frameon=False)
    axes[1].set_xticks([0, 1], [labels.shorten(name_a, 12), labels.shorten(name_b, 12)],
                       fontsize=7)
    axes[1].set_title(t("report_fig_disassembly", lang) + " (s)", fontsize=8, color=INK)
    axes[1].set_ylim(0, max(a.metrics.disassembly_time_s or 0.0,
                            b.metrics.disassembly_time_s or 0.0, 1) * 1.2)
    fig.suptitle(t("report_chart_compare", lang), fontsize=10, x=0.02, ha="left", color=INK)
    return fig


def flow_chart(assessment: Assessment, kb: KnowledgeBase, lang: str = "nl") -> Figure:
    """Where the mass ends up: bands from materials (left) to routes (right)."""
    from advisor.report.flow import draw_flow

    fig, (ax,) = _figure(4.2)
    flows = material_route_flows(assessment, kb, lang)
    if not flows:
        _empty(ax, lang)
    else:
        draw_flow(ax, flows, lang,
                  last=(t("report_other", lang), t("report_unresolved", lang)))
    ax.set_title(t("report_chart_flow", lang), fontsize=10, loc="left", color=INK)
    return fig


def material_route_flows(assessment: Assessment, kb: KnowledgeBase,
                         lang: str) -> dict[tuple[str, str], float]:
    """Mass from each material (top ones, the rest as 'other') to each route."""
    keep = set(material_masses(assessment, kb, lang, top=TOP_MATERIALS - 2))
    other = t("report_other", lang)
    flows: dict[tuple[str, str], float] = defaultdict(float)
    for c in leaves(assessment):
        if c.total_mass_kg <= 0:
            continue
        name = labels.material_label(c.material_id, kb, lang)
        flows[(name if name in keep else other, c.route_code)] += c.total_mass_kg
    return dict(flows)
