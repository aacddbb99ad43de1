"""The tables of the knowledge base: columns, keys, and which column sources which number.

The CSV files under `resources/data/` are the reviewed source of truth. Each file
is one table; lines starting with `#` are comments. A number never stands alone:
each numeric column names the column that holds its source.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableSpec:
    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    numbers: dict  # numeric column -> column holding its source
    flags: tuple[str, ...] = ()  # 0/1 columns
    required: tuple[str, ...] = ()


def _spec(name, key, columns, numbers=None, flags=(), required=()) -> TableSpec:
    return TableSpec(name, tuple(key), tuple(columns.split()), dict(numbers or {}),
                     tuple(flags), tuple(required or key))


SCHEMA: dict[str, TableSpec] = {s.name: s for s in (
    _spec("materials", ["id"],
          "id name_en name_nl family iso_code density_kg_m3 density_source "
          "carbon_kg_per_kg carbon_source carbon_recycled_kg_per_kg carbon_recycled_source "
          "recycled_content_market recycled_content_source biobased substances carbon_black "
          "stream is_composite durable_part note source",
          {"density_kg_m3": "density_source", "carbon_kg_per_kg": "carbon_source",
           "carbon_recycled_kg_per_kg": "carbon_recycled_source",
           "recycled_content_market": "recycled_content_source"},
          flags=("biobased", "carbon_black", "is_composite", "durable_part"),
          required=("id", "name_en", "name_nl", "family")),
    _spec("joints", ["id"],
          "id name_en name_nl reversibility tool_class destructive time_s time_status "
          "time_source shredder_liberates shredder_source source",
          {"time_s": "time_source"}, flags=("destructive", "shredder_liberates"),
          required=("id", "name_en", "name_nl", "reversibility", "tool_class")),
    _spec("routes", ["code"],
          "code level name_en name_nl description_en description_nl source",
          required=("code", "level", "name_en", "name_nl")),
    _spec("material_routes", ["material_id", "family", "route", "quality"],
          "material_id family route quality yield requires regions chains streams processed_in "
          "processed_source status source",
          {"yield": "source"}, required=("route", "quality")),
    _spec("streams", ["id"],
          "id name_en name_nl process_yield status source",
          {"process_yield": "source"}, required=("id", "name_en", "name_nl")),
    _spec("compositions", ["item_id", "constituent_id"],
          "item_id constituent_id mass_share source", {"mass_share": "source"}),
    _spec("crm", ["id"],
          "id name_en name_nl strategic top_supplier supply_share supply_source "
          "eol_rir eol_rir_source source",
          {"supply_share": "supply_source", "eol_rir": "eol_rir_source"},
          flags=("strategic",), required=("id", "name_en", "name_nl")),
    _spec("crm_content", ["material_id", "crm_id"],
          "material_id crm_id mass_share source", {"mass_share": "source"}),
    _spec("compatibility", ["a", "b", "effect"],
          "a b effect yield_factor route note source", {"yield_factor": "source"},
          required=("a", "b", "effect")),
    _spec("finishes", ["id"],
          "id name_en name_nl effect substances note source",
          required=("id", "name_en", "name_nl", "effect")),
    _spec("synonyms", ["kind", "target_id", "text"],
          "kind target_id text lang note"),
    _spec("treatment_chains", ["id"],
          "id name_en name_nl collection_en collection_nl annex_vii plastics_sorting "
          "material_recycling regions source",
          flags=("annex_vii", "material_recycling"),
          required=("id", "name_en", "name_nl", "plastics_sorting", "source")),
    _spec("legal_targets", ["stream_id", "id"],
          "stream_id id name_en name_nl figure value applies_from source",
          {"value": "source"}, required=("stream_id", "id", "figure", "value")),
    _spec("product_channels", ["stream_id", "route"],
          "stream_id route name_en name_nl replaces processed_in status source",
          required=("stream_id", "route", "name_en", "source")),
    # The advice's own tables (advisor/recommend/knowledge.py).
    _spec("part_functions", ["id"],
          "id name_en name_nl keywords exclude materials families fields applies_to module "
          "inherit keeps note source",
          flags=("module", "inherit"), required=("id", "name_en", "name_nl", "source")),
    _spec("functional_alternatives", ["function", "kind", "current", "alternative", "substrate"],
          "function kind current alternative substrate note source",
          required=("function", "kind", "current", "alternative", "source")),
    _spec("advice_thresholds", ["id"], "id value unit basis source", {"value": "source"},
          required=("id", "value", "source")),
    _spec("eol_streams", ["id"],
          "id name_en name_nl kind weee_category chain note source",
          required=("id", "name_en", "name_nl", "kind", "chain")),
    _spec("material_splits", ["a", "b"],
          "a b a_share item_id match source note", {"a_share": "source"},
          required=("a", "b", "source")),
)}

MATERIAL_FAMILIES = (
    "ferrous", "non-ferrous", "precious", "plastic-thermoplastic", "plastic-thermoset",
    "elastomer", "wood", "paper", "glass", "ceramic", "textile", "composite",
    "electronics", "battery", "other",
)
REVERSIBILITY = ("reusable", "removable", "non_removable")
TOOL_CLASSES = ("none", "basic", "special")
ROUTE_CODES = ("R3", "R4", "R5", "R6", "R7", "R8", "R9", "landfill")
ROUTE_QUALITIES = ("reuse", "closed_loop", "high_grade", "downcycled", "energy", "landfill")
REGIONS = ("utrecht", "nl", "eu")
PROCESSING_PLACES = ("region", "nl", "eu", "world")
PLASTICS_SORTING = ("density", "nir", "manual", "none")
SYNONYM_KINDS = ("material", "joint", "finish")
STREAM_KINDS = ("weee", "furniture", "building", "packaging", "textile", "battery", "vehicle",
                "residual")
