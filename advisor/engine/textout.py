"""The plain-text assessment the `evaluate` command prints: a row table and key figures.

Text from the bill of materials (names, materials, product and variant) is escaped
(`advisor.textsafe.escaped`): a control character in a cell reaches the terminal as
`\x1b`, never raw, and a newline in a name never breaks a row.
"""

from __future__ import annotations

from advisor import explain
from advisor.i18n import fmt_mass, fmt_number, fmt_percent
from advisor.messages import text
from advisor.model import Assessment, ComponentResult, Recommendation
from advisor.textsafe import escaped

# Column widths of the table (characters); names longer than this are cut.
NAME_WIDTH = 28
MATERIAL_WIDTH = 22
ROUTE_WIDTH = 22

HEADERS = {
    "en": ("row", "name", "material", "mass", "route", "issues"),
    "nl": ("rij", "naam", "materiaal", "massa", "route", "aandachtspunten"),
}
# The text table shows this many ranked recommendations (the most important) after the
# legal duties; --json has all.
MAX_SHOWN_RECOMMENDATIONS = 10
FIGURES = ("recyclability_rate", "recyclable_material_share", "recoverability_rate",
           "process_loss_rate", "reuse_rate", "mci", "circular_inflow", "crm_mass_kg",
           "disassembly_time_s", "embodied_carbon_kg", "unresolved_mass_kg")
# Figures that are read out only when there is something to say.
SHOWN_WHEN_ANY = frozenset({"unresolved_mass_kg"})


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _row(r: ComponentResult, depth: int, lang: str) -> str:
    name = _cut("  " * depth + escaped(r.name), NAME_WIDTH)
    material = _cut(escaped(r.material_id or r.material_input or ""), MATERIAL_WIDTH)
    route = _cut(f"{explain.route_name(r.route_code, lang)} "
                 f"({explain.quality_name(r.route_quality, lang)})", ROUTE_WIDTH)
    issues = escaped("; ".join(explain.issue_text(i, lang) for i in r.issues))
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
    lines = [f"{escaped(a.product_name)} – {escaped(a.variant_name)}  (kb {a.kb_version})", "",
             f"{h[0]:>4}  {h[1]:<{NAME_WIDTH}}  {h[2]:<{MATERIAL_WIDTH}}  {h[3]:>10}  "
             f"{h[4]:<{ROUTE_WIDTH}}  {h[5]}"]
    depths = _depths(a)
    lines += [_row(r, depths[r.id], lang) for r in a.components]
    lines += ["", text("heading_metrics", lang)]
    for name in FIGURES:
        if name in SHOWN_WHEN_ANY and not getattr(a.metrics, name):
            continue  # "0.0 g of material could not be identified" says nothing
        lines.append("  " + explain.metric_reading(name, getattr(a.metrics, name), lang))
    m = a.metrics
    lines.append("  " + explain.processing_reading(m, lang))
    lines.append(f"  MCI {fmt_number(m.mci, lang, 2)}, LFI {fmt_number(m.lfi, lang, 2)}, "
                 f"X {fmt_number(m.utility_x, lang, 2)}, R_cyc "
                 f"{fmt_percent(m.recyclability_rate, lang, 1)}")
    lines += _context_lines(a, lang)
    lines += advice_lines(a, lang)
    return "\n".join(lines) + "\n"


def _rows(rec: Recommendation) -> str:
    return ", ".join(str(r) for r in rec.rows)


def _recommendation(rec: Recommendation, lang: str, mark: str) -> list[str]:
    t = explain.recommendation_text(rec, lang)
    effort = explain.effort_name(rec.effort, lang)
    edit = "" if rec.edits else f"; {text('advice_no_edit', lang)}"
    out = [f"  {mark} [{explain.category_name(rec.category, lang)}] {escaped(t.title)} "
           f"({_rows(rec)}; {effort}{edit})", f"      {escaped(t.action)}",
           f"      {explain.gain_line(rec.gain, lang)}"]
    note = escaped(explain.gain_note_text(rec, lang))
    return out + ([f"      {note}"] if note else [])


def advice_lines(a: Assessment, lang: str = "nl") -> list[str]:
    """The advice after the figures: legal duties apart, the ranked list (the first
    `MAX_SHOWN_RECOMMENDATIONS`), the plan and the data to complete."""
    lines: list[str] = []
    legal = [r for r in a.recommendations if r.legal]
    ranked = [r for r in a.recommendations if not r.legal]
    if legal:
        lines += ["", text("advice_heading_legal", lang)]
        for rec in legal:
            lines += _recommendation(rec, lang, f"{rec.priority:>2}.")
    if ranked:
        lines += ["", text("advice_heading_ranked", lang)]
        for rec in ranked[:MAX_SHOWN_RECOMMENDATIONS]:
            lines += _recommendation(rec, lang, f"{rec.priority:>2}.")
        hidden = len(ranked) - MAX_SHOWN_RECOMMENDATIONS
        if hidden > 0:
            lines.append("  " + text("advice_more", lang, count=hidden))
    if a.plan is not None and a.plan.stages:
        lines += ["", text("advice_heading_plan", lang)]
        for n, stage in enumerate(a.plan.stages):
            lines.append(f"  {explain.stage_name(stage.effort, lang)}: "
                         f"{explain.gain_line(stage.gain, lang)}")
            together = explain.stage_interaction_text(a.plan, n, a.recommendations, lang)
            if together:
                lines.append(f"      {together}")
    if a.data_gaps:
        lines += ["", text("advice_heading_gaps", lang)]
        for f in a.data_gaps:
            rows = ", ".join(str(r) for r in f.rows)
            lines.append(f"  - {escaped(explain.data_gap_text(f, lang))}" + (f" ({rows})" if rows
                                                                  else ""))
    return lines
