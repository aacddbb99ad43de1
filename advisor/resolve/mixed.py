"""The composite stage of the resolver: descriptions of several materials.

`CompositeStage` is mixed into `Resolver`; it reads each piece with the resolver's own
`_part` and `_finish_material`, and decides the mass split: stated in the text, a named
blend or composite item of the knowledge base, a sourced rule of material_splits.csv,
or else a labelled estimate with the main material first (never 50/50).
"""

from __future__ import annotations

from advisor.resolve import composite
from advisor.resolve.index import PairRule
from advisor.resolve.result import Resolution
from advisor.resolve.words import PAREN_RE, compact, fold, hints, strip_amounts

# What a generic class entry stands for, by knowledge-base family.
GENERIC_COVERS = {
    "metal-mixed": frozenset({"ferrous", "non-ferrous", "precious"}),
    "plastic-mixed": frozenset({"plastic-thermoplastic", "plastic-thermoset", "elastomer"}),
    "textile-mixed": frozenset({"textile"}),
}
# Confidence of a blend or composite item the description names.
CONF_COMPOSITE_ITEM = 0.85
COMPOSITE_FACTOR = 0.95


class CompositeStage:
    """Reading descriptions of several materials (mixed into `Resolver`)."""

    def _stated(self, text: str) -> Resolution | None:
        """A composition with its percentages written out, read as given."""
        folded = fold(text)
        shares = composite.stated_percentages(folded)
        if shares is None:
            return None
        parts = [(self._part(piece, text), share) for piece, share in shares]
        if any(p is None for p, _ in parts):
            return None
        merged: dict[str, float] = {}
        for (mid, _), share in parts:
            merged[mid] = merged.get(mid, 0.0) + share
        ranked = tuple(sorted(((m, round(s, 4)) for m, s in merged.items()),
                              key=lambda kv: -kv[1]))
        conf = min(p[1] for p, _ in parts) * COMPOSITE_FACTOR
        if len(ranked) == 1:
            return self._finish_material("material", ranked[0][0], conf, "stated", text)
        return Resolution(ranked[0][0], conf, "stated", ranked, (), hints(text), "stated")

    def _composite(self, text: str) -> tuple[Resolution | None, bool]:
        """A description of several materials, and whether it really names several (or
        sets a coating or gas fill apart); None when it is one piece."""
        folded = fold(text)
        ratio = composite.stated_ratio(folded)
        body = PAREN_RE.sub(" ", strip_amounts(ratio[0] if ratio else folded))
        pieces = composite.cut(body)
        if len(pieces.texts) < 2 and not (pieces.dropped and pieces.texts):
            return None, False
        read = [(piece, self._part(piece, text)) for piece in pieces.texts]
        parts = [p for _, p in read if p]
        if not parts:
            return None, False
        ids = self._reduce(list(dict.fromkeys(p[0] for p in parts)), pieces.by_comma)
        conf = min(p[1] for p in parts) * COMPOSITE_FACTOR
        if len(ids) == 1:
            res = self._finish_material("material", ids[0], conf, "composite", text)
            return Resolution(res.material_id, conf, "composite", res.constituents, (),
                              hints(text), res.split), bool(pieces.dropped)
        if ratio and len(ratio[1]) == len(ids):
            ranked = tuple(sorted(zip(ids, ratio[1], strict=True), key=lambda kv: -kv[1]))
            return Resolution(ranked[0][0], conf, "composite", ranked, (), hints(text),
                              "stated"), True
        return self._named_or_split(ids, conf, text), True

    def _reduce(self, ids: list[str], by_comma: bool) -> list[str]:
        """The ids left when those another one refines are dropped: a generic class beside
        a member ("Plastics, ABS"), "wood" beside "mdf", "pe" beside "pe-hd". A list
        written with commas whose last item refines its first is that one material
        ("Paper, Paperboard", as EPD and ICE tables name a type within its class)."""
        kept = [i for i in ids if not any(j != i and self._refines(j, i) for j in ids)] or ids
        if by_comma and len(kept) > 1 and self._refines(kept[-1], kept[0], loose=True):
            return [kept[-1]]
        return kept

    def _refines(self, specific: str, general: str, loose: bool = False) -> bool:
        """Whether `specific` is a kind of `general` in the knowledge base's terms."""
        if general == "various":
            return True
        covers = GENERIC_COVERS.get(general)
        if covers is not None:
            return self._family(specific) in covers and specific not in GENERIC_COVERS
        if specific.startswith(general + "-"):
            return True
        same = (self._family(specific) == self._family(general)
                and self._base(specific) == self._base(general))
        return same and (loose or general in self._generic)

    def _named_or_split(self, ids: list[str], conf: float, text: str) -> Resolution:
        """A blend or composite item of the knowledge base, else a sourced or estimated split."""
        blend = self._blend(ids)
        if blend:
            return self._finish_material("material", blend, CONF_COMPOSITE_ITEM, "composite",
                                         text)
        bases = frozenset(self._base(i) for i in ids)
        item = self._by_parts.get(bases)  # every constituent named ("steel, oil, nitrogen")
        rule = self._pair_rule(ids) if item is None else None
        if rule is not None and rule.item_id:
            item = rule.item_id
        if item is None and rule is None:  # its main constituents named ("PVC + koper")
            item = self._by_main.get(bases)
        if item and item in self._materials:
            return Resolution(item, CONF_COMPOSITE_ITEM, "composite",
                              self._compositions.get(item, ()), (), hints(text), "item",
                              rule.source if rule else "")
        if rule is not None and rule.a_share is not None:
            a, b = (ids[0], ids[1]) if self._matches(rule.a, ids[0], rule.exact) else (
                ids[1], ids[0])
            ranked = tuple(sorted(((a, rule.a_share), (b, round(1 - rule.a_share, 4))),
                                  key=lambda kv: -kv[1]))
            return Resolution(ranked[0][0], conf, "composite", ranked, (), hints(text),
                              "sourced", rule.source)
        shares = composite.estimated_shares(len(ids))
        note = composite.ESTIMATE_NOTE.format(main=shares[0])
        return Resolution(ids[0], conf, "composite", tuple(zip(ids, shares, strict=True)), (),
                          hints(text), "estimate", note)

    def _matches(self, rule_id: str, material_id: str, exact: bool) -> bool:
        return rule_id == material_id or (not exact and self._base(rule_id) ==
                                          self._base(material_id))

    def _pair_rule(self, ids: list[str]) -> PairRule | None:
        """The material_splits rule for two materials: exact ids first, then streams."""
        if len(ids) != 2:
            return None
        for exact in (True, False):
            for rule in self._pairs:
                if rule.exact and not exact:
                    continue
                if ((self._matches(rule.a, ids[0], exact) and self._matches(rule.b, ids[1], exact))
                        or (self._matches(rule.a, ids[1], exact)
                            and self._matches(rule.b, ids[0], exact))):
                    return rule
        return None

    def _blend(self, ids: list[str]) -> str | None:
        """A known blend such as PC/ABS for two polymers."""
        if len(ids) != 2:
            return None
        idx = self._index["material"]
        codes = [(self._materials[i].iso_code or i) if i in self._materials else i for i in ids]
        for a, b in ((codes[0], codes[1]), (codes[1], codes[0])):
            found = idx.lookup(compact(a + b))
            if found and not self._compositions.get(found[0]):
                return found[0]
        return None
