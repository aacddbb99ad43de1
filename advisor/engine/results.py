"""An evaluation as results: one record per BOM row (assemblies rolled up from their
leaves) and the `Assessment` the rest of the program reads."""

from __future__ import annotations

from dataclasses import replace

from advisor.engine.evaluate import Evaluation, disassembly
from advisor.engine.liberation import Tree
from advisor.model import (
    Assessment,
    Component,
    ComponentResult,
    Issue,
    MciInputs,
    Variant,
)


def component_results(ev: Evaluation) -> tuple[ComponentResult, ...]:
    """One result per input row in input order: leaves as assessed, assemblies rolled up."""
    _, _, no_time = disassembly(ev.tree, ev.libs, ev.opened)
    sums = _assembly_sums(ev)
    out = []
    for cid, c in ev.tree.comps.items():
        if cid in ev.leaves:
            result = ev.leaves[cid].result
            if cid in no_time:
                issue = Issue("joint_time_unknown", "data",
                              ev.index.named("joint", result.joint or ""))
                result = replace(result, issues=result.issues + (issue,))
            out.append(result)
        else:
            out.append(_assembly_result(ev, c, sums[cid], cid in no_time))
    return tuple(out)


def _assembly_sums(ev: Evaluation) -> dict[str, dict[str, float]]:
    """Mass-weighted sums of the leaves under each assembly, children before parents."""
    sums: dict[str, dict[str, float]] = {}
    keys = ("mass", "recycled", "energy", "reused", "fr", "fu", "cr", "cu", "ec", "ef")
    for cid in _children_first(ev.tree):
        if cid in ev.leaves:
            r = ev.leaves[cid].result
            m, i = r.total_mass_kg, r.mci_inputs
            sums[cid] = {"mass": m, "recycled": m * r.recycling_yield,
                         "energy": m * r.energy_recovery_share, "reused": m * r.reuse_share,
                         "fr": m * i.F_R, "fu": m * i.F_U, "cr": m * i.C_R, "cu": m * i.C_U,
                         "ec": m * i.E_C, "ef": m * i.E_F, f"route:{r.route_code}": m}
            continue
        acc: dict[str, float] = dict.fromkeys(keys, 0.0)
        for k in ev.tree.kids[cid]:
            for key, value in sums[k].items():
                acc[key] = acc.get(key, 0.0) + value
        sums[cid] = acc
    return sums


def _children_first(tree: Tree) -> list[str]:
    order: list[str] = []
    stack = [(cid, False) for cid, c in tree.comps.items() if c.parent_id not in tree.comps]
    while stack:
        node, done = stack.pop()
        if done:
            order.append(node)
            continue
        stack.append((node, True))
        stack.extend((k, False) for k in tree.kids.get(node, []))
    return order


def _assembly_result(ev: Evaluation, c: Component, s: dict[str, float],
                     no_time: bool) -> ComponentResult:
    m = s["mass"]

    def avg(key: str, default: float = 0.0) -> float:
        return s[key] / m if m > 0 else default

    routes = {k[6:]: v for k, v in s.items() if k.startswith("route:")}
    code = max(routes, key=lambda k: routes[k]) if routes else "landfill"
    quality = next((ev.leaves[leaf].result.route_quality for leaf in ev.tree.leaves_under(c.id)
                    if ev.leaves[leaf].result.route_code == code), "landfill")
    lib = ev.libs[c.id]
    issues = (Issue("joint_unresolved", "data", {"input": c.joint_input}),) if (
        lib.unresolved) else ()
    if no_time:
        issues += (Issue("joint_time_unknown", "data", ev.index.named("joint", lib.joint.id)),)
    return ComponentResult(
        row=c.row, id=c.id, parent=c.parent_id, name=c.name, is_assembly=True,
        material_input=c.material_input, material_id=c.material_id,
        match_confidence=c.match_confidence, mass_kg=ev.tree.unit_mass[c.id],
        quantity=c.quantity, total_mass_kg=m, joint=lib.joint.id if lib.joint else None,
        liberated=lib.liberated, route_code=code, route_quality=quality,
        recycling_yield=avg("recycled"), energy_recovery_share=avg("energy"),
        reuse_share=avg("reused"),
        mci_inputs=MciInputs(F_R=avg("fr"), F_U=avg("fu"), C_R=avg("cr"), C_U=avg("cu"),
                             E_C=avg("ec", 1.0), E_F=avg("ef", 1.0)),
        issues=issues, finish=c.finish)


def to_assessment(ev: Evaluation, variant: Variant, product_name: str,
                  lifetime_years: float | None, industry_lifetime_years: float | None,
                  use_intensity: float | None) -> Assessment:
    return Assessment(
        product_name=product_name, variant_name=variant.name,
        kb_version=ev.index.kb.version, metrics=ev.metrics(),
        components=component_results(ev), region=ev.settings.region,
        lifetime_years=lifetime_years, industry_lifetime_years=industry_lifetime_years,
        use_intensity=use_intensity if use_intensity else 1.0)
