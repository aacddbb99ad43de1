"""Charts of change: the measured gain per recommendation, and a redesign against its base.

Gains read in the units a designer uses: percentage points of recyclability, grams or
kilograms of critical raw materials recovered, seconds of disassembly, kilograms of CO₂e.
A bar is drawn at the value its label shows, so no visible bar is ever labelled zero.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from advisor.model import Assessment, Metrics, Recommendation
from advisor.report import labels
from advisor.report.charts import (
    BETTER,
    GRID,
    INK,
    TOP_GAINS,
    WORSE,
    _figure,
    _ticks,
    _wrap,
    literal,
)
from advisor.report.text import signed, t, unit_for

if TYPE_CHECKING:
    from matplotlib.figure import Figure


CARBON_UNIT = "kg CO₂e"


def _gain_series(recs: Sequence[Recommendation], lang: str) -> list[tuple]:
    """(axis label, rounded values, digits, unit, caption words) per gain figure that any
    rec moves: recyclability, critical raw materials recovered, disassembly time, CO₂."""
    crm_unit = unit_for(*(r.gain.crm_recovered_kg for r in recs))
    crm_factor = 1000 if crm_unit == "g" else 1
    series = [
        (t("report_axis_gain_rate", lang), [r.gain.recyclability_rate * 100 for r in recs],
         1, t("report_unit_pp", lang), t("report_caption_gain_rate", lang)),
        (t("report_axis_gain_crm", lang, unit=crm_unit),
         [r.gain.crm_recovered_kg * crm_factor for r in recs], 1, crm_unit,
         t("report_caption_gain_crm", lang, unit=crm_unit)),
        (t("report_axis_gain_time", lang), [r.gain.disassembly_time_s for r in recs], 0, "s",
         t("report_caption_gain_time", lang)),
        (t("report_axis_gain_carbon", lang), [r.gain.embodied_carbon_kg for r in recs], 2,
         CARBON_UNIT, t("report_caption_gain_carbon", lang)),
    ]
    out = []
    for label, values, digits, unit, words in series:
        rounded = [round(v, digits) + 0.0 for v in values]
        if any(rounded):
            out.append((label, rounded, digits, unit, words))
    return out


def gain_caption(recommendations: Sequence[Recommendation], lang: str = "nl") -> str:
    """The caption of the gain chart, naming the panels it shows, left to right."""
    from advisor.report.text import joined

    recs = sorted(recommendations, key=lambda r: (r.priority, r.id))[:TOP_GAINS]
    panels = [words for *_rest, words in _gain_series(recs, lang)]
    return t("report_chart_gain_caption" + ("_one" if len(panels) == 1 else ""), lang,
             panels=joined(panels, lang))


def has_gains(recommendations: Sequence[Recommendation], lang: str = "nl") -> bool:
    """Whether the gain chart would show any bar."""
    return bool(_gain_series(list(recommendations)[:TOP_GAINS], lang))


def gain_chart(recommendations: tuple[Recommendation, ...] | list[Recommendation],
               lang: str = "nl") -> Figure:
    """Bars per recommendation (ranked, at most ten): the change of recyclability (pp),
    of critical raw materials recovered (g or kg), of disassembly time (s) and of the
    materials' CO₂ (kg CO₂e), each panel only when a bar shows in it."""
    recs = sorted(recommendations, key=lambda r: (r.priority, r.id))[:TOP_GAINS]
    series = _gain_series(recs, lang)
    ncols = max(len(series), 1)
    fig, axes = _figure(0.9 + 0.4 * max(len(recs), 3), ncols=ncols + 1,
                        width_ratios=[1.5] + [1] * ncols)
    names_ax, value_axes = axes[0], axes[1:]
    ys = list(range(len(recs)))[::-1]
    names_ax.set_ylim(-0.6, len(recs) - 0.4)
    names_ax.axis("off")
    for y, (i, rec) in zip(ys, enumerate(recs, start=1), strict=True):
        names_ax.text(1.0, y, _wrap(f"{i}. {labels.rec_title(rec, lang)}", 34), ha="right",
                      va="center", fontsize=7, color=INK, parse_math=False)
    for ax, (label, values, digits, unit, _words) in zip(value_axes, series, strict=False):
        _gain_panel(ax, ys, values, digits, unit, lang)
        ax.set_xlabel(label, fontsize=8)
    for ax in value_axes[len(series):]:
        ax.set_visible(False)
    fig.suptitle(t("report_chart_gain", lang), fontsize=10, x=0.02, ha="left", color=INK)
    return fig


def _bars(ax, ys: list[int], values: list[float], better: list[bool]) -> None:
    """Green bars for improvements, red hatched bars for worsenings (readable in grey)."""
    for y, v, good in zip(ys, values, better, strict=True):
        ax.barh(y, v, color=BETTER if good else WORSE, hatch="" if good else "//",
                edgecolor=INK, linewidth=0.6, height=0.6)


def _gain_panel(ax, ys: list[int], values: list[float], digits: int, unit: str,
                lang: str) -> None:
    better = [v < 0 if unit in ("s", CARBON_UNIT) else v > 0 for v in values]
    _bars(ax, ys, values, better)
    low, high = min(values + [0.0]), max(values + [0.0])
    # A zero is labelled on the side the bars grow to, inside the panel.
    zero_right = high > 0 or low == 0
    for y, v in zip(ys, values, strict=True):
        text = f"{signed(v, lang, digits)}" if v else "0"
        right = v > 0 or (v == 0 and zero_right)
        ax.annotate(text, (v, y), xytext=(3 if right else -3, 0), textcoords="offset points",
                    va="center", ha="left" if right else "right", fontsize=7, color=INK,
                    parse_math=False)
    span = (high - low) or 1.0
    ax.set_xlim(low - (0.35 * span if low < 0 else 0.05 * span),
                high + (0.35 * span if high > 0 else 0.05 * span))
    ax.set_ylim(-0.6, len(ys) - 0.4)
    ax.axvline(0, color=INK, linewidth=0.6)
    ax.set_yticks([])
    _ticks(ax, lang)
    ax.grid(axis="x", color=GRID, linewidth=0.5)


# The comparison's percentage-point figures: label code, share of the metrics.
SHARES: tuple[tuple[str, Callable[[Metrics], float]], ...] = (
    ("report_v_recyclability", lambda m: m.recyclability_rate),
    ("report_v_recoverability", lambda m: m.recoverability_rate),
    ("report_v_recyclable", lambda m: m.recyclable_material_share),
    ("report_v_reuse", lambda m: m.reuse_rate),
    ("report_cmp_crm_share", lambda m: m.crm_recovered_kg / m.crm_mass_kg
     if m.crm_mass_kg else 0.0),
    ("report_v_inflow", lambda m: m.circular_inflow),
)


def comparison_chart(a: Assessment, b: Assessment, lang: str = "nl") -> Figure:
    """The redesign minus the base, in percentage points, for every share either has:
    green where the redesign is better, red where it is worse."""
    from matplotlib.patches import Patch

    rows = [(t(code, lang), (share(b.metrics) - share(a.metrics)) * 100)
            for code, share in SHARES if share(a.metrics) or share(b.metrics)]
    fig, (ax,) = _figure(0.9 + 0.34 * max(len(rows), 3))
    ys = list(range(len(rows)))[::-1]
    values = [round(v, 1) + 0.0 for _, v in rows]
    _bars(ax, ys, values, [v > 0 for v in values])
    for y, v in zip(ys, values, strict=True):
        ax.annotate(f"{signed(v, lang, 1)} {t('report_unit_pp', lang)}" if v else "0",
                    (v, y), xytext=(3 if v >= 0 else -3, 0), textcoords="offset points",
                    va="center", ha="left" if v >= 0 else "right", fontsize=7, color=INK,
                    parse_math=False)
    low, high = min(values + [0.0]), max(values + [0.0])
    span = (high - low) or 1.0
    ax.set_xlim(low - 0.3 * span, high + 0.3 * span)
    ax.axvline(0, color=INK, linewidth=0.6)
    ax.set_yticks(ys, [_wrap(name, 26) for name, _ in rows], fontsize=8)
    ax.set_xlabel(t("report_axis_difference", lang), fontsize=8)
    _ticks(ax, lang)
    ax.grid(axis="x", color=GRID, linewidth=0.5)
    handles = [Patch(facecolor=BETTER, edgecolor=INK, linewidth=0.6,
                     label=t("report_legend_better", lang)),
               Patch(facecolor=WORSE, hatch="//", edgecolor=INK, linewidth=0.6,
                     label=t("report_legend_worse", lang))]
    ax.legend(handles=handles, fontsize=7, frameon=False, loc="lower right")
    from advisor.report.sections import variant_names

    name_a, name_b = variant_names(a, b, lang)
    fig.suptitle(literal(t("report_chart_compare", lang, a=labels.shorten(name_a, 30),
                           b=labels.shorten(name_b, 30))),
                 fontsize=10, x=0.02, ha="left", color=INK)
    return fig

