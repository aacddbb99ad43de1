"""The sources of the knowledge-base values an assessment used.

A value rests either on a published source (a standard, a regulation, a statistics
office, a peer-reviewed paper, an industry association), listed with its title, or on an
estimate, listed apart with what was estimated. A title is set in italics and kept as
published; the sentence around it is in the report's language. The English report also
gives each estimate's reasoning; the Dutch one names what was estimated and where the
reasoning is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.i18n import fmt_number
from advisor.model import ComponentResult, RouteOption
from advisor.report import labels
from advisor.report.client_text import client_text
from advisor.report.context import ReportContext
from advisor.report.text import pct, t

# Source texts that open with one of these words carry an estimate, not a citation.
ESTIMATE_OPENINGS = ("engineering estimate", "estimate", "fallback", "derived", "gap",
                     "assumption", "assumed", "proxy")
ESTIMATE_STATUSES = ("estimate", "derived", "gap")
# Texts that cite no primary or reputable source: shops, encyclopedias, internal files.
NOT_PRIMARY = ("wikipedia", "webshop", "web shop", "web-shop", "amazon.", "conrad.",
               "docs/", ".md", "blog", "manufacturer values", "vendor page")


@dataclass(frozen=True)
class Value:
    """One knowledge-base value the figures used, with what its source says."""

    entry: str  # what the value is, in the report's language (with the value)
    source: str  # the source text as the knowledge base holds it
    status: str = ""

    @property
    def estimated(self) -> bool:
        return is_estimate(self.source, self.status)


def is_estimate(source: str, status: str = "") -> bool:
    text = source.strip().lower()
    return (status.strip().lower() in ESTIMATE_STATUSES or text.startswith(ESTIMATE_OPENINGS)
            or not is_primary(source))


def is_primary(source: str) -> bool:
    text = source.lower()
    return not any(marker in text for marker in NOT_PRIMARY)


def title_of(source: str) -> tuple[str, str]:
    """A citation split into its title and the detail after the first ': '."""
    head, sep, rest = source.partition(": ")
    return (head, rest) if sep and len(head) >= 8 else (source, "")


def _material_values(ctx: ReportContext, used: set[str], recycled: set[str]) -> list[Value]:
    """The emission factors the carbon figure used (the recycled one where a part has
    recycled content); densities and market shares feed no figure and are not listed."""
    lang, out = ctx.lang, []
    for row in ctx.kb.rows("materials"):
        material = ctx.kb.materials.get(row.get("id", ""))
        if material is None or material.id not in used:
            continue
        name = material.name(lang)
        values = [("carbon_source", "report_src_carbon", material.carbon_kg_per_kg)]
        if material.id in recycled:
            values.append(("carbon_recycled_source", "report_src_carbon_recycled",
                           material.carbon_recycled_kg_per_kg))
        for column, code, value in values:
            if row.get(column) and value is not None:
                out.append(Value(t(code, lang, name=name,
                                   value=f"{fmt_number(value, lang, 2)} kg CO₂e/kg"),
                                 row[column]))
    return out


def route_options_of(ctx: ReportContext, c: ComponentResult) -> list[RouteOption]:
    """The knowledge-base route rows behind a part's reached route (remembered per
    material and route: a 100,000-row product has few distinct pairs)."""
    key = (c.material_id, c.route_code, c.sources)
    memo = ctx.route_memo
    if key not in memo:
        material = ctx.kb.materials.get(c.material_id or "")
        family = material.family if material else None
        found = [o for o in ctx.kb.route_options if o.code == c.route_code
                 and ctx.assessment.region in o.regions
                 and (o.material_id == c.material_id
                      or (not o.material_id and o.family == family))]
        by_source = [o for o in found if o.source in c.sources]
        memo[key] = by_source or found[:1]
    return memo[key]


def used_values(ctx: ReportContext) -> list[Value]:
    """Every knowledge-base value the assessment relied on, without repeats."""
    lang, parts = ctx.lang, ctx.parts
    out = _material_values(ctx, {c.material_id for c in parts if c.material_id},
                           {c.material_id for c in parts if c.mci_inputs.F_R > 0})
    seen_pairs: set[tuple] = set()
    for c in parts:
        for option in route_options_of(ctx, c):
            pair = (c.material_id, option.code, option.quality, option.source)
            if option.source and pair not in seen_pairs:
                seen_pairs.add(pair)
                out.append(Value(t("report_src_route", lang,
                                   name=labels.material_label(c.material_id, ctx.kb, lang),
                                   route=labels.route_label(option.code, lang),
                                   value=pct(option.yield_, lang)),
                                 option.source, option.status))
    for joint_id in sorted({c.joint for c in parts if c.joint}):
        joint = ctx.kb.joints.get(joint_id)
        if joint and joint.source and joint.time_s is not None:
            out.append(Value(t("report_src_joint", lang, name=joint.name(lang),
                               value=fmt_number(joint.time_s, lang, 0)),
                             joint.source, joint.time_status))
    return list(dict.fromkeys(out))


def grouped(values: list[Value], key=lambda v: v.source) -> list[tuple[str, list[Value]]]:
    """(key, values) in first-seen order: values that share a source on one line."""
    by_key: dict[str, list[Value]] = {}
    for v in values:
        found = by_key.setdefault(key(v), [])
        if v not in found:
            found.append(v)
    return list(by_key.items())


def cited(values: list[Value]) -> list[tuple[str, list[Value]]]:
    """The published values, grouped by the title of their source."""
    return grouped([v for v in values if not v.estimated],
                   key=lambda v: client_text(title_of(v.source)[0]) or title_of(v.source)[0])


def entry_markup(v: Value, lang: str) -> str:
    """A value for a table cell; in English with the detail its source gives."""
    from advisor.report.text import clip, esc

    detail = client_text(title_of(v.source)[1])
    out = esc(v.entry)
    if detail and lang == "en":
        out += f" <font color='#5a5a5a'>({clip(detail, 300)})</font>"
    return out
