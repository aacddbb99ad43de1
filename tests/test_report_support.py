"""Hand-built knowledge base and assessments for the report tests (no engine needed)."""

from __future__ import annotations

from pathlib import Path

from advisor.kb import load_kb
from advisor.model import (
    Assessment,
    BlockedRoute,
    ComponentResult,
    Gain,
    Issue,
    Metrics,
    Reason,
    Recommendation,
)

MATERIALS = (
    "id,name_en,name_nl,family,iso_code,density_kg_m3,density_source,carbon_kg_per_kg,"
    "carbon_source,recycled_content_market,recycled_content_source,source\n"
    "abs,ABS,ABS,plastic-thermoplastic,ABS,1050,test density,3.55,test carbon,,,test src\n"
    "pp,Polypropylene,Polypropeen,plastic-thermoplastic,PP,905,test density,1.95,"
    "test carbon,,,test src\n"
    "steel,Steel,Staal,ferrous,,7850,test density,2.8,test carbon,0.3,test rc,test src\n"
    "pcb,Printed circuit board,Printplaat,electronics,,,,,,,,test src\n"
)
JOINTS = (
    "id,name_en,name_nl,reversibility,tool_class,destructive,time_s,time_status,"
    "time_source,source\n"
    "screw,Screw,Schroef,reusable,basic,0,5,estimate,test joint time,src\n"
    "adhesive,Adhesive,Lijm,non_removable,special,1,,,,src\n"
)
ROUTES = (
    "material_id,family,route,quality,yield,requires,regions,status,source\n"
    ",plastic-thermoplastic,R8,high_grade,0.8,liberated,utrecht;nl;eu,,test plastics\n"
    "steel,,R8,closed_loop,0.95,,utrecht;nl;eu,,test steel\n"
    ",electronics,R9,energy,0.0,,utrecht;nl;eu,derived,test pcb\n"
)


def make_kb(folder: Path):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "materials.csv").write_text(MATERIALS, encoding="utf-8")
    (folder / "joints.csv").write_text(JOINTS, encoding="utf-8")
    (folder / "material_routes.csv").write_text(ROUTES, encoding="utf-8")
    (folder / "VERSION").write_text("2026.1\n")
    return load_kb(folder, folder / "no-user-layer")


def part(row: int, name: str, material: str | None, mass: float, route: str = "R8", *,
         parent: str = "p", blocked: tuple = (), issues: tuple = (), joint: str = "screw",
         written: str | None = None) -> ComponentResult:
    recycled = {"R8": 0.8, "R9": 0.0, "landfill": 0.0}.get(route, 0.0)
    return ComponentResult(
        row=row, id=f"c{row}", parent=parent, name=name, is_assembly=False,
        material_input=written if written is not None else (material or "mystery"),
        material_id=material, match_confidence=1.0 if material else 0.0, mass_kg=mass,
        quantity=1, total_mass_kg=mass, joint=joint, liberated=True, route_code=route,
        route_quality="high_grade" if route == "R8" else "energy",
        blocked_routes=blocked, recycling_yield=recycled,
        energy_recovery_share=1.0 if route == "R9" else 0.0, issues=issues)


METRICS = Metrics(total_mass_kg=1.234, recyclability_rate=0.6234, recoverability_rate=0.8123,
                  reuse_rate=0.0, mci=0.3456, lfi=0.7271, utility_x=1.0, v_kg=1.1, w_kg=0.7,
                  circular_inflow=0.05, circular_outflow=0.55, crm_mass_kg=0.012,
                  crm_recovered_kg=0.003, crm_materials=("palladium",),
                  disassembly_time_s=187.0, embodied_carbon_kg=4.321, unresolved_mass_kg=0.05)


RULE_IDS = ("J01", "J02", "J03", "J04")  # rules of advisor.recommend, for their sentences


def recommendations(n: int = 6) -> tuple[Recommendation, ...]:
    return tuple(
        Recommendation(id=f"rec{i}", rule_id=RULE_IDS[i % len(RULE_IDS)], category="joint",
                       rows=(3, 4), component_ids=("c3", "c4"),
                       params={"parts": "Motor", "joint": "Schroef"},
                       gain=Gain(recyclability_rate=0.01 * (n - i), mci=0.005 * (n - i),
                                 disassembly_time_s=-10.0 * i), priority=i)
        for i in range(1, n + 1))


def make_assessment(product: str = "Stofzuiger S1", variant: str = "basis", *,
                    extra_rows: int = 0, metrics: Metrics = METRICS) -> Assessment:
    blocked = (BlockedRoute("R3", (Reason("glued", {"joint": "adhesive"}),)),)
    issue = Issue("unresolved_material", "data", {"text": "mystery"})
    comps = [
        ComponentResult(row=2, id="p", parent=None, name=product, is_assembly=True,
                        material_input="", material_id=None, match_confidence=0.0,
                        mass_kg=1.234, quantity=1, total_mass_kg=1.234, joint=None,
                        liberated=True, route_code="R8", route_quality="high_grade"),
        part(3, "Behuizing", "abs", 0.5),
        part(4, "Motor", "steel", 0.6, blocked=blocked, joint="adhesive"),
        part(5, "Print", "pcb", 0.084, "R9"),
        part(6, "Onbekend ding", None, 0.05, "landfill", issues=(issue,)),
    ]
    names = ("Schroef", "Clip", "Deksel", "Veer", "Knop")
    for i in range(extra_rows):
        comps.append(part(7 + i, f"{names[i % 5]} {i}", ("abs", "pp", "steel")[i % 3],
                          0.001 * (1 + i % 17)))
    return Assessment(product_name=product, variant_name=variant, kb_version="2026.1-test",
                      metrics=metrics, components=tuple(comps),
                      recommendations=recommendations(), region="utrecht")


# Parts as the demo product writes them: (name, material, mass in g, joint, finish).
BOM_PARTS = (
    ("Behuizing", "ABS zwart", "165", "geschroefd", "soft-touch lak"),
    ("Motor", "elektromotor", "310", "geschroefd", ""),
    ("Waaier", "PA6-GF30", "35", "ingeperst", ""),
    ("Print", "PCB met componenten", "45", "geschroefd", ""),
    ("Schakelaar", "PC", "6", "geklikt", ""),
    ("Bedrading", "koperdraad met PVC-isolatie", "28", "gesoldeerd", ""),
    ("Schroef", "RVS A2", "1,2", "schroef", ""),
    ("Stofbak", "PP transparant", "150", "klik", ""),
    ("Zuigbuis", "aluminium 6063", "210", "klik", "geanodiseerd"),
    ("Afdichting", "EPDM", "6", "ingeklemd", ""),
)
PARTS_PER_ASSEMBLY = 19


def write_bom(path: Path, rows: int) -> Path:
    """A Dutch semicolon CSV of `rows` data rows: a product, assemblies of 19 parts."""
    lines = ["Nr;Onderdeel;Materiaal;Massa (g);Aantal;Verbinding;Afwerking"]
    lines.append("1;Testproduct groot;;;1;;")
    assembly = part_no = 0
    while len(lines) - 1 < rows:
        if part_no % PARTS_PER_ASSEMBLY == 0:
            assembly += 1
            lines.append(f"1.{assembly};Module {assembly};;;1;klik;")
        else:
            name, material, grams, joint, finish = BOM_PARTS[part_no % len(BOM_PARTS)]
            lines.append(f"1.{assembly}.{part_no % PARTS_PER_ASSEMBLY};{name} {part_no};"
                         f"{material};{grams};1;{joint};{finish}")
        part_no += 1
    path.write_text("\n".join(lines[: rows + 1]) + "\n", encoding="utf-8")
    return path
