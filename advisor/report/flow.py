"""An alluvial flow diagram (materials -> outcomes) drawn with matplotlib patches.

matplotlib's Sankey class draws one flow with in- and outputs; a many-to-many
mapping of materials onto outcomes reads more clearly as two stacked columns
joined by bands whose width is the mass, which is what this draws.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from advisor.report.text import kg, pct

GAP = 0.025  # vertical gap between nodes, as a share of the total height
NODE_W = 0.035
LEFT_X, RIGHT_X = 0.33, 0.67
INK = "#222222"
LABEL_GAP = 0.075  # two 7-point lines on a 4-inch-high axes
LEFT_LABEL_CHARS = 34


@dataclass(frozen=True)
class RightSide:
    """The right column: its nodes in order, their colour and hatch, and their names."""

    order: Sequence[str]
    style: Callable[[str], tuple[str, str]]
    name: Callable[[str], str]


def _spread(ys: list[float], gap: float) -> list[float]:
    """Label heights (top-down) pushed apart so that two-line labels never overlap."""
    out: list[float] = []
    for y in ys:
        out.append(min(y, out[-1] - gap) if out else y)
    if out and out[-1] < 0:
        # Pushed below the axes: shift the whole column up, then keep the gaps upward.
        out[-1] = 0.0
        for i in range(len(out) - 2, -1, -1):
            out[i] = max(out[i], out[i + 1] + gap)
    return out


def _stack(sizes: dict[str, float], total: float) -> dict[str, list[float]]:
    """Top and bottom of each node, stacked top-down with gaps, heights summing to 1."""
    scale = (1 - GAP * (len(sizes) - 1)) / total
    out, top = {}, 1.0
    for name, size in sizes.items():
        out[name] = [top, top - size * scale]
        top -= size * scale + GAP
    return out


def _band(ax, x0: float, x1: float, left: tuple[float, float],
          right: tuple[float, float], color: str) -> None:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    xm = (x0 + x1) / 2
    verts = [(x0, left[0]), (xm, left[0]), (xm, right[0]), (x1, right[0]),
             (x1, right[1]), (xm, right[1]), (xm, left[1]), (x0, left[1]), (x0, left[0])]
    codes = [Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4, Path.LINETO,
             Path.CURVE4, Path.CURVE4, Path.CURVE4, Path.CLOSEPOLY]
    ax.add_patch(PathPatch(Path(verts, codes), facecolor=color, alpha=0.45,
                           edgecolor="white", linewidth=0.4))


def _node(ax, x: float, span: list[float], color: str, hatch: str) -> None:
    from matplotlib.patches import Rectangle

    ax.add_patch(Rectangle((x, span[1]), NODE_W, span[0] - span[1], facecolor=color,
                           hatch=hatch, edgecolor=INK, linewidth=0.6))


def draw_flow(ax, flows: dict[tuple[str, str], float], lang: str, right: RightSide,
              last: tuple[str, ...] = ()) -> None:
    """Draw the flows (material, outcome) -> mass onto an axes."""
    by_material: dict[str, float] = defaultdict(float)
    by_right: dict[str, float] = defaultdict(float)
    for (material, node), m in flows.items():
        by_material[material] += m
        by_right[node] += m
    total = sum(by_material.values())
    # Heaviest first; the catch-all nodes ('other', 'unresolved') at the bottom.
    materials = dict(sorted(by_material.items(), key=lambda kv: (kv[0] in last, -kv[1])))
    nodes = {r: by_right[r] for r in right.order if by_right.get(r, 0) > 0}
    left_span, right_span = _stack(materials, total), _stack(nodes, total)
    scale = (1 - GAP * (len(materials) - 1)) / total
    r_scale = (1 - GAP * (len(nodes) - 1)) / total
    # Bands leave each material in outcome order and enter each outcome in material order.
    cursor_l = {m: left_span[m][0] for m in materials}
    cursor_r = {r: right_span[r][0] for r in nodes}
    for material in materials:
        for node in nodes:
            m = flows.get((material, node), 0.0)
            if m <= 0:
                continue
            lt, rt = cursor_l[material], cursor_r[node]
            cursor_l[material], cursor_r[node] = lt - m * scale, rt - m * r_scale
            _band(ax, LEFT_X + NODE_W, RIGHT_X, (lt, lt - m * scale), (rt, rt - m * r_scale),
                  right.style(node)[0])
    _node_labels(ax, left_span, right_span, materials, nodes, lang, right)
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.02, 1.02)
    ax.axis("off")


def material_label(name: str, mass: str) -> str:
    """A material's name and mass in two lines: the name wrapped at a word, with the mass
    after it, so that a long name is cut (with an ellipsis) only past two lines."""
    import textwrap

    from advisor.report.labels import shorten

    lines = textwrap.wrap(name, LEFT_LABEL_CHARS) or [""]
    if len(lines) == 1:
        return f"{lines[0]}\n{mass}"
    rest = shorten(" ".join(lines[1:]), LEFT_LABEL_CHARS - len(mass) - 3)
    return f"{lines[0]}\n{rest} · {mass}"


def _node_labels(ax, left: dict, right_span: dict, materials: dict[str, float],
                 nodes: dict[str, float], lang: str, right: RightSide) -> None:
    """Draw the nodes with their names and masses beside them (never parsed as maths)."""
    total = sum(materials.values())
    label_y = _spread([sum(s) / 2 for s in left.values()], LABEL_GAP)
    for (material, span), y in zip(left.items(), label_y, strict=True):
        _node(ax, LEFT_X, span, "#5b7f95", "")
        ax.text(LEFT_X - 0.01, y, material_label(material, kg(materials[material], lang)),
                ha="right", va="center", fontsize=7, color=INK, parse_math=False)
    label_y = _spread([sum(s) / 2 for s in right_span.values()], LABEL_GAP)
    for (node, span), y in zip(right_span.items(), label_y, strict=True):
        color, hatch = right.style(node)
        _node(ax, RIGHT_X, span, color, hatch)
        ax.text(RIGHT_X + NODE_W + 0.01, y,
                f"{right.name(node)}\n{kg(nodes[node], lang)} ({pct(nodes[node] / total, lang)})",
                ha="left", va="center", fontsize=7, color=INK, parse_math=False)
