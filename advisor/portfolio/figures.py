"""A product's assessment as figures per kilogram of product: its materials' end-of-life
outcomes and virgin content, and its critical raw materials.

Each kilogram is counted once: every leaf row, plus the own body of every assembly that
has one (an assembly row's flows include its body and all its children, so the body is
the assembly's flows minus its direct children's). The top rows' flows would give the
same outcomes, but not the virgin content per material, which needs each part's own
recycled and reused content.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable

from advisor.engine.jsonout import metrics_to_json
from advisor.model import Assessment, ComponentResult, MaterialFlow
from advisor.portfolio.model import CrmKg, ProductFigures

# Per (material, place): share, reuse, recycled, process_loss, energy, landfill, virgin.
Sums = dict[tuple[str, str], list[float]]
FIELDS = 7
# Below this share of the body's mass a difference is rounding, not material of the body.
BODY_NOISE = 1e-12


def _flow_values(f: MaterialFlow) -> tuple[float, ...]:
    return f.share, f.reuse, f.recycled, f.process_loss, f.energy, f.landfill


def _add_flows(acc: Sums, flows: Iterable[MaterialFlow], mass: float) -> None:
    """Add flows per kilogram of a row times the row's mass (virgin left at 0)."""
    for f in flows:
        entry = acc.setdefault((f.material_id, f.processed_in), [0.0] * FIELDS)
        for n, value in enumerate(_flow_values(f)):
            entry[n] += mass * value


def _add_leaf(acc: Sums, r: ComponentResult) -> None:
    m, inputs = r.total_mass_kg, r.mci_inputs
    virgin = 1.0 - inputs.F_R - inputs.F_U
    for f in r.flows:
        entry = acc.setdefault((f.material_id, f.processed_in), [0.0] * FIELDS)
        for n, value in enumerate(_flow_values(f)):
            entry[n] += m * value
        entry[6] += m * f.share * virgin


def _add_body(acc: Sums, r: ComponentResult, children: list[ComponentResult]) -> None:
    """An assembly's own body: its flows and content minus those of its children."""
    body: Sums = {}
    _add_flows(body, r.flows, r.total_mass_kg)
    mass = r.total_mass_kg
    recycled = r.total_mass_kg * r.mci_inputs.F_R
    reused = r.total_mass_kg * r.mci_inputs.F_U
    for k in children:
        _add_flows(body, k.flows, -k.total_mass_kg)
        mass -= k.total_mass_kg
        recycled -= k.total_mass_kg * k.mci_inputs.F_R
        reused -= k.total_mass_kg * k.mci_inputs.F_U
    if mass <= 0:
        return
    virgin = 1.0 - recycled / mass - reused / mass
    noise = BODY_NOISE * mass
    for key, values in body.items():
        if all(abs(v) <= noise for v in values[:6]):
            continue  # a material of the children only: what is left is rounding
        entry = acc.setdefault(key, [0.0] * FIELDS)
        for n in range(6):
            entry[n] += values[n]
        entry[6] += values[0] * virgin


def material_sums(assessment: Assessment) -> Sums:
    """Per (material, place), kilograms in one product: leaves and assembly bodies."""
    children: dict[str | None, list[ComponentResult]] = {}
    for r in assessment.components:
        children.setdefault(r.parent, []).append(r)
    acc: Sums = {}
    for r in assessment.components:
        if not r.is_assembly:
            _add_leaf(acc, r)
        elif r.own_mass_kg > 0:
            _add_body(acc, r, children.get(r.id, []))
    return acc


def product_figures(assessment: Assessment, *, is_plan: bool = False,
                    contributions: tuple = ()) -> ProductFigures:
    """The figures of an assessed product per kilogram of it."""
    m = assessment.metrics
    mass = m.total_mass_kg
    per_kg = 1.0 / mass if mass > 0 else 0.0
    sums = sorted(material_sums(assessment).items())
    packed = array("d", (v * per_kg for _key, values in sums for v in values))
    crm = tuple(CrmKg(c.id, c.mass_kg * per_kg, c.recovered_kg * per_kg) for c in m.crm)
    return ProductFigures(
        product_name=assessment.product_name, variant_name=assessment.variant_name,
        mass_kg=mass, stream=assessment.stream, stream_guessed=assessment.stream_guessed,
        region=assessment.region, processed_within=assessment.processed_within,
        lifetime_years=assessment.lifetime_years, mci=m.mci,
        recyclability_rate=m.recyclability_rate,
        metrics_json=json.dumps(metrics_to_json(m), separators=(",", ":")),
        material_ids=tuple(mid for (mid, _place), _v in sums),
        places=tuple(place for (_mid, place), _v in sums), values=packed, crm=crm,
        contributions=tuple(contributions), is_plan=is_plan)
