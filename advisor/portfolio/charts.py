"""The portfolio's flow diagram: material groups on the left, end-of-life outcomes on the
right, bands as wide as the mass per year; before and after side by side.

A matplotlib `Figure` (no pyplot state): the PDF renders it, the window embeds it with
FigureCanvasQTAgg. matplotlib loads only when a chart is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor.messages import text
from advisor.portfolio.model import OUTCOME_KEYS, Side
from advisor.portfolio.tables import TONNES, cell_text, group_name

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

WIDTH_IN = 6.7  # the text width of an A4 page with the report's margins
GAP = 0.02  # between nodes, as a share of the column's height
NODE_W = 0.04
LEFT, RIGHT = 0.0, 1.0
TOP_GROUPS = 7  # more groups are drawn together as "other"
SMOOTH_POINTS = 40
LABEL_GAP = 0.075  # two 6.5-point lines on a 3.4-inch-high axes
# Outcomes from best to worst: greens for reuse and recycling, amber, greys.
OUTCOME_COLOURS = {"reuse": "#1b5e20", "recycled_region": "#2e7d32",
                   "recycled_nl": "#4f9fd0", "recycled_abroad": "#8fbde0",
                   "process_loss": "#b0a36b", "energy": "#f2b134", "landfill": "#707070"}
GROUP_COLOUR = "#7d8fa0"
INK = "#222222"


def group_outcomes(side: Side) -> dict[str, dict[str, float]]:
    """Mass per year from each material group to each outcome (heaviest groups first,
    the rest as 'other')."""
    acc: dict[str, dict[str, float]] = {}
    for f in side.flows:
        row = acc.setdefault(f.group, dict.fromkeys(OUTCOME_KEYS, 0.0))
        for k in OUTCOME_KEYS:
            row[k] += getattr(f.outcomes, k)
    ranked = sorted(acc, key=lambda g: -sum(acc[g].values()))
    if len(ranked) <= TOP_GROUPS:
        return {g: acc[g] for g in ranked}
    out = {g: acc[g] for g in ranked[:TOP_GROUPS - 1]}
    other = dict.fromkeys(OUTCOME_KEYS, 0.0)
    for g in ranked[TOP_GROUPS - 1:]:
        for k in OUTCOME_KEYS:
            other[k] += acc[g][k]
    out["other"] = other
    return out


def _stack(sizes: list[float], total: float) -> list[tuple[float, float]]:
    """(top, bottom) of each node from the top, with gaps; heights scale to the total."""
    shown = [s for s in sizes if s > 0]
    room = 1 - GAP * max(len(shown) - 1, 0)
    out, top = [], 1.0
    for s in sizes:
        h = room * s / total if total > 0 else 0.0
        out.append((top, top - h))
        top -= h + (GAP if s > 0 else 0.0)
    return out


def _band(ax: Axes, y0: tuple[float, float], y1: tuple[float, float], colour: str) -> None:
    """A band from a left span to a right span along a smooth step."""
    import numpy as np

    x = np.linspace(LEFT + NODE_W, RIGHT - NODE_W, SMOOTH_POINTS)
    s = (1 - np.cos(np.pi * (x - x[0]) / (x[-1] - x[0]))) / 2  # 0 -> 1, flat at both ends
    top = y0[0] + (y1[0] - y0[0]) * s
    bottom = y0[1] + (y1[1] - y0[1]) * s
    ax.fill_between(x, bottom, top, color=colour, alpha=0.5, linewidth=0)


def _draw(ax: Axes, flows: dict[str, dict[str, float]], scale: float, lang: str,
          title: str) -> None:
    groups = list(flows)
    left_sizes = [sum(flows[g].values()) for g in groups]
    right_sizes = [sum(flows[g][k] for g in groups) for k in OUTCOME_KEYS]
    left = _stack(left_sizes, scale)
    right = _stack(right_sizes, scale)
    left_fill = [span[0] for span in left]
    right_fill = [span[0] for span in right]
    for gi, g in enumerate(groups):
        for ki, k in enumerate(OUTCOME_KEYS):
            m = flows[g][k]
            if m <= 0:
                continue
            h = (left[gi][0] - left[gi][1]) * m / left_sizes[gi]
            h2 = (right[ki][0] - right[ki][1]) * m / right_sizes[ki]
            _band(ax, (left_fill[gi], left_fill[gi] - h),
                  (right_fill[ki], right_fill[ki] - h2), OUTCOME_COLOURS[k])
            left_fill[gi] -= h
            right_fill[ki] -= h2
    names = [group_name(g, lang) if g != "other" else text("pfamily_other", lang)
             for g in groups]
    _nodes(ax, LEFT, left, left_sizes, names, [GROUP_COLOUR] * len(groups), lang, "right")
    _nodes(ax, RIGHT - NODE_W, right, right_sizes,
           [text("poutcome_" + k, lang) for k in OUTCOME_KEYS],
           [OUTCOME_COLOURS[k] for k in OUTCOME_KEYS], lang, "left")
    ax.set_xlim(-0.55, 1.55)
    ax.set_ylim(-0.02, 1.02)
    ax.axis("off")
    ax.set_title(title, fontsize=8.5, color=INK)


def spread(ys: list[float], gap: float = LABEL_GAP) -> list[float]:
    """Label heights (top-down) pushed apart so that two-line labels never overlap."""
    out: list[float] = []
    for y in ys:
        out.append(min(y, out[-1] - gap) if out else y)
    if out and out[-1] < 0:  # pushed below the axes: shift up, keeping the gaps
        out[-1] = 0.0
        for i in range(len(out) - 2, -1, -1):
            out[i] = max(out[i], out[i + 1] + gap)
    return out


def _nodes(ax: Axes, x: float, spans: list[tuple[float, float]], sizes: list[float],
           names: list[str], colours: list[str], lang: str, side: str) -> None:
    shown = [n for n, size in enumerate(sizes) if size > 0]
    ys = spread([(spans[n][0] + spans[n][1]) / 2 for n in shown])
    for n, y in zip(shown, ys, strict=True):
        top, bottom = spans[n]
        ax.add_patch(_rect(x, bottom, top - bottom, colours[n]))
        label = f"{names[n]}\n{cell_text(sizes[n], TONNES, lang)} t"
        if side == "right":
            ax.text(x - 0.02, y, label, ha="right", va="center", fontsize=6.5, color=INK)
        else:
            ax.text(x + NODE_W + 0.02, y, label, ha="left", va="center", fontsize=6.5,
                    color=INK)


def _rect(x: float, y: float, h: float, colour: str) -> Rectangle:
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), NODE_W, h, facecolor=colour, edgecolor="white", linewidth=0.5)


def flow_figure(before: Side, after: Side | None, lang: str = "nl",
                width_in: float = WIDTH_IN) -> Figure:
    """Material groups -> outcomes, before and (if given) after, on the same scale."""
    from matplotlib.figure import Figure

    sides = [(before, text("portfolio_before", lang))]
    if after is not None:
        sides.append((after, text("portfolio_after", lang)))
    fig = Figure(figsize=(width_in, 3.6 if after is None else 3.4), layout="constrained")
    axes = fig.subplots(1, len(sides), squeeze=False)[0]
    scale = max(s.totals.eol for s, _ in sides) or 1.0
    for ax, (side, title) in zip(axes, sides, strict=True):
        _draw(ax, group_outcomes(side), scale, lang, title)
    return fig
