"""The plan: legal duties in their own box, then quick wins, part redesigns and
material or supplier changes, each block with its combined gain, and the gain chart."""

from __future__ import annotations

from dataclasses import fields

from advisor.model import Assessment, Gain, Plan, Recommendation
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.layout import heading
from advisor.report.sections import P, gain_parts, gain_sentence, image, ranked
from advisor.report.styles import LINE, PALE
from advisor.report.text import clip, esc, et, etn, pct, rows_text, t

EFFORTS = (1, 2, 3)
GAIN_CHART_CM = 8.0
ACTION_CHARS = 700


def plan(ctx: ReportContext) -> list:
    a, lang = ctx.assessment, ctx.lang
    if not a.recommendations:
        return [*heading(et("report_plan_title", lang)), P(et("report_actions_none", lang))]
    numbers = rank_numbers(a)
    intro = "report_plan_intro" if a.plan is not None else "report_plan_intro_single"
    out = [*heading(et("report_plan_title", lang), keep_cm=4), P(et(intro, lang))]
    legal = [r for r in ranked(a) if r.legal]
    if legal:
        out.append(legal_box(ctx, legal, numbers))
    before = None
    for effort, recs, stage_gain in blocks(a):
        out += heading(et(f"report_plan_block_{effort}", lang), "h2", keep_cm=2)
        if stage_gain is not None and a.plan is not None:
            out.append(P(block_gain(a, a.plan, stage_gain, before, lang,
                                    stage_recommendations(a, effort)), "box"))
            before = stage_gain
        out += [item(ctx, r, numbers) for r in recs]
    out += gain_figure(ctx)
    return out


def rank_numbers(a: Assessment) -> dict[str, int]:
    """The number each recommendation has in the report (legal duties are not numbered)."""
    recs = [r for r in ranked(a) if not r.legal]
    return {r.id: i for i, r in enumerate(recs, start=1)}


def blocks(a: Assessment) -> list[tuple[int, list[Recommendation], Gain | None]]:
    """(effort, its recommendations in rank order, the plan's cumulative gain up to it)."""
    by_id = {r.id: r for r in a.recommendations if not r.legal}
    stages = {s.effort: s for s in a.plan.stages} if a.plan is not None else {}
    placed: dict[int, list[Recommendation]] = {e: [] for e in EFFORTS}
    seen: set[str] = set()
    for effort, stage in stages.items():
        for rid in stage.recommendation_ids:
            if rid in by_id and rid not in seen:
                placed.setdefault(effort, []).append(by_id[rid])
                seen.add(rid)
    for rec in by_id.values():
        if rec.id not in seen:
            placed.setdefault(min(max(rec.effort, 1), 3), []).append(rec)
    order = {r.id: i for i, r in enumerate(ranked(a))}
    return [(e, sorted(placed[e], key=lambda r: order[r.id]),
             stages[e].gain if e in stages else None)
            for e in sorted(placed) if placed[e]]


def stage_recommendations(a: Assessment, effort: int) -> list[Recommendation]:
    """Every recommendation the plan's stage of this effort applies (legal duties too:
    their gain is part of the stage's)."""
    ids = {rid for s in a.plan.stages if s.effort == effort for rid in s.recommendation_ids}
    return [r for r in a.recommendations if r.id in ids]


def _minus(g: Gain, h: Gain | None) -> Gain:
    if h is None:
        return g
    return Gain(**{f.name: getattr(g, f.name) - getattr(h, f.name) for f in fields(Gain)})


def block_gain(a: Assessment, p: Plan, cumulative: Gain, before: Gain | None,
               lang: str, recs: list[Recommendation] = ()) -> str:
    own_gain = _minus(cumulative, before)
    own = gain_parts(own_gain, lang)
    after = a.metrics.recyclability_rate + cumulative.recyclability_rate
    out = et("report_plan_block_gain", lang,
             gains=", ".join(own) or t("report_gain_none", lang).rstrip("."),
             before=pct(a.metrics.recyclability_rate, lang), after=pct(after, lang))
    duties = [r for r in recs if r.legal and r.changes]
    if duties:  # its figures count the legal duty from the box above, done in this block
        out += " " + etn("report_plan_block_with_duty", lang, len(duties))
    sentence = interaction(own_gain, list(recs), lang, first=before is None)
    return f"{out} {esc(sentence)}" if sentence else out


# The figures a block's gain is compared on, each with the sign of "better" and the
# smallest difference the report's rounding shows.
COMPARED = (("recyclability_rate", 1, 0.0005), ("crm_recovered_kg", 1, 0.00005),
            ("disassembly_time_s", -1, 0.5), ("embodied_carbon_kg", -1, 0.005))


def interaction(own: Gain, recs: list[Recommendation], lang: str, first: bool) -> str:
    """One sentence where a block gains more (or less) than its items measured alone,
    added up: they reinforce (or overlap with) each other or the blocks before."""
    if not recs or (len(recs) == 1 and first):
        return ""
    more, less = [], []
    for name, better, shown in COMPARED:
        together = getattr(own, name)
        alone = sum(getattr(r.gain, name) for r in recs)
        if abs(together - alone) < shown:
            continue
        words = t("report_interaction_figure" if len(recs) > 1 else
                  "report_interaction_figure_one", lang,
                  together=_worded(name, together, lang), alone=_value(name, alone, lang))
        (more if (together - alone) * better > 0 else less).append(words)
    kind = "" if len(recs) > 1 else "_one"
    out = []
    if more:
        out.append(t("report_interaction_more" + kind, lang, figures="; ".join(more)))
    if less:
        out.append(t("report_interaction_less" + kind, lang, figures="; ".join(less)))
    return " ".join(out)


def _worded(name: str, value: float, lang: str) -> str:
    """'recyclebaarheid +2,1 %-punt': the figure's name and its change."""
    return next(iter(gain_parts(Gain(**{name: value}), lang)), "0")


def _value(name: str, value: float, lang: str) -> str:
    """'+0,6 %-punt': the change alone, in the unit the comparison uses."""
    from advisor.report.comparison import difference
    from advisor.report.text import unit_for

    kind = {"recyclability_rate": "share", "crm_recovered_kg": "mass",
            "disassembly_time_s": "time", "embodied_carbon_kg": "carbon"}[name]
    return difference(kind, value, lang, unit_for(value))[0]


def item(ctx: ReportContext, rec: Recommendation, numbers: dict[str, int]) -> object:
    from reportlab.platypus import KeepTogether

    lang = ctx.lang
    words = labels.rec_text(rec, lang)
    number = f"{numbers[rec.id]}. " if rec.id in numbers else ""
    return KeepTogether([
        P(f"{number}{clip(words.title)} <font size=8 color='#5a5a5a'>"
          f"({esc(rows_text(rec.rows, lang, limit=8))})</font>", "rec_title"),
        P(f"{clip(words.action, ACTION_CHARS)} <font color='#5a5a5a'>"
          f"{clip(words.why, ACTION_CHARS)}</font> <b>{esc(gain_sentence(rec, lang))}</b>",
          "small")])


def legal_box(ctx: ReportContext, legal: list[Recommendation],
              numbers: dict[str, int]) -> object:
    """The duties under EU law, framed apart from the ranked advice."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    lang = ctx.lang
    cells = [P(et("report_plan_legal_title", lang), "h3"),
             P(et("report_plan_legal_intro", lang), "small")]
    for rec in legal:
        words = labels.rec_text(rec, lang)
        cells += [P(f"<b>{clip(words.title)}</b> <font size=8 color='#5a5a5a'>"
                    f"({esc(rows_text(rec.rows, lang, limit=8))})</font>", "box"),
                  P(clip(words.action, ACTION_CHARS), "small"),
                  P(f"<font color='#5a5a5a'>{clip(words.why, ACTION_CHARS)}</font>", "small")]
    box = Table([[cells]], colWidths=["100%"])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(PALE)),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(LINE)),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def gain_figure(ctx: ReportContext) -> list:
    """The gain chart with its caption, kept on one page (nothing when no gain shows)."""
    from reportlab.platypus import KeepTogether

    from advisor.report.change_charts import gain_caption, gain_chart, has_gains

    recs = [r for r in ranked(ctx.assessment) if not r.legal]
    if not has_gains(recs, ctx.lang):
        return []
    return [KeepTogether([image(gain_chart(recs, ctx.lang)),
                          P(esc(gain_caption(recs, ctx.lang)), "caption")])]
