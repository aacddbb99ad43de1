"""The portfolio's figures as tables with headers in a language: what the command line,
the window, the PDF and the workbook all show, so they show the same figures.

Cells hold raw values (kilograms, shares); `cell_text` formats one the way every front
end prints it (tonnes per year for mass flows, kilograms for critical raw materials).
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.i18n import fmt_number, fmt_percent
from advisor.kb import KnowledgeBase
from advisor.messages import text
from advisor.portfolio.gains import line_difference, product_ranking
from advisor.portfolio.model import OUTCOME_KEYS, PortfolioResult, Side
from advisor.portfolio.streams import StreamMap

TEXT, TONNES, KG, SHARE, NUMBER, INDEX, DELTA_SHARE, DELTA_INDEX = (
    "text", "t", "kg", "share", "number", "index", "delta_share", "delta_index")


def cell_text(value: object, kind: str, lang: str) -> str:
    """One cell as every front end prints it."""
    if value is None or value == "":
        return "–" if kind != TEXT else ""
    if kind == TEXT:
        return str(value)
    v = float(value)
    if kind == TONNES:
        t = v / 1000.0
        return fmt_number(t, lang, 2 if abs(t) < 100 else 1 if abs(t) < 10_000 else 0)
    if kind == KG:
        return fmt_number(v, lang, 2 if abs(v) < 100 else 1 if abs(v) < 10_000 else 0)
    if kind == SHARE:
        return fmt_percent(v, lang, 1)
    if kind == DELTA_SHARE:
        return ("+" if v > 0 else "") + fmt_number(v * 100, lang, 1) + " " + \
            text("unit_points", lang)
    if kind == DELTA_INDEX:
        return ("+" if v > 0 else "") + fmt_number(v, lang, 3)
    if kind == INDEX:
        return fmt_number(v, lang, 3)
    return fmt_number(v, lang, 0 if v.is_integer() else 2)


def unit_of(kind: str, lang: str) -> str:
    """The unit a headline figure of this kind is printed in ('' for rates)."""
    return {TONNES: text("unit_t_per_year", lang), KG: text("unit_kg_per_year", lang)}.get(
        kind, "")


def figure_text(value: float | None, kind: str, lang: str) -> str:
    """A headline figure with its unit."""
    unit = unit_of(kind, lang) if value is not None else ""
    return f"{cell_text(value, kind, lang)} {unit}".strip()


@dataclass(frozen=True)
class Table:
    """Headers, a kind per column, and rows of raw values."""

    key: str
    headers: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: tuple[tuple, ...]

    def text_rows(self, lang: str) -> list[list[str]]:
        return [[cell_text(v, k, lang) for v, k in zip(r, self.kinds, strict=True)]
                for r in self.rows]


def _h(keys: list[str], lang: str) -> tuple[str, ...]:
    return tuple(text(f"pcol_{k}", lang) for k in keys)


def variant_label(variant: str, is_plan: bool, lang: str) -> str:
    return text("portfolio_plan_of", lang, variant=variant) if is_plan else variant


def material_name(kb: KnowledgeBase, material_id: str, lang: str) -> str:
    m = kb.materials.get(material_id)
    return m.name(lang) if m else material_id or text("portfolio_unresolved", lang)


def group_name(group: str, lang: str) -> str:
    return text(f"pfamily_{group}", lang, default=group)


def stream_label(streams: StreamMap, stream_id: str | None, lang: str) -> str:
    if stream_id is None:
        return text("portfolio_no_stream", lang)
    return streams.name(stream_id, lang) or stream_id


def products_table(result: PortfolioResult, lang: str) -> Table:
    keys = ["row", "project", "product", "variant", "after", "units", "region_share", "mass",
            "on_market", "recyclability", "mci", "virgin_avoided"]
    kinds = (NUMBER, TEXT, TEXT, TEXT, TEXT, NUMBER, SHARE, KG, TONNES, SHARE, INDEX, TONNES)
    rows = []
    for x in result.lines:
        b, a = x.before, x.after
        change = line_difference(x)
        rows.append((x.line.row, x.line.project, b.product_name,
                     variant_label(b.variant_name, b.is_plan, lang),
                     variant_label(a.variant_name, a.is_plan, lang) if a else "",
                     x.line.units_per_year, x.line.region_share, b.mass_kg,
                     x.factor * b.mass_kg, b.recyclability_rate, b.mci,
                     change["virgin_avoided"] if change else None))
    return Table("products", _h(keys, lang), kinds, tuple(rows))


def flows_table(side: Side, kb: KnowledgeBase, streams: StreamMap, lang: str) -> Table:
    keys = ["material", "group", "stream", "on_market", "virgin", "eol", *OUTCOME_KEYS,
            "kept", "also"]
    kinds = (TEXT, TEXT, TEXT, TONNES, TONNES, TONNES, *([TONNES] * len(OUTCOME_KEYS)),
             TONNES, TEXT)
    rows = tuple(
        (material_name(kb, f.material_id, lang), group_name(f.group, lang),
         stream_label(streams, f.priority_stream, lang), f.on_market, f.virgin, f.eol,
         *(getattr(f.outcomes, k) for k in OUTCOME_KEYS), f.kept_in_region,
         ", ".join(stream_label(streams, s, lang) for s in f.also_feeds))
        for f in side.flows)
    return Table("flows", _h(keys, lang), kinds, rows)


def flows_compact_table(side: Side, kb: KnowledgeBase, streams: StreamMap,
                        lang: str) -> Table:
    """The flows on a portrait page: the outcomes reused or recycled taken together."""
    keys = ["material", "stream", "on_market", "virgin", "recovered", "kept_of", "loss_short",
            "energy_short", "landfill_short"]
    kinds = (TEXT, TEXT, *([TONNES] * 7))
    rows = tuple(
        (material_name(kb, f.material_id, lang), stream_label(streams, f.priority_stream, lang),
         f.on_market, f.virgin, f.outcomes.recovered, f.kept_in_region,
         f.outcomes.process_loss, f.outcomes.energy, f.outcomes.landfill)
        for f in side.flows)
    return Table("flows_compact", _h(keys, lang), kinds, rows)


def crm_table(side: Side, lang: str) -> Table:
    keys = ["crm", "strategic", "crm_kg", "crm_recovered", "crm_share", "supplier"]
    kinds = (TEXT, TEXT, KG, KG, SHARE, TEXT)
    rows = tuple(
        (c.name(lang), text("portfolio_yes" if c.strategic else "portfolio_no", lang), c.kg,
         c.recovered, c.recovered / c.kg if c.kg > 0 else None,
         ", ".join(c.suppliers) + (f" ({fmt_percent(c.supply_share, lang)})"
                                   if c.suppliers and c.supply_share else ""))
        for c in side.crm)
    return Table("crm", _h(keys, lang), kinds, rows)


def streams_table(side: Side, streams: StreamMap, lang: str) -> Table:
    keys = ["stream", "status", "on_market", "virgin", "recyclability", "kept", "also_mass"]
    kinds = (TEXT, TEXT, TONNES, TONNES, SHARE, TONNES, TONNES)
    rows = []
    for s in side.streams:
        info = streams.streams.get(s.id or "")
        status = text(f"portfolio_status_{info.status}", lang, default=info.status) \
            if info else ""
        rows.append((stream_label(streams, s.id, lang), status, s.on_market, s.virgin,
                     s.recyclability_rate if s.eol > 0 else None, s.kept_in_region,
                     s.also_elsewhere))
    return Table("streams", _h(keys, lang), kinds, tuple(rows))


def contributors_table(result: PortfolioResult, lang: str) -> Table:
    keys = ["rank", "product", "recommendation", "virgin_avoided", "crm_gain"]
    kinds = (NUMBER, TEXT, TEXT, TONNES, KG)
    rows = tuple(
        (n, c.product, c.recommendation if c.kind == "recommendation" else
         f"{text('portfolio_kind_variant', lang)}: {c.recommendation}",
         c.virgin_avoided, c.crm_recovered)
        for n, c in enumerate(result.contributors, start=1))
    return Table("contributors", _h(keys, lang), kinds, rows)


def product_ranking_table(result: PortfolioResult, lang: str) -> Table:
    """The lines with an "after", the one that avoids most virgin material first."""
    keys = ["rank", "product", "variant", "after", "virgin_avoided", "crm_gain", "kept"]
    kinds = (NUMBER, TEXT, TEXT, TEXT, TONNES, KG, TONNES)
    rows = tuple(
        (n, x.before.product_name, variant_label(x.before.variant_name, x.before.is_plan, lang),
         variant_label(x.after.variant_name, x.after.is_plan, lang) if x.after else "",
         change["virgin_avoided"], change["crm_recovered"], change["kept_in_region"])
        for n, (x, change) in enumerate(product_ranking(list(result.lines)), start=1))
    return Table("product_ranking", _h(keys, lang), kinds, rows)


@dataclass(frozen=True)
class Figure:
    """A headline figure before, after and the difference (after None: no redesign)."""

    key: str
    label: str
    kind: str
    before: float | None
    after: float | None = None
    difference: float | None = None
    difference_kind: str = ""


def _delta_kind(kind: str) -> str:
    return {SHARE: DELTA_SHARE, INDEX: DELTA_INDEX}.get(kind, kind)


def headline(result: PortfolioResult, lang: str) -> list[Figure]:
    """The verdict's figures: the region's flows and what the redesigns change."""
    b = result.before.totals
    a = result.after.totals if result.after else None
    d = result.difference
    rows = [("on_market", TONNES, b.on_market, a.on_market if a else None, None),
            ("virgin", TONNES, b.virgin, a.virgin if a else None,
             -d.virgin_avoided if d else None),
            ("eol", TONNES, b.eol, a.eol if a else None, None),
            ("recovered", TONNES, b.outcomes.recovered, a.outcomes.recovered if a else None,
             a.outcomes.recovered - b.outcomes.recovered if a else None),
            ("kept", TONNES, b.kept_in_region, a.kept_in_region if a else None,
             d.kept_in_region if d else None),
            ("recyclability", SHARE, b.recyclability_rate, a.recyclability_rate if a else None,
             d.recyclability_rate if d else None),
            ("mci", INDEX, b.mci, a.mci if a else None, d.mci if d else None),
            ("crm", KG, b.crm_kg, a.crm_kg if a else None, None),
            ("crm_recovered", KG, b.crm_recovered, a.crm_recovered if a else None,
             d.crm_recovered if d else None)]
    return [Figure(key, text(f"pfig_{key}", lang), kind, before, after, diff,
                   _delta_kind(kind)) for key, kind, before, after, diff in rows]
