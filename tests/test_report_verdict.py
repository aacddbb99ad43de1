"""The verdict and its story: outcomes that add up to the figures, the main causes, the
plan with its blocks and legal duties, targets; nothing printed where nothing is known."""

from __future__ import annotations

import pytest

from advisor.report import charts, outcomes
from tests.report_fixtures import (
    DEMO,
    PRODUCTS,
    REDESIGN,
    empty,
    evaluated,
    flat,
    full,
    kb,
    pages_text,
    render,
)


@pytest.mark.parametrize("path", PRODUCTS, ids=lambda p: p.stem)
def test_outcomes_add_up_to_the_mass_and_the_figures(path):
    a = evaluated(path)
    m, o = a.metrics, outcomes.product_outcome(a)
    assert o.total == pytest.approx(m.total_mass_kg, rel=1e-9)
    assert (o.reuse + o.recycled) / o.total == pytest.approx(m.recyclability_rate, abs=1e-9)
    assert (o.reuse + o.recycled + o.energy) / o.total == pytest.approx(
        m.recoverability_rate, abs=1e-9)
    flows = charts.outcome_flows(a, kb(), "nl")
    assert sum(flows.values()) == pytest.approx(m.total_mass_kg, rel=1e-9)
    per_route = outcomes.route_outcomes(a)
    assert sum(x.total for x in per_route.values()) == pytest.approx(o.total, rel=1e-9)


def test_the_main_causes_are_the_heaviest_losses_and_the_largest_crm_loss():
    a = evaluated(DEMO)
    found = outcomes.causes(a, kb())
    assert [c.lost_kg for c in found] == sorted((c.lost_kg for c in found), reverse=True)
    top = outcomes.top_causes(a, kb(), 3)
    assert len(top) == 3
    assert max(found, key=lambda c: c.crm_lost_kg) in top
    lost_crm = sum(c.crm_lost_kg for c in found)
    assert lost_crm == pytest.approx(a.metrics.crm_mass_kg - a.metrics.crm_recovered_kg,
                                     rel=0.1)


def test_data_quality_shares():
    q = outcomes.data_quality(evaluated(DEMO), kb())
    assert 0 <= q.published_share <= 1 and 0 <= q.values_published <= q.values_total
    assert q.resolved_share == pytest.approx(1.0)
    assert q.values_total > 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_full_assessment_shows_targets_plan_blocks_and_the_legal_box(lang, monkeypatch):
    from advisor import explain

    monkeypatch.setattr(explain, "finding_text",
                        lambda f, language: f"ZIN-{f.code}-{language}", raising=False)
    a = full(evaluated(DEMO))
    data, _ = render(a, lang)
    text = flat(" ".join(pages_text(data)))
    nl = lang == "nl"
    assert ("AEEA bijlage V cat. 5" if nl else "WEEE Annex V cat. 5") in text
    assert ("te weinig" if nl else "short") in text
    for block in ((("Snelle winst", "Onderdelen herontwerpen", "Ander materiaal")) if nl else
                  ("Quick wins", "Part redesigns", "Material or supplier changes")):
        assert block in text
    assert ("Wettelijke verplichtingen" if nl else "Legal duties") in text
    assert ("Alle" if nl else "All") in text and "→" in text
    assert f"ZIN-joints_unknown-{lang}" in text and f"ZIN-yield_missing-{lang}" in text


def test_empty_new_results_print_no_empty_boxes():
    a = empty(evaluated(DEMO))
    text = flat(" ".join(pages_text(render(a, "nl")[0])))
    for absent in ("Wettelijke verplichtingen", "Wettelijk doel", "doelstelling",
                   "Dit blok samen", "Alle 0"):
        assert absent not in text


def test_findings_without_a_sentence_never_show_their_code():
    a = full(evaluated(DEMO))
    text = flat(" ".join(pages_text(render(a, "nl")[0])))
    assert "joints_unknown" not in text and "yield_missing" not in text


def test_comparison_lists_changed_parts_with_why_and_signs_of_the_redesign():
    a, b = evaluated(DEMO), evaluated(REDESIGN)
    text = flat(" ".join(pages_text(render(a, "nl", compare=b)[0])))
    assert "Gewijzigde onderdelen" in text
    assert "Lijmverbinding (gelijmd) → Klem / ingeklemd" in text
    gained = (b.metrics.recyclability_rate - a.metrics.recyclability_rate) * 100
    assert gained > 0 and f"+{gained:.1f}".replace(".", ",") + " %-punt" in text
    share_a = a.metrics.crm_recovered_kg / a.metrics.crm_mass_kg
    share_b = b.metrics.crm_recovered_kg / b.metrics.crm_mass_kg
    shown = round((share_b - share_a) * 100, 1)
    sign = "+" if shown > 0 else "−" if shown < 0 else "±"
    assert f"{sign}{abs(shown):.1f}".replace(".", ",") + " %-punt" in text
    assert "Herontwerp min Basis" in text or "Herontwerp" in text


def test_a_changed_part_is_explained_by_the_recommendation_that_proposes_it():
    from dataclasses import replace

    from advisor.model import Change
    from advisor.report import labels
    from advisor.report.comparison import changes_of, why

    a, b = evaluated(DEMO), evaluated(REDESIGN)
    proposing = replace(a.recommendations[0], id="battery", priority=0,
                        changes=(Change("1.2.1", "joint_id", "screw"),))
    a = replace(a, recommendations=(proposing, *a.recommendations))
    found = {ch.key: ch for ch in changes_of(a, b)}
    assert why(found["1.2.1"], a, "nl") == labels.rec_title(proposing, "nl")
    # PVC -> PE insulation: now read as two cable items, so the material id itself changes
    assert "1.1.8" in found and {"material_input", "material_id"} & set(found["1.1.8"].fields)


def test_a_cause_listed_for_its_critical_raw_materials_says_so():
    """The kettle's copper heating element loses only 5.7 g, less than three other parts,
    but the most critical raw material: it takes the third place and the report says why,
    so no reader takes it for the third-largest loss."""
    from tests.conftest import SAMPLES

    a = evaluated(SAMPLES / "waterkoker_bom.csv")
    text = flat(" ".join(pages_text(render(a, "nl")[0])))
    assert "Het staat in dit lijstje om zijn kritieke grondstoffen" in text
    demo = flat(" ".join(pages_text(render(evaluated(DEMO), "nl")[0])))
    assert "Het staat in dit lijstje" not in demo


def test_a_plan_block_that_counts_a_legal_duty_says_so():
    """The demo's light-source duty (a screwed LED board with a connector, -20 s) is done
    with the quick wins: the block's figures carry its time, and the block says why."""
    a = evaluated(DEMO)
    text = flat(" ".join(pages_text(render(a, "nl")[0])))
    assert "Dit blok telt de wettelijke verplichting hierboven mee" in text


def test_the_lead_says_at_once_when_its_rates_rest_on_estimated_yields():
    """The demo's route yields are engineering estimates (0% of its mass rests on published
    values only): the verdict's first paragraph says so, not only the small print."""
    from advisor.report import verdict

    a = evaluated(DEMO)
    text = flat(" ".join(pages_text(render(a, "nl")[0])))
    lead_part = text.split("Waar het product staat")[0]
    assert "rusten vooral op geschatte recyclingrendementen" in lead_part
    assert verdict.MOSTLY_PUBLISHED == 0.5
