"""Recognise bill-of-materials columns by their headers, in Dutch or English.

Headers are compared after folding case, accents, units in brackets, punctuation and
spaces (CLI.md). Exact synonyms win over prefixes, so "Part no" is an id, not a name.
"""

from __future__ import annotations

import re
import unicodedata

from advisor.bom_io.numbers import MASS_UNITS
from advisor.errors import InputError, Problem

FIELDS = ("id", "parent", "level", "name", "material", "mass", "unit", "quantity", "joint",
          "finish", "recycled_content", "reused_content", "notes", "attached_to")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "item", "itemno", "itemnr", "itemnumber", "itemid", "pos", "positie",
           "posnr", "position", "nr", "no", "number", "nummer", "partno", "partnr",
           "partnumber", "partid", "artikelnr", "artikelnummer", "onderdeelnr",
           "onderdeelnummer", "componentid", "regel", "line", "lineno", "findno", "code",
           "artikelcode", "itemcode", "partcode", "onderdeelcode", "tekeningnummer",
           "tekeningnr", "drawingnumber", "drawingno", "sachnummer", "teilenummer",
           "artikelnr", "materialnummer", "positionsnummer", "reference", "referentie",
           "ref", "numero", "numerodepiece", "artikelnummer", "detaljnummer", "artikelnr",
           "bomid", "materialno", "materialnumber"),
    "parent": ("parent", "ouder", "parentid", "parentitem", "parentno", "parentnr",
               "parentpart", "bovenliggend", "bovenliggendnr", "hoortbij", "onderdeelvan",
               "partof", "bovenliggendecode", "bovenliggendartikel", "parentcode",
               "parentpartnumber", "parentitemnumber", "oberteil", "ubergeordnet",
               "ubergeordneteposition", "parente", "foralder", "overordnad",
               "ubergeordneterartikel", "hoofdsamenstelling"),
    "level": ("level", "niveau", "lvl", "bomlevel", "depth", "diepte", "indent",
              "structuurniveau", "stuklijstniveau", "ebene", "stufe", "strukturstufe",
              "stucklistenebene", "niva", "strukturniva"),
    "name": ("name", "component", "part", "description", "naam", "onderdeel", "omschrijving",
             "partname", "componentname", "onderdeelnaam", "benaming",
             "beschrijving", "itemname", "itemdescription", "partdescription", "title",
             "benennung", "bezeichnung", "beschreibung", "designation", "libelle",
             "benamning", "beskrivning", "artikelbezeichnung", "teilebezeichnung"),
    "material": ("material", "materiaal", "materials", "materialen", "materiaalsoort",
                 "materialtype", "materialname", "grondstof", "werkstoff", "werkstoffe",
                 "materiau", "matiere", "materialbezeichnung", "werkstoffbezeichnung"),
    "mass": ("mass", "weight", "massa", "gewicht", "unitmass", "unitweight", "massperunit",
             "weightperunit", "massperpiece", "weightperpiece", "massaperstuk",
             "gewichtperstuk", "stukgewicht", "netweight", "nettogewicht", "netmass",
             "nettomassa", "partmass", "partweight", "masse", "poids", "poidsnet", "vikt",
             "nettovikt", "stuckgewicht", "einzelgewicht", "masseunitaire"),
    "unit": ("unit", "eenheid", "massunit", "weightunit", "massaeenheid", "gewichtseenheid",
             "uom", "units", "einheit", "unite", "enhet", "masseinheit"),
    "quantity": ("quantity", "qty", "aantal", "stuks", "count", "pcs", "aantalstuks",
                 "quantityperassembly", "qtyperassembly", "qtyper", "hoeveelheid", "amount",
                 "menge", "anzahl", "stuckzahl", "quantite", "nombre", "antal", "mangd"),
    "joint": ("joint", "joining", "connection", "fastening", "verbinding", "bevestiging",
              "fastener", "attachment", "joiningmethod", "connectiontype", "verbindingstype",
              "bevestigingsmethode", "verbindingsmethode", "fixing", "assemblymethod",
              "verbindung", "befestigung", "verbindungsart", "fixation", "assemblage",
              "infastning", "fogning", "montering"),
    "finish": ("finish", "coating", "surface", "afwerking", "coatinglak", "lak",
               "surfacetreatment", "surfacefinish", "oppervlakte", "oppervlaktebehandeling",
               "behandeling", "oberflache", "oberflachenbehandlung", "finition",
               "revetement", "traitementdesurface", "ytbehandling"),
    "recycled_content": ("recycledcontent", "recycled", "gerecycled", "recyclaat",
                         "gerecycledaandeel", "recyclaataandeel", "recycledshare",
                         "recycledpercentage", "gerecycledgehalte", "recycledfraction",
                         "secondarycontent", "pcr", "pcrcontent", "rezyklatanteil",
                         "recyclinganteil", "contenurecycle", "atervunnet",
                         "atervunnetinnehall"),
    "reused_content": ("reusedcontent", "reused", "hergebruikt", "hergebruiktaandeel",
                       "reusedshare", "reusedfraction", "hergebruikgehalte"),
    "notes": ("notes", "note", "remarks", "remark", "opmerking", "opmerkingen", "comment",
              "comments", "toelichting", "memo", "notities", "bemerkung", "anmerkung",
              "hinweis", "remarque", "commentaire", "anmarkning", "kommentar"),
    # The row a part is joined to when that is not its parent (CLI.md).
    "attached_to": ("attachedto", "joinedto", "fixedto", "mountedon", "bevestigdaan",
                    "verbondenmet", "vastaan", "gemonteerdop", "befestigtan", "verbundenmit",
                    "montiertan", "fixea", "fixesur", "assembleavec", "monteradpa",
                    "fastsattvid", "kopplattill"),
}

# Headers that carry a total, not a value per unit, must not pass for a mass column.
_TOTAL_WORDS = ("total", "totaal", "totale", "sum", "som", "extended")
_BRACKETS = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]|\{([^}]*)\}")
PREFIX_MIN = 4  # shorter synonyms ("nr", "id") only match exactly


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def normalise(header: str) -> tuple[str, str | None]:
    """A header's matching key and the mass unit it names: 'Massa (g)' -> ('massa', 'g')."""
    text = _fold(header)
    unit = None
    for m in _BRACKETS.finditer(text):
        inner = next(g for g in m.groups() if g is not None).strip().rstrip(".")
        if inner in MASS_UNITS:
            unit = inner
    text = _BRACKETS.sub(" ", text)
    tokens = re.findall(r"[a-z0-9]+", text)
    if len(tokens) > 1 and tokens[-1] in MASS_UNITS:
        unit = unit or tokens[-1]
        tokens = tokens[:-1]
        if len(tokens) > 1 and tokens[-1] in ("in", "per"):
            tokens = tokens[:-1]
    return "".join(tokens), unit


def header_unit(header: str) -> str | None:
    """The mass unit a header names ('Massa (g)', 'mass_g', 'Gewicht in kg'), else None."""
    return normalise(header)[1]


def _is_total(key: str) -> bool:
    return any(key.startswith(w) or key.endswith(w) for w in _TOTAL_WORDS)


def _match_exact(key: str) -> str | None:
    for field, words in SYNONYMS.items():
        if key in words:
            return field
    return None


def _match_prefix(key: str) -> str | None:
    best: tuple[int, str] | None = None
    for field, words in SYNONYMS.items():
        for w in words:
            if len(w) >= PREFIX_MIN and key.startswith(w) and (best is None or len(w) > best[0]):
                best = (len(w), field)
    return best[1] if best else None


def detect_columns(headers: list[str]) -> dict[str, int]:
    """Map each recognised field to the index of the first column that means it."""
    keys = [normalise(h)[0] if h is not None else "" for h in headers]
    found: dict[str, int] = {}
    for matcher in (_match_exact, _match_prefix):
        for i, key in enumerate(keys):
            if not key or i in found.values() or _is_total(key):
                continue
            field = matcher(key)
            if field and field not in found:
                found[field] = i
    return dict(sorted(found.items(), key=lambda kv: FIELDS.index(kv[0])))


def _find_header(headers: list[str], wanted: str) -> int | None:
    for i, h in enumerate(headers):
        if h == wanted:
            return i
    folded = [normalise(h)[0] for h in headers]
    key = normalise(wanted)[0]
    for i, h in enumerate(headers):
        if h.strip().lower() == wanted.strip().lower() or (key and folded[i] == key):
            return i
    return None


def apply_mapping(headers: list[str], mapping: dict[str, str] | None, fname: str,
                  header_row: int, only_mapped: bool = False) -> dict[str, int]:
    """Detected columns, overridden by an explicit field -> header mapping.

    With `only_mapped` (the import wizard, where the user saw every column) the
    mapping is the whole truth: columns it leaves out are ignored.
    """
    columns = {} if only_mapped and mapping else detect_columns(headers)
    if not mapping:
        return columns
    problems: list[Problem] = []
    explicit: dict[str, int] = {}
    for field, header in mapping.items():
        if field not in FIELDS:
            problems.append(Problem("map_field_unknown", f"Unknown field {field!r}",
                                    file=fname, value=field, params={
                                        "field": field, "fields": ", ".join(FIELDS)}))
            continue
        index = _find_header(headers, header)
        if index is None:
            problems.append(Problem("map_header_unknown", f"No column {header!r}", file=fname,
                                    row=header_row, value=header,
                                    params={"header": header, "headers": ", ".join(headers)}))
            continue
        explicit[field] = index
    if problems:
        raise InputError(problems)
    taken = set(explicit.values())
    kept = {f: i for f, i in columns.items() if f not in explicit and i not in taken}
    merged = kept | explicit
    return dict(sorted(merged.items(), key=lambda kv: FIELDS.index(kv[0])))


def parse_map_options(items: list[str]) -> dict[str, str]:
    """Turn CLI `--map mass=Gewicht` options into a field -> header mapping."""
    mapping: dict[str, str] = {}
    for item in items:
        field, sep, header = item.partition("=")
        field = field.strip().lower().replace("-", "_").replace(" ", "_")
        if not sep or not field or not header.strip():
            raise InputError(Problem("map_syntax", f"Not FIELD=COLUMN: {item!r}", value=item,
                                     params={"fields": ", ".join(FIELDS)}))
        mapping[field] = header.strip()
    return mapping


def header_score(cells: list[str]) -> int:
    """How many fields a row would name if it were the header (to find the header row)."""
    return len(detect_columns([c if isinstance(c, str) else "" for c in cells]))
