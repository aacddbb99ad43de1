"""Long words in narrow table cells break at a syllable, never at any letter.

Reportlab breaks a word wider than its cell wherever the cell ends ("Soldeerverbindin|g").
Before a table is built, every word of a cell that is wider than its column gets soft
hyphens at its syllable boundaries (Dutch rules, which suit English compounds well
enough: "Sol-deer-ver-bin-ding", "Ther-mo-plas-tic"); reportlab then breaks it at the last
one that fits and prints a hyphen there. Words that fit are left alone.
"""

from __future__ import annotations

import re

from advisor.report.fonts import BOLD

SOFT_HYPHEN = "\xad"
PADDING = 6.0  # points: the table style's left and right cell padding together
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
# Consonant pairs and triples a Dutch (or English) syllable may open with.
_ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "vl", "vr",
           "wr", "ch", "sch", "schr", "sj", "th", "ph"}
# These open a syllable only after another consonant ("mond-stuk", but "kas-ten").
_ONSETS_AFTER_CONSONANT = {"st", "sp", "sk"}
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")
_LETTERS = re.compile(r"[^\W\d_]{5,}")
MIN_HEAD, MIN_TAIL = 2, 3  # letters kept before and after a break


def _units(word: str) -> list[tuple[str, bool]]:
    """The word as runs of vowels and single consonants ('ij' a vowel): (text, vowel)."""
    out: list[tuple[str, bool]] = []
    lower, i = word.lower(), 0
    while i < len(word):
        is_vowel = lower[i] in _VOWELS or (lower.startswith("ij", i) and bool(out)
                                            and not out[-1][1])
        step = 2 if lower.startswith("ij", i) and is_vowel else 1
        if is_vowel and out and out[-1][1]:
            out[-1] = (out[-1][0] + word[i:i + step], True)
        else:
            out.append((word[i:i + step], is_vowel))
        i += step
    return out


def syllable_breaks(word: str) -> list[int]:
    """Offsets in `word` where a hyphen may go, by syllable."""
    units = _units(word)
    offsets, pos, breaks = [], 0, []
    for text, _vowel in units:
        offsets.append(pos)
        pos += len(text)
    vowel_at = [i for i, (_t, v) in enumerate(units) if v]
    for left, right in zip(vowel_at, vowel_at[1:], strict=False):
        cluster = "".join(t for t, _v in units[left + 1:right]).lower()
        if not cluster:
            continue
        onset = 1
        for size in (4, 3, 2):
            tail = cluster[-size:]
            if len(cluster) >= size and (tail in _ONSETS or (
                    tail in _ONSETS_AFTER_CONSONANT and len(cluster) > size)):
                onset = size
                break
        at = offsets[right] - onset
        if MIN_HEAD <= at <= len(word) - MIN_TAIL:
            breaks.append(at)
    return breaks


def soft_hyphenated(word: str) -> str:
    """A word with soft hyphens in every letter run of five letters or more."""
    def mark(match: re.Match) -> str:
        run, last, pieces = match.group(0), 0, []
        for at in syllable_breaks(run):
            pieces.append(run[last:at])
            last = at
        return SOFT_HYPHEN.join([*pieces, run[last:]])

    return _LETTERS.sub(mark, word)


def hyphenated(markup: str, width: float, font_size: float) -> str:
    """Paragraph markup with soft hyphens in the words wider than `width` points."""
    from html import unescape

    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest_char = font_size * 1.1
    out = []
    for part in _MARKUP.split(markup):
        if not part or _MARKUP.fullmatch(part):
            out.append(part)
            continue
        tokens = re.split(r"(\s+)", part)
        out.append("".join(
            soft_hyphenated(tok) if len(tok) * widest_char > width
            and stringWidth(unescape(tok), BOLD, font_size) > width else tok
            for tok in tokens))
    return "".join(out)


def fitted_rows(rows: list, widths: list) -> list:
    """Table rows whose paragraphs break their too-wide words at a syllable."""
    from reportlab.platypus import Paragraph

    def fit(cell, width):
        if isinstance(cell, list | tuple):
            return [fit(c, width) for c in cell]
        if not isinstance(cell, Paragraph) or not isinstance(width, int | float):
            return cell
        text = hyphenated(cell.text, width - PADDING, cell.style.fontSize)
        return cell if text == cell.text else Paragraph(text, cell.style)

    return [[fit(cell, width) for cell, width in zip(row, widths, strict=False)]
            for row in rows]


def house_table(rows: list, widths: list, *, long: bool = False, **options):
    """A reportlab Table (LongTable for the parts table) whose cells break long words at a
    syllable."""
    from reportlab.platypus import LongTable, Table

    return (LongTable if long else Table)(fitted_rows(rows, widths), colWidths=widths,
                                          **options)
