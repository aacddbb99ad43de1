"""Real evaluations of the report's fixture products, and a full assessment built from one.

The full case gives an assessment what the new engine and advice add (targets, a plan in
three stages, assumptions, data gaps, a legal duty) with `dataclasses.replace`, so the
numbers stay those of a real evaluation.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from advisor.model import Assessment, Finding, Gain, Plan, PlanStage, TargetCheck

TESTS = Path(__file__).parent
ROOT = TESTS.parent
DEMO = ROOT / "resources" / "examples" / "demo_stofzuiger.csv"
REDESIGN = TESTS / "data" / "report" / "demo_herontwerp.csv"
SAMPLES = tuple(sorted((TESTS / "data" / "samples").iterdir()))
MORE = (TESTS / "data" / "report" / "bureaulamp.csv",
        TESTS / "data" / "report" / "bureaustoel_eenvoudig.csv")
PRODUCTS = (DEMO, *SAMPLES, *MORE)


@lru_cache(maxsize=1)
def kb():
    from advisor.kb.base import default_kb

    return default_kb()


@lru_cache(maxsize=16)
def evaluated(path: Path) -> Assessment:
    from advisor.analysis import evaluate
    from advisor.bom_io import load_input

    _project, product, variant, _warnings = load_input(path)
    return evaluate(variant, kb(), product_name=product.name)


def full(a: Assessment) -> Assessment:
    """The assessment with targets, a three-stage plan, findings and a legal duty."""
    recs = sorted(a.recommendations, key=lambda r: (r.priority, r.id))
    legal = replace(recs[0], legal=True)
    rest = [replace(r, effort=1 + i % 3) for i, r in enumerate(recs[1:])]
    stages, total = [], Gain()
    for effort in (1, 2, 3):
        ids = tuple(r.id for r in rest if r.effort == effort)
        total = Gain(recyclability_rate=total.recyclability_rate + 0.04 * effort,
                     crm_recovered_kg=total.crm_recovered_kg + 0.01,
                     disassembly_time_s=total.disassembly_time_s - 20.0)
        stages.append(PlanStage(effort, ids, total))
    after = replace(a.metrics, recyclability_rate=a.metrics.recyclability_rate
                    + total.recyclability_rate)
    targets = (TargetCheck("weee-5-recycling", "WEEE Annex V cat. 5: prepared for reuse and "
                           "recycled", "AEEA bijlage V cat. 5: hergebruik en recycling",
                           "recyclability_rate", 0.9, a.metrics.recyclability_rate,
                           "Directive 2012/19/EU Annex V"),
               TargetCheck("weee-5-recovery", "WEEE Annex V cat. 5: recovered",
                           "AEEA bijlage V cat. 5: nuttige toepassing", "recoverability_rate",
                           0.75, a.metrics.recoverability_rate, "Directive 2012/19/EU Annex V"))
    # The first is set out of reach so that a target the product misses is shown too.
    return replace(a, recommendations=(legal, *rest), targets=targets, stream="weee-5",
                   stream_guessed=True, plan=Plan(after, tuple(stages), total),
                   assumptions=(Finding("joints_unknown", {"count": 2}, (5, 7)),),
                   data_gaps=(Finding("yield_missing", {"material": "steel"}, (13,)),))


def empty(a: Assessment) -> Assessment:
    """The assessment without what the new engine and advice add."""
    return replace(a, targets=(), plan=None, assumptions=(), data_gaps=(), stream="",
                   recommendations=tuple(replace(r, legal=False) for r in a.recommendations))


def render(a: Assessment, lang: str, compare: Assessment | None = None,
           appendix: bool = True, target: Path | None = None):
    """The PDF (bytes) and the layout log of a report."""
    from advisor.report.story import build_story

    out = BytesIO() if target is None else target
    layout = build_story(out, a, kb(), lang=lang, company="", author="", compare=compare,
                         variant=None, progress=None, cancelled=None, appendix=appendix)
    data = out.getvalue() if target is None else target.read_bytes()
    return data, layout


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=4)
def demo_report(lang: str, compare: bool = False) -> tuple[bytes, list[str]]:
    """The demo report (with the redesign compared, if asked) and its pages' text, rendered
    once per session for the tests that read it."""
    data, _layout = render(evaluated(DEMO), lang, compare=evaluated(REDESIGN) if compare else None)
    return data, pages_text(data)
