"""Numbers as people type them: Dutch or English decimals, units, shares and counts.

Every parser returns a value or raises `ValueError`; the caller turns that into a
`Problem` naming the row and column, because only it knows where the cell is.
"""

from __future__ import annotations

import math
import re

# Mass units to kilograms. Keys are lower case, without dots.
MASS_UNITS: dict[str, float] = {
    "mg": 1e-6, "milligram": 1e-6, "milligrams": 1e-6, "milligramme": 1e-6,
    "g": 1e-3, "gr": 1e-3, "gram": 1e-3, "grams": 1e-3, "gramme": 1e-3, "grammes": 1e-3,
    "kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilogram": 1.0, "kilograms": 1.0,
    "t": 1000.0, "ton": 1000.0, "tons": 1000.0, "tonne": 1000.0, "tonnes": 1000.0,
    "lb": 0.45359237, "lbs": 0.45359237, "pound": 0.45359237, "pounds": 0.45359237,
    "oz": 0.028349523125, "ounce": 0.028349523125, "ounces": 0.028349523125,
}
# Count units that ERP exports put in a "unit" column; they say nothing about mass.
COUNT_UNITS = frozenset({"st", "stk", "stuk", "stuks", "pc", "pcs", "piece", "pieces", "ea",
                         "each", "x", "nos", "no", "set", "sets", "pce"})

_NUMBER = re.compile(r"[+-]?(?:\d[\d.,' \u00a0\u202f]*)?(?:[.,]\d+)?(?:[eE][+-]?\d+)?")
_SPECIAL = {"inf": math.inf, "+inf": math.inf, "-inf": -math.inf, "infinity": math.inf,
            "-infinity": -math.inf, "nan": math.nan, "#num!": math.nan, "#div/0!": math.nan}
_GROUPED_POINT = re.compile(r"^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$")
_GROUPED_COMMA = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")
_AMBIGUOUS = re.compile(r"^[+-]?[1-9]\d{0,2}[.,]\d{3}$")
# Plain numbers written with the file's own decimal separator (or none): the common case,
# parsed without the grouping rules below (they give the same value for these).
_PLAIN = {".": re.compile(r"[+-]?\d+(?:\.\d+)?"), ",": re.compile(r"[+-]?\d+(?:,\d+)?")}
_SPLIT_UNIT = re.compile(r"^\s*(?P<num>[^a-zA-Z%]*?)\s*(?P<unit>[a-zA-Z]+\.?)?\s*$")


def decimal_evidence(text: str) -> str | None:
    """Which decimal separator a number written as `text` implies, if it tells at all."""
    t = text.strip().replace(" ", "")
    if _GROUPED_POINT.match(t) and "." in t:
        return "."
    if _GROUPED_COMMA.match(t) and "," in t:
        return ","
    if _AMBIGUOUS.match(t):
        return None  # "1.250" or "1,250": a thousand or one and a quarter
    if re.search(r"\d,\d", t) and "." not in t:
        return ","
    if re.search(r"\d\.\d", t) and "," not in t:
        return "."
    return None


def detect_decimal(samples: list[str], default: str = ".") -> str:
    """The decimal separator most samples point to; `default` when they do not tell."""
    votes = {".": 0, ",": 0}
    for s in samples:
        sep = decimal_evidence(s)
        if sep:
            votes[sep] += 1
    if votes["."] == votes[","]:
        return default
    return "." if votes["."] > votes[","] else ","


def _normalise_separators(t: str, decimal: str) -> str:
    """Turn '1.250,5' / '1,250.5' / '0,8' into Python's '1250.5' / '0.8'."""
    t = re.sub(r"[' \u00a0\u202f]", "", t)
    if "," in t and "." in t:
        last = max(t.rfind(","), t.rfind("."))
        dec = t[last]
        grp = "." if dec == "," else ","
        return t.replace(grp, "").replace(dec, ".")
    for sep in (",", "."):
        count = t.count(sep)
        if count > 1:  # only grouping repeats, and only in threes: "1.250.000"
            if not re.fullmatch(r"[+-]?\d{1,3}(" + re.escape(sep) + r"\d{3})+", t):
                raise ValueError("not a number")
            return t.replace(sep, "")
        if count == 1:
            head, tail = t.split(sep)
            if sep != decimal and re.fullmatch(r"[+-]?[1-9]\d{0,2}", head) and len(tail) == 3:
                return head + tail  # "1.250" in a comma-decimal file is twelve hundred fifty
            return head + "." + tail
    return t


def parse_number(value: str | float | int, decimal: str = ".") -> float:
    """A float from a cell: '1.250,5', '1,250.5', '0,8', '1e-3', 12 (from Excel)."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, (int, float)):
        return float(value)
    t = value.strip().replace("\u2212", "-")
    plain = _PLAIN.get(decimal)
    if plain is not None and plain.fullmatch(t):
        return float(t.replace(",", "."))
    if t.lower() in _SPECIAL:
        return _SPECIAL[t.lower()]
    if not t or not _NUMBER.fullmatch(t) or not re.search(r"\d", t):
        raise ValueError("not a number")
    return float(_normalise_separators(t, decimal))


def split_unit(text: str) -> tuple[str, str | None]:
    """Split '120 g' into ('120', 'g'); a bare number has unit None."""
    m = _SPLIT_UNIT.match(text)
    if not m:
        raise ValueError("not a number with a unit")
    unit = m.group("unit")
    return m.group("num"), (unit.rstrip(".").lower() if unit else None)


def unit_factor(unit: str | None) -> float | None:
    """Kilograms per unit, or None if the word is not a mass unit."""
    if unit is None:
        return None
    return MASS_UNITS.get(unit.strip().rstrip(".").lower())


def to_kg(number: float, factor: float) -> float:
    """Convert with the fewest rounding errors: 142 g is 142 / 1000, not 142 * 0.001."""
    if factor < 1:
        inverse = round(1 / factor)
        if abs(inverse * factor - 1) < 1e-12:
            return number / inverse
    return number * factor


def parse_mass(value: str | float | int, decimal: str = ".", default_unit: str = "kg",
               ) -> float | None:
    """Mass of one unit in kg from a cell such as '1,35 kg', '85 g' or 0.5; None if empty."""
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return to_kg(parse_number(value, decimal), unit_factor(default_unit) or 1.0)
        except ValueError:
            pass  # a number with its unit, such as "120 g"
        number, unit = split_unit(value)
        factor = unit_factor(unit or default_unit)
        if factor is None:
            raise ValueError(f"unknown unit {unit!r}")
        return to_kg(parse_number(number, decimal), factor)
    return to_kg(parse_number(value, decimal), unit_factor(default_unit) or 1.0)


def parse_quantity(value: str | float | int, decimal: str = ".") -> float | None:
    """A count such as '2', '2x', '4 st' or '2 pcs'; None if empty."""
    if isinstance(value, str):
        t = value.strip().lower()
        if not t:
            return None
        t = re.sub(r"^(x|\u00d7)\s*", "", t)
        try:
            return parse_number(t, decimal)
        except ValueError:
            pass  # a count with its unit, such as "4 st"
        number, unit = split_unit(t)
        if unit is not None and unit not in COUNT_UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        return parse_number(number, decimal)
    return parse_number(value, decimal)


def parse_share(value: str | float | int, decimal: str = ".", percent: bool = False,
                ) -> float | None:
    """A share as a fraction: '30%' -> 0.3; '30' -> 0.3 when the column is in percent."""
    if isinstance(value, str):
        t = value.strip()
        if not t:
            return None
        if t.endswith("%"):
            return parse_number(t[:-1], decimal) / 100.0
        number = parse_number(t, decimal)
    else:
        number = parse_number(value, decimal)
    return number / 100.0 if percent else number


def column_is_percent(values: list[str | float | int], decimal: str = ".") -> bool:
    """True when a share column holds percentages: some value without '%' exceeds 1."""
    for v in values:
        if isinstance(v, str) and (not v.strip() or v.strip().endswith("%")):
            continue
        try:
            if parse_number(v, decimal) > 1:
                return True
        except ValueError:
            continue
    return False


def format_plain(value: float, decimal: str = ".") -> str:
    """A float without exponent or grouping, all significant digits kept ('0,0005')."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        from decimal import Decimal

        text = format(Decimal(text), "f")
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", decimal)
