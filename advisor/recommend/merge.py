"""From hits to recommendations: one recommendation per change and group of parts that
share it for the same reason (the two housing halves, the labels on one housing)."""

from __future__ import annotations

from advisor.model import Recommendation
from advisor.recommend.context import Hit, RuleContext
from advisor.recommend.rules import Rule

# Parameters whose values are joined when the parts of a group differ in them.
JOINED = ("parts", "parts_en", "parts_nl")
# Rows named in a recommendation id (enough to keep ids unique and readable).
ID_ROWS = 8


def grouped(hits: list[Hit]) -> list[list[Hit]]:
    """Hits by group, in the order the groups first appear; each part once per group."""
    groups: dict[tuple, list[Hit]] = {}
    seen: set[tuple[tuple, str]] = set()
    for h in hits:
        if (h.group, h.component_id) in seen:
            continue
        seen.add((h.group, h.component_id))
        groups.setdefault(h.group, []).append(h)
    return list(groups.values())


def to_recommendations(rule: Rule, hits: list[Hit], ctx: RuleContext,
                       taken: set[str]) -> list[Recommendation]:
    """The recommendations of one rule; `taken` holds the ids given so far."""
    out = []
    for group in grouped(hits):
        rec = _one(rule, group, ctx, taken)
        taken.add(rec.id)
        out.append(rec)
    return out


def _one(rule: Rule, hits: list[Hit], ctx: RuleContext, taken: set[str]) -> Recommendation:
    ids = tuple(dict.fromkeys(h.component_id for h in hits))
    results = ctx.results
    rows = tuple(sorted(results[i].row for i in ids if i in results and results[i].row))
    params = _params(hits)
    names = ", ".join(dict.fromkeys(results[i].name for i in ids if i in results))
    changes = tuple(c for h in hits for c in h.changes)
    params |= {"parts": names, "parts_en": names, "parts_nl": names, "edit": bool(changes)}
    base = f"{rule.id}-{'-'.join(str(r) for r in rows[:ID_ROWS]) or ids[0]}"
    rid, n = base, 2
    while rid in taken:
        rid, n = f"{base}-{n}", n + 1
    return Recommendation(id=rid, rule_id=rule.id, category=rule.category, rows=rows,
                          component_ids=ids, params=params, changes=changes,
                          effort=rule.effort, legal=rule.legal)


def _params(hits: list[Hit]) -> dict:
    """The first hit's parameters; a text that differs between the parts is joined once."""
    params = dict(hits[0].params)
    for key, value in hits[0].params.items():
        if not isinstance(value, str) or key in JOINED:
            continue
        values = dict.fromkeys(str(h.params.get(key, "")) for h in hits)
        if len(values) > 1:
            params[key] = ", ".join(v for v in values if v)
    return params
