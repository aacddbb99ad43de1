"""Product-level findings: the whole-product route, what the figures assume, the data to
complete, and the legal targets of the product's stream."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from advisor.engine.kbindex import KbIndex
from advisor.engine.liberation import CARRIER, PART, role_of
from advisor.engine.streams import stream_by_id
from advisor.engine.tree import is_body, owner_of
from advisor.kb.loader import parse_number
from advisor.model import (
    COMPONENT_ROUTES,
    BlockedRoute,
    ComponentResult,
    Finding,
    Metrics,
    ProductRoute,
    Reason,
    TargetCheck,
)

if TYPE_CHECKING:
    from advisor.engine.evaluate import Evaluation

# Below this share of the product's mass, unresolved material is not worth an assumption.
UNRESOLVED_SHARE = 0.001


def product_route(ev: Evaluation) -> ProductRoute | None:
    """The channel that takes the whole product (refurbishers, second-hand trade), reached
    when every part the channel replaces comes out whole; None when the stream has none."""
    rows = [r for r in ev.index.kb.rows("product_channels")
            if r.get("stream_id") == ev.settings.stream and r.get("route") in COMPONENT_ROUTES]
    if not rows:
        return None
    blocked: list[BlockedRoute] = []
    for r in sorted(rows, key=lambda r: COMPONENT_ROUTES.index(r["route"])):
        reasons = _channel_reasons(ev, _split(r.get("replaces", "")))
        if not reasons:
            return ProductRoute(r["route"], r.get("name_en", ""), r.get("name_nl", ""),
                                r.get("processed_in", "nl"), tuple(blocked),
                                r.get("source", ""))
        blocked.append(BlockedRoute(r["route"], tuple(reasons), "reuse"))
    return ProductRoute("", blocked=tuple(blocked))


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(";") if p.strip())


def _channel_reasons(ev: Evaluation, replaces: tuple[str, ...]) -> list[Reason]:
    """The parts a channel must replace that do not come out whole (glued upholstery)."""
    if not replaces:
        return []
    stuck, unknown = [], []
    for cid in ev.tree.leaf_ids:
        c = ev.tree.comps[cid]
        m = ev.index.materials.get(c.material_id or "")
        if m is None or not ({m.id, m.family} & set(replaces)):
            continue
        lib = ev.libs[owner_of(cid)] if is_body(cid) else ev.libs[cid]
        if not lib.known:
            unknown.append(c.name)
        elif not lib.liberated or lib.destructive:
            stuck.append(c.name)
    out = []
    if stuck:
        out.append(Reason("channel_parts_fixed", {"parts": ", ".join(dict.fromkeys(stuck))}))
    if unknown:
        out.append(Reason("channel_parts_unknown",
                          {"parts": ", ".join(dict.fromkeys(unknown))}))
    return out


def _rows(results: Iterable[ComponentResult]) -> tuple[int, ...]:
    return tuple(sorted({r.row for r in results if r.row is not None}))


def assumptions(ev: Evaluation, results: tuple[ComponentResult, ...],
                metrics: Metrics) -> tuple[Finding, ...]:
    """What the figures assume, each with the rows it concerns."""
    out: list[Finding] = []
    s = ev.settings
    if s.stream_guessed:
        info = stream_by_id(ev.index.kb, s.stream)
        out.append(Finding("stream_guessed", {"stream": s.stream,
                                              "stream_en": info.name_en if info else s.stream,
                                              "stream_nl": info.name_nl if info else s.stream}))
    if s.processed_within != "anywhere":
        out.append(Finding("processing_scope", {"scope": s.processed_within}))
    by_id = {r.id: r for r in results}
    unknown = [by_id[cid] for cid in ev.tree.rows
               if role_of(ev.tree, cid) == PART and not ev.libs[cid].known]
    if unknown:
        out.append(Finding("joints_unknown", {"count": len(unknown)}, _rows(unknown)))
    carried = [by_id[a] for a, leaf in ev.tree.carrier.items()
               if a not in ev.tree.bodies and a in by_id and _has_fused_child(ev, a)]
    if carried:
        out.append(Finding("carrier_assumed", {}, _rows(carried)))
    defaults = [r for r in results if not r.is_assembly and _default_composition(ev.index, r)]
    if defaults:
        out.append(Finding("composition_default", {}, _rows(defaults)))
    if metrics.total_mass_kg > 0 and \
            metrics.unresolved_mass_kg > UNRESOLVED_SHARE * metrics.total_mass_kg:
        unresolved = [r for r in results if not r.is_assembly and r.material_id is None]
        out.append(Finding("unresolved_mass", {"mass_kg": metrics.unresolved_mass_kg},
                           _rows(unresolved)))
    return tuple(out)


def _has_fused_child(ev: Evaluation, assembly: str) -> bool:
    """Whether a child's joint links it to the assembly's assumed carrier (the assumption
    matters only then)."""
    return any(ev.libs[k].fused and ev.tree.partner(k) == assembly
               and role_of(ev.tree, k) != CARRIER for k in ev.tree.kids.get(assembly, ()))


def _default_composition(index: KbIndex, r: ComponentResult) -> bool:
    """A part whose make-up is the knowledge base's default composition (an estimate)."""
    m = index.materials.get(r.material_id or "")
    return m is not None and m.is_composite and bool(index.compositions.get(m.id))


def data_gaps(results: tuple[ComponentResult, ...]) -> tuple[Finding, ...]:
    """The data to complete (issues of category data), one finding per code with every
    row it concerns and the parameters of its first occurrence."""
    by_code: dict[str, tuple[dict, list[int]]] = {}
    for r in results:
        for issue in r.issues:
            if issue.category != "data":
                continue
            params, rows = by_code.setdefault(issue.code, (dict(issue.params), []))
            if r.row is not None and r.row not in rows:
                rows.append(r.row)
    return tuple(Finding(code, params | {"count": len(rows)}, tuple(sorted(rows)))
                 for code, (params, rows) in by_code.items())


def targets(ev: Evaluation, metrics: Metrics) -> tuple[TargetCheck, ...]:
    """The legal targets of the product's stream, each with the product's figure."""
    out = []
    for r in ev.index.kb.rows("legal_targets"):
        if r.get("stream_id") != ev.settings.stream:
            continue
        value = getattr(metrics, r.get("figure", ""), None)
        target = parse_number(r.get("value", "") or "")
        if value is None or target is None:
            continue
        out.append(TargetCheck(r["id"], r.get("name_en", ""), r.get("name_nl", ""),
                               r["figure"], target, float(value), r.get("source", "")))
    return tuple(out)
