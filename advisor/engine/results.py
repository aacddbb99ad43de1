"""An evaluation as results: one record per BOM row (assemblies rolled up from their
leaves, with their own body) and the `Assessment` the rest of the program reads."""

from __future__ import annotations

from dataclasses import replace

from advisor.engine import findings
from advisor.engine.disassembly import disassembly
from advisor.engine.evaluate import Evaluation
from advisor.engine.liberation import PART, role_of
from advisor.engine.tree import Tree
from advisor.model import (
    Assessment,
    Component,
    ComponentResult,
    Issue,
    MaterialFlow,
    MciInputs,
    Variant,
)

SUMS = ("mass", "recycled", "energy", "reused", "process_loss", "landfill", "recyclable",
        "fr", "fu", "cr", "cu", "ec", "ef")


def component_results(ev: Evaluation, product=None) -> tuple[ComponentResult, ...]:
    """One result per input row in input order: leaves as assessed, assemblies rolled up
    (the product's own row shows the whole product's route, `product`)."""
    _, _, no_time = disassembly(ev.tree, ev.libs, ev.opened)
    sums = _assembly_sums(ev)
    out = []
    for cid in ev.tree.rows:
        c = ev.tree.comps[cid]
        if cid in ev.leaves:
            result = ev.leaves[cid].result
            if cid in no_time and result.joint:
                issue = Issue("joint_time_unknown", "data",
                              ev.index.named("joint", result.joint))
                result = replace(result, issues=result.issues + (issue,))
            out.append(result)
        else:
            out.append(_assembly_result(ev, c, sums[cid], cid in no_time, product))
    return tuple(out)


def _assembly_sums(ev: Evaluation) -> dict[str, dict[str, float]]:
    """Mass-weighted sums of the leaves under each assembly, children before parents."""
    sums: dict[str, dict[str, float]] = {}
    for cid in children_first(ev.tree):
        if cid in ev.leaves:
            r = ev.leaves[cid].result
            m, i = r.total_mass_kg, r.mci_inputs
            sums[cid] = {"mass": m, "recycled": m * r.recycling_yield,
                         "energy": m * r.energy_recovery_share, "reused": m * r.reuse_share,
                         "process_loss": m * r.process_loss_share,
                         "landfill": m * r.landfill_share,
                         "recyclable": m * r.recyclable_share,
                         "fr": m * i.F_R, "fu": m * i.F_U, "cr": m * i.C_R, "cu": m * i.C_U,
                         "ec": m * i.E_C, "ef": m * i.E_F, f"route:{r.route_code}": m}
            continue
        acc: dict[str, float] = dict.fromkeys(SUMS, 0.0)
        for k in ev.tree.kids[cid]:
            for key, value in sums[k].items():
                acc[key] = acc.get(key, 0.0) + value
        sums[cid] = acc
    return sums


def children_first(tree: Tree) -> list[str]:
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


def _assembly_issues(ev: Evaluation, c: Component, no_time: bool) -> tuple[Issue, ...]:
    lib = ev.libs[c.id]
    body = ev.tree.bodies.get(c.id)
    issues: tuple[Issue, ...] = ev.leaves[body].result.issues if body else ()
    if lib.unresolved:
        issues += (Issue("joint_unresolved", "data", {"input": c.joint_input}),)
    if no_time and lib.joint is not None:
        issues += (Issue("joint_time_unknown", "data", ev.index.named("joint", lib.joint.id)),)
    if not lib.known and not lib.unresolved and role_of(ev.tree, c.id) == PART:
        why = {"why": "battery"} if c.id in ev.removals.units else {}
        issues += (Issue("joint_unknown", "data", why),)
    if c.id in ev.removals.units and lib.known:  # the battery the law speaks of
        if not lib.liberated or lib.destructive:
            issues += (Issue("battery_not_removable", "joint",
                             ev.index.named("joint", lib.joint.id if lib.joint else "")),)
    return issues


def _assembly_result(ev: Evaluation, c: Component, s: dict[str, float], no_time: bool,
                     product) -> ComponentResult:
    m = s["mass"]

    def avg(key: str, default: float = 0.0) -> float:
        return s[key] / m if m > 0 else default

    routes = {k[6:]: v for k, v in s.items() if k.startswith("route:")}
    code = max(routes, key=lambda k: routes[k]) if routes else "landfill"
    leaves = ev.tree.leaves_under(c.id)
    shown = next((ev.leaves[leaf].result for leaf in leaves
                  if ev.leaves[leaf].result.route_code == code), None)
    quality = shown.route_quality if shown else "landfill"
    blocked = ev.leaves[ev.tree.bodies[c.id]].result.blocked_routes \
        if c.id in ev.tree.bodies else ()
    if product is not None and c.parent_id not in ev.tree.comps and product.code:
        code, quality, blocked = product.code, "reuse", product.blocked
    elif product is not None and c.parent_id not in ev.tree.comps:
        blocked = product.blocked + blocked
    lib = ev.libs[c.id]
    body = ev.tree.bodies.get(c.id)
    return ComponentResult(
        row=c.row, id=c.id, parent=c.parent_id, name=c.name, is_assembly=True,
        material_input=c.material_input, material_id=c.material_id,
        match_confidence=c.match_confidence, mass_kg=ev.tree.unit_mass[c.id],
        quantity=c.quantity, total_mass_kg=m, joint=lib.joint.id if lib.joint else None,
        liberated=lib.liberated, route_code=code, route_quality=quality,
        blocked_routes=blocked, recycling_yield=avg("recycled"),
        energy_recovery_share=avg("energy"), reuse_share=avg("reused"),
        mci_inputs=MciInputs(F_R=avg("fr"), F_U=avg("fu"), C_R=avg("cr"), C_U=avg("cu"),
                             E_C=avg("ec", 1.0), E_F=avg("ef", 1.0)),
        issues=_assembly_issues(ev, c, no_time), finish=c.finish,
        needs_removal=c.id in ev.removed, attached_to=c.attached_to,
        own_mass_kg=ev.tree.unit_mass[body] if body else 0.0,
        processed_in=shown.processed_in if shown else "", chain=ev.settings.chain.id,
        process_loss_share=avg("process_loss"), landfill_share=avg("landfill"),
        recyclable_share=avg("recyclable"), flows=_rolled_flows(ev, leaves, m))


def _rolled_flows(ev: Evaluation, leaves: list[str], mass: float,
                  ) -> tuple[MaterialFlow, ...]:
    """The flows of an assembly per kilogram of it: its leaves' flows by material."""
    if mass <= 0:
        return ()
    acc: dict[tuple[str, str], list[float]] = {}
    for leaf in leaves:
        r = ev.leaves[leaf].result
        weight = r.total_mass_kg / mass
        for f in r.flows:
            entry = acc.setdefault((f.material_id, f.processed_in), [0.0] * 6)
            for n, value in enumerate((f.share, f.reuse, f.recycled, f.process_loss,
                                       f.energy, f.landfill)):
                entry[n] += weight * value
    return tuple(MaterialFlow(mid, *values, processed_in=place)
                 for (mid, place), values in acc.items())


def to_assessment(ev: Evaluation, variant: Variant, product_name: str,
                  lifetime_years: float | None, industry_lifetime_years: float | None,
                  use_intensity: float | None) -> Assessment:
    metrics = ev.metrics()
    product = findings.product_route(ev)
    components = component_results(ev, product)
    return Assessment(
        product_name=product_name, variant_name=variant.name,
        kb_version=ev.index.kb.version, metrics=metrics, components=components,
        region=ev.settings.region, lifetime_years=lifetime_years,
        industry_lifetime_years=industry_lifetime_years,
        use_intensity=use_intensity if use_intensity else 1.0,
        processed_within=ev.settings.processed_within, stream=ev.settings.stream,
        stream_guessed=ev.settings.stream_guessed,
        assumptions=findings.assumptions(ev, components, metrics),
        data_gaps=findings.data_gaps(components), targets=findings.targets(ev, metrics),
        product_route=product)
