"""The tables of the knowledge base: columns, keys, and which column sources which number.

The CSV files under `resources/data/` are the reviewed source of truth. Each file
is one table; lines starting with `#` are comments. A number never stands alone:
each numeric column names the column that holds its source. Each table also says what
its values may be (`enums`, `ranges`, `integers`, `lists`): a data pack from someone
else is held to the same rules as the shipped tables before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
SYNONYM_LANGS = ("", "any", "en", "nl", "de", "fr", "sv")
STREAM_KINDS = ("weee", "furniture", "building", "packaging", "textile", "battery", "vehicle",
                "residual")
# What a route may require of a part (advisor.engine.routes reads these words;
# "liberated" is the word of older data packs).
REQUIREMENTS = ("liberated", "dismantled", "removed", "functional", "durable", "uncoated",
                "detectable", "soc_free", "mono", "compatible")
# The effect words the engine acts on (advisor.engine.kbindex), for pairs and finishes.
PAIR_EFFECTS = ("blocks", "blocks_recycling", "prevents", "contaminates", "incompatible",
                "blocks_closed_loop", "downgrades", "downgrade", "downcycles",
                "lowers_yield", "reduces_yield", "yield_loss")
FINISH_EFFECTS = ("none", "soc", *PAIR_EFFECTS)
# The metrics a legal target can be about (advisor.engine.findings reads them by name).
TARGET_FIGURES = ("recyclability_rate", "recoverability_rate", "reuse_rate",
                  "recyclable_material_share")
SHARE = (0.0, 1.0)
# What feeds a priority stream, in the order a kilogram is matched (a product type before
# its materials; priority_stream_feeds.csv).
FEED_KINDS = ("product_stream", "product_kind", "material", "biobased", "family")
PRIORITY_STATUS = ("published", "derived", "estimate")


@dataclass(frozen=True)
class TableSpec:
    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    numbers: dict  # numeric column -> column holding its source
    flags: tuple[str, ...] = ()  # 0/1 columns
    required: tuple[str, ...] = ()
    enums: dict = field(default_factory=dict)  # column -> allowed values
    ranges: dict = field(default_factory=dict)  # numeric column -> (lowest, highest)
    integers: dict = field(default_factory=dict)  # whole-number column -> (lowest, highest)
    lists: dict = field(default_factory=dict)  # ';'-list column -> allowed words


def _spec(name, key, columns, numbers=None, flags=(), required=(), **rules) -> TableSpec:
    return TableSpec(name, tuple(key), tuple(columns.split()), dict(numbers or {}),
                     tuple(flags), tuple(required or key), **rules)


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
          required=("id", "name_en", "name_nl", "family"),
          enums={"family": MATERIAL_FAMILIES},
          ranges={"density_kg_m3": (1e-3, 30_000.0), "carbon_kg_per_kg": (0.0, 1e6),
                  "carbon_recycled_kg_per_kg": (0.0, 1e6), "recycled_content_market": SHARE}),
    _spec("joints", ["id"],
          "id name_en name_nl reversibility tool_class destructive time_s time_status "
          "time_source shredder_liberates shredder_source source",
          {"time_s": "time_source"}, flags=("destructive", "shredder_liberates"),
          required=("id", "name_en", "name_nl", "reversibility", "tool_class"),
          enums={"reversibility": REVERSIBILITY, "tool_class": TOOL_CLASSES},
          ranges={"time_s": (0.0, 86_400.0)}),
    _spec("routes", ["code"],
          "code level name_en name_nl description_en description_nl source",
          required=("code", "level", "name_en", "name_nl"),
          enums={"code": ROUTE_CODES}, integers={"level": (0, 20)}),
    _spec("material_routes", ["material_id", "family", "route", "quality"],
          "material_id family route quality yield requires regions chains streams processed_in "
          "processed_source crm_recovery crm_recovery_source status source",
          {"yield": "source"}, required=("route", "quality"),
          enums={"route": ROUTE_CODES, "quality": ROUTE_QUALITIES,
                 "family": ("", *MATERIAL_FAMILIES), "processed_in": ("", *PROCESSING_PLACES)},
          ranges={"yield": SHARE}, lists={"requires": REQUIREMENTS, "regions": REGIONS}),
    _spec("streams", ["id"],
          "id name_en name_nl process_yield status source",
          {"process_yield": "source"}, required=("id", "name_en", "name_nl"),
          ranges={"process_yield": SHARE}),
    _spec("compositions", ["item_id", "constituent_id"],
          "item_id constituent_id mass_share recovered_by_item_route recovery_source source",
          {"mass_share": "source"}, flags=("recovered_by_item_route",),
          ranges={"mass_share": SHARE}),
    _spec("crm", ["id"],
          "id name_en name_nl strategic top_supplier supply_share supply_source "
          "eol_rir eol_rir_source source",
          {"supply_share": "supply_source", "eol_rir": "eol_rir_source"},
          flags=("strategic",), required=("id", "name_en", "name_nl"),
          ranges={"supply_share": SHARE, "eol_rir": SHARE}),
    _spec("crm_content", ["material_id", "crm_id"],
          "material_id crm_id mass_share source", {"mass_share": "source"},
          ranges={"mass_share": SHARE}),
    _spec("compatibility", ["a", "b", "effect"],
          "a b effect yield_factor tolerance tolerance_source route note source",
          {"yield_factor": "source", "tolerance": "tolerance_source"},
          required=("a", "b", "effect"),
          enums={"effect": PAIR_EFFECTS, "route": ("", *ROUTE_CODES, *ROUTE_QUALITIES)},
          ranges={"yield_factor": SHARE, "tolerance": SHARE}),
    _spec("finishes", ["id"],
          "id name_en name_nl effect substances note source",
          required=("id", "name_en", "name_nl", "effect"), enums={"effect": FINISH_EFFECTS}),
    _spec("synonyms", ["kind", "target_id", "text"],
          "kind target_id text lang note",
          enums={"kind": SYNONYM_KINDS, "lang": SYNONYM_LANGS}),
    _spec("treatment_chains", ["id"],
          "id name_en name_nl collection_en collection_nl annex_vii plastics_sorting "
          "material_recycling regions source",
          flags=("annex_vii", "material_recycling"),
          required=("id", "name_en", "name_nl", "plastics_sorting", "source"),
          enums={"plastics_sorting": PLASTICS_SORTING}, lists={"regions": REGIONS}),
    _spec("legal_targets", ["stream_id", "id"],
          "stream_id id name_en name_nl figure value applies_from source",
          {"value": "source"}, required=("stream_id", "id", "figure", "value"),
          enums={"figure": TARGET_FIGURES}, ranges={"value": SHARE}),
    _spec("product_channels", ["stream_id", "route"],
          "stream_id route name_en name_nl replaces processed_in status source",
          required=("stream_id", "route", "name_en", "source"),
          enums={"route": ROUTE_CODES, "processed_in": ("", *PROCESSING_PLACES)}),
    # The advice's own tables (advisor/recommend/knowledge.py).
    _spec("part_functions", ["id"],
          "id name_en name_nl keywords exclude materials families fields applies_to module "
          "inherit keeps note source",
          flags=("module", "inherit"), required=("id", "name_en", "name_nl", "source")),
    _spec("functional_alternatives", ["function", "kind", "current", "alternative", "substrate"],
          "function kind current alternative substrate note source condition_en condition_nl",
          required=("function", "kind", "current", "alternative", "source")),
    _spec("advice_thresholds", ["id"], "id value unit basis source", {"value": "source"},
          required=("id", "value", "source")),
    _spec("eol_streams", ["id"],
          "id name_en name_nl kind weee_category chain note source",
          required=("id", "name_en", "name_nl", "kind", "chain"),
          enums={"kind": STREAM_KINDS}, integers={"weee_category": (1, 6)}),
    # The region's priority material streams (advisor/portfolio/streams.py).
    _spec("priority_streams", ["id"],
          "id name_en name_nl status note source",
          required=("id", "name_en", "name_nl", "source"),
          enums={"status": ("", *PRIORITY_STATUS)}),
    _spec("priority_stream_feeds", ["stream_id", "feed_kind", "feed"],
          "stream_id feed_kind feed status note source",
          required=("stream_id", "feed_kind", "feed", "source"),
          enums={"feed_kind": FEED_KINDS, "status": ("", *PRIORITY_STATUS)}),
    # How two-material descriptions are read (advisor/resolve/index.py).
    _spec("material_splits", ["a", "b"],
          "a b a_share item_id match source note", {"a_share": "source"},
          required=("a", "b", "source"), enums={"match": ("", "exact", "stream")},
          ranges={"a_share": SHARE}),
)}
