"""Attach knowledge-base materials, joints and finishes to imported rows (with a resolver).

The resolver (`advisor.resolve.Resolver`) is duck-typed here: `material(text)`,
`joint(text)` and `finish(text)` return an object with an id, a confidence and, for
materials, constituents. No match below the accept threshold is taken silently: each
becomes a warning naming the row and column, with the alternatives ("did you mean ...?")
in its parameters for the app's question dialog. Generic class words and estimated
splits are flagged as data to complete.
"""

from __future__ import annotations

from collections.abc import Callable

from advisor.errors import WARNING, Problem
from advisor.model import Component, evolve

LOW_CONFIDENCE = 0.6  # the accept threshold, advisor.resolve.LOW_CONFIDENCE (tested equal)
MAX_SUGGESTIONS = 4
TICK_ROWS = 2_000  # rows between two progress reports (and looks at the cancel flag)


def _id_of(resolution, *names: str) -> str | None:
    for name in names:
        value = getattr(resolution, name, None)
        if value:
            return str(value)
    return None


def _labels(resolver, kind: str, ids: list[str]) -> tuple[list[str], list[str]]:
    """The names of knowledge-base ids in English and Dutch (the id where none is known)."""
    kb = getattr(resolver, "kb", None)
    table = {"material": "materials", "joint": "joints"}.get(kind)
    entries = getattr(kb, table, {}) if kb is not None and table else {}
    en = [entries[i].name_en if i in entries else i for i in ids]
    nl = [(entries[i].name_nl or entries[i].name_en) if i in entries else i for i in ids]
    return en, nl


def _names(resolver, kind: str, ids: list[str], key: str = "suggestions") -> dict[str, str]:
    """The ids and their names in both languages, for the message and the app."""
    en, nl = _labels(resolver, kind, ids)
    return {key: ", ".join(ids), f"{key}_en": " | ".join(en), f"{key}_nl": " | ".join(nl)}


def _alternatives(resolution, best: str | None, confidence: float,
                  ) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = [(best, confidence)] if best else []
    for item in getattr(resolution, "alternatives", ()) or ():
        try:
            alt, score = item
        except (TypeError, ValueError):
            continue
        if alt and alt not in [a for a, _ in out]:
            out.append((str(alt), float(score)))
    return out[:MAX_SUGGESTIONS]


def _warning(kind: str, c: Component, text: str, res, best: str | None, column: str,
             fname: str, resolver) -> Problem | None:
    confidence = float(getattr(res, "confidence", 0.0) or 0.0) if best else 0.0
    generic = getattr(res, "method", "") == "generic"
    if generic:
        code, message = f"{kind}_generic", f"{kind.capitalize()} {text!r} names no material"
    elif best is None or confidence <= 0:
        code, message = f"{kind}_unresolved", f"{kind.capitalize()} {text!r} not recognised"
        best = None
    elif confidence < LOW_CONFIDENCE:
        code, message = f"{kind}_low_confidence", f"{kind.capitalize()} {text!r} is a guess"
    else:
        return None
    alternatives = _alternatives(res, best if not generic else None, confidence)
    params = {"name": c.name, "text": text, "confidence": confidence, "id": c.id,
              "alternatives": alternatives,
              **_names(resolver, kind, [best] if best else [], "guess"),
              **_names(resolver, kind, [a for a, _ in alternatives])}
    if alternatives and code.endswith("_unresolved"):
        code = f"{kind}_unresolved_suggest"
    return Problem(code, message, file=fname, row=c.row, column=column, value=text,
                   severity=WARNING, params=params)


def _constituents(resolution) -> tuple[tuple[str, float], ...]:
    out = []
    for item in getattr(resolution, "constituents", ()) or ():
        try:
            material, share = item
            out.append((str(material), float(share)))
        except (TypeError, ValueError):
            continue  # a resolver that reports constituents differently: ignore them
    return tuple(out)


def _split_warning(c: Component, res, column: str, fname: str, resolver) -> Problem | None:
    """An estimated split of a composite description is data to complete."""
    if getattr(res, "split", "") != "estimate":
        return None
    ids = [m for m, _ in c.constituents]
    en, nl = _labels(resolver, "material", ids)
    shares = [f"{s:.0%}" for _, s in c.constituents]
    params = {"name": c.name, "text": c.material_input, "id": c.id,
              "constituents": ", ".join(f"{m} {s}" for m, s in zip(ids, shares, strict=True)),
              "constituents_en": ", ".join(f"{n} {s}" for n, s in zip(en, shares, strict=True)),
              "constituents_nl": ", ".join(f"{n} {s}" for n, s in zip(nl, shares, strict=True)),
              "note": getattr(res, "split_source", "")}
    return Problem("material_split_estimated", "Mass split of a composite is an estimate",
                   file=fname, row=c.row, column=column, value=c.material_input,
                   severity=WARNING, params=params)


def _material(c: Component, resolver, fname: str, column: str) -> tuple[Component, list]:
    res = resolver.material(c.material_input)
    material_id = _id_of(res, "material_id", "id")
    constituents = _constituents(res)
    confidence = float(getattr(res, "confidence", 0.0) or 0.0)
    if material_id is None and not constituents:
        confidence = 0.0
    c = evolve(c, material_id=material_id, match_confidence=confidence,
               constituents=constituents)
    found = [_warning("material", c, c.material_input, res, material_id, column, fname,
                      resolver), _split_warning(c, res, column, fname, resolver)]
    return c, [p for p in found if p]


def _joint(c: Component, resolver, fname: str, column: str) -> tuple[Component, list]:
    res = resolver.joint(c.joint_input)
    joint_id = _id_of(res, "joint_id", "material_id", "id")
    c = evolve(c, joint_id=joint_id)
    warning = _warning("joint", c, c.joint_input, res, joint_id, column, fname, resolver)
    return c, [warning] if warning else []


def _finish(c: Component, resolver, fname: str, column: str) -> list[Problem]:
    res = resolver.finish(c.finish)
    finish_id = _id_of(res, "finish_id", "material_id", "id")
    warning = _warning("finish", c, c.finish, res, finish_id, column, fname, resolver)
    return [warning] if warning else []


def resolve_components(comps: list[Component], resolver, fname: str,
                       header: Callable[[str], str],
                       tick: Callable[[int], None] | None = None,
                       ) -> tuple[list[Component], list[Problem]]:
    """Fill material and joint ids; return the components and the warnings.

    `tick(rows_done)` is called every `TICK_ROWS` rows (progress, cancellation)."""
    out: list[Component] = []
    problems: list[Problem] = []
    for n, c in enumerate(comps):
        if tick is not None and n % TICK_ROWS == 0:
            tick(n)
        if c.material_input and hasattr(resolver, "material"):
            c, found = _material(c, resolver, fname, header("material"))
            problems += found
        if c.joint_input and hasattr(resolver, "joint"):
            c, found = _joint(c, resolver, fname, header("joint"))
            problems += found
        if c.finish and hasattr(resolver, "finish"):
            problems += _finish(c, resolver, fname, header("finish"))
        out.append(c)
    return out, problems
