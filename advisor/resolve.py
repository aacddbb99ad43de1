"""Resolve free-text material, joint and finish names to knowledge-base ids.

Stages, first hit wins: exact id or name, synonym, normalised text (colour words and
descriptors stripped, parenthesised parts tried alone, sub-phrases), composite parsing
("ABS/PC", "staal/koper", "steel gears in PA housing") and fuzzy matching (rapidfuzz).
Indexes are built once per `Resolver`; results are cached per text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from advisor.kb.base import KnowledgeBase

LOW_CONFIDENCE = 0.6

# Confidence per method (the fuzzy score scales below FUZZY_CAP).
CONF_EXACT = 1.0
CONF_SYNONYM = 0.95
CONF_NORMALISED = 0.9
CONF_PARTIAL = 0.75
CONF_GRADE = 0.85
CONF_COMPOSITE_ITEM = 0.85
FUZZY_CAP = 0.85
FUZZY_MIN_SCORE = 72.0
FUZZY_MIN_SHORT = 84.0  # short names need a closer match
FUZZY_MIN_TINY = 90.0
TINY_QUERY = 5
SHORT_QUERY = 8
COMPOSITE_FACTOR = 0.95


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BLACK_WORDS = _words("zwart black schwarz noir zw blk antraciet anthracite")
CARBON_BLACK_WORDS = _words("roetgevuld roet carbonblack cb")
RECYCLED_WORDS = _words("recycled gerecycled gerecycleerd rec pcr regranulaat regrind recyclaat")
COLOUR_WORDS = _words(
    "wit white grijs grey gray rood red blauw blue groen green geel yellow oranje orange bruin "
    "brown beige zilver silver goud naturel natural transparant transparent clear helder gekleurd "
    "coloured colored opaque opaak licht light donker dark lichtgrijs donkergrijs ral colour color "
    "kleur gloss glossy glans mat matt matte"
)
# Words that say what the part is or how it is made, not what it is made of.
DESCRIPTOR_WORDS = _words(
    "part parts onderdeel deel housing behuizing cover kap deksel lid frame weight gewicht "
    "tread loopvlak gears gear tandwiel tandwielen component components componenten mounted "
    "gemonteerd assembly samenstelling body shell schaal grade kwaliteit type virgin nieuw "
    "new materiaal material granulate granulaat compound moulded molded gespoten spuitgegoten "
    "injection extruded geextrudeerd cast gegoten sheet plaat film folie foil stuks pcs "
    "approx ca circa about ongeveer incl inclusief including with met van of the de het een a "
    "an and en cold cure gaas pad feet voet voetjes insert bus bush anodised anodized "
    "geanodiseerd polished gepolijst painted geverfd gelakt coated gecoat plated verchroomd "
    "vernikkeld powder poedercoat gepoedercoat brushed geborsteld printed bedrukt overmould "
    "overmoulded overmolded omspoten 2k cel cell cells cellen massief solid massive etiket "
    "label sticker typeplaat typeplaatje aisi sae din iso nr no quality standaard standard "
    "copolymeer copolymer homopolymeer homopolymer copo homo fles bottle flacon verpakking "
    "packaging gewichtje"
)
FOAM_WORDS = _words("foam schuim geschuimd foamed expanded geexpandeerd")
TEXTILE_WORDS = _words(
    "fabric stof textile textiel weefsel mesh yarn garen fibre fiber vezel nonwoven vlies "
    "felt vilt cloth doek webbing upholstery bekleding knit gebreid"
)
UNKNOWN_WORDS = _words(
    "onbekend unknown diversen divers mixed overig overige other various nvt na tbd tbc xxx "
    "unspecified"
)
CAST_WORDS = _words(
    "cast gegoten spuitgiet spuitgegoten drukgiet drukgegoten diecast die druckguss gietstuk "
    "gietwerk gietlegering"
)
SHEET_WORDS = _words("sheet plaat plaatmateriaal blech coil gewalst")
PROFILE_WORDS = _words(
    "profile profiel profielen extrusion extrusie extrusieprofiel extruded geextrudeerd"
)
ZINC_WORDS = _words("verzinkt galvanised galvanized gegalvaniseerd")
TOUGH_WORDS = _words("gehard tempered toughened hardened")
GLASS_WORDS = _words("gf glasvezel glasvezelversterkt glassfibre glassfiber glasgevuld glass glas")
TALC_WORDS = _words("talc talk talkgevuld td")
GLASS_FILL_WORDS = GLASS_WORDS - {"glass", "glas"}
# Form and filler words are read by WORD_VARIANTS/FILLERS, then left out of name matching.
FORM_WORDS = (
    CAST_WORDS
    | SHEET_WORDS
    | PROFILE_WORDS
    | TALC_WORDS
    | GLASS_FILL_WORDS
    | ZINC_WORDS
    | TOUGH_WORDS
)
# A name written with one of these words means a more specific variant.
WORD_VARIANTS = (
    (
        TEXTILE_WORDS,
        {
            "pet": "polyester-fibre",
            "pa6": "nylon-fibre",
            "pa66": "nylon-fibre",
            "pp": "pp-nonwoven",
            "plastic-mixed": "textile-mixed",
        },
    ),
    (
        FOAM_WORDS,
        {
            "ps": "eps",
            "pp": "epp",
            "pe": "pe-foam",
            "pe-ld": "pe-foam",
            "pur-integral-skin": "pur-flexible-foam",
        },
    ),
    (CAST_WORDS, {"aluminium": "aluminium-cast", "aluminium-sheet": "aluminium-cast"}),
    (SHEET_WORDS, {"aluminium": "aluminium-sheet", "steel": "steel-sheet"}),
    (PROFILE_WORDS, {"aluminium": "aluminium-extruded"}),
    (
        ZINC_WORDS,
        {
            "steel": "steel-galvanised",
            "steel-sheet": "steel-galvanised",
            "steel-s235": "steel-galvanised",
        },
    ),
    (TOUGH_WORDS, {"glass": "glass-toughened"}),
    (GLASS_WORDS, {"polyester-fibre": "gfrp", "up": "gfrp", "epoxy": "gfrp"}),
)
FILLERS = ((GLASS_WORDS, "gf", ("30", "20", "25", "35")), (TALC_WORDS, "t", ("20", "40")))
# Units, dimensions and hardness say nothing about the material.
DIMENSION_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:mm|cm|dm|m|g|kg|kg/m3|kg/m³|g/cm3|shore|sh|%|ml|um|µm|v|w|kw|ohm|hz|mah|ah|wh|rpm)(?![a-z0-9])"
    r"|\bshore\s*\d+\s*[ad]?\b|\b\d+\s*(?:shore\s*)?[ad]\b",
    re.IGNORECASE,
)
RECYCLED_PREFIX_RE = re.compile(r"\br-?(pet|pp|pe|hdpe|ldpe|abs|pa|ps|pc|pvc|pom)\b")
NUMBER_RE = re.compile(r"\d{2}")

# Split points of composite names, tried in this order.
SPLIT_RE = re.compile(
    r"\s*(?:/|\+|,|;|&|\bin\b|\band\b|\ben\b|\bmet\b|\bwith\b|\bop\b|\bon\b"
    r"|\bplus\b|\bover\b)\s*",
    re.IGNORECASE,
)
PAREN_RE = re.compile(r"\(([^)]*)\)")
QUANTITY_RE = re.compile(r"\b\d+\s*x\b|\bx\s*\d+\b|\b\d+\s*(?:st|pcs|stuks)\b", re.IGNORECASE)
INSULATED_RE = re.compile(
    r"^(?P<a>.+?)[\s-]+(?:insulated|geisoleerd|isolated|sheathed|coated|"
    r"gecoat|ommanteld)\s+(?P<b>.+)$"
)


def fold(text: str) -> str:
    """Lower case without accents; spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def compact(text: str) -> str:
    """The index key: letters and digits only ("PA6 GF30" == "pa6-gf30")."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", fold(text)) if t]


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one free-text name."""

    material_id: str | None
    confidence: float
    method: str  # exact, synonym, normalised, fuzzy, composite, none
    constituents: tuple[tuple[str, float], ...] = ()
    alternatives: tuple[tuple[str, float], ...] = ()
    hints: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.material_id is not None and self.confidence >= LOW_CONFIDENCE


NONE = Resolution(None, 0.0, "none")


@dataclass
class _Index:
    """Lookup tables for one kind (material, joint or finish)."""

    names: dict[str, str] = field(default_factory=dict)  # compact id/name -> id
    synonyms: dict[str, str] = field(default_factory=dict)  # compact synonym -> id
    choices: dict[str, str] = field(default_factory=dict)  # folded text -> id (fuzzy)
    labels: dict[str, str] = field(default_factory=dict)  # id -> display name

    def add_name(self, text: str, target: str) -> None:
        key = compact(text)
        if key:
            self.names.setdefault(key, target)
            self.choices.setdefault(fold(text), target)

    def add_synonym(self, text: str, target: str) -> None:
        key = compact(text)
        if key and key not in self.names:
            self.synonyms.setdefault(key, target)
            self.choices.setdefault(fold(text), target)

    def lookup(self, key: str) -> tuple[str, str] | None:
        if key in self.names:
            return self.names[key], "exact"
        if key in self.synonyms:
            return self.synonyms[key], "synonym"
        return None


class Resolver:
    """Maps free text onto knowledge-base ids; build once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._index = {"material": _Index(), "joint": _Index(), "finish": _Index()}
        self._cache: dict[tuple[str, str], Resolution] = {}
        self._build()

    # ------------------------------------------------------------------ indexes
    def _build(self) -> None:
        tables = {
            "material": self.kb.rows("materials"),
            "joint": self.kb.rows("joints"),
            "finish": self.kb.rows("finishes"),
        }
        for kind, rows in tables.items():
            idx = self._index[kind]
            for r in rows:
                idx.add_name(r["id"], r["id"])
                idx.labels[r["id"]] = r.get("name_en", r["id"])
            for r in rows:
                idx.add_name(r["name_en"], r["id"])
                idx.add_name(r["name_nl"], r["id"])
        for r in self.kb.rows("synonyms"):
            idx = self._index.get(r.get("kind", ""))
            if idx is not None and r.get("target_id") in idx.labels:
                idx.add_synonym(r["text"], r["target_id"])
        self._choice_keys = {k: list(v.choices) for k, v in self._index.items()}
        self._materials = self.kb.materials
        self._generic = {
            m.id for m in self._materials.values() if "unspecified" in m.name_en.lower()
        }
        self._compositions: dict[str, tuple[tuple[str, float], ...]] = {}
        for r in self.kb.rows("compositions"):
            share = float(r["mass_share"]) if r.get("mass_share") else 0.0
            self._compositions.setdefault(r["item_id"], ())
            self._compositions[r["item_id"]] += ((r["constituent_id"], share),)
        self._by_parts = {}
        for item, parts in self._compositions.items():
            key = frozenset(self._base(m) for m, _ in parts)
            self._by_parts.setdefault(key, item)

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

    def search(
        self,
        text: str,
        kind: str = "material",
        limit: int = 10,
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

    # ------------------------------------------------------------------ stages
    def _cached(self, kind: str, text: str) -> Resolution:
        key = (kind, text or "")
        hit = self._cache.get(key)
        if hit is None:
            hit = self._resolve(kind, text or "")
            self._cache[key] = hit
        return hit

    def _resolve(self, kind: str, text: str) -> Resolution:
        if (
            not compact(text)
            or set(tokens(text)) <= UNKNOWN_WORDS
            or compact(text) in UNKNOWN_WORDS
        ):
            return NONE
        found = self._index[kind].lookup(compact(text))
        if found:
            conf = CONF_EXACT if found[1] == "exact" else CONF_SYNONYM
            return self._finish_material(kind, found[0], conf, found[1], text)
        res = self._normalised(kind, text)
        if res is not None and res.confidence >= CONF_NORMALISED:
            return res
        if kind == "material":
            comp = self._composite(text)
            if comp is not None:
                return comp
        fuzzy = self._fuzzy(kind, text)
        if res is not None and res.confidence >= fuzzy.confidence:
            return res
        return fuzzy

    def _finish_material(
        self, kind: str, target: str, conf: float, method: str, text: str
    ) -> Resolution:
        """Apply form, filler and colour words; add composition constituents."""
        if kind != "material":
            return Resolution(target, conf, method)
        words = set(tokens(DIMENSION_RE.sub(" ", fold(text))))
        hints = _hints(text)
        for trigger, variants in WORD_VARIANTS:
            if words & trigger and target in variants:
                target = variants[target]
        target = self._filled(target, words, text)
        if ("black" in hints or "carbon_black" in hints) and not target.endswith("-black"):
            if f"{target}-black" in self._materials:
                target = f"{target}-black"
        return Resolution(target, conf, method, self._compositions.get(target, ()), (), hints)

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

    def _normalised(self, kind: str, text: str) -> Resolution | None:
        idx = self._index[kind]
        for candidate in _variants(text):
            found = idx.lookup(compact(candidate))
            if found:
                return self._finish_material(kind, found[0], CONF_NORMALISED, "normalised", text)
        words = _clean_tokens(text)
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
        return self._finish_material(kind, target, conf, "normalised", text)

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

    def _composite(self, text: str) -> Resolution | None:
        body = PAREN_RE.sub(" ", _strip_amounts(fold(text)))
        match = INSULATED_RE.match(body)
        pieces = [match["a"], match["b"]] if match else SPLIT_RE.split(body)
        pieces = [p for p in (p.strip(" -") for p in pieces) if compact(p)]
        if len(pieces) < 2:
            return None
        parts: list[tuple[str, float]] = []
        for piece in pieces:
            res = self._part(piece)
            if res is not None:
                parts.append(res)
        if not parts:
            return None
        ids = list(dict.fromkeys(p[0] for p in parts))
        conf = min(p[1] for p in parts) * COMPOSITE_FACTOR
        if len(ids) == 1:
            return self._finish_material("material", ids[0], conf, "composite", text)
        blend = self._blend(ids)
        if blend:
            return self._finish_material("material", blend, CONF_COMPOSITE_ITEM, "composite", text)
        item = self._by_parts.get(frozenset(self._base(i) for i in ids))
        if item:
            return Resolution(
                item, CONF_COMPOSITE_ITEM, "composite", self._compositions[item], (), _hints(text)
            )
        share = round(1.0 / len(ids), 4)
        constituents = tuple((i, share) for i in ids)
        return Resolution(ids[0], conf, "composite", constituents, (), _hints(text))

    def _part(self, piece: str) -> tuple[str, float] | None:
        idx = self._index["material"]
        found = idx.lookup(compact(piece))
        if found:
            return found[0], CONF_SYNONYM
        res = self._normalised("material", piece)
        if res is None:
            res = self._fuzzy("material", piece)
        if res.material_id is None or res.confidence < LOW_CONFIDENCE:
            return None
        return res.material_id, res.confidence

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

    def _fuzzy(self, kind: str, text: str) -> Resolution:
        idx = self._index[kind]
        query = " ".join(_clean_tokens(text)) or fold(text)
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
            return Resolution(
                None,
                round(score / 100 * 0.5, 3),
                "none",
                (),
                ((best, round(score / 100 * FUZZY_CAP, 3)),) + alts,
                _hints(text),
            )
        res = self._finish_material(kind, best, round(score / 100 * FUZZY_CAP, 3), "fuzzy", text)
        return Resolution(
            res.material_id, res.confidence, "fuzzy", res.constituents, alts, res.hints
        )


def _fuzzy_floor(query: str) -> float:
    """The lowest fuzzy score accepted: short names need a closer match."""
    if len(query) <= TINY_QUERY:
        return FUZZY_MIN_TINY
    return FUZZY_MIN_SHORT if len(query) <= SHORT_QUERY else FUZZY_MIN_SCORE


def _hints(text: str) -> tuple[str, ...]:
    words = set(tokens(text))
    folded = fold(text)
    out = []
    if words & BLACK_WORDS:
        out.append("black")
    if words & CARBON_BLACK_WORDS or "carbon black" in folded:
        out.append("carbon_black")
    if words & RECYCLED_WORDS or re.search(r"\br-?(pet|pp|pe|abs|pa)\b", folded):
        out.append("recycled")
    return tuple(out)


def _strip_amounts(folded: str) -> str:
    """Drop quantities, dimensions and units; "rPP" becomes "pp"."""
    folded = QUANTITY_RE.sub(" ", folded)
    folded = DIMENSION_RE.sub(" ", folded)
    return RECYCLED_PREFIX_RE.sub(lambda m: m.group(1), folded)


def _clean_tokens(text: str) -> list[str]:
    """Tokens without colours, descriptors and quantities."""
    body = _strip_amounts(fold(text))
    drop = (
        COLOUR_WORDS
        | BLACK_WORDS
        | CARBON_BLACK_WORDS
        | DESCRIPTOR_WORDS
        | RECYCLED_WORDS
        | FORM_WORDS
    )
    return [t for t in tokens(body) if t not in drop]


def _variants(text: str) -> list[str]:
    """Candidate strings, most specific first."""
    folded = _strip_amounts(fold(text))
    inside = PAREN_RE.findall(folded)
    outside = PAREN_RE.sub(" ", folded)
    out = [outside, " ".join(_clean_tokens(outside))]
    out += [p for p in inside] + [" ".join(_clean_tokens(p)) for p in inside]
    return [v for v in dict.fromkeys(out) if compact(v)]


def _ngram_matches(idx: _Index, words: list[str]) -> list[tuple[str, int]]:
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
