"""Language choice and number formatting for Dutch and English."""

from __future__ import annotations

import locale
import os

LANGUAGES = ("nl", "en")
DEFAULT_LANG = "nl"


def system_lang() -> str:
    """The system language if it is Dutch or English, else Dutch."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else DEFAULT_LANG
    try:
        code = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else DEFAULT_LANG


def fmt_number(value: float | None, lang: str = DEFAULT_LANG, digits: int = 2,
               grouping: bool = True) -> str:
    """Format a number for the language: 1.234,56 in Dutch, 1,234.56 in English."""
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}" if grouping else f"{value:.{digits}f}"
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def fmt_percent(share: float | None, lang: str = DEFAULT_LANG, digits: int = 0) -> str:
    """Format a 0..1 share as a percentage: '45%' / '45,5%'."""
    if share is None:
        return "–"
    return f"{fmt_number(share * 100, lang, digits)}%"


def fmt_mass(kg: float | None, lang: str = DEFAULT_LANG) -> str:
    """Format a mass with a sensible unit (g below 1 kg)."""
    if kg is None:
        return "–"
    if abs(kg) < 1:
        return f"{fmt_number(kg * 1000, lang, 1)} g"
    return f"{fmt_number(kg, lang, 2)} kg"
