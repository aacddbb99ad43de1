"""The resolver: free-text material, joint and finish names to knowledge-base ids.

Stages, first hit wins: exact id or name, synonym, stated percentages ("90% wol, 10%
polyamide"), normalised text (colour words and descriptors stripped, parenthesised parts
tried alone, sub-phrases), composite descriptions ("ABS/PC", "PA + brass contacts") and
fuzzy matching (rapidfuzz). Generic class words ("metaal", "Other metals", "Various")
resolve to the generic entries with a confidence below the accept threshold, so they are
asked about and flagged as data to complete. Indexes are built once per `Resolver`;
results are cached per text.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from advisor.kb.base import KnowledgeBase
from advisor.resolve.index import build_compositions, build_indexes, build_pair_rules
from advisor.resolve.mixed import CompositeStage
from advisor.resolve.result import LOW_CONFIDENCE, NONE, Resolution
from advisor.resolve.words import (
    COMPOUND_TAILS,
    CONTEXT_WORDS,
    DIMENSION_RE,
    FILLERS,
    GLASS_FILL_WORDS,
    NUMBER_RE,
    PHRASE_VARIANTS,
    WORD_VARIANTS,
    clean_tokens,
    compact,
    compound_heads,
    fold,
    hints,
    is_unknown,
    tokens,
    variants,
)

# Confidence per method (the fuzzy score scales below FUZZY_CAP).
CONF_EXACT = 1.0
CONF_SYNONYM = 0.95
CONF_NORMALISED = 0.9
CONF_PARTIAL = 0.75
CONF_GRADE = 0.85
# A generic class word names no material: below the accept threshold by design.
CONF_GENERIC = 0.5
FUZZY_CAP = 0.85
FUZZY_MIN_SCORE = 72.0
FUZZY_MIN_SHORT = 84.0  # short names need a closer match
FUZZY_MIN_TINY = 90.0
PIECE_FUZZY_MIN = 0.75
# A composite item's main constituents: those of at least this mass share. A description
# naming them all (and no other) is that item ("koperdraad met PVC-isolatie" -> cable).
MAIN_SHARE = 0.1
# Streams that hold many unlike materials: a description is not read as an item by them
# ("koper met siliconen" is no circuit board).
CATCH_ALL_STREAMS = frozenset({"residual", "inert", "mixed-plastic", "weee-mixed",
                               "mixed-metal"})
TINY_QUERY = 5
SHORT_QUERY = 8
# The entries that stand for a class of materials, and what to suggest instead.
GENERIC_SUGGESTIONS = {
    "metal-mixed": ("steel", "stainless", "aluminium", "copper", "brass", "zinc"),
    "plastic-mixed": ("pp", "abs", "pe", "pa6", "pc", "pvc-u"),
    "textile-mixed": ("polyester-fibre", "cotton", "wool", "nylon-fibre"),
    "various": (),
}
GLASS_FIBRE_ID = "glass-fibre-wool"  # a glass-fibre piece with no polymer beside it




class Resolver(CompositeStage):
    """Maps free text onto knowledge-base ids; build once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._index = build_indexes(kb)
        self._cache: dict[tuple[str, str], Resolution] = {}
        self._choice_keys = {k: list(v.choices) for k, v in self._index.items()}
        self._materials = kb.materials
        self._generic = {m.id for m in self._materials.values()
                         if "unspecified" in m.name_en.lower()}
        self._compositions = build_compositions(kb)
        self._by_parts: dict[frozenset[str], str] = {}
        self._by_main: dict[frozenset[str], str] = {}
        for item, parts in self._compositions.items():
            self._by_parts.setdefault(frozenset(self._base(m) for m, _ in parts), item)
            main = frozenset(self._base(m) for m, share in parts if share >= MAIN_SHARE)
            if len(main) >= 2 and not main & CATCH_ALL_STREAMS:
                self._by_main.setdefault(main, item)
        self._pairs = build_pair_rules(kb)

    def _base(self, material_id: str) -> str:
        """What a constituent counts as when matching composite items (its stream)."""
        mat = self._materials.get(material_id)
        return (mat.stream or material_id) if mat else material_id

    # ------------------------------------------------------------------ public API
    def material(self, text: str) -> Resolution:
        return self._cached("material", text)

    def joint(self, text: str) -> Resolution:
        return self._cached("joint", text)

    def finish(self, text: str) -> Resolution:
        return self._cached("finish", text)

    def search(self, text: str, kind: str = "material", limit: int = 10,
               ) -> list[tuple[str, float]]:
        """Best candidates for a completer: (id, score 0..1), best first."""
        idx = self._index[kind]
        query = fold(text or "")
        if not query:
            return []
        scores: dict[str, float] = {}
        for choice, target in idx.choices.items():
            if choice.startswith(query):
                scores[target] = max(scores.get(target, 0.0), 1.0 if choice == query else 0.9)
        for choice, score, _ in process.extract(
            query, self._choice_keys[kind], scorer=fuzz.WRatio, limit=limit * 4
        ):
            target = idx.choices[choice]
            scores[target] = max(scores.get(target, 0.0), score / 100 * FUZZY_CAP)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:limit]

    def label(self, kind: str, target: str) -> str:
        return self._index[kind].labels.get(target, target)

    def is_generic(self, material_id: str | None) -> bool:
        """Whether an id stands for a class of materials rather than a material."""
        return material_id in GENERIC_SUGGESTIONS

    # ------------------------------------------------------------------ stages
    def _cached(self, kind: str, text: str) -> Resolution:
        key = (kind, text or "")
        hit = self._cache.get(key)
        if hit is None:
            hit = self._resolve(kind, text or "")
            if kind == "material" and self.is_generic(hit.material_id):
                hit = self._as_generic(hit)
            self._cache[key] = hit
        return hit

    def _as_generic(self, res: Resolution) -> Resolution:
        suggestions = tuple((m, CONF_GENERIC) for m in GENERIC_SUGGESTIONS[res.material_id]
                            if m in self._materials)
        return Resolution(res.material_id, min(res.confidence, CONF_GENERIC), "generic",
                          res.constituents, suggestions or res.alternatives, res.hints)

    def _resolve(self, kind: str, text: str) -> Resolution:
        if is_unknown(text):
            return NONE
        found = self._index[kind].lookup(compact(text))
        if found:
            conf = CONF_EXACT if found[1] == "exact" else CONF_SYNONYM
            return self._finish_material(kind, found[0], conf, found[1], text)
        if kind == "material":
            stated = self._stated(text)
            if stated is not None:
                return stated
        comp, several = self._composite(text) if kind == "material" else (None, False)
        if comp is not None and several:
            return comp  # "HEPA-filter glasvezel met PP-frame": two materials, not PP-GF30
        res = self._normalised(kind, text)
        if res is not None and res.confidence >= CONF_NORMALISED:
            return res
        if comp is not None:
            return comp
        fuzzy = self._fuzzy(kind, text)
        if res is not None and res.confidence >= fuzzy.confidence:
            return res
        return fuzzy

    def _finish_material(self, kind: str, target: str, conf: float, method: str, text: str,
                         context: str = "") -> Resolution:
        """Apply form, filler and colour words; add composition constituents.

        `text` is the piece the id was read from (its form and filler words apply);
        `context` the whole description (only its context words apply: a fabric's
        polyamide is nylon fibre)."""
        if kind != "material":
            return Resolution(target, conf, method)
        words = set(tokens(DIMENSION_RE.sub(" ", fold(text))))
        around = set(tokens(context)) & CONTEXT_WORDS if context else set()
        found = hints(context or text)
        for trigger, choices in WORD_VARIANTS:
            if (words | around) & trigger and target in choices:
                target = choices[target]
        phrase = fold(text)
        for pattern, choices in PHRASE_VARIANTS:
            if target in choices and pattern.search(phrase):
                target = choices[target]
        target = self._filled(target, words, text)
        if ("black" in found or "carbon_black" in found) and not target.endswith("-black"):
            if f"{target}-black" in self._materials:
                target = f"{target}-black"
        parts = self._compositions.get(target, ())
        return Resolution(target, conf, method, parts, (), found, "item" if parts else "")

    def _filled(self, target: str, words: set[str], text: str) -> str:
        """A filled grade ("PA66 glasvezel 30%" -> pa66-gf30) when the polymer has one."""
        for trigger, code, defaults in FILLERS:
            if not words & trigger or code in target:
                continue
            numbers = NUMBER_RE.findall(fold(text))
            for number in (*numbers, *defaults):
                if f"{target}-{code}{number}" in self._materials:
                    return f"{target}-{code}{number}"
        return target

    def _normalised(self, kind: str, text: str, context: str = "") -> Resolution | None:
        idx = self._index[kind]
        for candidate in variants(text):
            found = idx.lookup(compact(candidate))
            if found:
                return self._finish_material(kind, found[0], CONF_NORMALISED, "normalised",
                                             text, context)
        words = _decompound(idx, clean_tokens(text))
        found = _ngram_matches(idx, words)
        if not found:
            return None
        target, covered = self._pick(found)
        # Tokens with digits left over are grade codes ("Delrin 500P", "Makrolon 2805").
        rest = len(words) - covered
        grades = sum(1 for w in words if any(c.isdigit() for c in w))
        if rest == 0:
            conf = CONF_NORMALISED
        elif rest <= grades:
            conf = CONF_GRADE
        else:
            conf = CONF_PARTIAL
        return self._finish_material(kind, target, conf, "normalised", text, context)

    def _pick(self, found: list[tuple[str, int]]) -> tuple[str, int]:
        """The most specific of several matched names, and the tokens it accounts for.

        "aluminium 6060" -> aluminium-extruded (a child id); "rubber EPDM" -> epdm (the
        generic entry of a family gives way to a specific one of the same family).
        """
        best = found[0][0]
        for target, _ in found[1:]:
            if target.startswith(best + "-") or (
                best in self._generic and self._family(target) == self._family(best)
            ):
                best = target
        covered = sum(
            size
            for target, size in found
            if best.startswith(target)
            or (target in self._generic and self._family(target) == self._family(best))
        )
        return best, covered

    def _family(self, material_id: str) -> str:
        mat = self._materials.get(material_id)
        return mat.family if mat else ""

    def _part(self, piece: str, context: str) -> tuple[str, float] | None:
        """The material of one piece of a description, with its confidence."""
        found = self._index["material"].lookup(compact(piece))
        if found:
            res = self._finish_material("material", found[0], CONF_SYNONYM, "synonym", piece,
                                        context)
            return res.material_id or found[0], CONF_SYNONYM
        res = self._normalised("material", piece, context)
        if res is None and set(tokens(piece)) & GLASS_FILL_WORDS and (
                GLASS_FIBRE_ID in self._materials):
            return GLASS_FIBRE_ID, CONF_PARTIAL  # "filter glasvezel": the fibre itself
        if res is None:
            res = self._fuzzy("material", piece)
            if res.confidence < PIECE_FUZZY_MIN:
                return None  # a piece is short: only a close spelling counts
        if res.material_id is None or res.confidence < LOW_CONFIDENCE:
            return None
        return res.material_id, res.confidence

    # ------------------------------------------------------------------ fuzzy
    def _fuzzy(self, kind: str, text: str) -> Resolution:
        idx = self._index[kind]
        query = " ".join(clean_tokens(text)) or fold(text)
        hits = process.extract(query, self._choice_keys[kind], scorer=fuzz.ratio, limit=40)
        scored: dict[str, float] = {}
        for choice, score, _ in hits:
            target = idx.choices[choice]
            scored[target] = max(scored.get(target, 0.0), score)
        if not scored:
            return NONE
        ranked = sorted(scored.items(), key=lambda kv: -kv[1])
        best, score = ranked[0]
        alts = tuple((t, round(s / 100 * FUZZY_CAP, 3)) for t, s in ranked[1:5])
        if score < _fuzzy_floor(query):
            return Resolution(None, round(score / 100 * 0.5, 3), "none", (),
                              ((best, round(score / 100 * FUZZY_CAP, 3)),) + alts, hints(text))
        res = self._finish_material(kind, best, round(score / 100 * FUZZY_CAP, 3), "fuzzy", text)
        return Resolution(res.material_id, res.confidence, "fuzzy", res.constituents, alts,
                          res.hints, res.split)


def _fuzzy_floor(query: str) -> float:
    """The lowest fuzzy score accepted: short names need a closer match."""
    if len(query) <= TINY_QUERY:
        return FUZZY_MIN_TINY
    return FUZZY_MIN_SHORT if len(query) <= SHORT_QUERY else FUZZY_MIN_SCORE


def _decompound(idx, words: list[str]) -> list[str]:
    """Unknown compound words replaced by the material they name: the head
    ("Buchenholz" -> buche), else the tail when it is a material word ("returträ" -> trä)."""
    out = []
    for word in words:
        if idx.lookup(word) is None:
            options = compound_heads(word) + [word[-len(t):] for t in COMPOUND_TAILS
                                              if word.endswith(t)]
            word = next((o for o in options if idx.lookup(o)), word)
        out.append(word)
    return out


def _ngram_matches(idx, words: list[str]) -> list[tuple[str, int]]:
    """Known names among the token runs, longest first, not overlapping: (id, size)."""
    taken = [False] * len(words)
    found: list[tuple[str, int]] = []
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            if any(taken[start : start + size]):
                continue
            key = "".join(words[start : start + size])
            if size == 1 and len(key) < 3 and len(words) > 1:
                continue
            hit = idx.lookup(key)
            if hit:
                found.append((hit[0], size))
                taken[start : start + size] = [True] * size
    return found
