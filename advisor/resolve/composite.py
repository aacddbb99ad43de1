"""Descriptions of more than one material: how they are cut into pieces and split by mass.

A person reads "90% wol, 10% polyamide" by the stated percentages, "PA + brass contacts"
as a polyamide part with brass in it, "TPE overmould op PP" as TPE on a PP part (the PP
the main one), and "glas met coating en argonvulling" as glass (a coating and a gas fill
weigh next to nothing). These functions do the text side of that; the resolver reads
each piece and looks up the split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor.resolve.words import compact, is_filler, is_negligible, only_descriptors

SPLIT_RE = re.compile(
    r"\s*(?:/|\+|,|;|&|\bin\b|\band\b|\ben\b|\bmet\b|\bwith\b|\bop\b|\bon\b"
    r"|\bplus\b|\bover\b|\bund\b|\bmit\b|\bauf\b|\boch\b|\bmed\b|\bet\b|\bavec\b"
    r"|\bsur\b)\s*",
    re.IGNORECASE,
)
# Connectors after which the host, the main material, comes: "gears in a PA housing",
# "TPE overmould op PP", "Gummi auf Stahl". (Swedish "på" is left out: it folds to "pa".)
HOST_AFTER_RE = re.compile(r"\b(?:in|op|on|over|auf|sur)\b", re.IGNORECASE)
INSULATED_RE = re.compile(
    r"^(?P<a>.+?)[\s-]+(?:insulated|geisoleerd|isolated|sheathed|coated|"
    r"gecoat|ommanteld|isoliert|isolerad|isole)\s+(?P<b>.+)$"
)
_NAME = r"[a-z][^,;/+&()%\d]*"
PERCENT_FIRST_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%\s*(" + _NAME + r")")
PERCENT_AFTER_RE = re.compile(r"(" + _NAME + r"?)\s*(\d+(?:[.,]\d+)?)\s*%")
RATIO_RE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{1,2}))?\b")
STATED_TOLERANCE = 5.0  # percentages summing to 95..105 are a full composition

# Without a stated or sourced split, the main material is taken as this share of the
# mass and the others share the rest equally. Engineering estimate: in a two-material
# description the main material is the body and the other an insert, contact, coating
# or frame, usually the smaller part by mass; 80 % keeps the body dominant without
# claiming precision, and never the 50/50 that would overstate the minor material.
# Every such split is labelled an estimate in the result and in the import warnings.
ESTIMATE_MAIN_SHARE = 0.8
ESTIMATE_NOTE = ("engineering estimate: the main material taken as {main:.0%} of the mass "
                 "(no stated or sourced split for this combination); replace it with the "
                 "supplier's figures")


@dataclass(frozen=True)
class Pieces:
    """A description cut at its connectors, main material first."""

    texts: tuple[str, ...]
    dropped: tuple[str, ...] = ()  # coatings and gas fills, too small to count
    by_comma: bool = False  # cut at commas only ("Timber, MDF"), not at "/", "+", "met"


def stated_percentages(folded: str) -> list[tuple[str, float]] | None:
    """Pieces with their stated mass percentages ("90% wol, 10% polyamide"), as shares.

    Only a full composition counts: two pieces or more whose percentages add up to
    100 (within `STATED_TOLERANCE`); one figure alone ("glasvezel 30%") is a grade."""
    best: list[tuple[str, float]] = []
    for pattern, name_group in ((PERCENT_FIRST_RE, 2), (PERCENT_AFTER_RE, 1)):
        found = []
        for m in pattern.finditer(folded):
            name = m.group(name_group).strip(" -:")
            number = float(m.group(3 - name_group).replace(",", "."))
            if compact(name):
                found.append((name, number))
        if len(found) > len(best):
            best = found
    total = sum(n for _, n in best)
    if len(best) < 2 or abs(total - 100) > STATED_TOLERANCE:
        return None
    return [(name, n / total) for name, n in best]


def stated_ratio(folded: str) -> tuple[str, tuple[float, ...]] | None:
    """A ratio written after the names ("staal/koper 70/30"): the text without it, shares."""
    m = RATIO_RE.search(folded)
    if not m:
        return None
    numbers = [float(g) for g in m.groups() if g is not None]
    if abs(sum(numbers) - 100) > STATED_TOLERANCE:
        return None
    rest = (folded[:m.start()] + " " + folded[m.end():]).strip()
    return rest, tuple(n / sum(numbers) for n in numbers)


def cut(body: str) -> Pieces:
    """The pieces of a description, the main material first, negligible ones set apart."""
    match = INSULATED_RE.match(body)
    by_comma = False
    if match:  # "PVC-insulated copper": the conductor is the main material
        raw = [match["b"], match["a"]]
    else:
        raw = SPLIT_RE.split(body)
        by_comma = all(sep.strip() == "," for sep in SPLIT_RE.findall(body))
        if HOST_AFTER_RE.search(body):
            raw = raw[::-1]
    pieces: list[str] = []
    for piece in (p.strip(" -") for p in raw):
        if not compact(piece) or only_descriptors(piece):
            continue
        if pieces and is_filler(piece):  # "PA66 met glasvezel": a filled grade, one piece
            pieces[-1] = f"{pieces[-1]} {piece}"
            continue
        pieces.append(piece)
    kept = tuple(p for p in pieces if not is_negligible(p))
    return Pieces(kept, tuple(p for p in pieces if is_negligible(p)), by_comma)


def estimated_shares(count: int) -> tuple[float, ...]:
    """The estimate for `count` materials, main first (see `ESTIMATE_MAIN_SHARE`)."""
    if count <= 1:
        return (1.0,)
    rest = round((1 - ESTIMATE_MAIN_SHARE) / (count - 1), 4)
    return (round(1 - rest * (count - 1), 4),) + (rest,) * (count - 1)
