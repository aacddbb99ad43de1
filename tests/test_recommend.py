"""The advice's rules know when they apply: function and context, the level the law
names, the partner a part is really joined to, one change per recommendation."""

from __future__ import annotations

import pytest

from advisor.analysis import evaluate
from advisor.explain import gain_note_text, recommendation_text
from advisor.messages import catalog
from advisor.recommend import RULES, recommend
from advisor.recommend.context import apply_change
from advisor.recommend.knowledge import advice_kb
from tests.advice_fixtures import part, product, shipped_kb

CATEGORIES = {"joint", "material", "compatibility", "substance", "crm", "marking", "coating",
              "recycled_content", "durability"}


@pytest.fixture(scope="module")
def kb():
    return shipped_kb()


def _recs(kb, *rows, **kw):
    return evaluate(product(*rows), kb, **kw).recommendations


def _on(recs, row: int):
    return [r for r in recs if row in r.rows]


def test_rule_library_has_both_languages_and_no_data_rules():
    assert len({r.id for r in RULES}) == len(RULES) >= 30
    assert {r.category for r in RULES} <= CATEGORIES
    sentences = catalog()
    for r in RULES:
        keys = [k for k in sentences if k.startswith(f"rec_{r.id}_")]
        assert {f"rec_{r.id}_title", f"rec_{r.id}_why"} <= set(keys), r.id
        assert f"rec_{r.id}_action" in keys or f"rec_{r.id}_check" in keys, r.id
        for key in keys:
            assert sentences[key]["en"] and sentences[key]["nl"], key
            assert sentences[key]["en"] != sentences[key]["nl"], key


def test_battery_duty_is_at_the_pack_not_its_cells(kb):
    rows = (part("h", "Behuizing", "pp", 400, "screw", row=3),
            part("pack", "Accupakket", None, 0, "snap-fit", row=4),
            part("cell", "Accucel 18650", "li-ion-cell", 47, "spot-weld", parent="pack",
                 quantity=4, row=5),
            part("holder", "Accuhouder", "pc-abs", 40, "ultrasonic-weld", parent="pack", row=6))
    rows = (rows[0], rows[1].__class__(**{**rows[1].__dict__, "mass_kg": None}), *rows[2:])
    assert not [r for r in _recs(kb, *rows) if r.rule_id == "J01"]
    glued = (rows[0], rows[1].__class__(**{**rows[1].__dict__, "joint_id": "adhesive"}),
             *rows[2:])
    duty = [r for r in _recs(kb, *glued) if r.rule_id == "J01"]
    assert len(duty) == 1 and duty[0].rows == (4,) and duty[0].legal
    assert duty[0].changes[0].component_id == "pack"


def test_a_cell_that_is_the_battery_carries_the_duty(kb):
    recs = _recs(kb, part("h", "Behuizing", "abs", 300, "screw", row=3),
                 part("cell", "Knoopcel", "coin-cell", 3, "adhesive", row=4))
    assert [r.rows for r in recs if r.rule_id == "J01"] == [(4,)]


def test_soldered_wiring_is_left_alone_and_a_glued_board_comes_out_as_a_board(kb):
    recs = _recs(kb, part("h", "Behuizing", "pp", 500, "screw", row=3),
                 part("w", "Bedrading", "cable-pvc-copper", 25, "solder", row=4),
                 part("b", "Besturingsprint", "pcb-populated", 40, "adhesive", row=5))
    assert not [r for r in _on(recs, 4) if any(c.field == "joint_id" for c in r.changes)]
    board = [r for r in recs if r.rule_id == "J02"]
    assert len(board) == 1 and board[0].rows == (5,)
    assert "plug" in recommendation_text(board[0], "en").action


def test_a_part_too_small_to_matter_gets_no_advice_without_a_mechanism(kb):
    recs = _recs(kb, part("h", "Behuizing", "pp", 900, "screw", row=3),
                 part("clip", "Clip", "pp-black", 2, "snap-fit", row=4),
                 part("pin", "As", "steel", 3, "press-fit", row=5))
    assert not _on(recs, 4) and not _on(recs, 5)


def test_a_protective_coating_is_kept(kb):
    recs = _recs(kb, part("h", "Behuizing", "abs", 300, "screw", row=3),
                 part("m", "Magneet", "ndfeb", 30, "screw", finish="nickel-plating", row=4),
                 part("f", "Frame", "steel-galvanised", 900, "bolt", finish="galvanised",
                      row=5))
    for rec in recs:
        for ch in rec.changes:
            assert not (ch.field == "finish" and ch.component_id in ("m", "f")), rec.rule_id


def test_substitutions_go_only_to_materials_that_do_the_job(kb):
    recs = _recs(kb, part("h", "Behuizing", "pp", 900, "screw", row=3),
                 part("c", "Snoer", "cable-pvc-copper", 120, "strain-relief", row=4),
                 part("s", "Afdichting", "pvc-p", 40, "clamp", row=5),
                 part("r", "Snoerhaspel", "pvc-p", 60, "screw", row=6),
                 part("d", "Diffuser", "abs-fr", 60, "snap-fit", row=7))
    seals = advice_kb(kb).materials_for(frozenset({"seal"}))
    by_row = {row: [c for r in recs for c in r.changes if row in r.rows
                    and c.field == "material_id"] for row in (4, 5, 6, 7)}
    assert [c.value for c in by_row[4]] == ["cable-halogen-free"]
    assert by_row[5] and all(c.value in seals for c in by_row[5])
    assert by_row[6] == [] and by_row[7] == []  # function unknown / no transparent FR grade
    questions = [r for r in recs if not r.edits and 6 in r.rows]
    assert questions and "supplier" in recommendation_text(questions[0], "en").action


def test_one_recommendation_per_change_and_group(kb):
    """The two black housing halves share one pigment change, the black foot another (in
    a chain that sorts plastics by near infrared); recycled content is one per material."""
    recs = _recs(kb, part("a", "Behuizing links", "abs-black", 160, "screw", row=3),
                 part("b", "Behuizing rechts", "abs-black", 150, "screw", row=4),
                 part("f", "Voet", "pp-black", 90, "screw", row=5),
                 part("s", "Frame", "steel", 800, "screw", row=6),
                 part("al", "Buis", "aluminium-extruded", 300, "screw", row=7),
                 stream="packaging")
    black = [r for r in recs if r.rule_id == "M01"]
    assert sorted(r.rows for r in black) == [(3, 4), (5,)]
    recycled = [r for r in recs if r.rule_id == "RC01"]
    assert len(recycled) == 2
    for rec in recycled:
        mats = {kb.materials[rec.params["material"]]}
        assert len(mats) == 1
        share = next(iter(mats)).recycled_content_market
        assert all(c.value == share for c in rec.changes)


def test_the_partner_is_the_row_a_part_is_attached_to(kb):
    def rows(attached: str | None):
        return (part("a", "Schaal boven", "pc", 200, "screw", row=3),
                part("b", "Schaal onder", "pp", 220, "screw", row=4),
                part("g", "Greep", "tpe", 30, "overmould", row=5, attached_to=attached))
    rec = next(r for r in _recs(kb, *rows("a")) if 5 in r.rows)
    assert rec.params["partner"] == "Schaal boven"
    rec = next(r for r in _recs(kb, *rows(None)) if 5 in r.rows)
    assert rec.params["partner"] == "Testproduct"  # the parent by default, not a sibling


def test_riveted_dissimilar_metals_are_not_advised(kb):
    recs = _recs(kb, part("base", "Voet", "cast-iron", 1800, row=3),
                 part("arm", "Lamparm", "aluminium-extruded", 300, "rivet", row=4))
    assert not [r for r in _on(recs, 4) if r.category in ("joint", "compatibility")]


def test_data_prompts_are_data_gaps_not_advice(kb):
    a = evaluate(product(part("x", "Ding", None, 300, "screw", row=3, material_input="foo"),
                         part("y", "Plaat", "pp", 500, None, row=4,
                              joint_input="klemmetje zus")), kb)
    assert {f.code for f in a.data_gaps} >= {"material_unresolved", "joint_unresolved"}
    assert next(f for f in a.data_gaps if f.code == "material_unresolved").rows == (3,)
    assert all(r.category != "data" for r in a.recommendations)


def test_applying_any_recommendation_changes_the_variant(kb):
    v = product(part("h", "Behuizing", "pp", 800, "screw", row=3),
                part("c", "Snoer", "cable-pvc-copper", 120, "strain-relief", row=4),
                part("w", "Venster", "san", 10, "adhesive", row=5),
                part("l", "Laklaag", "abs", 200, "screw", finish="soft-touch", row=6))
    comps = {c.id: c for c in v.components}
    recs = evaluate(v, kb).recommendations
    assert recs
    for rec in recs:
        if rec.edits:
            assert any(apply_change(comps[ch.component_id], ch) != comps[ch.component_id]
                       for ch in rec.changes), rec.id
        else:
            assert rec.gain_note is not None and gain_note_text(rec, "nl")


def test_recommend_function_matches_evaluate(kb):
    v = product(part("h", "Behuizing", "pp", 800, "screw", row=3),
                part("c", "Snoer", "cable-pvc-copper", 120, "strain-relief", row=4))
    a = evaluate(v, kb, recommendations=False)
    assert [r.id for r in recommend(v, a, kb)] == [r.id for r in evaluate(v, kb).recommendations]


def test_the_same_change_in_many_modules_is_one_recommendation(kb):
    """A machine of twelve modules, each with the same glued battery pack: the designer
    decides the pack's fixing once, so the duty is one recommendation for the twelve
    packs (its gain measured for all of them), and the names are counted past eight."""
    rows = []
    for k in range(12):
        rows += [part(f"m{k}", f"Module {k}", None, 0, "screw", row=10 * k + 3),
                 part(f"h{k}", f"Behuizing {k}", "pp", 300, "screw", parent=f"m{k}",
                      row=10 * k + 4),
                 part(f"b{k}", f"Accupakket {k}", "li-ion-cell", 90, "adhesive",
                      parent=f"m{k}", row=10 * k + 5)]
    rows = [r.__class__(**{**r.__dict__, "mass_kg": None}) if r.id.startswith("m") else r
            for r in rows]
    duty = [r for r in _recs(kb, *rows) if r.rule_id == "J01"]
    assert len(duty) == 1
    assert duty[0].rows == tuple(10 * k + 5 for k in range(12))
    assert {c.component_id for c in duty[0].changes} == {f"b{k}" for k in range(12)}
    assert duty[0].params["parts_nl"].endswith("Accupakket 7 en nog 4")
    assert duty[0].params["parts_en"].endswith("Accupakket 7 and 4 more")
    text = recommendation_text(duty[0], "nl")
    assert "en nog 4" in text.action + text.title + text.why


def test_gains_are_like_for_like_where_a_figure_is_missing_or_the_content_changes(kb):
    """The demo's EPDM seal swapped for a TPE (which has no carbon factor) saves no
    carbon on paper, and its PVC wiring swapped for halogen-free cable (more copper, all
    of it recovered in both) recovers no more critical raw material."""
    from tests.advice_fixtures import assessed

    _, a = assessed("demo")
    seal = next(r for r in a.recommendations if "Afdichting" in r.params.get("parts", ""))
    assert kb.materials["tpe"].carbon_kg_per_kg is None
    assert seal.gain.recyclability_rate > 0 and seal.gain.embodied_carbon_kg == 0.0
    cable = next(r for r in a.recommendations if "Bedrading" in r.params.get("parts", ""))
    assert cable.gain.crm_recovered_kg == pytest.approx(0.0, abs=1e-9)
    assert a.plan.gain.embodied_carbon_kg < 0  # the recycled aluminium still counts


def test_knowledge_base_names_read_as_common_nouns_inside_a_sentence():
    """"Maak Greepbekleding een los onderdeel dat met klikverbinding op ..." (not "met
    Klikverbinding"); acronyms and mixed-case names keep their capitals, the user's part
    names too, and a sentence still starts with a capital."""
    from advisor.explain import in_sentence
    from tests.advice_fixtures import assessed

    _, a = assessed("demo")
    texts = [recommendation_text(r, "nl") for r in a.recommendations]
    actions = " ".join(t.action for t in texts)
    assert "klikverbinding (losneembaar)" in actions and "Klikverbinding" not in actions
    assert "Behuizingschaal links" in actions  # the user's own name
    assert all(t.title[:1].isupper() and t.action[:1].isupper() for t in texts)
    kept = in_sentence({"material": "NdFeB-magneet", "joint": "PC/ABS-blend",
                        "finish": "ABS, roetgevuld zwart", "fixed": "Schroef / geschroefd"})
    assert kept == {"material": "NdFeB-magneet", "joint": "PC/ABS-blend",
                    "finish": "ABS, roetgevuld zwart", "fixed": "schroef / geschroefd"}


def test_a_joint_change_without_a_known_time_leaves_the_others_time_measured(kb):
    """A glued battery given a pull-tab saves 50 s; a potted board (no time: not
    separable by hand) given screws adds its 10 s to the sum of known times, which is no
    real loss. Together they are measured as the pull-tab alone, not as -40 s or 0 s."""
    from advisor.engine.evaluate import run_evaluation, settings_for
    from advisor.model import Change
    from advisor.recommend.gains import comparable, gain_between, metrics_after

    v = product(part("h", "Behuizing", "pp", 300, "screw", row=3),
                part("a", "Accu", "li-ion-cell", 100, "adhesive", row=4),
                part("b", "Printplaat", "pcb-populated", 20, "potting", row=5))
    ev = run_evaluation(v, kb, settings_for("utrecht", None, None, None, stream="weee-5"))
    base = ev.metrics()
    tab, screws = Change("a", "joint_id", "adhesive-pull-tab"), Change("b", "joint_id", "screw")

    def measured(*changes):
        return comparable(ev, gain_between(base, metrics_after(ev, changes)), changes,
                          base).disassembly_time_s

    assert measured(tab) == pytest.approx(-50.0)
    assert measured(screws) == 0.0
    assert measured(tab, screws) == pytest.approx(-50.0)


def test_a_plan_stage_that_gains_more_together_says_so(kb):
    """The demo's ABS housing is held back by its soft-touch lacquer and by the TPE grip
    moulded onto it: leaving off the lacquer (stage 1) or separating the grip (stage 2)
    alone leaves it downgraded, both together make it closed-loop. Stage 2 adds more
    than its change alone, and the CLI says why; stage 3's changes add up."""
    from advisor.engine.textout import advice_lines
    from advisor.explain import stage_interaction
    from tests.advice_fixtures import assessed

    _, a = assessed("demo")
    efforts = [s.effort for s in a.plan.stages]
    assert efforts == [1, 2, 3]
    own, alone = stage_interaction(a.plan, 1, a.recommendations)
    assert own > alone + 0.01
    assert stage_interaction(a.plan, 2, a.recommendations) is None
    lines = "\n".join(advice_lines(a, "nl"))
    assert "meer dan de +0,6 pt van de wijzigingen elk apart" in lines


def test_a_substitution_says_what_the_part_needs_of_its_new_material():
    """The kettle's water-level window, to be made of the kettle's PP, must be a clarified
    grade (standard PP is not transparent); the demo's EPDM seal made of TPE must suit
    its temperature. The conditions come from the functional alternatives' rows and are
    said in both languages; a change of joint or finish says none."""
    from tests.advice_fixtures import assessed

    for name, row, nl_said, en_said in (
            ("waterkoker", 9, "Voorwaarde: kies een geklaarde random-copolymeersoort",
             "Condition: choose a clarified random-copolymer grade"),
            ("demo", 22, "Voorwaarde: een afdichting van TPE is voor matige temperaturen",
             "Condition: a TPE seal is for moderate temperatures")):
        _, a = assessed(name)
        subs = [r for r in a.recommendations if row in r.rows
                and any(c.field == "material_id" for c in r.changes)]
        assert subs, name
        assert nl_said in recommendation_text(subs[0], "nl").action
        assert en_said in recommendation_text(subs[0], "en").action
        others = [r for r in a.recommendations
                  if r.changes and all(c.field != "material_id" for c in r.changes)]
        assert others and all("Voorwaarde" not in recommendation_text(r, "nl").action
                              for r in others)
