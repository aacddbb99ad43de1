"""The material / joint / finish resolver on sample BOM names and tricky cases."""

from __future__ import annotations

import time

import pytest

from advisor.kb import load_kb
from advisor.resolve import LOW_CONFIDENCE, Resolution, Resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_kb(use_user_layer=False))


# Material names copied from the sample BOMs (waterkoker_bom.csv, office_chair_bom.xlsx,
# speaker_bom.csv), with the id each must resolve to.
SAMPLE_MATERIALS = {
    # waterkoker (Dutch, Windows-1252 export)
    "Polypropyleen (PP) wit": "pp",
    "PP": "pp",
    "PP-T20": "pp-t20",
    "RVS 304": "stainless-304",
    "SAN": "san",
    "PA6 gaas": "pa6",
    "siliconen": "silicone",
    "staal verzinkt": "steel-galvanised",
    "PET folie": "pet",
    "PCB": "pcb-populated",
    "bimetaal": "bimetal",
    "PP zwart (roetgevuld)": "pp-black",
    "PVC/koper": "cable-pvc-copper",
    "PA66": "pa66",
    "messing": "brass",
    # office chair (English workbook)
    "PA6-GF30": "pa6-gf30",
    "PUR foam (cold cure)": "pur-flexible-foam",
    "Polyester (100% PES)": "polyester-fibre",
    "steel": "steel",
    "PP GF20 black": "pp-gf20-black",
    "PET/elastane mesh": "polyester-elastane",
    "POM": "pom",
    "Aluminium die-cast (AlSi9Cu3)": "aluminium-cast",
    "Steel, oil, nitrogen": "gas-spring",
    "Steel S235": "steel-s235",
    "PU soft skin": "pur-integral-skin",
    "Steel 8.8": "steel-engineering",
    # speaker (UTF-8 CSV)
    "ABS/PC black": "pc-abs-black",
    "PET fabric": "polyester-fibre",
    "AlMg3 anodised": "aluminium-sheet",
    "Li-ion 18650 cells (2x)": "li-ion-cell",
    "FR4 PCB with components": "pcb-populated",
    "NdFeB": "ndfeb",
    "copper wire": "copper-wire",
    "paper": "paper",
    "TPE": "tpe",
    "stainless steel A2": "stainless-304",
    "PCB-mounted": "pcb-populated",
}

# Composite names from the samples: (first constituent id, all constituent ids).
SAMPLE_COMPOSITES = {
    "koper/RVS": {"copper", "stainless"},
    "PA6 / TPU tread": {"pa6", "tpu"},
    "silicone rubber + steel weight": {"silicone", "steel"},
}

SAMPLE_JOINTS = {
    "geschroefd": "screw", "klikverbinding": "snap-fit", "gelast": "weld",
    "hardgesoldeerd": "braze", "gelijmd": "adhesive", "klik": "snap-fit",
    "ingeklemd": "clamp", "schroef": "screw", "gesoldeerd": "solder",
    "trekontlasting geklemd": "strain-relief", "kabelbinder": "cable-tie",
    "geklonken": "rivet", "screwed": "screw", "glued": "adhesive", "stapled": "staple",
    "staple": "staple", "overmoulded": "overmould", "snap fit": "snap-fit",
    "press fit": "press-fit", "bolted": "bolt", "screw": "screw", "soldered": "solder",
}

SAMPLE_FINISHES = {
    "verzinkt": "zinc-plating", "bedrukt": "printed", "vernikkeld": "nickel-plating",
    "galvanised": "galvanised", "polished": "polished", "chrome plated": "chrome-cr6",
    "powder coated": "powder-coat", "zinc plated": "zinc-plating",
    "soft-touch paint": "soft-touch", "anodised": "anodised", "nickel plated": "nickel-plating",
}

TRICKY_MATERIALS = {
    # Dutch
    "Staal": "steel", "roestvrij staal": "stainless", "RVS": "stainless",
    "rvs-304": "stainless-304",
    "RVS 316": "stainless-316", "aluminium gegoten": "aluminium-cast",
    "Alu spuitgiet": "aluminium-cast", "aluminium plaat 2mm": "aluminium-sheet",
    "alu 6063 geanodiseerd": "aluminium-extruded", "Messing CuZn39Pb3": "brass-leaded",
    "gietijzer GG25": "cast-iron", "veer (staal)": "steel-spring",
    "koperdraad (gelakt)": "copper-wire",
    "polyetheen": "pe", "LDPE folie": "pe-film", "piepschuim": "eps", "HIPS wit": "ps-hi",
    "polycarbonaat": "pc", "acrylaat": "pmma", "PVC zacht": "pvc-p", "hard pvc": "pvc-u",
    "siliconenrubber": "silicone", "natuurrubber": "natural-rubber", "neopreen": "cr-neoprene",
    "PUR koudschuim": "pur-flexible-foam", "koudschuim 40 kg/m3": "pur-flexible-foam",
    "traagschuim": "pur-flexible-foam", "bakeliet": "pf", "GVK": "gfrp",
    "glasvezelversterkt polyester": "gfrp", "eikenhout": "hardwood", "grenen": "softwood",
    "multiplex": "plywood", "berken multiplex 18 mm": "plywood",
    "gemelamineerde spaanplaat wit": "chipboard-melamine", "spaanplaat met melamine":
    "chipboard-melamine", "golfkarton": "cardboard", "gehard glas": "glass-toughened",
    "porselein": "porcelain", "ferrietmagneet": "ferrite", "neodymium magneet": "ndfeb",
    "NdFeB N42 vernikkeld": "ndfeb", "polyester stof": "polyester-fibre", "PET vilt": "pet-felt",
    "kunstleer": "faux-leather", "bestukte print": "pcb-populated",
    "lithium-ion cel": "li-ion-cell",
    "accupack": "li-ion-pack", "AA batterij": "alkaline-cell", "knoopcel CR2032": "coin-cell",
    "netsnoer": "cable-pvc-copper", "elektromotor": "electric-motor", "BLDC motor":
    "electric-motor-bldc", "trafo": "transformer", "verwarmingselement": "heating-element",
    "gasveer": "gas-spring", "luidspreker": "speaker-driver", "thermostaat": "bimetal",
    # English, grades and codes
    "stainless steel 304": "stainless-304", "AISI 316L": "stainless-316", "1.4301": "stainless-304",
    "DC01": "steel-sheet", "42CrMo4": "steel-engineering", "EN AW-6060": "aluminium-extruded",
    "5754-H22": "aluminium-sheet", "ADC12": "aluminium-cast", "AlSi10Mg": "aluminium-cast",
    "Zamak 5": "zinc", "CuZn37": "brass", "PA 6.6 GF30": "pa66-gf30", "PA6.6-GF25": "pa66-gf30",
    "Polyamide 66 glasvezel 30%": "pa66-gf30", "PP talc 20%": "pp-t20", "PP-TD20": "pp-t20",
    "PA6 GF30 zwart": "pa6-gf30-black", "HDPE zwart": "pe-hd-black", "ABS (zwart)": "abs-black",
    "pc abs zwart": "pc-abs-black", "ABS V0": "abs-fr", "PET-G": "petg", "PBT GF30": "pbt-gf30",
    "TPU 85A": "tpu", "silicone 60 shore": "silicone", "POM-C": "pom",
    "steel, zinc plated": "steel-zinc-plated",
    # trade names
    "Makrolon": "pc", "Makrolon 2805": "pc", "Lexan": "pc", "Delrin": "pom", "Delrin 500P": "pom",
    "Hostaform C9021": "pom", "Plexiglas": "pmma", "Perspex": "pmma", "Teflon": "ptfe",
    "Gore-Tex": "ptfe", "Trespa": "hpl", "Formica": "hpl", "Noryl": "ppo", "Bayblend T65": "pc-abs",
    "Cycoloy": "pc-abs", "Santoprene": "tpo", "Hytrel": "tpee", "Ultramid B3WG6": "pa6-gf30",
    "Zytel 101": "pa66", "Dyneema": "pe-uhmw", "Cordura": "nylon-fibre", "Styropor": "eps",
    "Tempex": "eps", "Corian": "solid-surface", "nylon": "pa6",
    # misspellings
    "polypropeleen": "pp", "polypropeen": "pp", "stainles steel": "stainless",
    "stainlesss steel": "stainless", "aluminum": "aluminium", "alumnium": "aluminium",
    "aluminuim": "aluminium", "stell": "steel", "coper": "copper", "brasss": "brass",
    "sillicone": "silicone", "rubbber": "rubber", "nylonn": "pa6", "polycarbonat": "pc",
    # units, dimensions, packaging words, generic vs specific
    "Rubber EPDM 70 Shore A": "epdm", "Staalplaat 1mm verzinkt": "steel-galvanised",
    "Glas 4 mm gehard": "glass-toughened", "Luidspreker 8 ohm": "speaker-driver",
    "Li-ion accu 36V": "li-ion-cell", "PE-HD fles": "pe-hd", "Karton verpakking": "cardboard",
    "Alu extrusieprofiel": "aluminium-extruded", "Polyamide 6 (30% GF)": "pa6-gf30",
    "Polypropyleen met talk": "pp-t20", "Pomp": "electric-motor", "LED print": "pcb-populated",
    "Netsnoer H05VV-F 3G0,75": "cable-pvc-copper", "Zekering": "switch-electromech",
    # recycled
    "gerecycled PP": "pp", "rPP": "pp", "PCR-PP": "pp", "r-PET": "pet",
}

TRICKY_COMPOSITES = {
    "steel gears in PA housing": {"steel-engineering", "pa6"},
    "staal/koper": {"steel", "copper"},
    "staal + rubber": {"steel", "rubber"},
    "hout/staal": {"wood", "steel"},
    "PP met TPE": {"pp", "tpe"},
    "TPE overmould op PP": {"tpe", "pp"},
    "ABS met messing insert": {"abs", "brass"},
}

KNOWN_ITEMS = {  # composite names that map onto a known item or blend
    "ABS/PC": "pc-abs", "ABS+PC": "pc-abs", "PC+ABS V0": "pc-abs",
    "PVC-insulated copper": "cable-pvc-copper", "pvc insulated copper cable": "cable-pvc-copper",
    "PP+EPDM-T20": "tpo", "staal, olie, stikstof": "gas-spring",
}


def _check(res: Resolution, expected: str, text: str) -> None:
    assert res.material_id == expected, f"{text!r} -> {res}"
    assert res.confidence >= LOW_CONFIDENCE, f"{text!r} -> {res}"


@pytest.mark.parametrize("text", sorted(SAMPLE_MATERIALS))
def test_sample_materials(resolver, text):
    _check(resolver.material(text), SAMPLE_MATERIALS[text], text)


@pytest.mark.parametrize("text", sorted(SAMPLE_COMPOSITES))
def test_sample_composites(resolver, text):
    res = resolver.material(text)
    assert res.method == "composite" and res.confidence >= LOW_CONFIDENCE
    assert {c for c, _ in res.constituents} == SAMPLE_COMPOSITES[text]
    assert res.material_id == res.constituents[0][0]
    assert abs(sum(s for _, s in res.constituents) - 1) < 0.01


@pytest.mark.parametrize("text", sorted(SAMPLE_JOINTS))
def test_sample_joints(resolver, text):
    _check(resolver.joint(text), SAMPLE_JOINTS[text], text)


@pytest.mark.parametrize("text", sorted(SAMPLE_FINISHES))
def test_sample_finishes(resolver, text):
    _check(resolver.finish(text), SAMPLE_FINISHES[text], text)


@pytest.mark.parametrize("text", sorted(TRICKY_MATERIALS))
def test_tricky_materials(resolver, text):
    _check(resolver.material(text), TRICKY_MATERIALS[text], text)


@pytest.mark.parametrize("text", sorted(TRICKY_COMPOSITES))
def test_tricky_composites(resolver, text):
    res = resolver.material(text)
    assert res.confidence >= LOW_CONFIDENCE, res
    assert {c for c, _ in res.constituents} == TRICKY_COMPOSITES[text], res


@pytest.mark.parametrize("text", sorted(KNOWN_ITEMS))
def test_composites_prefer_known_items(resolver, text):
    _check(resolver.material(text), KNOWN_ITEMS[text], text)


def test_composite_items_carry_their_composition(resolver):
    res = resolver.material("Steel, oil, nitrogen")
    assert dict(res.constituents)["steel"] > 0.9
    assert abs(sum(s for _, s in res.constituents) - 1) < 0.01
    assert resolver.material("PCB").constituents


def test_black_hints(resolver):
    res = resolver.material("PP zwart (roetgevuld)")
    assert "black" in res.hints and "carbon_black" in res.hints
    res = resolver.material("PA66-GF30 black")  # no black variant: id plus hint
    assert res.material_id == "pa66-gf30" and "black" in res.hints
    assert "black" not in resolver.material("PP").hints
    assert "recycled" in resolver.material("rPET").hints


def test_method_labels(resolver):
    assert resolver.material("pa6-gf30").method == "exact"
    assert resolver.material("RVS").method == "synonym"
    assert resolver.material("Polypropyleen (PP) wit").method == "normalised"
    assert resolver.material("PA6 / TPU tread").method == "composite"
    assert resolver.material("alumnium").method == "fuzzy"


@pytest.mark.parametrize("text", ["", "   ", "-", "n.v.t.", "onbekend", "unknown"])
def test_empty_or_unknown_is_unresolved(resolver, text):
    res = resolver.material(text)
    assert res.material_id is None and res.confidence == 0.0 and res.method == "none"


@pytest.mark.parametrize("text", ["unobtainium", "qwertyuiop", "blauwe bessen"])
def test_nonsense_stays_below_threshold(resolver, text):
    assert resolver.material(text).confidence < LOW_CONFIDENCE


def test_fuzzy_gives_alternatives(resolver):
    res = resolver.material("polykarbonaat")
    assert res.method == "fuzzy" and res.alternatives
    assert all(0 <= score <= 1 for _, score in res.alternatives)


def test_search_for_completers(resolver):
    ids = [i for i, _ in resolver.search("poly", limit=10)]
    assert len(ids) == 10 and "pp" in [i for i, _ in resolver.search("polyprop")]
    assert resolver.search("schroef", kind="joint")[0][0] == "screw"
    assert resolver.search("", kind="finish") == []
    scores = [s for _, s in resolver.search("alu")]
    assert scores == sorted(scores, reverse=True)


def test_every_kb_name_resolves_to_itself(resolver):
    kb = resolver.kb
    for mat in kb.materials.values():
        for text in (mat.id, mat.name_en, mat.name_nl):
            assert resolver.material(text).material_id == mat.id, text
    for joint in kb.joints.values():
        assert resolver.joint(joint.name_nl).material_id == joint.id


def test_speed_with_repeats():
    """Index building is quick and 20,000 repeated names take well under a second."""
    kb = load_kb(use_user_layer=False)
    start = time.perf_counter()
    fresh = Resolver(kb)
    assert time.perf_counter() - start < 1.0
    names = list(SAMPLE_MATERIALS) + list(TRICKY_MATERIALS) + list(TRICKY_COMPOSITES)
    batch = [names[i % len(names)] for i in range(20_000)]
    start = time.perf_counter()
    for name in batch:
        fresh.material(name)
    first = time.perf_counter() - start
    start = time.perf_counter()
    for name in batch:
        fresh.material(name)
    cached = time.perf_counter() - start
    assert first < 2.0
    assert cached < 0.2


@pytest.mark.parametrize("text", ["elektromotor (BLDC)", "Elektromotor BLDC 24 V",
                                  "bürstenloser Motor", "brushless motor",
                                  "borstelloze elektromotor"])
def test_a_brushless_motor_is_read_with_its_magnets(resolver, text):
    """A brushless (BLDC) motor holds NdFeB magnets, a critical raw material that the
    universal or induction motor does not: the qualifier is not dropped."""
    res = resolver.material(text)
    assert res.material_id == "electric-motor-bldc"
    assert any(mid == "ndfeb" for mid, _ in res.constituents)
    assert resolver.material("elektromotor").material_id == "electric-motor"
