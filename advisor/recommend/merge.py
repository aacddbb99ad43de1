"""From hits to recommendations: one recommendation per change and group of parts that
share it for the same reason (the two housing halves, the labels on one housing).

Groups of one rule that propose the same change with the same parameters (the same
glued battery pack in each of forty modules, the same paint on every panel) are one
recommendation: the designer decides it once, and its gain is measured for all of them
together. A long list of parts is named by its first `NAMES_SHOWN` and a count."""

from __future__ import annotations

from advisor.model import Recommendation
from advisor.recommend.context import Hit, RuleContext
from advisor.recommend.rules import Rule

# Parameters whose values are joined when the parts of a group differ in them.
JOINED = ("parts", "parts_en", "parts_nl")
# Rows named in a recommendation id (enough to keep ids unique and readable).
ID_ROWS = 8
# Part names written out in a recommendation; the others are counted.
NAMES_SHOWN = 8
MORE = {"en": "and {n} more", "nl": "en nog {n}"}


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
    for group in merged(grouped(hits)):
        rec = _one(rule, group, ctx, taken)
        taken.add(rec.id)
        out.append(rec)
    return out


def merged(groups: list[list[Hit]]) -> list[list[Hit]]:
    """Groups that propose the same change with the same parameters, as one group (in the
    order the first of them appears)."""
    out: dict[tuple, list[Hit]] = {}
    for group in groups:
        out.setdefault(_signature(group), []).extend(group)
    return list(out.values())


def _signature(group: list[Hit]) -> tuple:
    """What a group proposes, without which parts: each change's field and value, and the
    sentence parameters other than the part names."""
    changes = sorted({(c.field, repr(c.value)) for h in group for c in h.changes})
    params = sorted((k, repr(v)) for k, v in _params(group).items() if k not in JOINED)
    return tuple(changes), tuple(params)


def _named(names: list[str], lang: str) -> str:
    """The part names, the first `NAMES_SHOWN` written out and the others counted."""
    if len(names) <= NAMES_SHOWN:
        return ", ".join(names)
    rest = MORE[lang].format(n=len(names) - NAMES_SHOWN)
    return f"{', '.join(names[:NAMES_SHOWN])} {rest}"


def _one(rule: Rule, hits: list[Hit], ctx: RuleContext, taken: set[str]) -> Recommendation:
    ids = tuple(dict.fromkeys(h.component_id for h in hits))
    results = ctx.results
    rows = tuple(sorted(results[i].row for i in ids if i in results and results[i].row))
    params = _params(hits)
    names = list(dict.fromkeys(results[i].name for i in ids if i in results))
    changes = tuple(c for h in hits for c in h.changes)
    params |= {"parts": _named(names, "en"), "parts_en": _named(names, "en"),
               "parts_nl": _named(names, "nl"), "edit": bool(changes)}
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
