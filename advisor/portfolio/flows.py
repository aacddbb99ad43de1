"""The region's flows per year: each line's figures per kilogram times its product's mass,
its units per year and its region share, added up per material and priority stream.

What carries each figure (CLI.md, issue 19): the mass put on the market is units x region
share x product mass; the end-of-life outflow is the same mass in a steady state (as much
reaches end of life each year as is put on the market, one lifetime later); the outcomes
are the product's end-of-life figures under its project's settings; the virgin material
is mass x (1 - recycled content - reused content) per part.
"""

from __future__ import annotations

from collections.abc import Iterable

from advisor.kb import KnowledgeBase
from advisor.portfolio.model import (
    DEFAULT_PLACE,
    OUTCOME_KEYS,
    RECYCLED_BY_PLACE,
    VALUES_PER_MATERIAL,
    CrmFlow,
    Flow,
    LineFigures,
    Outcomes,
    ProductFigures,
    Side,
    StreamTotal,
    Totals,
)
from advisor.portfolio.streams import StreamMap

UNRESOLVED_GROUP = "unresolved"
# Index of each summed value in an accumulator list.
ON_MARKET, VIRGIN, KEPT = 0, 1, 2
FIRST_OUTCOME = 3
WIDTH = FIRST_OUTCOME + len(OUTCOME_KEYS)
ALSO = WIDTH  # in a stream's accumulator: mass that matches it but went to another


def _outcome_index(key: str) -> int:
    return FIRST_OUTCOME + OUTCOME_KEYS.index(key)


REUSE = _outcome_index("reuse")
PLACE_INDEX = {place: _outcome_index(key) for place, key in RECYCLED_BY_PLACE.items()}
LOSS, ENERGY, LANDFILL = (_outcome_index(k) for k in ("process_loss", "energy", "landfill"))


def _outcomes(acc: list[float]) -> Outcomes:
    return Outcomes(*acc[FIRST_OUTCOME:WIDTH])


def chosen(line: LineFigures, after: bool) -> ProductFigures:
    """The figures a side uses for a line: its "after" where it has one."""
    return line.after if after and line.after is not None else line.before


def yearly_mass(line: LineFigures, figures: ProductFigures) -> float:
    """Kilograms of this product used in the region per year."""
    return line.factor * figures.mass_kg


def _add_materials(acc: dict, figures: ProductFigures, mass: float,
                   streams: StreamMap) -> None:
    """Add a product's materials times `mass` (kg a year; negative takes them out)."""
    match, product_stream = streams.match, figures.stream
    default = PLACE_INDEX[DEFAULT_PLACE]
    values_of, n = figures.values, VALUES_PER_MATERIAL
    for i, (mid, place) in enumerate(zip(figures.material_ids, figures.places, strict=True)):
        share, reuse, recycled, loss, energy, landfill, virgin = values_of[i * n:(i + 1) * n]
        stream, also = match(product_stream, mid)
        key = (mid, stream)
        entry = acc.get(key)
        if entry is None:
            entry = acc[key] = [[0.0] * WIDTH, set()]
        values = entry[0]
        values[ON_MARKET] += mass * share
        values[VIRGIN] += mass * virgin
        values[REUSE] += mass * reuse
        values[PLACE_INDEX.get(place, default)] += mass * recycled
        values[LOSS] += mass * loss
        values[ENERGY] += mass * energy
        values[LANDFILL] += mass * landfill
        if place == "region":
            values[KEPT] += mass * (reuse + recycled)
        if also:
            entry[1].update(also)


def _flows(acc: dict, kb: KnowledgeBase) -> tuple[Flow, ...]:
    out = []
    for (mid, stream), (v, also) in acc.items():
        material = kb.materials.get(mid)
        out.append(Flow(mid, material.family if material else UNRESOLVED_GROUP, stream,
                        on_market=v[ON_MARKET], virgin=v[VIRGIN], eol=v[ON_MARKET],
                        outcomes=_outcomes(v), kept_in_region=v[KEPT],
                        also_feeds=tuple(sorted(also))))
    return tuple(sorted(out, key=lambda f: (-f.on_market, f.material_id, f.priority_stream or "")))


def _crm(lines: Iterable[LineFigures], after: bool, kb: KnowledgeBase) -> tuple[CrmFlow, ...]:
    acc: dict[str, list[float]] = {}
    for line in lines:
        figures = chosen(line, after)
        mass = yearly_mass(line, figures)
        for c in figures.crm:
            entry = acc.setdefault(c.crm_id, [0.0, 0.0])
            entry[0] += mass * c.kg
            entry[1] += mass * c.recovered
    info = {r["id"]: r for r in kb.rows("crm")}
    out = []
    for crm_id, (kg, recovered) in acc.items():
        r = info.get(crm_id, {})
        share = r.get("supply_share", "")
        out.append(CrmFlow(crm_id, r.get("name_en", crm_id), r.get("name_nl", crm_id), kg,
                           min(max(recovered, 0.0), kg), r.get("strategic", "") == "1",
                           tuple(s for s in [r.get("top_supplier", "")] if s),
                           float(share) if share else None))
    return tuple(sorted(out, key=lambda c: (-c.kg, c.crm_id)))


def _stream_totals(flows: tuple[Flow, ...], order: list[str]) -> tuple[StreamTotal, ...]:
    acc: dict[str | None, list[float]] = {}
    for f in flows:
        v = acc.setdefault(f.priority_stream, [0.0] * (WIDTH + 1))
        v[ON_MARKET] += f.on_market
        v[VIRGIN] += f.virgin
        v[KEPT] += f.kept_in_region
        for n, key in enumerate(OUTCOME_KEYS):
            v[FIRST_OUTCOME + n] += getattr(f.outcomes, key)
        for other in f.also_feeds:
            acc.setdefault(other, [0.0] * (WIDTH + 1))[ALSO] += f.on_market
    ranked = [s for s in order if s in acc] + ([None] if None in acc else [])
    return tuple(StreamTotal(s, acc[s][ON_MARKET], acc[s][VIRGIN], acc[s][ON_MARKET],
                             _outcomes(acc[s]), acc[s][KEPT], acc[s][ALSO]) for s in ranked)


def _totals(lines: list[LineFigures], after: bool, flows: tuple[Flow, ...],
            crm: tuple[CrmFlow, ...]) -> Totals:
    outcomes = [sum(getattr(f.outcomes, k) for f in flows) for k in OUTCOME_KEYS]
    on_market = sum(f.on_market for f in flows)
    weighted = mass = 0.0
    stock: float | None = 0.0
    for line in lines:
        figures = chosen(line, after)
        m = yearly_mass(line, figures)
        weighted += m * figures.mci
        mass += m
        if stock is not None and figures.lifetime_years:
            stock += m * figures.lifetime_years
        elif m > 0:
            stock = None  # one lifetime unknown: no stock for the portfolio
    result = Outcomes(*outcomes)
    return Totals(on_market=on_market, virgin=sum(f.virgin for f in flows), eol=on_market,
                  outcomes=result, kept_in_region=sum(f.kept_in_region for f in flows),
                  crm_kg=sum(c.kg for c in crm), crm_recovered=sum(c.recovered for c in crm),
                  recyclability_rate=result.recovered / on_market if on_market > 0 else 0.0,
                  mci=weighted / mass if mass > 0 else 0.0, in_use_stock=stock)


def _accumulate(lines: list[LineFigures], streams: StreamMap) -> dict:
    acc: dict = {}
    for line in lines:
        _add_materials(acc, line.before, yearly_mass(line, line.before), streams)
    return acc


def _with_redesigns(before: dict, lines: list[LineFigures], streams: StreamMap) -> dict:
    """The "after" sums: the "before" sums with each redesigned line's figures swapped
    (a portfolio where few lines name a redesign costs little more than one side)."""
    acc = {key: [list(values), set(also)] for key, (values, also) in before.items()}
    for line in lines:
        if line.after is not None:
            _add_materials(acc, line.before, -yearly_mass(line, line.before), streams)
            _add_materials(acc, line.after, yearly_mass(line, line.after), streams)
    total = sum(v[ON_MARKET] for v, _also in acc.values())
    # What only the replaced figures held is left as rounding: no row for it.
    noise = 1e-12 * max(total, 1.0)
    return {key: entry for key, entry in acc.items()
            if any(abs(x) > noise for x in entry[0])}


def sides(lines: list[LineFigures], kb: KnowledgeBase, streams: StreamMap,
          ) -> tuple[Side, Side | None]:
    """The region's flows with every line's variant, and with its redesign where any
    line names one."""
    before = _accumulate(lines, streams)
    out = [_side(before, lines, False, kb, streams)]
    if any(x.after is not None for x in lines):
        out.append(_side(_with_redesigns(before, lines, streams), lines, True, kb, streams))
    return out[0], out[1] if len(out) > 1 else None


def _side(acc: dict, lines: list[LineFigures], after: bool, kb: KnowledgeBase,
          streams: StreamMap) -> Side:
    flows = _flows(acc, kb)
    crm = _crm(lines, after, kb)
    return Side(flows, crm, _totals(lines, after, flows, crm),
                _stream_totals(flows, streams.order()))


def side(lines: list[LineFigures], kb: KnowledgeBase, streams: StreamMap,
         after: bool = False) -> Side:
    """The region's flows with every line's variant (or, `after`, its redesign)."""
    before, redesigned = sides(lines, kb, streams)
    return redesigned if after and redesigned is not None else before
