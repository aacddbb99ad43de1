"""The portfolio's figures as tables with headers in a language: what the command line,
the window, the PDF and the workbook all show, so they show the same figures.

Cells hold raw values (kilograms, shares); `cell_text` formats one the way every front
end prints it (tonnes per year for mass flows, kilograms for critical raw materials).
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.explain import country_name
from advisor.i18n import fmt_number, fmt_percent
from advisor.kb import KnowledgeBase
from advisor.messages import text
from advisor.portfolio.gains import line_difference, product_ranking
from advisor.portfolio.model import OUTCOME_KEYS, PortfolioResult, Side
from advisor.portfolio.streams import StreamMap

TEXT, TONNES, KG, SHARE, NUMBER, INDEX = "text", "t", "kg", "share", "number", "index"
# Changes, after minus before: always signed (+1,40 / −0,35 / ±0,00).
DELTA_TONNES, DELTA_KG, DELTA_SHARE, DELTA_INDEX = (
    "delta_t", "delta_kg", "delta_share", "delta_index")
MINUS = "\u2212"
# The columns of material kept in the region: left out where no processor in the region
# is known (the figure is 0 by construction, `kept_note` says why).
KEPT_COLUMNS = ("kept", "kept_of")


def _digits(v: float) -> int:
    return 2 if abs(v) < 100 else 1 if abs(v) < 10_000 else 0


def _number(v: float, digits: int, lang: str) -> str:
    """A number with a real minus sign; one that rounds to zero has none."""
    if round(v, digits) == 0:
        v = 0.0
    shown = fmt_number(abs(v), lang, digits)
    return MINUS + shown if v < 0 else shown


def signed(v: float, digits: int, lang: str) -> str:
    """A change: +1,40 / −0,35 / ±0,00."""
    shown = fmt_number(abs(v), lang, digits)
    if round(abs(v), digits) == 0:
        return "±" + shown
    return ("+" if v > 0 else MINUS) + shown


def cell_text(value: object, kind: str, lang: str) -> str:
    """One cell as every front end prints it."""
    if value is None or value == "":
        return "–" if kind != TEXT else ""
    if kind == TEXT:
        return str(value)
    v = float(value)
    if kind in (TONNES, DELTA_TONNES):
        t = v / 1000.0
        return signed(t, _digits(t), lang) if kind == DELTA_TONNES else \
            _number(t, _digits(t), lang)
    if kind in (KG, DELTA_KG):
        return signed(v, _digits(v), lang) if kind == DELTA_KG else _number(v, _digits(v), lang)
    if kind == SHARE:
        return fmt_percent(v, lang, 1)
    if kind == DELTA_SHARE:
        return signed(v * 100, 1, lang) + " " + text("unit_points", lang)
    if kind == DELTA_INDEX:
        return signed(v, 3, lang)
    if kind == INDEX:
        return fmt_number(v, lang, 3)
    return _number(v, 0 if v.is_integer() else 2, lang)


def unit_of(kind: str, lang: str) -> str:
    """The unit a headline figure of this kind is printed in ('' for rates)."""
    per_year = {TONNES: "unit_t_per_year", DELTA_TONNES: "unit_t_per_year",
                KG: "unit_kg_per_year", DELTA_KG: "unit_kg_per_year"}
    return text(per_year[kind], lang) if kind in per_year else ""


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
    columns: tuple[str, ...] = ()  # what each column is (the keys of its header)

    def text_rows(self, lang: str) -> list[list[str]]:
        return [[cell_text(v, k, lang) for v, k in zip(r, self.kinds, strict=True)]
                for r in self.rows]


def _table(key: str, keys: list[str], kinds: tuple[str, ...], rows: list[tuple] | tuple,
           lang: str, kept: bool = True) -> Table:
    """A table of the columns `keys`, without those of material kept in the region when
    `kept` is False."""
    shown = [n for n, k in enumerate(keys) if kept or k not in KEPT_COLUMNS]
    return Table(key, tuple(text(f"pcol_{keys[n]}", lang) for n in shown),
                 tuple(kinds[n] for n in shown),
                 tuple(tuple(row[n] for n in shown) for row in rows),
                 tuple(keys[n] for n in shown))


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
    kinds = (NUMBER, TEXT, TEXT, TEXT, TEXT, NUMBER, SHARE, KG, TONNES, SHARE, INDEX,
             DELTA_TONNES)
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
    return _table("products", keys, kinds, rows, lang)


def flows_table(side: Side, kb: KnowledgeBase, streams: StreamMap, lang: str,
                kept: bool = True) -> Table:
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
    return _table("flows", keys, kinds, rows, lang, kept)


def flows_compact_table(side: Side, kb: KnowledgeBase, streams: StreamMap,
                        lang: str, kept: bool = True) -> Table:
    """The flows on a portrait page: the outcomes reused or recycled taken together."""
    keys = ["material", "stream", "on_market", "virgin", "recovered", "kept_of", "loss_short",
            "energy_short", "landfill_short"]
    kinds = (TEXT, TEXT, *([TONNES] * 7))
    rows = tuple(
        (material_name(kb, f.material_id, lang), stream_label(streams, f.priority_stream, lang),
         f.on_market, f.virgin, f.outcomes.recovered, f.kept_in_region,
         f.outcomes.process_loss, f.outcomes.energy, f.outcomes.landfill)
        for f in side.flows)
    return _table("flows_compact", keys, kinds, rows, lang, kept)


def _supplier(suppliers: tuple[str, ...], share: float | None, lang: str) -> str:
    """The main supplier countries in the language, the top one's share in brackets."""
    names = ", ".join(country_name(s, lang) for s in suppliers)
    return names + (f" ({fmt_percent(share, lang)})" if suppliers and share else "")


def crm_table(side: Side, lang: str) -> Table:
    keys = ["crm", "strategic", "crm_kg", "crm_recovered", "crm_share", "supplier"]
    kinds = (TEXT, TEXT, KG, KG, SHARE, TEXT)
    rows = tuple(
        (c.name(lang), text("portfolio_yes" if c.strategic else "portfolio_no", lang), c.kg,
         c.recovered, c.recovered / c.kg if c.kg > 0 else None,
         _supplier(c.suppliers, c.supply_share, lang))
        for c in side.crm)
    return _table("crm", keys, kinds, rows, lang)


def stream_status(streams: StreamMap, stream_id: str | None, lang: str) -> str:
    """Whether the alliance names the stream, in words ('' for no stream)."""
    info = streams.streams.get(stream_id or "")
    if info is None:
        return ""
    return text(f"portfolio_status_{info.status}", lang, default=info.status)


def streams_table(side: Side, streams: StreamMap, lang: str, kept: bool = True) -> Table:
    keys = ["stream", "status", "on_market", "virgin", "recyclability", "kept", "also_mass"]
    kinds = (TEXT, TEXT, TONNES, TONNES, SHARE, TONNES, TONNES)
    rows = [(stream_label(streams, s.id, lang), stream_status(streams, s.id, lang),
             s.on_market, s.virgin, s.recyclability_rate if s.eol > 0 else None,
             s.kept_in_region, s.also_elsewhere) for s in side.streams]
    return _table("streams", keys, kinds, rows, lang, kept)


def counted_elsewhere(side: Side) -> dict[str | None, dict[str | None, float]]:
    """Per priority stream, the mass that matches it too, by the stream it is counted in
    (kg a year; streams with none are left out)."""
    out: dict[str | None, dict[str | None, float]] = {}
    for f in side.flows:
        for other in f.also_feeds:
            where = out.setdefault(other, {})
            where[f.priority_stream] = where.get(f.priority_stream, 0.0) + f.on_market
    return out


def elsewhere_notes(side: Side, streams: StreamMap, lang: str) -> list[str]:
    """One sentence per priority stream whose matching mass is counted in another: how
    much and where, the largest first (what 'counted in another stream' holds)."""
    found = counted_elsewhere(side)
    out = []
    for s in side.streams:
        where = found.get(s.id)
        if not where or s.id is None:
            continue
        ranked = sorted(where.items(), key=lambda p: -p[1])
        places = [f"{stream_label(streams, w, lang)} ({cell_text(kg, TONNES, lang)} "
                  f"{text('unit_t_per_year', lang)})" for w, kg in ranked]
        out.append(text("portfolio_counted_elsewhere", lang, stream=stream_label(
            streams, s.id, lang), mass=cell_text(sum(where.values()), TONNES, lang),
            places=_joined(places, lang)))
    return out


def _joined(items: list[str], lang: str) -> str:
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {text('portfolio_and', lang)} " + items[-1]


def contributors_table(result: PortfolioResult, lang: str) -> Table:
    keys = ["rank", "product", "recommendation", "virgin_avoided", "crm_gain",
            "recovered_gain"]
    kinds = (NUMBER, TEXT, TEXT, DELTA_TONNES, DELTA_KG, DELTA_TONNES)
    rows = tuple(
        (n, c.product, c.recommendation if c.kind == "recommendation" else
         f"{text('portfolio_kind_variant', lang)}: {c.recommendation}",
         c.virgin_avoided, c.crm_recovered, c.recovered)
        for n, c in enumerate(result.contributors, start=1))
    return _table("contributors", keys, kinds, rows, lang)


def product_ranking_table(result: PortfolioResult, lang: str) -> Table:
    """The lines with an "after", the one that avoids most virgin material first."""
    keys = ["rank", "product", "variant", "after", "virgin_avoided", "crm_gain",
            "recovered_gain", "recyclability_gain", "kept"]
    kinds = (NUMBER, TEXT, TEXT, TEXT, DELTA_TONNES, DELTA_KG, DELTA_TONNES, DELTA_SHARE,
             DELTA_TONNES)
    rows = tuple(
        (n, x.before.product_name, variant_label(x.before.variant_name, x.before.is_plan, lang),
         variant_label(x.after.variant_name, x.after.is_plan, lang) if x.after else "",
         change["virgin_avoided"], change["crm_recovered"], change["recovered"],
         change["recyclability"], change["kept_in_region"])
        for n, (x, change) in enumerate(product_ranking(list(result.lines)), start=1))
    return _table("product_ranking", keys, kinds, rows, lang, result.regional_processors)


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
    return {SHARE: DELTA_SHARE, INDEX: DELTA_INDEX, TONNES: DELTA_TONNES,
            KG: DELTA_KG}.get(kind, kind)


def _change(before: float, after: float | None) -> float | None:
    return None if after is None else after - before


def headline(result: PortfolioResult, lang: str) -> list[Figure]:
    """The verdict's figures: the region's flows and what the redesigns change (after
    minus before). The material kept in the region is left out where no processor in
    the region is known (`kept_note`); the critical raw materials recovered in addition
    are counted like for like (`Difference.crm_recovered`)."""
    b = result.before.totals
    a = result.after.totals if result.after else None
    d = result.difference

    def pair(name: str) -> tuple[float, float | None]:
        return getattr(b, name), getattr(a, name) if a else None

    rows = [("on_market", TONNES, *pair("on_market")), ("virgin", TONNES, *pair("virgin")),
            ("eol", TONNES, *pair("eol")),
            ("recovered", TONNES, b.outcomes.recovered, a.outcomes.recovered if a else None),
            ("kept", TONNES, *pair("kept_in_region")),
            ("recyclability", SHARE, *pair("recyclability_rate")), ("mci", INDEX, *pair("mci")),
            ("crm", KG, *pair("crm_kg")), ("crm_recovered", KG, *pair("crm_recovered"))]
    # The recovered critical raw materials' plain difference is no gain where the content
    # changes too: the like-for-like gain has its own row.
    out = [Figure(key, text(f"pfig_{key}", lang), kind, before, after,
                  None if key == "crm_recovered" else _change(before, after),
                  _delta_kind(kind))
           for key, kind, before, after in rows]
    if not result.regional_processors:
        out = [f for f in out if f.key != "kept"]
    if d is not None:
        out.append(Figure("crm_gain", text("pfig_crm_gain", lang), KG, None, None,
                          d.crm_recovered, DELTA_KG))
    return out


def kept_note(result: PortfolioResult, lang: str) -> str:
    """Why the material kept in the region has no figure ('' where it has one)."""
    if result.regional_processors:
        return ""
    return text("portfolio_no_regional_processor", lang,
                region=text(f"report_region_{result.region}", lang))


def headline_notes(result: PortfolioResult, lang: str) -> list[str]:
    """The sentences under the headline figures: how changes are signed (where there is
    an "after") and why the material kept in the region is not shown (where it is not)."""
    notes = [text("passume_signs", lang)] if result.after is not None else []
    return notes + [n for n in (kept_note(result, lang),) if n]
