"""The portfolio's flows add up: masses, outcomes, virgin material, CRM and before/after,
checked against each product evaluated on its own."""

from __future__ import annotations

import math

import pytest

from advisor import store
from advisor.analysis import evaluate as with_advice
from advisor.bom_io import load_input
from advisor.engine import resolver_for
from advisor.kb.base import default_kb
from advisor.portfolio import run_portfolio
from advisor.portfolio.cache import MemoryCache
from advisor.portfolio.evaluate import plan_of
from advisor.portfolio.figures import product_figures
from advisor.portfolio.model import OUTCOME_KEYS
from tests.portfolio_fixtures import DEMO, SAMPLES, build_portfolio, cabinet, evaluate_product

REL = 1e-9


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL, abs_tol=1e-9)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("portfolio")


@pytest.fixture(scope="module")
def result(folder):
    kb = default_kb()
    return run_portfolio(build_portfolio(folder), kb, cache=MemoryCache(kb.version))


def _independent(result, folder):
    """Per line: (units in the region per year, assessment before, assessment after)."""
    kb = default_kb()
    out = []
    for x in result.lines:
        line = x.line
        if line.path.suffix == ".csv":
            _p, product, variant, _w = load_input(line.path, resolver=resolver_for(kb))
        else:
            project = store.open_project(line.path)
            product = project.product(line.product)
            variant = product.variant(line.variant)
        before = evaluate_product(product, variant)
        after = None
        if line.compare_variant == "plan":
            advised = with_advice(variant, kb, product_name=product.name,
                                  region=product.region, stream=product.stream,
                                  processed_within=product.processed_within,
                                  lifetime_years=variant.lifetime_years)
            after = evaluate_product(product, plan_of(variant, advised))
            # the plan's variant is the advice's plan: the same figures as it measured
            assert math.isclose(after.metrics.mci, advised.plan.metrics.mci, abs_tol=1e-9)
            assert math.isclose(after.metrics.v_kg, advised.plan.metrics.v_kg, rel_tol=1e-9)
        elif line.compare_variant:
            after = evaluate_product(product, product.variant(line.compare_variant))
        out.append((line.units_per_year * line.region_share, before, after))
    return out


@pytest.fixture(scope="module")
def independent(result, folder):
    return _independent(result, folder)


def test_every_line_is_read(result):
    assert [x.line.row for x in result.lines] == [2, 3, 4, 5, 6]
    assert result.after is not None and result.difference is not None


def test_masses_equal_products_times_volumes(result, independent):
    expected = sum(k * b.metrics.total_mass_kg for k, b, _a in independent)
    t = result.before.totals
    assert close(t.on_market, expected)
    assert close(sum(f.on_market for f in result.before.flows), expected)
    assert close(t.eol, expected)  # steady state
    expected_after = sum(k * (a or b).metrics.total_mass_kg for k, b, a in independent)
    assert close(result.after.totals.on_market, expected_after)


def test_outcome_shares_sum_to_the_mass(result):
    for side in (result.before, result.after):
        for f in side.flows:
            assert close(f.outcomes.total, f.eol), f
        t = side.totals
        assert close(t.outcomes.total, t.eol)
        assert close(sum(s.on_market for s in side.streams), t.on_market)
        assert close(sum(s.outcomes.total for s in side.streams), t.eol)


def test_virgin_crm_and_rates_equal_the_products(result, independent):
    t = result.before.totals
    assert close(t.virgin, sum(k * b.metrics.v_kg for k, b, _a in independent))
    assert close(t.crm_kg, sum(k * b.metrics.crm_mass_kg for k, b, _a in independent))
    assert close(t.crm_recovered,
                 sum(k * b.metrics.crm_recovered_kg for k, b, _a in independent))
    mass = [k * b.metrics.total_mass_kg for k, b, _a in independent]
    assert close(t.mci, sum(m * b.metrics.mci for m, (_k, b, _a) in zip(mass, independent,
                                                                          strict=True))
                 / sum(mass))
    recovered = sum(k * b.metrics.total_mass_kg * b.metrics.recyclability_rate
                    for k, b, _a in independent)
    assert close(t.recyclability_rate, recovered / sum(mass))


def test_before_after_differences_equal_product_differences_times_volumes(result,
                                                                          independent):
    d = result.difference
    pairs = [(k, b, a or b) for k, b, a in independent]
    assert close(d.virgin_avoided, sum(k * (b.metrics.v_kg - a.metrics.v_kg)
                                       for k, b, a in pairs))
    # Critical raw materials like for like, as the advice counts them: no longer lost.
    assert close(d.crm_recovered, sum(k * ((b.metrics.crm_mass_kg - b.metrics.crm_recovered_kg)
                                           - (a.metrics.crm_mass_kg - a.metrics.crm_recovered_kg))
                                      for k, b, a in pairs))
    assert d.virgin_avoided > 0  # the plans and the redesign raise recycled content
    for x, (_k, _b, a) in zip(result.lines, independent, strict=True):
        if a is None:
            assert x.after is None
            continue
        assert close(x.after.mass_kg, a.metrics.total_mass_kg)
        assert close(x.after.metrics["mci"], a.metrics.mci)


def test_contributors_are_ranked_and_scaled(result):
    found = result.contributors
    assert found, "the plans and the redesign contribute"
    assert [c.virgin_avoided for c in found] == sorted((c.virgin_avoided for c in found),
                                                       reverse=True)
    variant = [c for c in found if c.kind == "variant"]
    assert [c.row for c in variant] == [3] and variant[0].recommendation == "Herontwerp A"
    line = next(x for x in result.lines if x.line.row == 3)
    assert close(variant[0].virgin_avoided,
                 line.factor * line.before.mass_kg * sum(m.virgin for m in line.before.materials)
                 - line.factor * line.after.mass_kg * sum(m.virgin
                                                         for m in line.after.materials))


@pytest.mark.parametrize("source", [SAMPLES / "speaker_bom.csv", SAMPLES / "waterkoker_bom.csv",
                                    SAMPLES / "office_chair_bom.xlsx", DEMO, "cabinet"])
def test_each_kilogram_is_counted_once(source):
    """Leaves plus the bodies of assemblies: the flows' masses are the product's mass."""
    kb = default_kb()
    if source == "cabinet":
        product = cabinet()
        variant = product.variants[0]
    else:
        _p, product, variant, _w = load_input(source, resolver=resolver_for(kb))
    a = evaluate_product(product, variant)
    f = product_figures(a)
    m = a.metrics.total_mass_kg
    assert close(sum(x.share for x in f.materials) * m, m)
    outcomes = sum(x.reuse + x.recycled + x.process_loss + x.energy + x.landfill
                   for x in f.materials)
    assert close(outcomes * m, m)
    assert close(sum(x.virgin for x in f.materials) * m, a.metrics.v_kg)
    crm = {c.id: c.mass_kg for c in a.metrics.crm}
    assert all(close(c.kg * m, crm[c.crm_id]) for c in f.crm)


def test_the_cabinet_counts_its_bodies_and_quantities():
    """14 kg: a body of 3.5 kg, two doors (2.8 kg body and two 0.1 kg hinges each) and
    three 1.5 kg shelves; summing the assembly rows too would count 14 + 6 + ... kg."""
    a = evaluate_product(cabinet(), cabinet().variants[0])
    assert close(a.metrics.total_mass_kg, 14.0)
    by_material = {}
    for x in product_figures(a).materials:
        by_material[x.material_id] = by_material.get(x.material_id, 0.0) + x.share * 14.0
    assert close(by_material["steel-sheet"], 3.5)
    assert close(by_material["plywood"], 5.6)
    assert close(by_material["steel"], 0.4)
    assert close(by_material["chipboard"], 4.5)
    virgin_steel = sum(x.virgin for x in product_figures(a).materials
                       if x.material_id == "steel") * 14.0
    assert close(virgin_steel, 0.4 * 0.6)  # the hinges' 40% recycled content


def test_outcome_keys_are_the_contract():
    assert OUTCOME_KEYS == ("reuse", "recycled_region", "recycled_nl", "recycled_abroad",
                            "process_loss", "energy", "landfill")
