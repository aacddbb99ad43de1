"""Product settings: stored in the project by `import`, used by `evaluate` unless an option
overrides them (CLI.md), and the optional "attached to" row kept through a save."""

from __future__ import annotations

import io
import json

from advisor.cli import run_cli
from advisor.model import Component, EolSettings, Product, Project, Variant, settings_of
from advisor.store import open_project, save_project
from tests.conftest import SAMPLES


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_import_stores_settings_and_evaluate_uses_them(tmp_path, user_home):
    project = tmp_path / "p.cirkel"
    code, _, err = run("import", SAMPLES / "waterkoker_bom.csv", "-o", project,
                       "--region", "nl", "--processed-within", "eu",
                       "--lifetime-years", "8", "--industry-lifetime-years", "6")
    assert code == 0, err
    product = open_project(project).products[0]
    settings = settings_of(product, product.variants[0])
    assert (settings.region, settings.processed_within) == ("nl", "eu")
    assert (settings.lifetime_years, settings.industry_lifetime_years) == (8.0, 6.0)
    code, out, err = run("evaluate", project, "--json", "--lang", "en")
    assert code == 0, err
    stored = json.loads(out)
    assert stored["metrics"]["utility_x"] == 8 / 6
    code, out, err = run("evaluate", project, "--json", "--lang", "en",
                         "--lifetime-years", "6")
    assert json.loads(out)["metrics"]["utility_x"] == 1.0  # the option wins


def test_overridden_keeps_what_is_not_given():
    base = EolSettings(region="nl", stream="weee-5", lifetime_years=5.0)
    assert base.overridden(region=None, stream="furniture") == EolSettings(
        region="nl", stream="furniture", lifetime_years=5.0)


def test_settings_and_attached_to_survive_a_save(tmp_path):
    parts = (Component("a", "Housing", material_input="ABS", mass_kg=0.2),
             Component("b", "Half", material_input="ABS", mass_kg=0.1),
             Component("c", "Grip", material_input="TPE", mass_kg=0.01, joint_input="overmould",
                       attached_to="b"))
    project = Project("p", (Product("x", "X", (Variant("v", "Base", parts),), region="eu",
                                    processed_within="nl", stream="weee-5"),),
                      date="2026-12-01")
    path = save_project(project, tmp_path / "p.cirkel")
    back = open_project(path)
    assert back.date == "2026-12-01"
    product = back.products[0]
    assert (product.region, product.processed_within, product.stream) == ("eu", "nl", "weee-5")
    assert product.variants[0].components[2].attached_to == "b"


def test_an_unknown_stream_is_bad_input_with_the_choices(tmp_path, user_home):
    code, out, err = run("evaluate", SAMPLES / "waterkoker_bom.csv", "--stream", "weee-9",
                         "--lang", "en")
    assert code == 2 and "weee-9" in err and "weee-5" in err and "Traceback" not in err
    code, out, err = run("evaluate", SAMPLES / "waterkoker_bom.csv", "--stream",
                         "furniture-household", "--json", "--lang", "en")
    doc = json.loads(out)
    assert doc["settings"]["stream"] == "furniture-household"
    assert doc["settings"]["stream_guessed"] is False
