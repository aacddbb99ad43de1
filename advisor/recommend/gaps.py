"""Data to complete: prompts about missing or uncertain data, with the rows they concern.

They are never design recommendations: a missing joint, carbon factor or yield is a
question for whoever keeps the bill of materials or the knowledge base.
"""

from __future__ import annotations

from advisor.model import Assessment, Finding
from advisor.recommend.conditions import battery_units, in_battery, light_sources
from advisor.recommend.context import RuleContext

# Issue codes that are data prompts (the engine's category "data").
GAP_CODES = ("material_unresolved", "low_confidence", "composition_unknown",
             "no_route_data", "joint_unresolved", "finish_unknown", "e_f_unknown",
             "joint_time_unknown", "yield_factor_unknown")
# Parameters of an issue that name things: merged over the rows of one finding.
NAMED = ("material", "joint", "input", "finish")


def data_gaps(assessment: Assessment, ctx: RuleContext) -> tuple[Finding, ...]:
    """The engine's own findings, then one finding per data issue code, then the advice's
    own questions (the fixing of a battery or light source that is not given)."""
    out = list(assessment.data_gaps)
    have = {f.code for f in out}
    by_code: dict[str, list] = {}
    for r in assessment.components:
        for issue in r.issues:
            if issue.code in GAP_CODES or issue.category == "data":
                by_code.setdefault(issue.code, []).append((r.row, issue.params))
    for code in sorted(by_code, key=lambda c: GAP_CODES.index(c) if c in GAP_CODES
                       else len(GAP_CODES)):
        if code not in have:
            out.append(Finding(code, _merged([p for _, p in by_code[code]]),
                               _rows(row for row, _ in by_code[code])))
    out += [f for f in _advice_gaps(ctx) + _carbon_gap(ctx) if f.code not in have]
    return tuple(out)


def _merged(params: list[dict]) -> dict:
    out: dict = {"count": len(params)}
    for key in params[0] if params else ():
        base = key.split("_")[0]
        if base in NAMED and isinstance(params[0][key], str):
            out[key] = ", ".join(dict.fromkeys(str(p.get(key, "")) for p in params
                                               if p.get(key)))
    return out


def _rows(rows) -> tuple[int, ...]:
    return tuple(sorted({r for r in rows if r}))


def _advice_gaps(ctx: RuleContext) -> list[Finding]:
    out = []
    for code, units in (("battery_fixing_unknown", battery_units(ctx)),
                        ("light_source_fixing_unknown", light_sources(ctx))):
        rows = _rows(ctx.comps[c].row for c in units if ctx.joint(c) is None
                     and not (code.startswith("light") and in_battery(ctx, c)))
        if rows:
            names = ", ".join(ctx.comps[c].name for c in units if ctx.comps[c].row in rows)
            out.append(Finding(code, {"parts": names}, rows))
    return out


def _carbon_gap(ctx: RuleContext) -> list[Finding]:
    """Parts with a material whose embodied-carbon factor is unknown (left out of the
    total)."""
    rows, names = [], {}
    for c, _r in ctx.leaves():
        own = ctx.material(c)
        if own is not None and own.carbon_kg_per_kg is not None:
            continue
        missing = [m for m in ctx.unit_ids(c.id)
                   if ctx.index.materials[m].carbon_kg_per_kg is None]
        if missing:
            rows.append(c.row)
            names.update(dict.fromkeys(missing))
    if not rows:
        return []
    return [Finding("carbon_unknown", ctx.index.named("material", list(names)), _rows(rows))]
