"""A portfolio of the fixture and bundled products in project files, for the portfolio
tests: odd file names, a named redesign variant, plans, a bill of materials as a line,
and a product with nested assemblies that have bodies of their own and quantities."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from advisor import store
from advisor.bom_io import read_bom
from advisor.engine import evaluate, resolver_for
from advisor.kb.base import default_kb
from advisor.model import Component, Product, Project, Variant

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "tests" / "data" / "samples"
DEMO = ROOT / "resources" / "examples" / "demo_stofzuiger.csv"
SPEAKER_FILE = "Speaker & Co #1 %20?.cirkel"

PORTFOLIO = """project;product;variant;units_per_year;region_share;compare_variant
{speaker};Portable Bluetooth speaker;;12000;0,4;plan
{speaker};Steelstofzuiger Cirkel S1 (demo);Basis;5000;1;Herontwerp A
chair.cirkel;;;800;75%;plan
kast.cirkel;Kast;;300;0,5;
waterkoker_bom.csv;;;20000;0,3;plan
"""


def _imported(path: Path, name: str | None = None) -> Product:
    product = read_bom(path, resolver=resolver_for(default_kb())).product
    return replace(product, name=name or product.name)


def _recycled_redesign(variant: Variant) -> Variant:
    """A redesign: every ABS or PP part with half recycled content."""
    comps = tuple(replace(c, recycled_content=0.5)
                  if (c.material_id or "").startswith(("abs", "pp")) else c
                  for c in variant.components)
    return replace(variant, id=variant.id + "-a", name="Herontwerp A", components=comps)


def cabinet() -> Product:
    """Nested assemblies with own bodies (mass above their parts') and quantities."""
    comps = (
        Component("1", "Kast", material_input="staalplaat", material_id="steel-sheet",
                  mass_kg=14.0, row=2),
        Component("1.1", "Deur", parent_id="1", material_input="multiplex",
                  material_id="plywood", mass_kg=3.0, quantity=2, joint_id="screw",
                  joint_input="schroef", row=3),
        Component("1.1.1", "Scharnier", parent_id="1.1", material_input="staal",
                  material_id="steel", mass_kg=0.1, quantity=2, joint_id="screw",
                  joint_input="schroef", recycled_content=0.4, row=4),
        Component("1.2", "Plank", parent_id="1", material_input="spaanplaat",
                  material_id="chipboard", mass_kg=1.5, quantity=3, joint_id="screw",
                  joint_input="schroef", row=5),
    )
    return Product("kast", "Kast", (Variant("kast-v", "Basis", comps, lifetime_years=15.0),),
                   stream="furniture-office")


def build_portfolio(folder: Path) -> Path:
    """Project files and a portfolio CSV in `folder`; returns the portfolio's path."""
    speaker = _imported(SAMPLES / "speaker_bom.csv")
    speaker = replace(speaker, variants=(replace(speaker.variants[0], lifetime_years=5.0),))
    demo = _imported(DEMO)
    demo = replace(demo, variants=(demo.variants[0], _recycled_redesign(demo.variants[0])))
    chair = replace(_imported(SAMPLES / "office_chair_bom.xlsx"), stream="furniture-office")
    store.save_project(Project("Speakers", (speaker, demo)), folder / SPEAKER_FILE)
    store.save_project(Project("Stoelen", (chair,)), folder / "chair.cirkel")
    store.save_project(Project("Kasten", (cabinet(),)), folder / "kast.cirkel")
    (folder / "waterkoker_bom.csv").write_bytes((SAMPLES / "waterkoker_bom.csv").read_bytes())
    target = folder / "portfolio.csv"
    target.write_text(PORTFOLIO.format(speaker=SPEAKER_FILE), encoding="utf-8")
    return target


def evaluate_product(product: Product, variant: Variant):
    """The engine's assessment of a product's variant with its stored settings."""
    return evaluate(variant, default_kb(), product_name=product.name, region=product.region,
                    processed_within=product.processed_within, stream=product.stream,
                    lifetime_years=variant.lifetime_years,
                    industry_lifetime_years=variant.industry_lifetime_years,
                    use_intensity=variant.use_intensity)
