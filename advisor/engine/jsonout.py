"""The public JSON of an assessment (schema `cirkelwijzer.assessment/1`, see CLI.md).

Extra fields beyond CLI.md are allowed by the contract and added where a consumer needs
them (MCI terms, CRM detail, reuse share, rule ids, changes); none is renamed.
"""

from __future__ import annotations

import json
import math

from advisor import explain
from advisor.model import (
    Assessment,
    ComponentResult,
    Finding,
    Gain,
    Metrics,
    Recommendation,
    TargetCheck,
)

SCHEMA = "cirkelwijzer.assessment/1"
# Route qualities as CLI.md names them (the ladder's own words).
JSON_QUALITY: dict[str, str] = {}
# Figures whose method is only indicative or estimated (labelled as such in the output).
INDICATIVE = ("circular_inflow", "circular_outflow")
ESTIMATED = ("disassembly_time_s",)


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def metrics_to_json(m: Metrics, lang: str = "en") -> dict:
    """The metrics block: CLI.md's fields first, then the terms behind them."""
    return {
        "total_mass_kg": _num(m.total_mass_kg),
        "recyclability_rate": _num(m.recyclability_rate),
        "recyclable_material_share": _num(m.recyclable_material_share),
        "recoverability_rate": _num(m.recoverability_rate),
        "reuse_rate": _num(m.reuse_rate),
        "process_loss_rate": _num(m.process_loss_rate),
        "landfill_rate": _num(m.landfill_rate),
        "processed_in_region_share": _num(m.processed_in_region_share),
        "processed_in_nl_share": _num(m.processed_in_nl_share),
        "processed_abroad_share": _num(m.processed_abroad_share),
        "mci": _num(m.mci), "lfi": _num(m.lfi), "utility_x": _num(m.utility_x),
        "circular_inflow": _num(m.circular_inflow),
        "circular_outflow": _num(m.circular_outflow),
        "crm_mass_kg": _num(m.crm_mass_kg), "crm_materials": list(m.crm_materials),
        "disassembly_time_s": _num(m.disassembly_time_s),
        "embodied_carbon_kg": _num(m.embodied_carbon_kg),
        "unresolved_mass_kg": _num(m.unresolved_mass_kg),
        "energy_recovery_rate": _num(m.energy_recovery_rate),
        "mci_terms": {"V_kg": _num(m.v_kg), "W0_kg": _num(m.w0_kg), "W_C_kg": _num(m.wc_kg),
                      "W_F_kg": _num(m.wf_kg), "W_kg": _num(m.w_kg)},
        "crm_recovered_kg": _num(m.crm_recovered_kg),
        "crm": [{"id": c.id, "name": c.name_nl if lang == "nl" else c.name_en,
                 "mass_kg": _num(c.mass_kg), "recovered_kg": _num(c.recovered_kg),
                 "strategic": c.strategic, "top_supplier": c.top_supplier,
                 "supply_share": _num(c.supply_share)} for c in m.crm],
        "disassembly_tools": list(m.disassembly_tools),
        "carbon_saved_kg": _num(m.carbon_saved_kg),
        "carbon_unknown_mass_kg": _num(m.carbon_unknown_mass_kg),
        "indicative": list(INDICATIVE), "estimated": list(ESTIMATED),
    }


def component_to_json(r: ComponentResult, lang: str = "en",
                      texts: dict[int, str] | None = None) -> dict:
    """One row's record. `texts` remembers sentences by the issue or reason object they
    were made from, for the length of one document: parts with the same material, joint
    and group share those objects, and formatting is most of the cost."""
    texts = {} if texts is None else texts

    def said(item, make) -> str:
        found = texts.get(id(item))
        if found is None:
            found = texts[id(item)] = make(item, lang)
        return found

    i = r.mci_inputs
    return {
        "row": r.row, "id": r.id, "parent": r.parent, "name": r.name,
        "is_assembly": r.is_assembly, "material_input": r.material_input,
        "material_id": r.material_id, "match_confidence": _num(r.match_confidence),
        "mass_kg": _num(r.mass_kg), "quantity": _num(r.quantity),
        "total_mass_kg": _num(r.total_mass_kg), "own_mass_kg": _num(r.own_mass_kg),
        "joint": r.joint, "attached_to": r.attached_to, "liberated": r.liberated,
        "route": {"code": r.route_code, "name": explain.route_name(r.route_code, lang),
                  "quality": JSON_QUALITY.get(r.route_quality, r.route_quality),
                  "ladder_quality": r.route_quality, "processed_in": r.processed_in,
                  "chain": r.chain},
        "blocked_routes": [
            {"code": b.code, "quality": b.quality,
             "reasons": [said(x, explain.reason_text) for x in b.reasons],
             "reason_codes": [x.code for x in b.reasons]} for b in r.blocked_routes],
        "recycling_yield": _num(r.recycling_yield),
        "energy_recovery_share": _num(r.energy_recovery_share),
        "reuse_share": _num(r.reuse_share),
        "process_loss_share": _num(r.process_loss_share),
        "landfill_share": _num(r.landfill_share),
        "recyclable_share": _num(r.recyclable_share),
        "flows": [{"material_id": f.material_id or None, "share": _num(f.share),
                   "reuse": _num(f.reuse), "recycled": _num(f.recycled),
                   "process_loss": _num(f.process_loss), "energy": _num(f.energy),
                   "landfill": _num(f.landfill), "processed_in": f.processed_in or None}
                  for f in r.flows],
        "mci_inputs": {"F_R": _num(i.F_R), "F_U": _num(i.F_U), "C_R": _num(i.C_R),
                       "C_U": _num(i.C_U), "E_C": _num(i.E_C), "E_F": _num(i.E_F)},
        "issues": [{"code": x.code, "category": x.category,
                    "message": said(x, explain.issue_text),
                    "params": _params(x.params)} for x in r.issues],
        "needs_removal": r.needs_removal, "finish": r.finish,
    }


def recommendation_to_json(rec: Recommendation, lang: str = "en") -> dict:
    text = explain.recommendation_text(rec, lang)
    return {
        "id": rec.id, "category": rec.category, "rows": list(rec.rows),
        "title": text.title, "action": text.action, "why": text.why,
        "gain": gain_to_json(rec.gain),
        "gain_note": explain.gain_note_text(rec, lang),
        "gain_note_code": rec.gain_note.code if rec.gain_note else None,
        "legal": rec.legal, "effort": rec.effort, "edits": rec.edits,
        "priority": rec.priority, "rule_id": rec.rule_id,
        "component_ids": list(rec.component_ids),
        "changes": [{"component_id": c.component_id, "field": c.field, "value": c.value}
                    for c in rec.changes],
    }


def assessment_to_json(a: Assessment, lang: str = "en") -> dict:
    """The whole assessment as CLI.md's JSON document."""
    texts: dict[int, str] = {}  # by id: every issue and reason stays alive in `a` meanwhile
    return {
        "schema": SCHEMA,
        "product": {"name": a.product_name, "variant": a.variant_name},
        "kb_version": a.kb_version,
        "region": a.region, "lang": lang,
        "metrics": metrics_to_json(a.metrics, lang) | {
            "product_route": product_route_to_json(a, lang)},
        "settings": settings_to_json(a),
        "assumptions": [finding_to_json(f, lang) for f in a.assumptions],
        "targets": [target_to_json(t, lang) for t in a.targets],
        "components": [component_to_json(r, lang, texts) for r in a.components],
        "recommendations": [recommendation_to_json(r, lang) for r in a.recommendations],
        "data_gaps": [data_gap_to_json(f, lang) for f in a.data_gaps],
        "plan": plan_to_json(a, lang),
    }


def settings_to_json(a: Assessment) -> dict:
    return {"region": a.region, "processed_within": a.processed_within, "stream": a.stream,
            "stream_guessed": a.stream_guessed, "lifetime_years": _num(a.lifetime_years),
            "industry_lifetime_years": _num(a.industry_lifetime_years),
            "use_intensity": _num(a.use_intensity)}


def finding_to_json(f: Finding, lang: str = "en") -> dict:
    return {"code": f.code, "message": explain.finding_text(f, lang), "rows": list(f.rows)}


def target_to_json(t: TargetCheck, lang: str = "en") -> dict:
    return {"id": t.id, "name": t.name_nl if lang == "nl" else t.name_en, "figure": t.figure,
            "target": _num(t.target), "value": _num(t.value), "met": t.met,
            "source": t.source}


def product_route_to_json(a: Assessment, lang: str = "en") -> dict | None:
    """The whole product's route through a channel that takes it (refurbishers,
    second-hand trade), or why none does."""
    p = a.product_route
    if p is None:
        return None
    return {"code": p.code or None,
            "channel": (p.channel_nl if lang == "nl" else p.channel_en) or None,
            "processed_in": p.processed_in or None, "source": p.source,
            "blocked": [{"code": b.code, "reasons": [explain.reason_text(x, lang)
                                                     for x in b.reasons]}
                        for b in p.blocked]}


def plan_to_json(a: Assessment, lang: str = "en") -> dict | None:
    """The redesign plan: all recommended changes applied together, its gain over the
    baseline, and its cumulative stages."""
    if a.plan is None:
        return None
    return {"metrics": metrics_to_json(a.plan.metrics, lang), "gain": gain_to_json(a.plan.gain),
            "stages": [{"effort": s.effort, "recommendations": list(s.recommendation_ids),
                        "gain": gain_to_json(s.gain)} for s in a.plan.stages]}


def data_gap_to_json(f: Finding, lang: str = "en") -> dict:
    """A data gap: the advice's sentence for it where it has one (CLI.md `data_gaps`)."""
    return {"code": f.code, "message": explain.data_gap_text(f, lang), "rows": list(f.rows)}


def gain_to_json(g: Gain) -> dict:
    return {"recyclability_rate": _num(g.recyclability_rate), "mci": _num(g.mci),
            "disassembly_time_s": _num(g.disassembly_time_s),
            "recyclable_material_share": _num(g.recyclable_material_share),
            "recoverability_rate": _num(g.recoverability_rate),
            "reuse_rate": _num(g.reuse_rate), "crm_recovered_kg": _num(g.crm_recovered_kg),
            "embodied_carbon_kg": _num(g.embodied_carbon_kg)}


def write_json(doc: dict, out, indent: int | None = None) -> None:
    """Write a JSON document as `json.dumps(doc, ensure_ascii=False, indent=indent)` would,
    compact (",", ":") when `indent` is None. Compact output goes through the C encoder in
    pieces of `CHUNK` list items: one string of 20,000 components would take ~75 MB, and
    `json.dump` would use the pure-Python encoder (five times slower)."""
    if indent is not None:
        out.write(json.dumps(doc, ensure_ascii=False, indent=indent))
        return

    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    out.write("{")
    for n, (key, value) in enumerate(doc.items()):
        out.write(("," if n else "") + dumps(key) + ":")
        if not isinstance(value, list) or len(value) <= CHUNK:
            out.write(dumps(value))
            continue
        out.write("[")
        for start in range(0, len(value), CHUNK):
            out.write(("," if start else "") + dumps(value[start:start + CHUNK])[1:-1])
        out.write("]")
    out.write("}")


# List items per piece in `write_json`.
CHUNK = 500


def _params(params: dict) -> dict:
    """An issue's parameters as JSON values (ids and names; pairs as lists)."""
    out: dict = {}
    for key, value in params.items():
        if isinstance(value, (tuple, list)):
            out[key] = [list(v) if isinstance(v, (tuple, list)) else v for v in value]
        elif isinstance(value, (str, bool, int, float)) or value is None:
            out[key] = value
        else:
            out[key] = str(value)
    return out
