"""Redesign advice: rules fire on an assessment, gains are measured by re-evaluation.

Each rule's hits are merged into one recommendation naming every row it concerns; its
changes are applied to a copy of the variant and only the affected parts are evaluated
again (`Evaluation.with_changes`), so advice costs about one evaluation, not one per rule.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace

from advisor.engine.evaluate import Cancelled, Evaluation, run_evaluation, settings_for
from advisor.engine.kbindex import KbIndex
from advisor.kb import KnowledgeBase
from advisor.model import Assessment, Gain, Metrics, Recommendation, Variant
from advisor.recommend.context import Hit, RuleContext, apply_change, apply_changes
from advisor.recommend.rules import RULES, RULES_BY_ID, Rule

__all__ = ["apply_recommendations", "recommend", "recommend_from_evaluation"]

# Ranking weights: one percentage point of recyclability or MCI weighs as much as one
# minute of disassembly saved; legal duties and critical raw materials come first.
W_RATE = 100.0
W_MINUTE = 1.0
W_CRM_SHARE = 50.0
LEGAL_BONUS = 50.0
# Data rules (no design change) rank after every design rule.
DATA_CATEGORY = "data"
# Substances of concern come right after legal duties, before the recyclability gains.
SUBSTANCE_CATEGORY = "substance"
# A gain below this (rate or MCI, as a fraction) counts as none for ranking.
MIN_GAIN = 0.0005
RULE_ORDER = {r.id: n for n, r in enumerate(RULES)}


def recommend(variant: Variant, assessment: Assessment, kb: KnowledgeBase, *,
              region: str = "utrecht", lifetime_years: float | None = None,
              industry_lifetime_years: float | None = None,
              use_intensity: float | None = None, resolver=None, progress=None,
              cancelled: Callable[[], bool] | None = None,
              **_ignored) -> tuple[Recommendation, ...]:
    """Ranked, merged recommendations for an assessed variant, gains measured."""
    from advisor.engine import resolve_variant

    variant = resolve_variant(variant, kb, resolver)
    settings = settings_for(region, lifetime_years, industry_lifetime_years, use_intensity)
    ev = run_evaluation(variant, kb, settings, progress, cancelled)
    return recommend_from_evaluation(variant, assessment, ev, cancelled=cancelled)


def recommend_from_evaluation(variant: Variant, assessment: Assessment, ev: Evaluation, *,
                              cancelled: Callable[[], bool] | None = None,
                              ) -> tuple[Recommendation, ...]:
    """Recommendations from an evaluation already in hand."""
    results = {r.id: r for r in assessment.components}
    ctx = RuleContext(ev, results)
    base = ev.metrics()
    recs: list[tuple[float, Recommendation]] = []
    seen_changes: set = set()
    for rule in RULES:
        if cancelled is not None and cancelled():
            raise Cancelled()
        hits = _unique(rule.find(ctx))
        if not hits:
            continue
        rec = _merge(rule, hits, results, ev.index)
        key = frozenset((c.component_id, c.field, repr(c.value)) for c in rec.changes)
        if rec.changes and key in seen_changes:
            continue  # an earlier, more specific rule proposes the very same edit
        seen_changes.add(key)
        rec = replace(rec, gain=_gain(ev, base, rec))
        if _measured_worse(rec):
            continue
        recs.append((_score(rule, rec, base), rec))
    recs.sort(key=lambda item: (_tier(item[1]), -item[0], RULE_ORDER[item[1].rule_id]))
    kept = _drop_covered([rec for _, rec in recs])
    return tuple(replace(rec, priority=i + 1) for i, rec in enumerate(kept))


# Advice whose aim is better recovery is left out when re-evaluation shows that its change
# makes both the recyclability and the MCI worse: the measurement contradicts the advice.
# Substances, critical raw materials and data gaps have aims of their own and stay.
OWN_AIM_CATEGORIES = frozenset({"substance", "crm", "data"})
GAIN_TOLERANCE = 1e-9


def _measured_worse(rec: Recommendation) -> bool:
    if rec.category in OWN_AIM_CATEGORIES:
        return False
    return (rec.gain.recyclability_rate < -GAIN_TOLERANCE
            and rec.gain.mci < -GAIN_TOLERANCE)


def _drop_covered(recs: list[Recommendation]) -> list[Recommendation]:
    """Leave out a recommendation whose every edit (part and field) a higher-ranked one
    already proposes: the same joint change told twice is noise."""
    proposed: set[tuple[str, str]] = set()
    out = []
    for rec in recs:
        edits = {(c.component_id, c.field) for c in rec.changes}
        if edits and edits <= proposed:
            continue
        proposed |= edits
        out.append(rec)
    return out


def _unique(hits: list[Hit]) -> list[Hit]:
    out: dict[str, Hit] = {}
    for h in hits:
        out.setdefault(h.component_id, h)
    return list(out.values())


def _merge(rule: Rule, hits: list[Hit], results: dict, index: KbIndex) -> Recommendation:
    """One recommendation per rule naming all rows; each name and value said once."""
    ids = tuple(h.component_id for h in hits)
    params = _merged_params(hits, index)
    names = ", ".join(dict.fromkeys(results[i].name for i in ids if i in results))
    params |= {"parts": names, "parts_en": names, "parts_nl": names}
    rows = tuple(sorted(results[i].row for i in ids if i in results and results[i].row))
    return Recommendation(
        id=f"{rule.id}-{'-'.join(str(r) for r in rows[:8]) or 'all'}", rule_id=rule.id,
        category=rule.category, rows=rows, component_ids=ids, params=params,
        changes=tuple(c for h in hits for c in h.changes), effort=rule.effort)


def _merged_params(hits: list[Hit], index: KbIndex) -> dict:
    """Parameters of all hits joined: knowledge-base ids merged and named again (a display
    name may itself hold a comma), other texts joined without repeats."""
    params: dict = {}
    texts: dict[str, dict[str, None]] = {}  # ordered sets: joining stays linear
    for h in hits:
        for key, value in h.params.items():
            if isinstance(value, str):
                texts.setdefault(key, {}).setdefault(value, None)
            else:
                params.setdefault(key, value)
    named = {k for k in texts if f"{k}_en" in texts and f"{k}_nl" in texts}
    for key, bucket in texts.items():
        if key in named:
            ids = dict.fromkeys(p for v in bucket for p in v.split(", ") if p)
            params |= index.named(key, list(ids)) if all(
                i in index.materials or i in index.joints or i in index.crm for i in ids) \
                else _joined(key, texts)
        elif key[:-3] not in named:
            params[key] = ", ".join(dict.fromkeys(
                p for v in bucket for p in v.split(", ") if p)) if key == "substances" \
                else ", ".join(bucket)
    return params


def _joined(key: str, texts: dict[str, dict[str, None]]) -> dict[str, str]:
    """Ids not in the knowledge base (free text): each language's names joined once."""
    return {k: ", ".join(texts[k]) for k in (key, f"{key}_en", f"{key}_nl")}


def _gain(ev: Evaluation, base: Metrics, rec: Recommendation) -> Gain:
    if not rec.changes:
        return Gain()
    after = ev.metrics_with_changes(apply_changes(ev.tree.comps, rec.changes).values())
    return Gain(
        recyclability_rate=after.recyclability_rate - base.recyclability_rate,
        mci=after.mci - base.mci,
        disassembly_time_s=(after.disassembly_time_s or 0.0) - (base.disassembly_time_s or 0.0),
        crm_recovered_kg=after.crm_recovered_kg - base.crm_recovered_kg)


def _tier(rec: Recommendation) -> int:
    """Ranking tier: legal duties, substances, faults with a gain, faults without a measured
    gain, improvements with a gain, improvements without, data gaps."""
    rule = RULES_BY_ID[rec.rule_id]
    if rec.category == DATA_CATEGORY:
        return 6
    if rule.legal:
        return 0
    if rec.category == SUBSTANCE_CATEGORY:
        return 1
    g = rec.gain
    gained = max(g.recyclability_rate, g.mci) >= MIN_GAIN or g.crm_recovered_kg > 0
    return (4 if rule.advice else 2) + (0 if gained else 1)


def _score(rule: Rule, rec: Recommendation, base: Metrics) -> float:
    g = rec.gain
    crm_share = g.crm_recovered_kg / base.crm_mass_kg if base.crm_mass_kg > 0 else 0.0
    value = (W_RATE * (g.recyclability_rate + g.mci) + W_CRM_SHARE * crm_share
             - W_MINUTE * g.disassembly_time_s / 60.0
             + (LEGAL_BONUS if rule.legal else 0.0))
    return value / rule.effort


def apply_recommendations(variant: Variant, recs: Iterable[Recommendation],
                          name: str) -> Variant:
    """A new redesign variant (new id) with the recommendations' changes applied in order."""
    comps = {c.id: c for c in variant.components}
    for rec in recs:
        for change in rec.changes:
            if change.component_id in comps:
                comps[change.component_id] = apply_change(comps[change.component_id], change)
    return replace(variant, id=uuid.uuid4().hex, name=name,
                   components=tuple(comps[c.id] for c in variant.components))
