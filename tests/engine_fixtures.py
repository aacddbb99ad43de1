"""A small, hand-checkable knowledge base for the engine tests (fixture values, not facts).

The numbers here are chosen to make results easy to work out on paper; they are not
the shipped knowledge base and claim nothing about real materials.
"""

from __future__ import annotations

from pathlib import Path

from advisor.kb import KnowledgeBase, load_kb
from advisor.model import Component, Variant

S = "test fixture"
HEAD = {
    "materials": ",".join("""
        id name_en name_nl family iso_code density_kg_m3 density_source carbon_kg_per_kg
        carbon_source carbon_recycled_kg_per_kg carbon_recycled_source recycled_content_market
        recycled_content_source biobased substances carbon_black stream is_composite
        durable_part note source
        """.split()) + "\n",
    "joints": ",".join("""
        id name_en name_nl reversibility tool_class destructive time_s time_status time_source
        shredder_liberates shredder_source source
        """.split()) + "\n",
    "crm": ",".join("""
        id name_en name_nl strategic top_supplier supply_share supply_source eol_rir
        eol_rir_source source
        """.split()) + "\n",
}
TABLES = {
    "materials": HEAD["materials"] + f"""
pp,Polypropylene,Polypropeen,plastic-thermoplastic,PP,905,{S},2.0,{S},0.5,{S},0.1,{S},0,,0,pp,0,0,,{S}
pp_black,PP black,PP zwart,plastic-thermoplastic,PP,905,{S},2.0,{S},,,,,0,,1,pp,0,0,,{S}
abs,ABS,ABS,plastic-thermoplastic,ABS,,,3.0,{S},,,,,0,,0,abs,0,0,,{S}
san,SAN,SAN,plastic-thermoplastic,SAN,,,3.0,{S},,,,,0,,0,san,0,0,,{S}
pvc,PVC,PVC,plastic-thermoplastic,PVC,1380,{S},2.5,{S},,,,,0,PVC,0,pvc,0,0,,{S}
epoxy,Epoxy,Epoxy,plastic-thermoset,EP,,,6.0,{S},,,,,0,,0,,0,0,,{S}
steel,Steel,Staal,ferrous,,,,3.0,{S},0.5,{S},0.5,{S},0,,0,steel,0,0,,{S}
copper,Copper,Koper,non-ferrous,,,,4.0,{S},,,,,0,,0,copper,0,0,,{S}
ndfeb,NdFeB magnet,NdFeB-magneet,non-ferrous,,,,,,,,,,0,,0,,0,0,,{S}
li_ion,Li-ion battery,Li-ionbatterij,battery,,,,,,,,,,0,,0,,1,0,,{S}
motor,Electric motor,Elektromotor,electronics,,,,,,,,,,0,,0,,1,1,,{S}
pcb,Printed circuit board,Printplaat,electronics,,,,,,,,,,0,,0,,1,0,,{S}
ceramic,Ceramic,Keramiek,ceramic,,,,,,,,,,0,,0,,0,0,,{S}
""",
    "joints": HEAD["joints"] + f"""
screw,Screw,Schroef,reusable,basic,0,6,estimate,{S},1,{S},{S}
snap_fit,Snap fit,Klikverbinding,reusable,none,0,3,estimate,{S},1,{S},{S}
adhesive,Adhesive,Lijm,non_removable,special,1,30,estimate,{S},0,{S},{S}
weld,Weld,Las,non_removable,special,1,,,,0,{S},{S}
press_fit,Press fit,Persverbinding,removable,special,0,20,estimate,{S},1,{S},{S}
rivet,Rivet,Klinknagel,non_removable,special,1,20,estimate,{S},1,{S},{S}
""",
    "routes": f"""code,level,name_en,name_nl,description_en,description_nl,source
R3,3,Reuse,Hergebruik,,,{S}
R6,6,Remanufacture,Reviseren,,,{S}
R8,8,Recycle,Recyclen,,,{S}
R9,9,Recover,Terugwinnen,,,{S}
landfill,10,Landfill,Storten,,,{S}
""",
    "material_routes": "material_id,family,route,quality,yield,requires,regions,chains,streams,"
                       "processed_in,processed_source,status,source\n" + f"""
,plastic-thermoplastic,R8,closed_loop,0.8,detectable;soc_free;compatible,utrecht;nl;eu,,,nl,{S},,{S}
,plastic-thermoplastic,R8,downcycled,0.6,detectable,utrecht;nl;eu,,,nl,{S},,{S}
,plastic-thermoplastic,R9,energy,1.0,,utrecht;nl;eu,,,nl,{S},,{S}
,plastic-thermoset,R9,energy,1.0,,utrecht;nl;eu,,,nl,{S},,{S}
,ferrous,R8,high_grade,0.95,compatible,utrecht;nl;eu,,,world,{S},,{S}
,ferrous,R8,downcycled,0.9,,utrecht;nl;eu,,,world,{S},,{S}
copper,,R8,closed_loop,0.9,compatible,utrecht;nl;eu,,,eu,{S},,{S}
,non-ferrous,R8,downcycled,0.5,,utrecht;nl;eu,,,eu,{S},,{S}
,non-ferrous,landfill,landfill,0,,utrecht;nl;eu,,,nl,{S},,{S}
li_ion,,R8,high_grade,0.5,removed,utrecht;nl;eu,,,eu,{S},,{S}
li_ion,,landfill,landfill,0,,utrecht;nl;eu,,,nl,{S},,{S}
motor,,R6,reuse,1.0,dismantled;durable;functional,nl;eu,,,nl,{S},,{S}
motor,,R8,downcycled,0.7,,utrecht;nl;eu,,,eu,{S},,{S}
pcb,,R8,high_grade,0.3,removed,utrecht;nl;eu,,,eu,{S},,{S}
""",
    "treatment_chains": "id,name_en,name_nl,collection_en,collection_nl,annex_vii,"
                        "plastics_sorting,material_recycling,regions,source\n" + f"""
shred,Shredding,Shredderen,,,1,density,1,utrecht;nl;eu,{S}
nir,NIR sorting,NIR-sortering,,,0,nir,1,utrecht;nl;eu,{S}
burn,Incineration,Verbranding,,,0,none,0,utrecht;nl;eu,{S}
""",
    "eol_streams": f"""id,name_en,name_nl,kind,weee_category,chain,note,source
test,Test stream,Teststroom,weee,5,shred,,{S}
pack,Packaging,Verpakking,packaging,,nir,,{S}
residual,Residual,Restafval,residual,,burn,,{S}
""",
    "streams": f"""id,name_en,name_nl,process_yield,status,source
pp,PP,PP,0.71,,{S}
steel,Steel,Staal,,GAP,{S}
""",
    "compositions": f"""item_id,constituent_id,mass_share,source
motor,steel,0.6,{S}
motor,copper,0.3,{S}
motor,ndfeb,0.1,{S}
pcb,copper,0.3,{S}
pcb,epoxy,0.7,{S}
""",
    "crm": HEAD["crm"] + f"""
ree,Rare earth elements,Zeldzame aardmetalen,1,China,1.0,{S},,,{S}
""",
    "crm_content": f"""material_id,crm_id,mass_share,source
ndfeb,ree,0.3,{S}
""",
    "compatibility": f"""a,b,effect,yield_factor,route,note,source
pvc,family:plastic-thermoplastic,blocks,,closed_loop,,{S}
copper,family:ferrous,downgrades,,,,{S}
san,stream:pp,lowers_yield,0.9,R8,,{S}
finish:paint,family:plastic-thermoplastic,blocks,,,,{S}
finish:nickel_plating,family:ferrous,downgrades,,,,{S}
""",
    "finishes": f"""id,name_en,name_nl,effect,substances,note,source
paint,Paint,Lak,blocks,,,{S}
nickel_plating,Nickel plating,Vernikkeld,downgrades,,,{S}
zinc_plating,Zinc plating,Verzinkt,none,,,{S}
""",
}


def make_kb(folder: Path) -> KnowledgeBase:
    """Write the fixture tables into `folder` and load them (no user layer)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TABLES.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    (folder / "VERSION").write_text("test\n")
    return load_kb(folder, folder / "no-user-layer", use_user_layer=False)


def part(cid: str, material: str | None, mass: float, joint: str | None = None, *,
         parent: str | None = "P", row: int | None = None, **kw) -> Component:
    """A leaf part hanging from the product row `P`."""
    return Component(id=cid, name=kw.pop("name", cid), parent_id=parent, material_id=material,
                     material_input=kw.pop("material_input", material or ""), mass_kg=mass,
                     joint_id=joint, row=row, **kw)


def product(*parts: Component, name: str = "baseline") -> Variant:
    """A variant: the product row `P` on row 2, the parts after it."""
    rows = [Component(id="P", name="Product", row=2)]
    rows += [p if p.row is not None else Component(**{**p.__dict__, "row": 3 + i})
             for i, p in enumerate(parts)]
    return Variant(id=name, name=name, components=tuple(rows))
