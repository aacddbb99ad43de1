"""Issues about materials a part is shredded or fused with, merged per part.

A part can meet a dozen materials in its shredder group; one issue per pair buries the
real fault. Each part therefore gets at most one issue per code, naming every partner,
and a composite item (a motor, a board, a cell) gets at most one summary of its own
internal mix: that mix is what the item's own route already allows for, the designer
does not choose it.
"""

from __future__ import annotations

from advisor.engine.kbindex import PLASTIC_FAMILIES, KbIndex
from advisor.engine.liberation import Liberation
from advisor.model import Issue

# Bought-in items whose mixing with the rest is reported on the parts they spoil (and by
# their removal issue), not on themselves: the designer does not choose their insides.
SEALED_FAMILIES = frozenset({"battery", "electronics"})
# Effects of a mix, worst first: the issue names the partners of the worst effect first.
EFFECT_ORDER = ("blocks", "downgrades", "lowers_yield", "mixed")
# Internal effects worth a summary (a mere unknown yield loss inside an item is not).
SUMMARY_EFFECTS = frozenset({"blocks", "downgrades"})

Pair = tuple[str, str, str]  # (own material, partner material, effect)


def mix_issues(units: tuple[tuple[str, float], ...],
               effects: list[tuple[tuple[str, str, str], ...]], lib: Liberation,
               item: tuple[str | None, str], index: KbIndex,
               group_partners: frozenset[str] = frozenset()) -> list[Issue]:
    """The part's mix issues: what stays attached and what it is sorted with, merged per
    code, and the item's internal mix summarised. A finish's effect is the part's coating
    issue, not a mix."""
    own = {m for m, _ in units}
    item_id, item_text = item
    m = index.materials.get(item_id or "")
    sealed = m is not None and m.family in SEALED_FAMILIES
    attached: list[Pair] = []
    unsorted: list[Pair] = []
    internal: list[Pair] = []
    for (mid, _), unit_effects in zip(units, effects, strict=True):
        for other, effect, how in unit_effects:
            if how == "finish":
                continue
            if other in own:
                internal.append((mid, other, effect))
            else:
                (unsorted if how == "unsorted" else attached).append((mid, other, effect))
    out: list[Issue] = []
    if attached and not sealed:
        out.append(_merged("fused_incompatible", attached, lib, index))
    if unsorted and not sealed:
        out.append(_merged("unsorted_incompatible", unsorted, lib, index))
    flagged = {(m, o) for m, o, _ in attached}
    polymers = _other_polymers(units, group_partners - own, flagged, index)
    if polymers:
        out.append(_merged("fused_other_polymer", polymers, lib, index))
    inner = sorted({m for p in internal if p[2] in SUMMARY_EFFECTS for m in p[:2]})
    if len(units) > 1 and inner:
        named = index.named("material", item_id) if item_id in index.materials else {
            k: item_text for k in ("material", "material_en", "material_nl")}
        out.append(Issue("composite_mix", "compatibility",
                         named | index.named("others", inner)))
    return out


def _merged(code: str, pairs: list[Pair], lib: Liberation, index: KbIndex) -> Issue:
    """One issue for all pairs of a code: the worst effect's partners first, the rest after."""
    worst = min((p[2] for p in pairs), key=_rank)
    first = list(dict.fromkeys(o for _, o, e in pairs if e == worst))
    rest = [o for o in dict.fromkeys(o for _, o, _ in pairs) if o not in first]
    params: dict = ({"effect": worst, "liberated": lib.liberated,
                     "pairs": tuple(dict.fromkeys(pairs))}
                    | index.named("material", list(dict.fromkeys(m for m, _, _ in pairs)))
                    | index.named("other", first))
    if rest:
        params |= index.named("also", rest)
    return Issue(code, "compatibility", params)


def _rank(effect: str) -> int:
    return EFFECT_ORDER.index(effect) if effect in EFFECT_ORDER else len(EFFECT_ORDER)


def _other_polymers(units: tuple[tuple[str, float], ...], partners: frozenset[str],
                    flagged: set[tuple[str, str]], index: KbIndex) -> list[Pair]:
    """Thermoplastics of another polymer fixed to this one: the knowledge base may have no
    row for the pair (sorting can part them), but they stop mono-material recycling."""
    out: list[Pair] = []
    for mid, _ in units:
        m = index.materials[mid]
        if m.family not in PLASTIC_FAMILIES or not m.iso_code:
            continue  # an unspecified plastic is not known to be another polymer
        for other in sorted(partners):
            o = index.materials.get(other)
            if (mid, other) in flagged or o is None or o.family not in PLASTIC_FAMILIES \
                    or not o.iso_code:
                continue
            if (o.stream or o.id) != (m.stream or m.id):
                out.append((mid, other, "mixed"))
    return out


# Parameters that hold knowledge-base ids (joined by ", "); merged by id, renamed after.
NAMED_KEYS = ("material", "other", "also", "others", "finish", "joint", "crms")
LIST_KEYS = ("substances",)


def merge_by_code(issues: list[Issue], index: KbIndex) -> tuple[Issue, ...]:
    """At most one issue per code: the ids and substances of repeats join the first."""
    by_code: dict[str, list[Issue]] = {}
    for issue in issues:
        by_code.setdefault(issue.code, []).append(issue)
    return tuple(group[0] if len(group) == 1 else _join(group, index)
                 for group in by_code.values())


def _join(group: list[Issue], index: KbIndex) -> Issue:
    params = dict(group[0].params)
    for key in NAMED_KEYS + LIST_KEYS:
        values = [str(i.params[key]) for i in group if i.params.get(key)]
        if not values:
            continue
        ids = list(dict.fromkeys(p for v in values for p in v.split(", ") if p))
        params |= index.named(key, ids) if key in NAMED_KEYS else {key: ", ".join(ids)}
    if any("pairs" in i.params for i in group):
        params["pairs"] = tuple(dict.fromkeys(p for i in group for p in i.params.get("pairs", ())))
    return Issue(group[0].code, group[0].category, params)
