"""Evaluate what the cache does not hold: each product variant once, or its plan.

A variant is assessed by the engine alone. A plan needs the advice: the variant is
assessed with its recommendations, every recommendation that edits is applied to a new
variant (the plan) and that is assessed again; each recommendation's own effect on the
virgin material and on the material reused or recycled is measured by applying it alone
(for changes that can move the mass or the content: material, content, mass), else taken
from the advice's measured gain; its CRM gain is the one the advice measured (at the
content before, so a part that holds more of a critical raw material is not counted as
recovering more).
"""

from __future__ import annotations

from collections.abc import Callable

from advisor import explain
from advisor.engine import Cancelled
from advisor.engine import evaluate as engine_evaluate
from advisor.kb import KnowledgeBase
from advisor.model import Assessment, Metrics, Recommendation, Variant, check_components
from advisor.portfolio.figures import product_figures
from advisor.portfolio.model import Contribution, ProductFigures
from advisor.portfolio.projects import Catalog, ProjectReader, variant_of
from advisor.portfolio.resolve import Key, Resolved, Target, variant_key

# The fields of a change that can move the virgin content (F_R, F_U) or the mass.
CONTENT_FIELDS = frozenset({"material_id", "material_input", "constituents",
                            "recycled_content", "reused_content", "mass_kg", "quantity"})


def _settings(target: Target, variant: Variant) -> dict:
    p = target.product
    return {"product_name": p.name, "region": p.region, "processed_within": p.processed_within,
            "stream": p.stream, "lifetime_years": variant.lifetime_years,
            "industry_lifetime_years": variant.industry_lifetime_years,
            "use_intensity": variant.use_intensity}


def plan_of(variant: Variant, assessment: Assessment) -> Variant:
    """The recommended redesign plan as a variant (the advice's `plan_variant`: every
    recommended change together, as `Assessment.plan` measures it)."""
    from advisor.recommend import plan_variant

    return plan_variant(variant, assessment.recommendations, variant.name)


def _recovered_kg(m: Metrics) -> float:
    """Kilograms of a product reused or recycled at end of life."""
    return m.total_mass_kg * m.recyclability_rate


def _contribution(rec: Recommendation, variant: Variant, before: Assessment,
                  kb: KnowledgeBase, settings: dict) -> Contribution:
    """What one recommendation changes per unit: the virgin material and the material
    reused or recycled measured by applying it alone where it can change the mass or
    the content, else the advice's measured gain (the mass stays); the critical raw
    materials always as the advice measured them."""
    virgin = 0.0
    recovered = rec.gain.recyclability_rate * before.metrics.total_mass_kg
    if any(ch.field in CONTENT_FIELDS for ch in rec.changes):
        from advisor.recommend import plan_variant

        alone = engine_evaluate(plan_variant(variant, [rec], variant.name), kb, **settings)
        virgin = before.metrics.v_kg - alone.metrics.v_kg
        recovered = _recovered_kg(alone.metrics) - _recovered_kg(before.metrics)
    return Contribution(rec.id, explain.recommendation_text(rec, "en").title,
                        explain.recommendation_text(rec, "nl").title, virgin,
                        rec.gain.crm_recovered_kg, recovered)


def evaluate_target(target: Target, variant: Variant, kb: KnowledgeBase,
                    cancelled: Callable[[], bool] | None = None) -> dict[Key, ProductFigures]:
    """The figures of a target, and of its variant too when the target is a plan."""
    settings = _settings(target, variant)
    if not target.plan:
        return {target.key: product_figures(
            engine_evaluate(variant, kb, cancelled=cancelled, **settings))}
    from advisor.analysis import evaluate as with_advice

    before = with_advice(variant, kb, cancelled=cancelled, **settings)
    planned = engine_evaluate(plan_of(variant, before), kb, cancelled=cancelled, **settings)
    recs = [r for r in before.recommendations if r.edits]
    contributions = tuple(_contribution(r, variant, before, kb, settings) for r in recs)
    base_key = (*target.key[:2], variant_key(target.variant.id, False))
    return {target.key: product_figures(planned, is_plan=True, contributions=contributions),
            base_key: product_figures(before)}


def _bom_variant(resolved: Resolved, target: Target) -> Variant:
    return resolved.boms[target.path][1]


def evaluate_missing(resolved: Resolved, missing: list[Target], kb: KnowledgeBase,
                     reader: ProjectReader, store: Callable[[dict[Key, ProductFigures]], None],
                     step: Callable[[int], None],
                     cancelled: Callable[[], bool] | None = None) -> int:
    """Evaluate the targets the cache lacks, file by file, attaching project files in
    batches to read only the variants needed; `store` gets each file's figures. Returns
    the number of products evaluated."""
    by_file: dict[str, list[Target]] = {}
    for t in missing:
        by_file.setdefault(str(t.path), []).append(t)
    files = list(by_file)
    done = 0
    for start in range(0, len(files), reader.batch_size):
        batch = [resolved.catalogs[t.path] for t in (by_file[f][0] for f in
                                                     files[start:start + reader.batch_size])]
        projects = [c for c in batch if c.path not in resolved.boms]
        with reader.attached(projects) as failed:
            if failed:  # the file changed since it was catalogued
                raise failed[0][1]
            for cat in batch:
                figures = _evaluate_file(resolved, cat, by_file[str(cat.path)], kb, reader,
                                         cancelled)
                store(figures)
                done += len(by_file[str(cat.path)])
                step(len(by_file[str(cat.path)]))
    return done


def _evaluate_file(resolved: Resolved, cat: Catalog, targets: list[Target],
                   kb: KnowledgeBase, reader: ProjectReader,
                   cancelled: Callable[[], bool] | None) -> dict[Key, ProductFigures]:
    if cat.path in resolved.boms:
        components = {t.variant.id: list(_bom_variant(resolved, t).components)
                      for t in targets}
    else:
        components = reader.components(cat, sorted({t.variant.id for t in targets}))
    out: dict[Key, ProductFigures] = {}
    for t in targets:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if t.key in out:
            continue
        variant = variant_of(t.variant, components.get(t.variant.id, []))
        if cat.path not in resolved.boms:  # a file from anyone: its tree is checked first
            check_components(variant.components, str(cat.path))
        out.update(evaluate_target(t, variant, kb, cancelled))
    return out
