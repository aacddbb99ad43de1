"""The plain-text assessment the `evaluate` command prints: a row table and key figures."""

from __future__ import annotations

from advisor import explain
from advisor.i18n import fmt_mass, fmt_number, fmt_percent
from advisor.messages import text
from advisor.model import Assessment, ComponentResult

# Column widths of the table (characters); names longer than this are cut.
NAME_WIDTH = 28
MATERIAL_WIDTH = 22
ROUTE_WIDTH = 22

HEADERS = {
    "en": ("row", "name", "material", "mass", "route", "issues"),
    "nl": ("rij", "naam", "materiaal", "massa", "route", "aandachtspunten"),
}
# The text table shows this many recommendations (the most important); --json has all.
MAX_SHOWN_RECOMMENDATIONS = 10
FIGURES = ("recyclability_rate", "recyclable_material_share", "recoverability_rate",
           "process_loss_rate", "reuse_rate", "mci", "circular_inflow", "crm_mass_kg",
           "disassembly_time_s", "embodied_carbon_kg", "unresolved_mass_kg")


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _row(r: ComponentResult, depth: int, lang: str) -> str:
    name = _cut("  " * depth + r.name, NAME_WIDTH)
    material = _cut(r.material_id or r.material_input or "", MATERIAL_WIDTH)
    route = _cut(f"{explain.route_name(r.route_code, lang)} "
                 f"({explain.quality_name(r.route_quality, lang)})", ROUTE_WIDTH)
    issues = "; ".join(explain.issue_text(i, lang) for i in r.issues)
    row = "" if r.row is None else str(r.row)
    return (f"{row:>4}  {name:<{NAME_WIDTH}}  {material:<{MATERIAL_WIDTH}}  "
            f"{fmt_mass(r.total_mass_kg, lang):>10}  {route:<{ROUTE_WIDTH}}  {issues}")


def _depths(a: Assessment) -> dict[str, int]:
    parent = {r.id: r.parent for r in a.components}
    out: dict[str, int] = {}
    for r in a.components:
        depth, cur, seen = 0, r.parent, set()
        while cur is not None and cur in parent and cur not in seen:
            seen.add(cur)
            depth += 1
            cur = parent[cur]
        out[r.id] = depth
    return out


def _context_lines(a: Assessment, lang: str) -> list[str]:
    """The legal targets of the stream, the product's own route, and what it assumes."""
    out: list[str] = []
    if a.targets:
        out += ["", text("heading_targets", lang)]
        out += ["  " + explain.target_reading(t, lang) for t in a.targets]
    if a.product_route is not None and a.product_route.code:
        out += ["", "  " + explain.product_route_reading(a.product_route, lang)]
    if a.assumptions:
        out += ["", text("heading_assumptions", lang)]
        out += ["  - " + explain.finding_text(f, lang) for f in a.assumptions]
    return out


def assessment_table(a: Assessment, lang: str = "nl") -> str:
    """The assessment as aligned text in the chosen language."""
    h = HEADERS.get(lang, HEADERS["en"])
    lines = [f"{a.product_name} – {a.variant_name}  (kb {a.kb_version})", "",
             f"{h[0]:>4}  {h[1]:<{NAME_WIDTH}}  {h[2]:<{MATERIAL_WIDTH}}  {h[3]:>10}  "
             f"{h[4]:<{ROUTE_WIDTH}}  {h[5]}"]
    depths = _depths(a)
    lines += [_row(r, depths[r.id], lang) for r in a.components]
    lines += ["", text("heading_metrics", lang)]
    for name in FIGURES:
        lines.append("  " + explain.metric_reading(name, getattr(a.metrics, name), lang))
    m = a.metrics
    lines.append("  " + explain.processing_reading(m, lang))
    lines.append(f"  MCI {fmt_number(m.mci, lang, 2)}, LFI {fmt_number(m.lfi, lang, 2)}, "
                 f"X {fmt_number(m.utility_x, lang, 2)}, R_cyc "
                 f"{fmt_percent(m.recyclability_rate, lang, 1)}")
    lines += _context_lines(a, lang)
    if a.recommendations:
        lines += ["", text("heading_recommendations", lang)]
        for rec in a.recommendations[:MAX_SHOWN_RECOMMENDATIONS]:
            t = explain.recommendation_text(rec, lang)
            rows = ", ".join(str(r) for r in rec.rows)
            lines.append(f"  {rec.priority:>2}. [{explain.category_name(rec.category, lang)}] "
                         f"{t.title} ({rows})")
            lines.append(f"      {t.action}")
        hidden = len(a.recommendations) - MAX_SHOWN_RECOMMENDATIONS
        if hidden > 0:
            lines.append("  " + text("recommendations_more", lang, count=hidden))
    return "\n".join(lines) + "\n"
