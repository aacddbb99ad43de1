"""The data gaps of the methods chapter: each missing or estimated datum said once.

A material without an emission factor is named once, with the mass the carbon figure
leaves out; the joints whose proxy time is an estimate, and the route yields that are
estimated or derived, are grouped per status instead of a line each.
"""

from __future__ import annotations

from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.text import mass, rows_text, t

FIRM_STATUSES = ("", "verified", "published", "measured")
# Engine findings the report words itself (below), so that they are not said twice.
OWN_FINDINGS = ("carbon_unknown",)


def status_word(status: str, lang: str) -> str:
    """A knowledge-base status word in the report's language ('estimate' -> 'een schatting')."""
    from advisor.messages import text

    return text(f"report_status_{status.lower()}", lang, default=status)


def _counted(code: str, lang: str, items: list[str], **params) -> str:
    # Names are set apart by semicolons: many hold a comma of their own.
    return t(code + ("_one" if len(items) == 1 else ""), lang, names="; ".join(items), **params)


def _carbon(ctx: ReportContext) -> list[str]:
    """One sentence: the materials without an emission factor, their rows and mass."""
    lang, kb, a = ctx.lang, ctx.kb, ctx.assessment
    missing = sorted({c.material_id for c in ctx.parts if c.material_id
                      and (m := kb.materials.get(c.material_id)) is not None
                      and m.carbon_kg_per_kg is None})
    if not missing and a.metrics.carbon_unknown_mass_kg <= 0:
        return []
    names = [kb.materials[m].name(lang) for m in missing]
    rows = sorted({c.row for c in ctx.parts if c.material_id in missing and c.row})
    lost = mass(a.metrics.carbon_unknown_mass_kg, lang)
    if not names:
        return [t("report_gap_carbon_mass", lang, mass=lost)]
    return [_counted("report_gap_carbon_all", lang, names, mass=lost,
                     rows=rows_text(tuple(rows), lang, limit=12))]


def _joints(ctx: ReportContext) -> list[str]:
    lang, kb = ctx.lang, ctx.kb
    by_status: dict[str, list[str]] = {}
    for joint_id in sorted({c.joint for c in ctx.parts if c.joint}):
        joint = kb.joints.get(joint_id)
        if joint is None:
            continue
        if joint.time_s is None:
            by_status.setdefault("missing", []).append(joint.name(lang))
        elif joint.time_status.lower() not in FIRM_STATUSES:
            by_status.setdefault(joint.time_status.lower(), []).append(joint.name(lang))
    out = []
    for status, names in by_status.items():
        if status == "missing":
            out.append(_counted("report_gap_joints_missing", lang, names))
        else:
            out.append(_counted("report_gap_joints", lang, names,
                                status=status_word(status, lang)))
    return out


def _routes(ctx: ReportContext) -> list[str]:
    from advisor.report.sources import route_options_of

    lang, kb = ctx.lang, ctx.kb
    by_status: dict[str, dict[str, list[str]]] = {}
    for c in ctx.parts:
        for option in route_options_of(ctx, c):
            status = option.status.lower()
            if status in FIRM_STATUSES:
                continue
            names = by_status.setdefault(status, {}).setdefault(
                labels.route_label(option.code, lang), [])
            name = labels.material_label(c.material_id, kb, lang)
            if name not in names:
                names.append(name)
    return [_counted("report_gap_routes", lang, names, route=route,
                     status=status_word(status, lang))
            for status, routes in by_status.items() for route, names in routes.items()]


def gaps(ctx: ReportContext) -> list[str]:
    """Plain sentences: every estimate or missing datum the figures relied on, once."""
    lang, out = ctx.lang, []
    for finding in ctx.assessment.data_gaps:
        if finding.code in OWN_FINDINGS:
            continue
        worded = labels.finding_text(finding, lang)
        if worded:
            rows = rows_text(finding.rows, lang, limit=12) if finding.rows else ""
            out.append(worded + (f" ({rows})" if rows else ""))
    for c in ctx.parts:
        if not c.material_id:
            out.append(t("report_gap_unresolved", lang, row=c.row, name=c.name,
                         material=c.material_input, mass=mass(c.total_mass_kg, lang)))
    out += _carbon(ctx) + _joints(ctx) + _routes(ctx)
    return list(dict.fromkeys(out))
