"""The public JSON of a portfolio (schema `cirkelwijzer.portfolio/1`, see CLI.md).

Fields beyond CLI.md are added where a consumer needs them (material names, what each
figure rests on, the priority streams, each line's own change); none is renamed. Masses
are kilograms per year, as the field names say.
"""

from __future__ import annotations

import json
import math
from typing import TextIO

from advisor.kb import KnowledgeBase
from advisor.messages import text
from advisor.portfolio.gains import line_difference
from advisor.portfolio.model import (
    CrmFlow,
    Flow,
    LineFigures,
    Outcomes,
    PortfolioResult,
    Side,
    StreamTotal,
    Totals,
)
from advisor.portfolio.streams import StreamMap
from advisor.portfolio.tables import kept_note, material_name, variant_label

SCHEMA = "cirkelwijzer.portfolio/1"
# Which figures each assumption carries (the codes of `passume_*` sentences).
ASSUMPTIONS = {
    "volume": ["on_market_kg_per_year", "virgin_kg_per_year", "eol_kg_per_year"],
    "steady_state": ["eol_kg_per_year", "outcome_kg_per_year", "after"],
    "settings": ["outcome_kg_per_year", "kept_in_region_kg_per_year", "recyclability_rate"],
    "virgin": ["virgin_kg_per_year", "mci"],
    "weighted": ["recyclability_rate", "mci"],
    "streams": ["priority_stream", "priority_streams"],
    "plan": ["after", "contributors"],
    "crm": ["crm"],
    "crm_gain": ["difference", "contributors"],
    "signs": ["difference", "contributors"],
}


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _outcomes(o: Outcomes) -> dict[str, float | None]:
    return {k: _num(v) for k, v in o.as_dict().items()}


def flow_to_json(f: Flow, kb: KnowledgeBase, lang: str) -> dict:
    return {"material_id": f.material_id, "group": f.group,
            "priority_stream": f.priority_stream,
            "on_market_kg_per_year": _num(f.on_market), "virgin_kg_per_year": _num(f.virgin),
            "eol_kg_per_year": _num(f.eol), "outcome_kg_per_year": _outcomes(f.outcomes),
            "material": material_name(kb, f.material_id, lang),
            "kept_in_region_kg_per_year": _num(f.kept_in_region),
            "also_feeds": list(f.also_feeds)}


def crm_to_json(c: CrmFlow, lang: str) -> dict:
    return {"crm": c.crm_id, "kg_per_year": _num(c.kg),
            "recovered_kg_per_year": _num(c.recovered), "main_suppliers": list(c.suppliers),
            "name": c.name(lang), "strategic": c.strategic,
            "top_supplier_share": _num(c.supply_share)}


def totals_to_json(t: Totals) -> dict:
    return {"on_market_kg_per_year": _num(t.on_market), "virgin_kg_per_year": _num(t.virgin),
            "eol_kg_per_year": _num(t.eol), "outcome_kg_per_year": _outcomes(t.outcomes),
            "crm_kg_per_year": _num(t.crm_kg),
            "crm_recovered_kg_per_year": _num(t.crm_recovered),
            "kept_in_region_kg_per_year": _num(t.kept_in_region),
            "recyclability_rate": _num(t.recyclability_rate), "mci": _num(t.mci),
            "in_use_stock_kg": _num(t.in_use_stock)}


def stream_to_json(s: StreamTotal, streams: StreamMap, lang: str) -> dict:
    info = streams.streams.get(s.id or "")
    return {"id": s.id, "name": streams.name(s.id, lang) or None,
            "status": info.status if info else None,
            "on_market_kg_per_year": _num(s.on_market), "virgin_kg_per_year": _num(s.virgin),
            "eol_kg_per_year": _num(s.eol), "outcome_kg_per_year": _outcomes(s.outcomes),
            "kept_in_region_kg_per_year": _num(s.kept_in_region),
            "recyclability_rate": _num(s.recyclability_rate),
            "also_in_other_streams_kg_per_year": _num(s.also_elsewhere)}


def side_to_json(side: Side, kb: KnowledgeBase, streams: StreamMap, lang: str) -> dict:
    return {"flows": [flow_to_json(f, kb, lang) for f in side.flows],
            "crm": [crm_to_json(c, lang) for c in side.crm],
            "totals": totals_to_json(side.totals),
            "priority_streams": [stream_to_json(s, streams, lang) for s in side.streams]}


def product_to_json(x: LineFigures, lang: str) -> dict:
    b, a = x.before, x.after
    change = line_difference(x)
    return {"row": x.line.row, "project": x.line.project, "product": b.product_name,
            "variant": variant_label(b.variant_name, b.is_plan, lang),
            "units_per_year": _num(x.line.units_per_year),
            "region_share": _num(x.line.region_share), "mass_kg": _num(b.mass_kg),
            "metrics": b.metrics,
            "settings": {"region": b.region, "processed_within": b.processed_within,
                         "stream": b.stream, "stream_guessed": b.stream_guessed,
                         "lifetime_years": _num(b.lifetime_years)},
            "on_market_kg_per_year": _num(x.factor * b.mass_kg),
            "after": None if a is None else {
                "variant": variant_label(a.variant_name, a.is_plan, lang),
                "mass_kg": _num(a.mass_kg), "metrics": a.metrics,
                "virgin_avoided_kg_per_year": _num(change["virgin_avoided"]),
                "crm_recovered_kg_per_year": _num(change["crm_recovered"]),
                "kept_in_region_kg_per_year": _num(change["kept_in_region"]),
                "reused_or_recycled_kg_per_year": _num(change["recovered"])}}


def _compact(doc: dict, raw: dict[str, str]) -> str:
    """`doc` as compact JSON with the members of `raw` (already JSON text) appended."""
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    tail = "".join(f",{json.dumps(k)}:{v}" for k, v in raw.items())
    return text[:-1] + tail + "}" if text != "{}" else "{" + tail[1:] + "}"


def product_json_text(x: LineFigures, lang: str) -> str:
    """`product_to_json` as compact text, the metrics written as the cache keeps them
    (already JSON: a large portfolio's output would otherwise parse and re-encode them)."""
    doc = product_to_json(x, lang)
    del doc["metrics"]
    after = doc.pop("after")
    raw = {"metrics": x.before.metrics_json}
    if after is not None and x.after is not None:
        del after["metrics"]
        raw["after"] = _compact(after, {"metrics": x.after.metrics_json})
    else:
        raw["after"] = "null"
    return _compact(doc, raw)


def _assumptions(result: PortfolioResult, lang: str) -> list[dict]:
    """What each figure rests on; where the knowledge base names no processor in the
    region, also why the material kept in the region is 0."""
    unknown = sum(1 for x in result.lines if not x.before.lifetime_years)
    out = [{"code": code, "figures": figures,
            "message": text(f"passume_{code}", lang, unknown=unknown,
                            lines=len(result.lines))}
           for code, figures in ASSUMPTIONS.items()]
    if not result.regional_processors:
        out.append({"code": "no_regional_processor",
                    "figures": ["kept_in_region_kg_per_year"],
                    "message": kept_note(result, lang)})
    return out


def portfolio_to_json(result: PortfolioResult, kb: KnowledgeBase, lang: str = "en",
                      products: bool = True) -> dict:
    """The whole document (`products=False`: its products list left empty, for
    `write_portfolio_json` to stream)."""
    streams = StreamMap(kb)
    before = side_to_json(result.before, kb, streams, lang)
    d = result.difference
    return {
        "schema": SCHEMA, "kb_version": result.kb_version, "region": result.region,
        "lang": lang, "regional_processors": result.regional_processors,
        "products": [product_to_json(x, lang) for x in result.lines] if products else [],
        "flows": before["flows"], "crm": before["crm"], "totals": before["totals"],
        "after": side_to_json(result.after, kb, streams, lang) if result.after else None,
        "contributors": [
            {"product": c.product, "recommendation": c.recommendation,
             "virgin_avoided_kg_per_year": _num(c.virgin_avoided),
             "crm_recovered_kg_per_year": _num(c.crm_recovered),
             "reused_or_recycled_kg_per_year": _num(c.recovered), "row": c.row,
             "kind": c.kind, "rank": n}
            for n, c in enumerate(result.contributors, start=1)],
        "priority_streams": before["priority_streams"],
        "difference": None if d is None else {
            "virgin_avoided_kg_per_year": _num(d.virgin_avoided),
            "crm_recovered_kg_per_year": _num(d.crm_recovered),
            "kept_in_region_kg_per_year": _num(d.kept_in_region),
            "recyclability_rate": _num(d.recyclability_rate), "mci": _num(d.mci)},
        "assumptions": _assumptions(result, lang),
        "run": {"evaluated": result.evaluated, "from_cache": result.cached},
    }


# Up to this many lines the JSON is indented (readable); above it compact, its products
# written in pieces so that 50,000 products never sit in memory as one document.
INDENT_MAX_LINES = 2_000
PIECE = 500


def write_portfolio_json(result: PortfolioResult, kb: KnowledgeBase, lang: str,
                         out: TextIO) -> None:
    """Write the document to a text stream."""
    if len(result.lines) <= INDENT_MAX_LINES:
        out.write(json.dumps(portfolio_to_json(result, kb, lang), ensure_ascii=False,
                             indent=2))
        return
    doc = portfolio_to_json(result, kb, lang, products=False)
    out.write("{")
    for n, (key, value) in enumerate(doc.items()):
        out.write(("," if n else "") + json.dumps(key) + ":")
        if key != "products":
            out.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
            continue
        out.write("[")
        for start in range(0, len(result.lines), PIECE):
            piece = [product_json_text(x, lang) for x in result.lines[start:start + PIECE]]
            out.write(("," if start else "") + ",".join(piece))
        out.write("]")
    out.write("}")
