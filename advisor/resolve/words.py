"""The words of material names: folding, word classes and the text clean-up of each stage.

Word classes say what a word tells about a material: a colour, a form (cast, sheet,
foam), a filler, a descriptor of the part rather than its material, a generic class
("metal", "other"), or something too small to count (a coating, a gas fill).
"""

from __future__ import annotations

import re
import unicodedata


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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BLACK_WORDS = _words("zwart black schwarz noir zw blk antraciet anthracite svart")
CARBON_BLACK_WORDS = _words("roetgevuld roet carbonblack cb")
RECYCLED_WORDS = _words(
    "recycled gerecycled gerecycleerd rec pcr regranulaat regrind recyclaat recycelt "
    "rezykliert recycle recyclee atervunnen atervunnet"
)
COLOUR_WORDS = _words(
    "wit white grijs grey gray rood red blauw blue groen green geel yellow oranje orange bruin "
    "brown beige zilver silver goud naturel natural transparant transparent clear helder gekleurd "
    "coloured colored opaque opaak licht light donker dark lichtgrijs donkergrijs ral colour color "
    "kleur gloss glossy glans mat matt matte weiss grau rot blau gruen blanc gris rouge bleu "
    "vert noir vit gra rod bla gron"
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
    "packaging gewichtje contacts contact contacten kontakte kontakter toplaag deklaag "
    "filter filters hepa medium media isolering isolatie insulation daemmung isolant "
    "verpackung forpackning emballage skydd plastskydd list lister pall "
    "karm rahmen cadre ram stomme gestell structure struktur und mit och med "
    "et avec aus av i von du de la le les des der die das dem den ein eine products "
    "produkte produits produkter"
)
FOAM_WORDS = _words(
    "foam schuim geschuimd foamed expanded geexpandeerd schaum schaumstoff skum mousse "
    "cellplast kallskum koudschuim kaltschaum"
)
TEXTILE_WORDS = _words(
    "fabric stof textile textiel weefsel mesh yarn garen fibre fiber vezel nonwoven vlies "
    "felt vilt cloth doek webbing upholstery bekleding knit gebreid stoff gewebe textil tyg "
    "vav tissu toile wolmix bezug bezugsstoff kladsel carpet tapijt teppich tapis matta "
    "revetement revetements upholstered"
)
UNKNOWN_WORDS = _words("onbekend unknown nvt na tbd tbc xxx unbekannt okand inconnu")
# Words that qualify a generic class ("other metals", "overige kunststoffen"): left out
# of name matching, so the class word alone decides.
QUALIFIER_WORDS = _words(
    "other others overig overige andere anderer sonstige sonstiges ovriga ovrigt ovrig autre "
    "autres mixed gemengd gemengde gemixte gemischt gemischte blandad blandade melange melanges "
    "various diverse diversen divers verschiedene unspecified onbepaald"
)
# Parts of a description too small to count by mass: a coating, a gas fill, a primer.
NEGLIGIBLE_WORDS = _words(
    "coating coatings gecoat coated beschichtung beschichtet belaggning traitement "
    "lowe argon argonvulling argonfullung argonfyllning krypton kryptonvulling gasvulling "
    "gasfullung gas vulling fullung fyllning primer grondlaag lak lacquer laque"
)
CAST_WORDS = _words(
    "cast gegoten spuitgiet spuitgegoten drukgiet drukgegoten diecast die druckguss gietstuk "
    "gietwerk gietlegering guss gusslegierung gjuten gjutet fonte"
)
SHEET_WORDS = _words(
    "sheet plaat plaatmateriaal blech coil gewalst gewalzt rolled valsad plat tole"
)
PROFILE_WORDS = _words(
    "profile profiel profielen extrusion extrusie extrusieprofiel extruded geextrudeerd profil"
)
ZINC_WORDS = _words("verzinkt galvanised galvanized gegalvaniseerd galvaniserad galvanise")
TOUGH_WORDS = _words("gehard tempered toughened hardened gehartet hardat trempe")
GLASS_WORDS = _words(
    "gf glasvezel glasvezelversterkt glassfibre glassfiber glasgevuld glass glas glasfaser "
    "glasfaserverstarkt glasfiber verre"
)
TALC_WORDS = _words("talc talk talkgevuld td")
GLASS_FILL_WORDS = GLASS_WORDS - {"glass", "glas", "verre"}
# "Spring" says how steel is used, not a material of its own ("Spring Brass" is brass).
SPRING_WORDS = _words("spring springs veer veren feder federn fjader ressort")
# A motor written as brushless or permanent-magnet holds NdFeB magnets (a critical raw
# material), which the universal or induction motor does not.
BRUSHLESS_WORDS = _words("bldc brushless borstelloos borstelloze burstenlos buerstenlos "
                         "burstenloser borstlos pmsm pmsynchron permanentmagneet "
                         "permanent-magnet")
# Form and filler words are read by WORD_VARIANTS/FILLERS, then left out of name matching.
FORM_WORDS = (
    CAST_WORDS
    | SHEET_WORDS
    | PROFILE_WORDS
    | TALC_WORDS
    | GLASS_FILL_WORDS
    | ZINC_WORDS
    | TOUGH_WORDS
    | SPRING_WORDS
    | BRUSHLESS_WORDS
)
# "Rigid" or "hard" foam is the insulation grade of PUR, not the flexible one.
RIGID_WORDS = _words("rigid hard hartschaum hardschuim styv rigide starr")
# Context words that change what every material of a description is (a fabric's
# polyamide is nylon fibre); they apply to each constituent of a composite as well.
CONTEXT_WORDS = TEXTILE_WORDS | FOAM_WORDS
# A name written with one of these words means a more specific variant.
WORD_VARIANTS = (
    (
        FOAM_WORDS,
        {
            "ps": "eps",
            "pp": "epp",
            "pe": "pe-foam",
            "pe-ld": "pe-foam",
            "pur": "pur-flexible-foam",
            "pur-integral-skin": "pur-flexible-foam",
        },
    ),
    (
        TEXTILE_WORDS,
        {
            "pet": "polyester-fibre",
            "pa6": "nylon-fibre",
            "pa66": "nylon-fibre",
            "pp": "pp-nonwoven",
            "plastic-mixed": "textile-mixed",
            # a PVC or PU upholstery is a coated fabric
            "pvc-u": "faux-leather",
            "pvc-p": "faux-leather",
            "pur": "faux-leather",
        },
    ),
    (RIGID_WORDS, {"pur": "pur-rigid-foam", "pur-flexible-foam": "pur-rigid-foam"}),
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
    (SPRING_WORDS, {"steel": "steel-spring", "steel-engineering": "steel-spring"}),
    (GLASS_WORDS, {"polyester-fibre": "gfrp", "up": "gfrp", "epoxy": "gfrp"}),
    (BRUSHLESS_WORDS, {"electric-motor": "electric-motor-bldc"}),
)
# Qualifying phrases of a polymer's name ("Polyethylen, hohe Dichte", "PVC zacht").
PHRASE_VARIANTS = (
    (re.compile(r"\b(?:hohe[rn]?|high|hoge|haute|hog)\s*-?\s*(?:dichte|density|dichtheid|densite|"
                r"densitet)\b|\bhogdensitet"), {"pe": "pe-hd"}),
    (re.compile(r"\b(?:niedrige[rn]?|low|lage|basse|lag)\s*-?\s*(?:dichte|density|dichtheid|"
                r"densite|densitet)\b|\blagdensitet"), {"pe": "pe-ld"}),
    (re.compile(r"ultra\s*-?\s*hohe?\s+molmasse|ultra\s*-?\s*high\s+molecular"), {"pe": "pe-uhmw"}),
    (re.compile(r"vernetzt|cross\s*-?\s*linked|vernet|tvarbunden"), {"pe": "pe-x"}),
    (re.compile(r"hochschlagzah|high\s*-?\s*impact|slagvast|choc"), {"ps": "ps-hi"}),
    (re.compile(r"weichmacherhaltig|weichgemacht|plasticised|plasticized|\bweich(?!macherfrei)|\bzacht|"
                r"\bsouple|\bmjuk"), {"pvc-u": "pvc-p"}),
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
PAREN_RE = re.compile(r"\(([^)]*)\)")
QUANTITY_RE = re.compile(r"\b\d+\s*x\b|\bx\s*\d+\b|\b\d+\s*(?:st|pcs|stuks)\b", re.IGNORECASE)


def hints(text: str) -> tuple[str, ...]:
    """What a name says besides its material: black, carbon black, recycled, coated."""
    words = set(tokens(text))
    folded = fold(text)
    out = []
    if words & BLACK_WORDS:
        out.append("black")
    if words & CARBON_BLACK_WORDS or "carbon black" in folded:
        out.append("carbon_black")
    if words & RECYCLED_WORDS or re.search(r"\br-?(pet|pp|pe|abs|pa)\b", folded):
        out.append("recycled")
    if words & NEGLIGIBLE_WORDS:
        out.append("coated_or_filled")
    return tuple(out)


def strip_amounts(folded: str) -> str:
    """Drop quantities, dimensions and units; "rPP" becomes "pp"."""
    folded = QUANTITY_RE.sub(" ", folded)
    folded = DIMENSION_RE.sub(" ", folded)
    return RECYCLED_PREFIX_RE.sub(lambda m: m.group(1), folded)


_DROPPED = (
    COLOUR_WORDS
    | BLACK_WORDS
    | CARBON_BLACK_WORDS
    | DESCRIPTOR_WORDS
    | RECYCLED_WORDS
    | FORM_WORDS
    | QUALIFIER_WORDS
)


def clean_tokens(text: str) -> list[str]:
    """Tokens without colours, descriptors, qualifiers, context words and quantities.

    Context words ("fabric", "foam") are read by WORD_VARIANTS; they are kept only when
    nothing else is left ("Mesh cloth")."""
    body = tokens(strip_amounts(fold(text)))
    kept = [t for t in body if t not in _DROPPED]
    return [t for t in kept if t not in CONTEXT_WORDS] or kept


def variants(text: str) -> list[str]:
    """Candidate strings, most specific first (then their singulars)."""
    folded = strip_amounts(fold(text))
    inside = PAREN_RE.findall(folded)
    outside = PAREN_RE.sub(" ", folded)
    out = [outside, " ".join(clean_tokens(outside))]
    out += [p for p in inside] + [" ".join(clean_tokens(p)) for p in inside]
    out += [singular(v) for v in out]
    return [v for v in dict.fromkeys(out) if compact(v)]


def singular(text: str) -> str:
    """A plural's singular for lookup: "cuirs", "Laminates", "spånskivor" (last word)."""
    head, _, last = text.rpartition(" ")
    for tail, keep in (("ies", "y"), ("or", "a"), ("s", "")):
        if len(last) > len(tail) + 3 and last.endswith(tail):
            return f"{head} {last[: -len(tail)]}{keep}".strip()
    return text


# Word endings of German, Dutch and Swedish compounds that name the form, not the
# material ("Buchenholz", "Furulist", "poppelfanér", "Polystyrenplast").
COMPOUND_TAILS = ("holz", "hout", "tra", "ved", "list", "lister", "faner", "skiva", "skivor",
                  "platte", "platten", "plaat", "plast", "kunststoff", "profil", "rohr", "draht",
                  "beslag", "beschlag", "beschlage")


def compound_heads(token: str) -> list[str]:
    """The material part of a compound word, longest first ("buchenholz" -> "buche")."""
    out = []
    for tail in COMPOUND_TAILS:
        if token.endswith(tail) and len(token) - len(tail) >= 3:
            head = token[: -len(tail)].rstrip("-")
            out += [head] + ([head[:-1]] if head[-1:] in "ns" and len(head) > 4 else [])
    return out


def is_negligible(piece: str) -> bool:
    """A piece of a description that names only a coating or a gas fill."""
    words = [t for t in tokens(piece) if t not in DESCRIPTOR_WORDS]
    return bool(words) and all(w in NEGLIGIBLE_WORDS for w in words)


FILLED_WORDS = _words(
    "filled gevuld versterkt reinforced verstarkt gefullt armerad fylld charge renforce"
)


def is_filler(piece: str) -> bool:
    """A piece that names only a filler or form of the material before it ("glasvezel
    30%", "Coil (sheet)")."""
    words = [t for t in tokens(strip_amounts(fold(piece))) if t not in DESCRIPTOR_WORDS]
    fillers = (GLASS_FILL_WORDS | TALC_WORDS | FILLED_WORDS | SHEET_WORDS | CAST_WORDS
               | PROFILE_WORDS | {"glass", "glas"})
    return bool(words) and all(w in fillers or re.fullmatch(r"(gf|t|td)?\d+", w)
                               for w in words)


def only_descriptors(piece: str) -> bool:
    """A piece that says what the part is, not what it is made of ("with components")."""
    return all(t in DESCRIPTOR_WORDS for t in tokens(piece))


def is_unknown(text: str) -> bool:
    """Empty, or only words that say the material is unknown ("n.v.t.", "onbekend")."""
    key = compact(text)
    return not key or set(tokens(text)) <= UNKNOWN_WORDS or key in UNKNOWN_WORDS
