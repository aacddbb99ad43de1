"""The `evaluate --json` document (schema cirkelwijzer.assessment/1) for the export.

The engine owns that document (`advisor.engine.assessment_to_json`); this module uses
it when present and otherwise builds the same shape from the `Assessment` itself, so
an export never depends on which colleague's module landed first.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import math

from advisor.messages import text
from advisor.model import Assessment, ComponentResult, Recommendation, Variant

SCHEMA = "cirkelwijzer.assessment/1"
CLI_METRICS = ("total_mass_kg", "recyclability_rate", "recoverability_rate", "reuse_rate",
               "mci", "lfi", "utility_x", "circular_inflow", "circular_outflow",
               "crm_mass_kg", "crm_materials", "disassembly_time_s", "embodied_carbon_kg",
               "unresolved_mass_kg")


def _engine_json():
    """The engine's serialiser, if the engine provides one."""
    try:
        module = importlib.import_module("advisor.engine")
    except ImportError:
        return None
    return getattr(module, "assessment_to_json", None)


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    return float(value) if math.isfinite(value) else None


def _component(r: ComponentResult, lang: str, route_name) -> dict:
    return {
        "row": r.row, "id": r.id, "parent": r.parent, "name": r.name,
        "is_assembly": r.is_assembly, "material_input": r.material_input,
        "material_id": r.material_id, "match_confidence": _num(r.match_confidence),
        "mass_kg": _num(r.mass_kg), "quantity": _num(r.quantity),
        "total_mass_kg": _num(r.total_mass_kg), "joint": r.joint, "liberated": r.liberated,
        "route": {"code": r.route_code, "name": route_name(r.route_code),
                  "quality": r.route_quality},
        "blocked_routes": [{"code": b.code, "reasons": [text(x.code, lang, **x.params)
                                                        for x in b.reasons]}
                           for b in r.blocked_routes],
        "recycling_yield": _num(r.recycling_yield),
        "energy_recovery_share": _num(r.energy_recovery_share),
        "mci_inputs": {k: _num(v) for k, v in dataclasses.asdict(r.mci_inputs).items()},
        "issues": [{"code": i.code, "category": i.category,
                    "message": text(i.code, lang, **i.params)} for i in r.issues],
    }


def _recommendation(rec: Recommendation, lang: str) -> dict:
    return {
        "id": rec.id, "category": rec.category, "rows": list(rec.rows),
        "title": text(rec.rule_id, lang, **rec.params),
        "action": text(rec.rule_id + "_action", lang, default="", **rec.params),
        "gain": {"recyclability_rate": _num(rec.gain.recyclability_rate),
                 "mci": _num(rec.gain.mci),
                 "disassembly_time_s": _num(rec.gain.disassembly_time_s)},
        "priority": rec.priority,
    }


def _metrics(assessment: Assessment) -> dict:
    out = {}
    for name in CLI_METRICS:
        value = getattr(assessment.metrics, name)
        out[name] = list(value) if isinstance(value, tuple) else _num(value)
    return out


def own_document(assessment: Assessment, lang: str, kb=None) -> dict:
    """The CLI.md document built here, for when the engine has no serialiser."""
    routes = getattr(kb, "routes", {}) or {}

    def route_name(code: str) -> str:
        r = routes.get(code)
        return r.name(lang) if r else code

    return {
        "schema": SCHEMA,
        "product": {"name": assessment.product_name, "variant": assessment.variant_name},
        "kb_version": assessment.kb_version,
        "metrics": _metrics(assessment),
        "components": [_component(r, lang, route_name) for r in assessment.components],
        "recommendations": [_recommendation(r, lang) for r in assessment.recommendations],
    }


def assessment_document(variant: Variant, assessment: Assessment | None, lang: str,
                        kb=None) -> dict:
    """The JSON document for an export; without an assessment, the bare tree."""
    if assessment is None:
        return {"schema": SCHEMA, "product": {"name": "", "variant": variant.name},
                "components": [dataclasses.asdict(c) for c in variant.components]}
    engine = _engine_json()
    if engine is None:
        return own_document(assessment, lang, kb)
    doc = engine(assessment, lang)
    return json.loads(doc) if isinstance(doc, str) else doc
