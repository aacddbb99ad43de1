"""Escaping of user text and the formatting of the report's figures, per language.

Every string that comes from a user (product, component and material names,
company, author) passes through `esc` before it reaches a reportlab Paragraph,
so `<b>Kast</b> & Co` prints literally. Figures are formatted here once, so the
summary, the comparison and the tests agree on how a value reads.
"""

from __future__ import annotations

import re
from datetime import date

from advisor.i18n import fmt_mass, fmt_number, fmt_percent
from advisor.messages import text

# Control characters and bidirectional overrides of user text: dropped from the PDF (a
# reversed-text override would turn the client's document around).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f"
                      "\u202a-\u202e\u2066-\u2069]")
# A table row must fit on one page: user text in a cell is cut at this many characters.
CELL_LIMIT = 300


def plain(value: object) -> str:
    """User text without control characters or direction overrides (for the PDF)."""
    return _CONTROL.sub("", "" if value is None else str(value))


def shorten(text: object, limit: int) -> str:
    """Text on one line, cut to `limit` characters with an ellipsis (controls dropped)."""
    text = " ".join(plain(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clip(value: object, limit: int = CELL_LIMIT) -> str:
    """User text for a table cell: on one line, cut to a length that fits a page, escaped."""
    return esc(shorten("" if value is None else value, limit))


def esc(value: object) -> str:
    """Escape text for a reportlab Paragraph; control characters are dropped."""
    s = _CONTROL.sub("", "" if value is None else str(value))
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def t(code: str, lang: str, **params: object) -> str:
    """A report sentence in the language (plain text, not escaped)."""
    return text(code, lang, **params)


def et(code: str, lang: str, **params: object) -> str:
    """A report sentence with its parameters escaped, ready for a Paragraph."""
    return text(code, lang, **{k: esc(v) for k, v in params.items()})


def etn(code: str, lang: str, n: int, **params: object) -> str:
    """`et` of the singular sentence `code_one` when `n` is 1, else of `code` (no "(en)")."""
    return et(f"{code}_one" if n == 1 else code, lang, n=n, **params)


def joined(items: list[str], lang: str) -> str:
    """'a, b en c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('report_and', lang)} {items[-1]}"


def pct(share: float | None, lang: str) -> str:
    """A 0..1 share as a percentage with one decimal: 72,5%."""
    return fmt_percent(share, lang, 1)


def signed(delta: float, lang: str, digits: int) -> str:
    """A signed change: +3,2 / −0,5 / ±0,0 (a change that rounds to zero has no sign)."""
    shown = fmt_number(abs(delta), lang, digits)
    if round(abs(delta), digits) == 0:
        return f"±{shown}"
    return f"{'+' if delta > 0 else '−'}{shown}"


def points(delta: float, lang: str) -> str:
    """A change of a share in percentage points, signed: +3,2 pp / +3,2 %-punt."""
    return f"{signed(delta * 100, lang, 1)} {t('report_unit_pp', lang)}"


def index(value: float | None, lang: str) -> str:
    """A 0..1 index such as the MCI, with two decimals: 0,42."""
    return fmt_number(value, lang, 2)


def signed_index(delta: float, lang: str) -> str:
    return signed(delta, lang, 2)


def mass(kg: float | None, lang: str) -> str:
    return fmt_mass(kg, lang)


def kg(value: float | None, lang: str, digits: int = 2) -> str:
    """A mass always in kg (for columns that must line up)."""
    return f"{fmt_number(value, lang, digits)} kg"


def seconds(value: float | None, lang: str) -> str:
    """A duration in seconds, with minutes beside it when it is long."""
    if value is None:
        return "–"
    out = f"{fmt_number(value, lang, 0)} s"
    if value >= 120:
        out += f" ({fmt_number(value / 60, lang, 1)} min)"
    return out


def signed_seconds(delta: float, lang: str) -> str:
    return f"{signed(delta, lang, 0)} s"


def carbon(value: float | None, lang: str) -> str:
    return f"{fmt_number(value, lang, 2)} kg CO₂e"


def long_date(day: date, lang: str) -> str:
    """12 maart 2026 / 12 March 2026."""
    month = t(f"report_month_{day.month}", lang)
    return f"{day.day} {month} {day.year}"


def rows_text(rows: tuple[int, ...] | list[int], lang: str, limit: int = 12) -> str:
    """'rij 4' / 'rijen 4, 7, 9' (shortened with a count when there are many)."""
    rows = [r for r in rows if r is not None]
    if not rows:
        return "–"
    shown = ", ".join(str(r) for r in rows[:limit])
    if len(rows) > limit:
        shown += " " + t("report_and_more", lang, n=len(rows) - limit)
    return t("report_row_one" if len(rows) == 1 else "report_row_many", lang, rows=shown)


def minutes(value_s: float, lang: str) -> str:
    """Seconds as minutes with one decimal: 9,4."""
    return fmt_number(value_s / 60, lang, 1)


def unit_for(*values_kg: float | None) -> str:
    """One mass unit for values shown side by side: g when all are below 1 kg."""
    return "g" if all(abs(v or 0.0) < 1 for v in values_kg) else "kg"


def mass_in(value_kg: float | None, lang: str, unit: str) -> str:
    """A mass in a given unit (g with one decimal, kg with two)."""
    if value_kg is None:
        return "–"
    if unit == "g":
        grams = value_kg * 1000
        return f"{fmt_number(grams, lang, 1 if abs(grams) >= 0.1 or grams == 0 else 3)} g"
    return f"{fmt_number(value_kg, lang, 2 if abs(value_kg) >= 0.01 or value_kg == 0 else 4)} kg"


def signed_mass(delta_kg: float, lang: str, unit: str | None = None) -> str:
    """A signed change of mass in one unit: +53,3 g / −0,12 kg."""
    unit = unit or unit_for(delta_kg)
    value, digits = (delta_kg * 1000, 1) if unit == "g" else (delta_kg, 2)
    return f"{signed(value, lang, digits)} {unit}"


def is_zero(value: float, digits: int) -> bool:
    """Whether a value shows as zero at the given number of decimals."""
    return round(abs(value), digits) == 0
