"""The verdict: where the product stands, what loses the most, what to do, what the
figures assume and how firm the data are, on one page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from advisor.i18n import fmt_percent
from advisor.model import Assessment, Metrics, TargetCheck
from advisor.report import labels, outcomes
from advisor.report.context import ReportContext
from advisor.report.hyphenate import house_table
from advisor.report.layout import heading
from advisor.report.sections import P, gain_parts, gain_sentence, ranked
from advisor.report.styles import table_style
from advisor.report.text import (
    clip,
    esc,
    et,
    etn,
    fmt_number,
    index,
    mass,
    minutes,
    pct,
    rows_text,
    shorten,
    t,
)

TOP_ACTIONS = 3
TOP_CAUSES = 3
NAMED_CRM = 3  # critical raw materials named in a sentence
REASONS_SHOWN = 1
REASON_CHARS = 140


def verdict(ctx: ReportContext) -> list:
    a, lang = ctx.assessment, ctx.lang
    out = [*heading(et("report_verdict_title", lang)), P(lead(ctx), "lead")]
    out += standing(ctx)
    out += [*heading(et("report_causes_title", lang), "h2"), *cause_lines(ctx)]
    out += [*heading(et("report_actions_title", lang), "h2"), *action_lines(a, lang)]
    out += [*heading(et("report_assumes_title", lang), "h3"),
            P(esc(assumption_line(ctx)), "small"), P(esc(quality_line(ctx)), "small")]
    return out


def share_of(value: float, total: float) -> float:
    return value / total if total > 0 else 0.0


def lead(ctx: ReportContext) -> str:
    a, lang = ctx.assessment, ctx.lang
    o = outcomes.product_outcome(a)
    total = o.total
    out = et("report_verdict_lead", lang, mass=mass(a.metrics.total_mass_kg, lang),
             product=shorten(a.product_name, 120),
             recycled=pct(share_of(o.reuse + o.recycled, total), lang),
             energy=pct(share_of(o.energy, total), lang),
             lost=pct(share_of(o.process_loss + o.landfill, total), lang))
    target = next((x for x in a.targets if not x.met), a.targets[0] if a.targets else None)
    if target is not None:
        code = "report_verdict_lead_target_met" if target.met else \
            "report_verdict_lead_target_short"
        out += " " + et(code, lang, target=target_name(target, lang),
                        goal=target_value(target, target.target, lang),
                        gap=target_gap(target, lang))
    q = outcomes.data_quality(a, ctx.kb)
    if q.values_total and q.published_share < MOSTLY_PUBLISHED:
        out += " " + et("report_verdict_lead_estimated", lang,
                        published_mass=pct(q.published_share, lang))
    return out


# Below this share of the mass resting on published route values only, the verdict's lead
# says at once that its rates rest on estimated yields (the assumptions say how many).
MOSTLY_PUBLISHED = 0.5


# -------------------------------------------------------------------- the figures


def target_name(target: TargetCheck, lang: str) -> str:
    return target.name_nl if lang == "nl" and target.name_nl else target.name_en


def target_value(target: TargetCheck, value: float, lang: str) -> str:
    shares = target.figure.endswith(("_rate", "_share")) or target.figure.startswith("circular")
    return pct(value, lang) if shares else fmt_number(value, lang, 2)


def target_gap(target: TargetCheck, lang: str) -> str:
    gap = max(0.0, target.target - target.value)
    if target.figure.endswith(("_rate", "_share")):
        return f"{fmt_number(gap * 100, lang, 1)} {t('report_unit_pp', lang)}"
    return fmt_number(gap, lang, 2)


def target_sentence(target: TargetCheck, lang: str) -> str:
    verdict_word = (t("report_v_target_met", lang) if target.met else
                    t("report_v_target_short", lang, gap=target_gap(target, lang)))
    return t("report_v_target", lang, target=target_name(target, lang),
             goal=target_value(target, target.target, lang), verdict=verdict_word)


def figure_rows(ctx: ReportContext) -> list[tuple[str, str, str, str]]:
    """(figure, label, value, sentence) for each figure the verdict shows."""
    m, lang = ctx.assessment.metrics, ctx.lang
    rows = [("recyclability_rate", t("report_v_recyclability", lang),
             pct(m.recyclability_rate, lang), t("report_v_recyclability_text", lang)),
            ("recoverability_rate", t("report_v_recoverability", lang),
             pct(m.recoverability_rate, lang), t("report_v_recoverability_text", lang))]
    if m.recyclable_material_share > 0:
        rows.append(("recyclable_material_share", t("report_v_recyclable", lang),
                     pct(m.recyclable_material_share, lang), t("report_v_recyclable_text", lang)))
    if m.reuse_rate > 0:
        rows.append(("reuse_rate", t("report_v_reuse", lang), pct(m.reuse_rate, lang),
                     t("report_v_reuse_text", lang)))
    if m.crm_mass_kg > 0:
        rows.append(("crm_recovered_kg", t("report_v_crm", lang), crm_value(m, lang),
                     crm_sentence(ctx)))
    rows.append(("circular_inflow", t("report_v_inflow", lang), pct(m.circular_inflow, lang),
                 t("report_v_inflow_text", lang)))
    rows.append(("mci", t("report_v_mci", lang), index(m.mci, lang),
                 labels.metric_reading("mci", m.mci, lang)))
    rows.append(disassembly_row(m, lang))
    rows.append(carbon_row(m, lang))
    return rows


def crm_value(m: Metrics, lang: str) -> str:
    return t("report_v_crm_value", lang, mass=mass(m.crm_mass_kg, lang),
             share=pct(share_of(m.crm_recovered_kg, m.crm_mass_kg), lang))


def crm_sentence(ctx: ReportContext) -> str:
    m, lang = ctx.assessment.metrics, ctx.lang
    lost = sorted((c for c in m.crm if c.mass_kg - c.recovered_kg > 1e-9),
                  key=lambda c: -(c.mass_kg - c.recovered_kg))
    count = len(m.crm) or len(m.crm_materials)
    if not lost:
        return t("report_v_crm_text_all" + ("_one" if count == 1 else ""), lang, count=count)
    names = [labels.in_sentence(c.name_nl if lang == "nl" else c.name_en)
             for c in lost[:NAMED_CRM]]
    return t("report_v_crm_text" + ("_one" if count == 1 else ""), lang, count=count,
             lost=mass(m.crm_mass_kg - m.crm_recovered_kg, lang), names=", ".join(names))


# Below two minutes a disassembly time is shown in seconds, as the app and the plan's
# gains show it (58 s, not 1,0 min).
SECONDS_SHOWN_BELOW = 120


def disassembly_row(m: Metrics, lang: str) -> tuple[str, str, str, str]:
    label = t("report_v_disassembly", lang)
    if m.disassembly_time_s is None:
        return ("disassembly_time_s", label, t("report_v_disassembly_none", lang),
                t("report_v_disassembly_none_text", lang))
    seconds = m.disassembly_time_s
    shown = (t("report_v_disassembly_seconds", lang, seconds=fmt_number(seconds, lang, 0))
             if seconds < SECONDS_SHOWN_BELOW else
             t("report_v_disassembly_value", lang, minutes=minutes(seconds, lang)))
    return ("disassembly_time_s", label, shown, t("report_v_disassembly_text", lang))


def carbon_row(m: Metrics, lang: str) -> tuple[str, str, str, str]:
    value = f"{fmt_number(m.embodied_carbon_kg, lang, 2)} kg CO₂e"
    if m.carbon_unknown_mass_kg > 0:
        covered = share_of(m.total_mass_kg - m.carbon_unknown_mass_kg, m.total_mass_kg)
        sentence = t("report_v_carbon_partial", lang, covered=fmt_percent(covered, lang),
                     mass=mass(m.carbon_unknown_mass_kg, lang))
    else:
        sentence = t("report_v_carbon_text", lang)
    return ("embodied_carbon_kg", t("report_v_carbon", lang), value, sentence)


def standing(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm

    lang = ctx.lang
    by_figure: dict[str, list[TargetCheck]] = defaultdict(list)
    for target in ctx.assessment.targets:
        by_figure[target.figure].append(target)
    rows = []
    for figure, label, value, sentence in figure_rows(ctx):
        extra = " ".join(target_sentence(x, lang) for x in by_figure.pop(figure, []))
        rows.append([P(esc(label), "cell_bold"), P(esc(value), "figure_value"),
                     P(esc(sentence) + (f" <b>{esc(extra)}</b>" if extra else ""), "cell")])
    for targets in by_figure.values():  # targets on figures the table does not show
        for x in targets:
            rows.append([P(esc(t("report_v_target_row", lang)), "cell_bold"),
                         P(esc(target_value(x, x.value, lang)), "figure_value"),
                         P(f"<b>{esc(target_sentence(x, lang))}</b>", "cell")])
    table = house_table(rows, [4.0 * cm, 3.6 * cm, 9.8 * cm])
    table.setStyle(table_style(header_rows=0))
    return [*heading(et("report_standing_title", lang), "h2", keep_cm=3), table]


# -------------------------------------------------------------------- causes and actions


def cause_lines(ctx: ReportContext) -> list:
    a, kb, lang = ctx.assessment, ctx.kb, ctx.lang
    found = outcomes.top_causes(a, kb, TOP_CAUSES)
    if not found:
        return [P(et("report_causes_none", lang))]
    by_mass = outcomes.causes(a, kb)[:TOP_CAUSES]
    return [P(cause_text(n, cause, ctx) + ("" if cause in by_mass else
                                           et("report_cause_for_crm", lang)), "item")
            for n, cause in enumerate(found, start=1)]


def parts_named(cause: outcomes.Cause, lang: str) -> str:
    names = [" ".join(c.name.split()) for c in cause.parts]
    if len(names) == 1:
        return shorten(names[0], 80)
    if len(names) == 2:
        return f"{shorten(names[0], 50)} {t('report_and', lang)} {shorten(names[1], 50)}"
    return t("report_cause_parts", lang, name=shorten(names[0], 60), more=len(names) - 1)


def route_phrase(cause: outcomes.Cause, lang: str) -> str:
    if cause.route_code in ("R9", "landfill") and cause.lost_kg >= cause.mass_kg - 1e-9:
        return t(f"report_cause_route_{cause.route_code}", lang)
    kept = 1.0 - share_of(cause.lost_kg, cause.mass_kg)
    if kept > 0:
        energy = sum(getattr(p, "total_mass_kg", 0.0) * getattr(p, "energy_recovery_share", 0.0)
                     for p in cause.parts)
        key = "report_cause_route_recycled_energy" if energy >= cause.lost_kg / 2 \
            else "report_cause_route_recycled"
        return t(key, lang, yield_=pct(kept, lang))
    return t("report_cause_route_other", lang,
             route=labels.route_label(cause.route_code, lang))


def cause_text(n: int, cause: outcomes.Cause, ctx: ReportContext) -> str:
    a, kb, lang = ctx.assessment, ctx.kb, ctx.lang
    material = labels.material_label(cause.material_id, kb, lang)
    out = et("report_cause_line", lang, n=n,
             what=f"{parts_named(cause, lang)}, {labels.in_sentence(material)}",
             rows=rows_text(cause.rows, lang, limit=6), lost=mass(cause.lost_kg, lang),
             share=pct(share_of(cause.lost_kg, a.metrics.total_mass_kg), lang),
             route=route_phrase(cause, lang))
    if cause.crm_lost:
        names = [labels.in_sentence(labels.crm_name(c, kb, lang))
                 for c in cause.crm_lost[:NAMED_CRM]]
        out += et("report_cause_crm", lang, names=", ".join(names))
    reasons = "; ".join(shorten(labels.reason_text(r, lang), REASON_CHARS)
                        for r in cause.reasons[:REASONS_SHOWN])
    if reasons:
        out += " " + clip(t("report_cause_why", lang, why=reasons).strip(), 420)
    return out


def action_lines(a: Assessment, lang: str) -> list:
    recs = [r for r in ranked(a) if not r.legal]
    legal = [r for r in a.recommendations if r.legal]
    if not recs and not legal:
        return [P(et("report_actions_none", lang))]
    out = [P(et("report_action_line", lang, n=i, title=labels.rec_title(r, lang),
                rows=rows_text(r.rows, lang, limit=6), gain=gain_sentence(r, lang)), "item")
           for i, r in enumerate(recs[:TOP_ACTIONS], start=1)]
    if legal:
        out.append(P(etn("report_actions_legal", lang, len(legal)), "item"))
    if a.plan is not None and a.plan.stages:
        n = len({rid for s in a.plan.stages for rid in s.recommendation_ids})
        rest = gain_parts(replace(a.plan.gain, recyclability_rate=0.0), lang)
        out.append(P(t("report_actions_plan" + ("_one" if n == 1 else ""), lang, n=n,
                       before=esc(pct(a.metrics.recyclability_rate, lang)),
                       after=esc(pct(a.plan.metrics.recyclability_rate, lang)),
                       gains=esc(", ".join(rest) or t("report_gain_none", lang).rstrip("."))),
                     "item"))
    return out


# -------------------------------------------------------------------- assumptions, data


def assumption_line(ctx: ReportContext) -> str:
    """Region, processing scope and stream in one line; then the assessment's own
    assumptions, each in its sentence."""
    a, lang = ctx.assessment, ctx.lang
    parts = [t("report_assume_collected", lang, region=t(f"report_region_{a.region}", lang)),
             t(f"report_assume_scope_{a.processed_within}", lang)]
    codes = {f.code for f in a.assumptions}
    if a.stream and "stream_guessed" not in codes:
        parts.append(t("report_assume_stream_guessed" if a.stream_guessed else
                       "report_assume_stream", lang, stream=stream_name(ctx)))
    worded = [w for w in (labels.finding_text(f, lang) for f in a.assumptions) if w]
    if not worded:
        unknown = sum(1 for c in ctx.parts if any(i.code == "joint_unresolved"
                                                   for i in c.issues))
        if unknown:
            parts.append(t("report_assume_joints_one" if unknown == 1 else
                           "report_assume_joints", lang, n=unknown))
        if a.metrics.unresolved_mass_kg > 0:
            parts.append(t("report_assume_unresolved", lang,
                           mass=mass(a.metrics.unresolved_mass_kg, lang)))
    line = "; ".join(parts)
    sentences = [t("report_assume_line", lang, parts=line[:1].upper() + line[1:])]
    sentences += [w if w.endswith(".") else w + "." for w in worded]
    return " ".join(sentences)


def stream_name(ctx: ReportContext) -> str:
    from advisor.engine.streams import stream_by_id

    found = stream_by_id(ctx.kb, ctx.assessment.stream)
    return found.name(ctx.lang) if found else ctx.assessment.stream


def quality_line(ctx: ReportContext) -> str:
    from advisor.resolve import LOW_CONFIDENCE

    lang = ctx.lang
    q = outcomes.data_quality(ctx.assessment, ctx.kb)
    common = {"threshold": fmt_percent(LOW_CONFIDENCE, lang),
              "resolved": pct(q.resolved_share, lang)}
    if not q.values_total:
        return t("report_quality_line_nodata", lang, **common)
    return t("report_quality_line", lang, total=q.values_total, published=q.values_published,
             estimated=q.values_total - q.values_published,
             published_mass=pct(q.published_share, lang), **common)
