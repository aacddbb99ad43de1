"""Attach knowledge-base materials and joints to imported rows, when a resolver is given.

The resolver (`advisor.resolve.Resolver`) is duck-typed here: `material(text)` and
`joint(text)` return an object with an id, a confidence and, for materials,
constituents. Poor matches become warnings: the user fixes them later, not now.
"""

from __future__ import annotations

from collections.abc import Callable

from advisor.errors import WARNING, Problem
from advisor.model import Component, evolve

LOW_CONFIDENCE = 0.6  # below this a match is shown as a guess to check


def _id_of(resolution, *names: str) -> str | None:
    for name in names:
        value = getattr(resolution, name, None)
        if value:
            return str(value)
    return None


def _warning(kind: str, c: Component, text: str, confidence: float, column: str,
             fname: str) -> Problem | None:
    if confidence <= 0:
        code, message = f"{kind}_unresolved", f"{kind.capitalize()} {text!r} not recognised"
    elif confidence < LOW_CONFIDENCE:
        code, message = f"{kind}_low_confidence", f"{kind.capitalize()} {text!r} is a guess"
    else:
        return None
    return Problem(code, message, file=fname, row=c.row, column=column, value=text,
                   severity=WARNING,
                   params={"name": c.name, "text": text, "confidence": confidence, "id": c.id})


def _constituents(resolution) -> tuple[tuple[str, float], ...]:
    out = []
    for item in getattr(resolution, "constituents", ()) or ():
        try:
            material, share = item
            out.append((str(material), float(share)))
        except (TypeError, ValueError):
            continue  # a resolver that reports constituents differently: ignore them
    return tuple(out)


def _material(c: Component, resolver, fname: str, column: str) -> tuple[Component, list]:
    res = resolver.material(c.material_input)
    material_id = _id_of(res, "material_id", "id")
    constituents = _constituents(res)
    confidence = float(getattr(res, "confidence", 0.0) or 0.0)
    if material_id is None and not constituents:
        confidence = 0.0
    c = evolve(c, material_id=material_id, match_confidence=confidence,
                constituents=constituents)
    warning = _warning("material", c, c.material_input, confidence, column, fname)
    return c, [warning] if warning else []


def _joint(c: Component, resolver, fname: str, column: str) -> tuple[Component, list]:
    res = resolver.joint(c.joint_input)
    joint_id = _id_of(res, "joint_id", "material_id", "id")
    confidence = float(getattr(res, "confidence", 0.0) or 0.0) if joint_id else 0.0
    c = evolve(c, joint_id=joint_id)
    warning = _warning("joint", c, c.joint_input, confidence, column, fname)
    return c, [warning] if warning else []


def resolve_components(comps: list[Component], resolver, fname: str,
                       header: Callable[[str], str]) -> tuple[list[Component], list[Problem]]:
    """Fill material and joint ids; return the components and the warnings."""
    out: list[Component] = []
    problems: list[Problem] = []
    for c in comps:
        if c.material_input and hasattr(resolver, "material"):
            c, found = _material(c, resolver, fname, header("material"))
            problems += found
        if c.joint_input and hasattr(resolver, "joint"):
            c, found = _joint(c, resolver, fname, header("joint"))
            problems += found
        out.append(c)
    return out, problems
