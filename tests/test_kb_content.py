"""The shipped knowledge-base content: completeness, integrity, sources and ranges."""

from __future__ import annotations

from collections import defaultdict

import pytest

from advisor.kb import load_kb
from advisor.kb.loader import parse_number
from advisor.kb.schema import (
    MATERIAL_FAMILIES,
    PROCESSING_PLACES,
    REGIONS,
    REVERSIBILITY,
    ROUTE_CODES,
    ROUTE_QUALITIES,
    SCHEMA,
    SYNONYM_KINDS,
    TOOL_CLASSES,
)
from advisor.paths import data_dir

SUBSTANCES = {"pvc", "bfr", "lead", "cadmium", "cr6", "mercury", "phthalates", "pfas", "svhc"}
REQUIRES = {"dismantled", "removed", "uncoated", "detectable", "soc_free", "mono", "compatible",
            "durable", "functional"}
FINISH_EFFECTS = {"none", "downgrades", "blocks_closed_loop", "blocks_recycling", "soc"}
COMPAT_EFFECTS = {"blocks", "lowers_yield", "downgrades"}
ROUTE_STATUS = {"published", "estimate", "derived"}
FALLBACK = {"R9", "landfill"}


@pytest.fixture(scope="module")
def kb():
    return load_kb(use_user_layer=False)


def _split(text: str) -> list[str]:
    return [p.strip() for p in (text or "").split(";") if p.strip()]


def _num(row: dict, col: str) -> float | None:
    return parse_number(row.get(col, ""))


def test_every_table_loads_and_has_rows(kb):
    for name in SCHEMA:
        assert kb.rows(name), f"{name}.csv is empty or missing"
    assert kb.version.startswith((data_dir() / "VERSION").read_text().strip())


def test_every_file_starts_with_a_comment_line():
    for name in SCHEMA:
        first = (data_dir() / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), name


def test_minimum_counts(kb):
    assert len(kb.materials) >= 150
    assert len(kb.joints) >= 20
    assert len(kb.rows("synonyms")) >= 600
    assert set(kb.routes) == set(ROUTE_CODES)


def test_every_number_has_a_source(kb):
    for name, spec in SCHEMA.items():
        for row in kb.rows(name):
            for col, source_col in spec.numbers.items():
                if _num(row, col) is not None:
                    assert row.get(source_col), f"{name} line {row['_line']}: {col} unsourced"


def test_materials_values(kb):
    streams = {r["id"] for r in kb.rows("streams")}
    for m in kb.materials.values():
        assert m.id == m.id.lower() and " " not in m.id
        assert m.family in MATERIAL_FAMILIES, m.id
        assert m.stream in streams, m.id
        assert set(m.substances) <= SUBSTANCES, m.id
        if m.density_kg_m3 is not None:
            assert 10 <= m.density_kg_m3 <= 25000, m.id
        for value in (m.carbon_kg_per_kg, m.carbon_recycled_kg_per_kg):
            assert value is None or 0 < value < 100, m.id
        if m.recycled_content_market is not None:
            assert 0 <= m.recycled_content_market <= 1, m.id
        if m.carbon_recycled_kg_per_kg is not None and m.carbon_kg_per_kg is not None:
            assert m.carbon_recycled_kg_per_kg < m.carbon_kg_per_kg, m.id


NO_FIGURE = "no published figure"  # the marker of a value left empty for want of a source


def test_gaps_are_not_filled(kb):
    """Values no published source gives stay empty, and the source says so."""
    m = kb.materials
    assert m["pet"].carbon_kg_per_kg is None  # PET resin carbon: GAP
    assert m["polyester-fibre"].carbon_kg_per_kg is None
    assert m["cardboard"].carbon_kg_per_kg is None
    assert m["pp"].recycled_content_market is None  # PP market recycled content: GAP
    assert m["pe-hd"].recycled_content_market is None
    assert m["chipboard"].density_kg_m3 is None  # doubtful transcription density
    assert m["pcb-populated"].carbon_kg_per_kg is None
    streams = {r["id"]: r for r in kb.rows("streams")}
    for gap in ("steel", "stainless", "copper", "brass", "zinc", "lead", "glass", "wood", "textile",
                "abs", "eps"):
        assert not streams[gap]["process_yield"], gap
        assert NO_FIGURE in streams[gap]["source"] and streams[gap]["status"] == "unknown", gap


def test_iso1043_flagged_rows_are_fixed(kb):
    m = kb.materials
    assert m["ppo"].iso_code == "PPO"  # PPE not confirmed
    assert m["eva"].iso_code == "EVA"  # EVAC not confirmed
    assert m["pla"].iso_code == ""  # PLA not confirmed: GAP
    assert m["eps"].iso_code == ""  # PS-E not confirmed


def test_carbon_black_variants(kb):
    for mid, mat in kb.materials.items():
        if mid.endswith("-black"):
            assert mat.carbon_black, mid
            assert mid[: -len("-black")] in kb.materials, mid


def test_joints_values(kb):
    for j in kb.joints.values():
        assert j.reversibility in REVERSIBILITY, j.id
        assert j.tool_class in TOOL_CLASSES, j.id
        assert j.time_status in ("estimate", "published"), j.id
        if j.time_s is not None:
            assert 0 < j.time_s < 3600, j.id
    for r in kb.rows("joints"):
        if r["time_s"] and r["time_status"] == "estimate":
            assert "estimate" in r["time_source"].lower()


def test_routes_and_material_routes(kb):
    chains = {r["id"] for r in kb.rows("treatment_chains")}
    streams = {r["id"] for r in kb.rows("eol_streams")}
    families_with_rows = set()
    for r in kb.rows("material_routes"):
        assert r["route"] in ROUTE_CODES
        assert r["quality"] in ROUTE_QUALITIES
        assert r["status"] in ROUTE_STATUS
        assert set(_split(r["requires"])) <= REQUIRES, r
        assert set(_split(r["regions"])) <= set(REGIONS), r
        assert r["processed_in"] in PROCESSING_PLACES and r["processed_source"], r
        assert set(_split(r["chains"])) <= chains, r
        assert set(_split(r["streams"])) <= streams, r
        y = _num(r, "yield")
        assert y is not None and 0 <= y <= 1, r
        assert bool(r["material_id"]) != bool(r["family"]), r
        if r["material_id"]:
            assert r["material_id"] in kb.materials, r["material_id"]
        else:
            assert r["family"] in MATERIAL_FAMILIES
            families_with_rows.add(r["family"])
    assert set(MATERIAL_FAMILIES) <= families_with_rows


def test_every_material_has_a_route_with_fallback_in_every_region(kb):
    options = defaultdict(list)
    for opt in kb.route_options:
        options[opt.material_id or f"family:{opt.family}"].append(opt)
    for mat in kb.materials.values():
        opts = options[mat.id] + options[f"family:{mat.family}"]
        for region in REGIONS:
            here = [o for o in opts if region in o.regions]
            assert here, f"{mat.id}: no route in {region}"
            assert any(o.code in FALLBACK for o in here), f"{mat.id}: no R9/landfill in {region}"


def test_component_routes_name_a_channel_that_exists(kb):
    """A whole-part route (R3-R7) exists only where a channel that takes the part is
    sourced (published), for the streams it works for; durable parts without one say so."""
    codes = defaultdict(set)
    for opt in kb.route_options:
        if opt.material_id and opt.code in ("R3", "R4", "R5", "R6", "R7"):
            codes[opt.material_id].add(opt.code)
            assert {"durable", "dismantled", "functional"} <= set(opt.requires)
            assert opt.status == "published" and opt.streams, opt
    assert "R6" in codes["electric-motor"]  # rewinding of industrial motors
    assert "R7" in codes["li-ion-pack"]  # second life of EV and e-bike packs
    assert "gas-spring" not in codes  # replaced, not reused, by refurbishers
    for r in kb.rows("product_channels"):
        assert r["route"] in ("R3", "R4", "R5", "R6", "R7") and r["status"] == "published"
        assert r["stream_id"] in {s["id"] for s in kb.rows("eol_streams")}


def test_thermoplastics_have_high_grade_and_fallback(kb):
    by_mat = defaultdict(list)
    for opt in kb.route_options:
        by_mat[opt.material_id].append(opt)
    for mid in ("pp", "pe-hd", "abs", "pc", "pa6", "pet", "ps"):
        high = [o for o in by_mat[mid] if o.quality == "high_grade"]
        assert high and {"detectable", "compatible", "mono"} <= set(high[0].requires)
        assert any(o.quality == "downcycled" for o in by_mat[mid]), mid


def test_streams(kb):
    used = {m.stream for m in kb.materials.values()}
    rows = {r["id"]: r for r in kb.rows("streams")}
    assert used <= set(rows)
    for r in rows.values():
        y = _num(r, "process_yield")
        assert y is None or 0 < y <= 1
        if y is None:
            assert NO_FIGURE in r["source"] or "not applicable" in r["source"], r["id"]


INTERNAL_WORDING = ("GAP", ".csv", "shared source", "not reachable", "not public",
                    "recycling_process_yields", "iso1043_verification")


def test_sources_and_notes_use_client_readable_wording(kb):
    """Sources and notes reach the client's report: no working labels or file names."""
    for name in SCHEMA:
        for row in kb.rows(name):
            for col, text in row.items():
                if col.startswith("_") or not isinstance(text, str):
                    continue
                if col in ("source", "note") or col.endswith("_source"):
                    found = [w for w in INTERNAL_WORDING if w in text]
                    assert not found, f"{name} line {row['_line']} {col}: {found}"


def test_ferrous_yields_rest_on_ferrous_reasoning(kb):
    """Steel and stainless R8 yields are estimates argued from steelmaking losses (slag, dust,
    fines), not from an aluminium analogue."""
    ferrous = {m.id for m in kb.materials.values()
               if m.stream in ("steel", "stainless") and not m.is_composite}
    rows = [r for r in kb.rows("material_routes")
            if r["material_id"] in ferrous and r["route"] == "R8"]
    assert len(rows) >= 20
    for r in rows:
        assert r["status"] == "estimate" and r["source"].startswith("engineering estimate"), r
        assert "aluminium" not in r["source"].lower(), r["material_id"]
        assert "slag" in r["source"], r["material_id"]


def test_dust_loaded_glass_fibre_is_not_recycled_from_weee(kb):
    """Glass wool is remelted only when collected apart, dry and clean (building chain); from
    a shredded appliance (a used HEPA filter) it is disposed of."""
    opts = [o for o in kb.route_options if o.material_id == "glass-fibre-wool"]
    r8 = [o for o in opts if o.code == "R8"]
    assert r8 and all(o.chains == ("building",) and "dismantled" in o.requires for o in r8)
    assert any(o.code == "landfill" and not o.chains for o in opts)


def test_compositions_sum_to_one(kb):
    shares = defaultdict(float)
    for r in kb.rows("compositions"):
        assert r["item_id"] in kb.materials and r["constituent_id"] in kb.materials, r
        assert r["item_id"] != r["constituent_id"]
        shares[r["item_id"]] += float(r["mass_share"])
    for item, total in shares.items():
        assert abs(total - 1) <= 0.01, (item, total)
    for mat in kb.materials.values():
        if mat.is_composite:
            assert mat.id in shares, f"{mat.id} is composite without a composition"


def test_crm_list(kb):
    rows = kb.rows("crm")
    assert len(rows) == 34
    designations = {r["annex_i_designation"] for r in rows if r["annex_i_designation"]}
    assert len(designations) == 17  # Annex I: 17 strategic raw materials
    strategic = {r["id"] for r in rows if r["strategic"] == "1"}
    assert {"lree", "hree"} <= strategic and len(strategic) == 18  # REE for magnets: one item
    for r in rows:
        share = _num(r, "supply_share")
        assert share is None or 0 < share <= 1
        if _num(r, "eol_rir") is not None:
            assert "UNVERIFIED" in r["eol_rir_source"].upper()
    lithium = next(r for r in rows if r["id"] == "lithium")
    assert not lithium["supply_share"]  # misparsed row in the reference: not copied


def test_crm_content(kb):
    crms = {r["id"] for r in kb.rows("crm")}
    for r in kb.rows("crm_content"):
        assert r["material_id"] in kb.materials, r
        assert r["crm_id"] in crms, r
        share = _num(r, "mass_share")
        assert share is None or 0 <= share <= 1
        assert r["source"]
    ndfeb = {r["crm_id"] for r in kb.rows("crm_content") if r["material_id"] == "ndfeb"}
    assert {"lree", "boron"} <= ndfeb


def test_compatibility_references_exist(kb):
    finishes = {r["id"] for r in kb.rows("finishes")}
    streams = {r["id"] for r in kb.rows("streams")}
    for r in kb.rows("compatibility"):
        assert r["effect"] in COMPAT_EFFECTS
        for side in (r["a"], r["b"]):
            kind, _, value = side.partition(":")
            if not value:
                assert side in kb.materials, side
            elif kind == "family":
                assert value in MATERIAL_FAMILIES, side
            elif kind == "stream":
                assert value in streams, side
            else:
                assert kind == "finish" and value in finishes, side


def test_finishes(kb):
    for r in kb.rows("finishes"):
        assert r["effect"] in FINISH_EFFECTS, r["id"]
        assert set(_split(r["substances"])) <= SUBSTANCES


def test_synonyms_point_to_existing_ids(kb):
    targets = {"material": set(kb.materials), "joint": set(kb.joints),
               "finish": {r["id"] for r in kb.rows("finishes")}}
    for r in kb.rows("synonyms"):
        assert r["kind"] in SYNONYM_KINDS
        assert r["target_id"] in targets[r["kind"]], r
        assert r["lang"] in ("nl", "en", "de", "fr", "sv", "any"), r
    kinds = {r["kind"] for r in kb.rows("synonyms")}
    assert kinds == set(SYNONYM_KINDS)
