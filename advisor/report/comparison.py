"""The comparison: the changed parts (what, old -> new, why), every figure of both variants
with the difference redesign minus base (green better, red worse), and the chart."""

from __future__ import annotations

from collections.abc import Callable

from advisor.model import Assessment, ComponentResult, Metrics
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.hyphenate import house_table
from advisor.report.layout import heading
from advisor.report.sections import P, image, variant_names
from advisor.report.text import (
    clip,
    esc,
    et,
    etn,
    fmt_number,
    index,
    is_zero,
    mass_in,
    pct,
    points,
    signed,
    signed_mass,
    t,
    unit_for,
)

CHANGE_ROWS = 25  # changed parts listed in the main body
# Component fields a recommendation changes -> the result field that shows the change.
MATERIAL = ("material_id", "material_input")
CHANGE_FIELDS = {"joint_id": ("joint",), "material_id": MATERIAL, "finish": ("finish",),
                 "constituents": MATERIAL, "material_input": MATERIAL}
DESIGN_FIELDS = ("material_input", "material_id", "joint", "finish", "total_mass_kg")
EFFECT_FIELDS = ("route_code", "route_quality", "liberated")


def share_of(value: float, total: float) -> float:
    return value / total if total > 0 else 0.0


def _crm_share(m: Metrics) -> float:
    return share_of(m.crm_recovered_kg, m.crm_mass_kg)


# (label code, value, kind, better direction: +1 higher is better, -1 lower, 0 neither)
FIGURES: tuple[tuple[str, Callable[[Metrics], float | None], str, int], ...] = (
    ("report_v_recyclability", lambda m: m.recyclability_rate, "share", 1),
    ("report_v_recoverability", lambda m: m.recoverability_rate, "share", 1),
    ("report_v_recyclable", lambda m: m.recyclable_material_share, "share", 1),
    ("report_v_reuse", lambda m: m.reuse_rate, "share", 1),
    ("report_cmp_crm_mass", lambda m: m.crm_mass_kg, "mass", 0),
    ("report_cmp_crm_recovered", lambda m: m.crm_recovered_kg, "mass", 1),
    ("report_cmp_crm_share", _crm_share, "share", 1),
    ("report_v_inflow", lambda m: m.circular_inflow, "share", 1),
    ("report_cmp_mci", lambda m: m.mci, "index", 1),  # the scale is its unit
    ("report_v_disassembly", lambda m: m.disassembly_time_s, "time", -1),
    ("report_v_carbon", lambda m: m.embodied_carbon_kg, "carbon", -1),
    ("report_cmp_mass", lambda m: m.total_mass_kg, "mass", 0),
    ("report_cmp_unresolved", lambda m: m.unresolved_mass_kg, "mass", -1),
)
OPTIONAL = ("report_v_recyclable", "report_v_reuse", "report_cmp_unresolved")


def comparison(ctx: ReportContext) -> list:
    a, b, lang = ctx.assessment, ctx.compare, ctx.lang
    if b is None:
        return []
    name_a, name_b = variant_names(a, b, lang)
    out = [*heading(et("report_compare_title", lang, a=name_a, b=name_b), keep_cm=4),
           P(et("report_compare_intro", lang, a=name_a, b=name_b)), figure_table(ctx)]
    out += changed_parts(ctx)
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Spacer

    from advisor.report.change_charts import comparison_chart

    out.append(KeepTogether([Spacer(1, 0.4 * cm),
                             image(comparison_chart(a, b, lang), width_cm=15.0),
                             P(et("report_chart_compare_caption", lang), "caption")]))
    return out


def formatted(kind: str, value: float | None, lang: str, unit: str) -> str:
    if value is None:
        return t("report_v_disassembly_none", lang)
    if kind == "share":
        return pct(value, lang)
    if kind == "index":
        return index(value, lang)
    if kind == "time":
        return f"{fmt_number(value, lang, 0)} s"
    if kind == "carbon":
        return f"{fmt_number(value, lang, 2)} kg CO₂e"
    return mass_in(value, lang, unit)


def difference(kind: str, delta: float, lang: str, unit: str) -> tuple[str, bool]:
    """The difference as text, and whether it shows as zero."""
    if kind == "share":
        return points(delta, lang), is_zero(delta * 100, 1)
    if kind == "index":
        return signed(delta, lang, 2), is_zero(delta, 2)
    if kind == "time":
        return f"{signed(delta, lang, 0)} s", is_zero(delta, 0)
    if kind == "carbon":
        return f"{signed(delta, lang, 2)} kg CO₂e", is_zero(delta, 2)
    zero = is_zero(delta * 1000, 1) if unit == "g" else is_zero(delta, 2)
    return signed_mass(delta, lang, unit), zero


def figure_table(ctx: ReportContext) -> object:
    from reportlab.lib.units import cm

    from advisor.report.styles import table_style

    a, b, lang = ctx.assessment.metrics, ctx.compare.metrics, ctx.lang
    name_a, name_b = variant_names(ctx.assessment, ctx.compare, lang)
    head = [P(esc(t("report_col_figure", lang)), "cell_head"),
            P(clip(name_a, 80), "cell_head_right"), P(clip(name_b, 80), "cell_head_right"),
            P(esc(t("report_col_difference", lang)), "cell_head_right")]
    rows = [head]
    for code, value, kind, direction in FIGURES:
        va, vb = value(a), value(b)
        if code in OPTIONAL and not va and not vb:
            continue
        unit = unit_for(va, vb)  # one unit for the whole row
        if va is None or vb is None:
            diff, style = "–", "cell_right"
        else:
            diff, zero = difference(kind, vb - va, lang, unit)
            style = ("cell_right" if zero or direction == 0 else
                     "better" if (vb - va) * direction > 0 else "worse")
        rows.append([P(esc(t(code, lang)), "cell_bold"),
                     P(esc(formatted(kind, va, lang, unit)), "cell_right"),
                     P(esc(formatted(kind, vb, lang, unit)), "cell_right"),
                     P(f"<b>{esc(diff)}</b>" if style in ("better", "worse") else esc(diff),
                       style)])
    table = house_table(rows, [6.0 * cm, 3.6 * cm, 3.6 * cm, 4.2 * cm], repeatRows=1)
    table.setStyle(table_style())
    return table


# -------------------------------------------------------------------- changed parts


def field_value(c: ComponentResult | None, name: str, ctx: ReportContext) -> str:
    lang = ctx.lang
    if c is None:
        return "–"
    if name == "material_input":
        return c.material_input or "–"
    if name == "material_id":
        return labels.material_label(c.material_id, ctx.kb, lang)
    if name == "joint":
        joint = ctx.kb.joints.get(c.joint or "")
        return joint.name(lang) if joint else (c.joint or "–")
    if name == "finish":
        return c.finish or t("report_cmp_no_finish", lang)
    if name == "total_mass_kg":
        return mass_in(c.total_mass_kg, lang, unit_for(c.total_mass_kg))
    if name == "route_code":
        return labels.route_label(c.route_code, lang)
    if name == "route_quality":
        return labels.quality_name(c.route_quality, lang)
    if name == "liberated":
        return t("report_cmp_liberated" if c.liberated else "report_cmp_fused", lang)
    return str(getattr(c, name, ""))


def change_lines(ch, names: tuple[str, ...], ctx: ReportContext) -> str:
    lines = []
    for name in names:
        if name in ch.fields:
            label = t(f"report_cmp_field_{name}", ctx.lang)
            old, new = field_value(ch.a, name, ctx), field_value(ch.b, name, ctx)
            lines.append(f"{esc(label)}: {clip(old, 80)} → {clip(new, 80)}")
    return "<br/>".join(lines)


def why(ch, a: Assessment, lang: str) -> str:
    """The recommendation of the base that proposes this change, if any."""
    for rec in sorted(a.recommendations, key=lambda r: (r.priority, r.id)):
        for change in rec.changes:
            shown = CHANGE_FIELDS.get(change.field, ())
            if change.component_id == ch.key and set(shown) & set(ch.fields):
                return labels.rec_title(rec, lang)
    if set(ch.fields) <= set(EFFECT_FIELDS):
        return t("report_cmp_consequence", lang)
    return "–"


def changes_of(a: Assessment, b: Assessment) -> list:
    """The rows that differ (engine.compare), and those whose material as written changed
    while it resolved to the same knowledge-base entry (a different make-up)."""
    from dataclasses import replace

    from advisor.engine.compare import compare

    # engine.compare also compares the figures and cannot take a time that was not
    # assessed; the report only needs its list of changed rows.
    assessed = [replace(x, metrics=replace(x.metrics, disassembly_time_s=0.0)) for x in (a, b)]
    out = list(compare(*assessed).changes)
    where = {ch.key: i for i, ch in enumerate(out)}
    old = {c.id: c for c in a.components}
    for c in b.components:
        before = old.get(c.id)
        if before is None or before.material_input == c.material_input:
            continue
        if c.id in where:
            ch = out[where[c.id]]
            if "material_id" not in ch.fields:
                out[where[c.id]] = replace(ch, fields=("material_input", *ch.fields))
        else:
            from advisor.engine.compare import ComponentChange

            out.append(ComponentChange(c.id, before, c, ("material_input",)))
    order = {c.id: i for i, c in enumerate(b.components)}
    return sorted(out, key=lambda ch: order.get(ch.key, len(order)))


def changed_parts(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm

    from advisor.report.styles import table_style

    a, lang = ctx.assessment, ctx.lang
    found = changes_of(a, ctx.compare)
    out = heading(et("report_cmp_changes_title", lang), "h2", keep_cm=2.5)
    if not found:
        return out + [P(et("report_cmp_changes_none", lang))]
    codes = ("report_col_row", "report_col_component", "report_cmp_col_change",
             "report_cmp_col_effect", "report_rec_why")
    rows = [[P(esc(t(c, lang)), "cell_head") for c in codes]]
    for ch in found[:CHANGE_ROWS]:
        c = ch.b or ch.a
        if "added" in ch.fields or "removed" in ch.fields:
            design, effect = esc(t(f"report_cmp_{ch.fields[0]}", lang)), ""
        else:
            design = change_lines(ch, DESIGN_FIELDS, ctx)
            effect = change_lines(ch, EFFECT_FIELDS, ctx)
        rows.append([P(str(c.row or ""), "cell"), P(clip(c.name, 120), "cell"),
                     P(design or "–", "cell"), P(effect or "–", "cell"),
                     P(clip(why(ch, a, lang), 200), "cell")])
    table = house_table(rows, [0.9 * cm, 3.4 * cm, 5.2 * cm, 4.0 * cm, 3.9 * cm],
                        repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    if len(found) > CHANGE_ROWS:
        out.append(P(etn("report_cmp_changes_more", lang, len(found) - CHANGE_ROWS), "muted"))
    return out
