"""Measured gains: each recommendation's change applied to the evaluation, every figure
compared, one benefit number for the ranking, and a note where a gain is zero.

The benefit (docs/advice.md) counts, in points: one percentage point of recyclability,
one of reuse, half a point per percentage point of energy recovery (the rung below
recycling), 0.01 of the MCI, one percent of the product's critical raw materials
recovered, one percent of its embodied carbon avoided, and one minute of disassembly
saved. The recyclable material share is shown, not ranked: it counts the same material
as the recyclability, without yields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from advisor.engine.evaluate import Evaluation
from advisor.engine.leafsums import carbon_gaps
from advisor.model import Change, Gain, Metrics, Reason, Recommendation
from advisor.recommend.context import apply_changes

# Ranking weights: points per unit of each figure (see the module docstring).
POINTS_PER_SHARE = 100.0  # a rate or share of 1.0 is 100 percentage points
POINTS_PER_MCI = 100.0  # 0.01 of the MCI is one point
POINTS_PER_ENERGY_SHARE = 50.0  # energy recovery: half a point per percentage point
SECONDS_PER_POINT = 60.0  # one minute of disassembly is one point
# The fields of a part that decide what it is made of.
MATERIAL_FIELDS = ("material_id", "material_input", "constituents")
GAIN_FIELDS = ("recyclability_rate", "mci", "disassembly_time_s", "crm_recovered_kg",
               "recyclable_material_share", "recoverability_rate", "reuse_rate",
               "embodied_carbon_kg")


def metrics_after(ev: Evaluation, changes: Iterable[Change]) -> Metrics:
    """The product's figures with these changes applied (the engine's gain path)."""
    changes = tuple(changes)
    if not changes:
        return ev.metrics()
    return ev.metrics_with_changes(apply_changes(ev.tree.comps, changes).values())


def gain_between(before: Metrics, after: Metrics) -> Gain:
    """After minus before on every figure; a time that is not assessed gains nothing.

    Critical raw materials recovered count at the product's content: the change in
    recovered mass less the change in content, so a part that holds more copper (a
    halogen-free cable) recovers nothing more by being heavier in copper, and one that
    holds less and loses less gains what it no longer loses."""
    t0, t1 = before.disassembly_time_s, after.disassembly_time_s
    crm_lost_before = before.crm_mass_kg - before.crm_recovered_kg
    crm_lost_after = after.crm_mass_kg - after.crm_recovered_kg
    return Gain(
        recyclability_rate=after.recyclability_rate - before.recyclability_rate,
        mci=after.mci - before.mci,
        disassembly_time_s=(t1 - t0) if t0 is not None and t1 is not None else 0.0,
        crm_recovered_kg=crm_lost_before - crm_lost_after,
        recyclable_material_share=(after.recyclable_material_share
                                   - before.recyclable_material_share),
        recoverability_rate=after.recoverability_rate - before.recoverability_rate,
        reuse_rate=after.reuse_rate - before.reuse_rate,
        embodied_carbon_kg=after.embodied_carbon_kg - before.embodied_carbon_kg)


def benefit(g: Gain, base: Metrics) -> float:
    """The ranking's benefit in points (module docstring; docs/advice.md)."""
    crm = g.crm_recovered_kg / base.crm_mass_kg if base.crm_mass_kg > 0 else 0.0
    carbon = (-g.embodied_carbon_kg / base.embodied_carbon_kg
              if base.embodied_carbon_kg > 0 else 0.0)
    energy = g.recoverability_rate - g.recyclability_rate  # the energy-recovery share
    return (POINTS_PER_SHARE * (g.recyclability_rate + g.reuse_rate + crm + carbon)
            + POINTS_PER_ENERGY_SHARE * energy + POINTS_PER_MCI * g.mci
            - g.disassembly_time_s / SECONDS_PER_POINT)


def measure(ev: Evaluation, base: Metrics, rec: Recommendation) -> Gain:
    if not rec.changes:
        return Gain()
    return comparable(ev, gain_between(base, metrics_after(ev, rec.changes)), rec.changes,
                      base)


def comparable(ev: Evaluation, gain: Gain, changes: Iterable[Change],
               base: Metrics | None = None) -> Gain:
    """The gain measured like for like.

    - The time without the joint changes where the old or the new joint has no known
      time: the sum of known times would grow by the new joint's time, which is no real
      loss (a plan's other changes still count their time).
    - Embodied carbon without the parts whose material change moves them into or out of
      materials without a carbon factor: their carbon is not counted, so the difference
      would be the missing figure, not a saving (EPDM, 2.85 kg CO2e/kg, to a TPE without
      a factor would "save" all of the seal's carbon). Carbon is a sum over parts, so
      the other changes' carbon is measured without them; the data gap names the factor.
    """
    changes = tuple(changes)
    untimed = [ch for ch in changes if ch.field == "joint_id" and not _timed(ev, ch)]
    if untimed:
        timed = tuple(ch for ch in changes if ch not in untimed)
        base = base if base is not None else ev.metrics()
        t0 = base.disassembly_time_s
        t1 = metrics_after(ev, timed).disassembly_time_s if timed else t0
        gain = replace(gain, disassembly_time_s=(t1 - t0) if t0 is not None
                       and t1 is not None else 0.0)
    flips = _carbon_flips(ev, changes)
    if flips:
        rest = tuple(ch for ch in changes
                     if ch.component_id not in flips or ch.field not in MATERIAL_FIELDS)
        base = base if base is not None else ev.metrics()
        carbon = metrics_after(ev, rest).embodied_carbon_kg - base.embodied_carbon_kg
        gain = replace(gain, embodied_carbon_kg=carbon)
    return gain


def _timed(ev: Evaluation, ch: Change) -> bool:
    """Whether a joint change goes from one joint with a known time to another."""
    before = ev.libs[ch.component_id].joint if ch.component_id in ev.libs else None
    after = ev.index.joints.get(str(ch.value))
    return not (before is None or before.time_s is None or after is None
                or after.time_s is None)


def _carbon_flips(ev: Evaluation, changes: tuple[Change, ...]) -> frozenset[str]:
    """The parts whose material changes move mass into or out of materials without a
    carbon factor."""
    touched = {ch.component_id for ch in changes if ch.field in MATERIAL_FIELDS}
    if not touched:
        return frozenset()
    new = apply_changes(ev.tree.comps, tuple(ch for ch in changes
                                               if ch.component_id in touched))
    return frozenset(cid for cid, c in new.items() if cid in ev.tree.comps
                     and carbon_gaps(c, ev.index) != carbon_gaps(ev.tree.comps[cid], ev.index))


def zero_note(rec: Recommendation, zero_code: str, worth: float, min_points: float,
              ) -> Reason | None:
    """The note a recommendation carries before the plan is known: advice without an
    edit, a legal duty whose rates do not move, a rule's own reason for a zero gain, what
    recycled content changes, or a trade-off."""
    if not rec.changes:
        return Reason(f"check_{zero_code}" if zero_code else "advice_only", _names(rec))
    if abs(worth) < min_points:
        if rec.legal:
            return Reason(f"legal_{zero_code or 'duty'}", _names(rec))
        return Reason(zero_code, _names(rec)) if zero_code else None
    if worth < 0:
        return Reason("trade_off", _names(rec))
    if zero_code == "inputs" and abs(rec.gain.recyclability_rate) < 1e-12:
        return Reason("inputs", _names(rec))
    return None


def _names(rec: Recommendation) -> dict:
    """The names a note's sentence uses, kept in the note itself (the report words a note
    without its recommendation)."""
    keep = ("parts", "material", "finish", "joint", "channel", "route")
    return {k: v for k, v in rec.params.items() if k.split("_")[0] in keep
            and isinstance(v, str)}
