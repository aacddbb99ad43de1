"""Methods and sources: formulas, assumptions, the sources used, data gaps, glossary."""

from __future__ import annotations

from advisor.i18n import fmt_number
from advisor.messages import text
from advisor.messages.report import LADDER
from advisor.model import ComponentResult
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.fonts import register_fonts
from advisor.report.sections import P
from advisor.report.styles import table_style
from advisor.report.text import clip, esc, et, index, kg, mass, t

# Knowledge-base statuses that mean a checked, published value; any other status
# (estimate, derived, gap, ...) is listed among the data gaps with its own word.
FIRM_STATUSES = ("", "verified", "published", "measured")
MATERIAL_SOURCES = (("density_source", "report_src_density"),
                    ("carbon_source", "report_src_carbon"),
                    ("carbon_recycled_source", "report_src_carbon_recycled"),
                    ("recycled_content_source", "report_src_recycled"),
                    ("source", "report_src_material"))


def formulas(ctx: ReportContext) -> list:
    m, lang = ctx.assessment.metrics, ctx.lang
    values = t("report_formula_mci_values", lang, m=kg(m.total_mass_kg, lang, 3),
               v=kg(m.v_kg, lang, 3), w=kg(m.w_kg, lang, 3), lfi=index(m.lfi, lang),
               x=index(m.utility_x, lang), mci=index(m.mci, lang))
    # The formula texts are fixed markup of ours (bold, subscripts): not escaped.
    return [P(et("report_methods_title", lang), "h1"),
            P(et("report_formulas_title", lang), "h2"),
            P(t("report_formula_rates", lang)), P(t("report_formula_mci", lang)),
            P(esc(values)), P(t("report_formula_cti", lang)), P(t("report_formula_other", lang))]


def assumptions(ctx: ReportContext) -> list:
    a, lang = ctx.assessment, ctx.lang
    out = [P(et("report_assumptions_title", lang), "h2"),
           P(et("report_assume_region", lang, region=t(f"report_region_{a.region}", lang)))]

    def years(value: float | None) -> str:
        if value is None:
            return t("report_not_given", lang)
        return t("report_years", lang, n=fmt_number(value, lang, 1))

    out.append(P(t("report_assume_lifetime", lang, lifetime=esc(years(a.lifetime_years)),
                   industry=esc(years(a.industry_lifetime_years)),
                   use=esc(fmt_number(a.use_intensity, lang, 2)))))
    if a.lifetime_years is None or a.industry_lifetime_years is None:
        out.append(P(t("report_assume_lifetime_default", lang)))
    return out


def _material_rows(ctx: ReportContext, used: set[str]) -> list[tuple[str, str]]:
    out = []
    for row in ctx.kb.rows("materials"):
        if row.get("id") not in used:
            continue
        name = labels.material_label(row["id"], ctx.kb, ctx.lang)
        for column, code in MATERIAL_SOURCES:
            if row.get(column):
                out.append((t(code, ctx.lang, name=name), row[column]))
    return out


def _route_options(ctx: ReportContext, c: ComponentResult):
    """The knowledge-base route rows behind a part's reachable route."""
    material = ctx.kb.materials.get(c.material_id or "")
    family = material.family if material else None
    for option in ctx.kb.route_options:
        if option.code != c.route_code or ctx.assessment.region not in option.regions:
            continue
        if option.material_id == c.material_id or (not option.material_id
                                                   and option.family == family):
            yield option


def used_sources(ctx: ReportContext) -> list[tuple[str, str]]:
    """(entry, source) for every knowledge-base entry the assessment relied on."""
    lang, parts = ctx.lang, ctx.parts
    used = {c.material_id for c in parts if c.material_id}
    out = _material_rows(ctx, used)
    for c in parts:
        for option in _route_options(ctx, c):
            if option.source:
                out.append((t("report_src_route", lang,
                              name=labels.material_label(c.material_id, ctx.kb, lang),
                              route=labels.route_label(option.code, lang)), option.source))
    for joint_id in sorted({c.joint for c in parts if c.joint}):
        joint = ctx.kb.joints.get(joint_id)
        if joint and joint.source:
            out.append((t("report_src_joint", lang, name=joint.name(lang)), joint.source))
    known = {source for _, source in out}
    extra = sorted({s for c in parts for s in c.sources if s and s not in known})
    out += [(t("report_src_other", lang), s) for s in extra]
    return list(dict.fromkeys(out))  # in order, without repeats


def sources(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import LongTable

    lang = ctx.lang
    out = [P(et("report_sources_title", lang), "h2")]
    found = grouped(used_sources(ctx))
    if not found:
        return out + [P(et("report_sources_none", lang))]
    head = [P(esc(t("report_col_entry", lang)), "cell_head"),
            P(esc(t("report_col_source", lang)), "cell_head")]
    # A run of rows with the same entry names it once.
    entries = [e if i == 0 or e != found[i - 1][0] else "" for i, (e, _) in enumerate(found)]
    rows = [[P(clip(entry, 600), "cell"), P(clip(src, 600), "cell")]
            for entry, (_, src) in zip(entries, found, strict=True)]
    table = LongTable([head, *rows], repeatRows=1, colWidths=[6.4 * cm, 11.0 * cm])
    table.setStyle(table_style())
    return out + [table]


def _status(status: str, lang: str) -> str:
    """A knowledge-base status word in the report's language ('estimate' -> 'een schatting')."""
    return text(f"report_status_{status.lower()}", lang, default=status)


def grouped(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Entries that share a source on one line: ('A; B', source), in first-seen order."""
    by_source: dict[str, list[str]] = {}
    for entry, source in entries:
        names = by_source.setdefault(source, [])
        if entry not in names:
            names.append(entry)
    return [("; ".join(names), source) for source, names in by_source.items()]


def gaps(ctx: ReportContext) -> list[str]:
    """Plain sentences: every estimate or missing datum the figures relied on."""
    lang, kb, out = ctx.lang, ctx.kb, []
    for c in ctx.parts:
        if not c.material_id:
            out.append(t("report_gap_unresolved", lang, row=c.row, name=c.name,
                         material=c.material_input, mass=mass(c.total_mass_kg, lang)))
        for issue in c.issues:
            if issue.category == "data":
                out.append(t("report_gap_issue", lang, row=c.row, name=c.name,
                             issue=labels.issue_text(issue, lang)))
    if ctx.assessment.metrics.carbon_unknown_mass_kg > 0:
        out.append(t("report_gap_carbon_mass", lang,
                     mass=mass(ctx.assessment.metrics.carbon_unknown_mass_kg, lang)))
    for material_id in sorted({c.material_id for c in ctx.parts if c.material_id}):
        material = kb.materials.get(material_id)
        if material and material.carbon_kg_per_kg is None:
            out.append(t("report_gap_carbon", lang, name=material.name(lang)))
    for joint_id in sorted({c.joint for c in ctx.parts if c.joint}):
        joint = kb.joints.get(joint_id)
        if joint and joint.time_s is None:
            out.append(t("report_gap_joint_missing", lang, name=joint.name(lang)))
        elif joint and joint.time_status.lower() not in FIRM_STATUSES:
            out.append(t("report_gap_joint", lang, name=joint.name(lang),
                         status=_status(joint.time_status, lang)))
    for c in ctx.parts:
        for option in _route_options(ctx, c):
            if option.status.lower() not in FIRM_STATUSES:
                out.append(t("report_gap_route", lang,
                             name=labels.material_label(c.material_id, kb, lang),
                             route=labels.route_label(option.code, lang),
                             status=_status(option.status, lang)))
    return list(dict.fromkeys(out))


def gap_section(ctx: ReportContext) -> list:
    from reportlab.platypus import ListFlowable, ListItem

    lang = ctx.lang
    out = [P(et("report_gaps_title", lang), "h2")]
    found = gaps(ctx)
    if not found:
        return out + [P(et("report_gaps_none", lang))]
    items = [ListItem(P(clip(g, 600), "small"), leftIndent=10) for g in found]
    return out + [P(et("report_gaps_intro", lang), "keep"),
                  ListFlowable(items, bulletType="bullet", start="•", leftIndent=10,
                               bulletFontName=register_fonts(), bulletFontSize=7)]


def glossary(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Table

    lang = ctx.lang
    head = [P(esc(t(c, lang)), "cell_head") for c in (
        "report_col_step", "report_col_name_en", "report_col_name_nl", "report_col_meaning")]
    rows = [[P(code, "cell_bold"), P(en, "cell"), P(nl, "cell"),
             P(esc(meaning_nl if lang == "nl" else meaning_en), "cell")]
            for code, en, nl, meaning_nl, meaning_en in LADDER]
    rows.append([P("–", "cell_bold"), P("Landfill", "cell"), P("Storten", "cell"),
                 P(et("report_ladder_landfill", lang), "cell")])
    table = Table([head, *rows], repeatRows=1, colWidths=[1.3 * cm, 2.8 * cm, 3.0 * cm,
                                                          10.3 * cm])
    table.setStyle(table_style())
    return [KeepTogether([P(et("report_glossary_title", lang), "h2"),
                          P(et("report_glossary_intro", lang)), table])]


def methods_section(ctx: ReportContext) -> list:
    return (formulas(ctx) + assumptions(ctx) + sources(ctx) + gap_section(ctx)
            + glossary(ctx))
