"""The priority-stream tables of the knowledge base: sourced, estimates marked, loaded
through advisor/kb, editable in the user layer, and matched in the documented order."""

from __future__ import annotations

import pytest

from advisor.kb import load_kb
from advisor.kb.browse import EDITABLE
from advisor.kb.schema import FEED_KINDS, PRIORITY_STATUS, SCHEMA
from advisor.portfolio.streams import StreamMap

STREAMS = {"construction-demolition", "office-furniture", "biobased", "electronics",
           "plastics-manufacturing", "metals-manufacturing"}


@pytest.fixture(scope="module")
def kb():
    return load_kb(use_user_layer=False)


def test_the_starting_set_is_sourced_and_marks_its_estimates(kb):
    rows = kb.rows("priority_streams")
    assert {r["id"] for r in rows} == STREAMS
    for r in rows:
        assert r["source"] and r["status"] in PRIORITY_STATUS
        if r["status"] == "estimate":
            assert r["note"].startswith("engineering estimate"), r["id"]
    published = {r["id"] for r in rows if r["status"] == "published"}
    assert published == {"construction-demolition", "office-furniture", "biobased"}
    assert all("Cirkelregio" in r["source"] or "TNO" in r["source"]
               for r in rows if r["id"] in published)


def test_every_feed_is_known_and_sourced(kb):
    streams = {r["id"] for r in kb.rows("priority_streams")}
    eol = {r["id"] for r in kb.rows("eol_streams")}
    kinds = {r["kind"] for r in kb.rows("eol_streams")}
    for r in kb.rows("priority_stream_feeds"):
        assert r["stream_id"] in streams and r["feed_kind"] in FEED_KINDS, r
        assert r["source"] and r["status"] in PRIORITY_STATUS, r
        if r["status"] == "estimate":
            assert "engineering estimate" in r["source"], r
        known = {"product_stream": eol, "product_kind": kinds, "material": set(kb.materials),
                 "biobased": {"1"}, "family": {m.family for m in kb.materials.values()}}
        assert r["feed"] in known[r["feed_kind"]], r
    assert {"priority_streams", "priority_stream_feeds"} <= set(SCHEMA) & set(EDITABLE)


def test_a_product_type_comes_before_its_materials(kb):
    m = StreamMap(kb)
    assert m.match("furniture-office", "steel") == ("office-furniture", ("metals-manufacturing",))
    assert m.match("building-product", "pvc-u")[0] == "construction-demolition"
    assert m.match("weee-5", "wood") == ("electronics", ("biobased",))
    assert m.match("residual", "pla") == ("biobased", ("plastics-manufacturing",))
    assert m.match("residual", "steel") == ("metals-manufacturing", ())
    assert m.match("residual", "pcb-populated")[0] == "electronics"
    assert m.match("residual", "glass") == (None, ())
    assert m.match("residual", "") == (None, ())


def test_a_user_layer_row_changes_the_mapping(tmp_path):
    user = tmp_path / "knowledge"
    user.mkdir()
    (user / "priority_stream_feeds.csv").write_text(
        "# a consultant's regional choice\nstream_id,feed_kind,feed,status,note,source\n"
        "construction-demolition,material,glass,estimate,flat glass,engineering estimate: "
        "test\n", encoding="utf-8")
    kb = load_kb(user_dir=user)
    assert StreamMap(kb).match("residual", "glass")[0] == "construction-demolition"
