"""Product metrics as sums over leaf parts: rates, MCI, CTI-style flows, CRM, carbon.

Every metric is built from per-part contributions that add up, so the product figure
after an edit is the old sum minus the edited parts' old contributions plus their new
ones: a re-evaluation touches only the parts an edit affects.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.engine.kbindex import KbIndex
from advisor.model import CrmShare, Metrics

# EMF (2015) utility factor F(X) = a / X with a = 0.9: a fully linear product of average
# utility scores MCI 0.1.
MCI_UTILITY_A = 0.9


@dataclass(frozen=True)
class MciResult:
    """The terms of the EMF product-level MCI (masses in kg)."""

    v: float
    w0: float
    wc: float
    wf: float
    w: float
    lfi: float
    x: float
    mci: float


def mci(mass: float, v: float, w0: float, wc: float, wf: float, x: float) -> MciResult:
    """EMF 2015 MCI from the mass-weighted sums (see CLI.md); LFI 1 for a massless product."""
    w = w0 + (wf + wc) / 2
    denominator = 2 * mass + (wf - wc) / 2
    lfi = (v + w) / denominator if denominator > 0 else 1.0
    value = max(0.0, 1 - lfi * MCI_UTILITY_A / x) if x > 0 else 0.0
    return MciResult(v, w0, wc, wf, w, lfi, x, value)


def mci_terms(mass: float, f_r: float, f_u: float, c_r: float, c_u: float,
              e_c: float, e_f: float) -> tuple[float, float, float, float]:
    """One part's V, W0, W_C and W_F (kg) from its MCI inputs."""
    v = mass * (1 - f_r - f_u)
    w0 = mass * (1 - c_r - c_u)
    wc = mass * (1 - e_c) * c_r
    wf = mass * f_r * (1 - e_f) / e_f if e_f > 0 else 0.0
    return v, w0, wc, wf


def utility(lifetime: float | None, industry_lifetime: float | None,
            use_intensity: float | None) -> float:
    """X = (L/L_av)(U/U_av); a missing lifetime pair counts as average (1)."""
    ratio = lifetime / industry_lifetime if lifetime and industry_lifetime else 1.0
    return ratio * (use_intensity if use_intensity else 1.0)


@dataclass
class Contribution:
    """What one leaf part adds to the product sums (all in kg, CO2e in kg)."""

    mass: float = 0.0
    recycled: float = 0.0
    energy: float = 0.0
    reused: float = 0.0
    process_loss: float = 0.0
    landfill: float = 0.0
    recyclable: float = 0.0  # in materials with an established recycling route (no yields)
    rec_region: float = 0.0  # reused or recycled, by where it is processed
    rec_nl: float = 0.0
    rec_abroad: float = 0.0
    v: float = 0.0
    w0: float = 0.0
    wc: float = 0.0
    wf: float = 0.0
    inflow: float = 0.0
    carbon: float = 0.0
    carbon_saved: float = 0.0
    carbon_unknown: float = 0.0
    unresolved: float = 0.0
    crm: dict[str, tuple[float, float]] = field(default_factory=dict)  # id -> (mass, recovered)

    def vector(self) -> tuple[float, ...]:
        """The summed fields in `SUMMED` order (kept once computed: a contribution is not
        changed after its leaf is assessed)."""
        vec = self.__dict__.get("_vector")
        if vec is None:
            vec = self.__dict__["_vector"] = tuple(getattr(self, n) for n in SUMMED)
        return vec

    def scaled(self, factor: float) -> Contribution:
        """Every sum times `factor` (a part's mass times its sums per kilogram)."""
        values = tuple(factor * v for v in self.vector())
        out = Contribution.__new__(Contribution)
        out.__dict__.update(zip(SUMMED, values, strict=True))
        out.__dict__["crm"] = {k: (factor * m, factor * r) for k, (m, r) in self.crm.items()}
        out.__dict__["_vector"] = values
        return out


SUMMED = ("mass", "recycled", "energy", "reused", "process_loss", "landfill", "recyclable",
          "rec_region", "rec_nl", "rec_abroad", "v", "w0", "wc", "wf", "inflow", "carbon",
          "carbon_saved", "carbon_unknown", "unresolved")


class Totals:
    """Running sums over leaf contributions; `add(c, -1)` takes one back out."""

    __slots__ = ("values", "crm")

    def __init__(self, values: list[float] | None = None,
                 crm: dict[str, list[float]] | None = None) -> None:
        self.values = values if values is not None else [0.0] * len(SUMMED)
        self.crm = crm if crm is not None else {}

    @property
    def sums(self) -> dict[str, float]:
        return dict(zip(SUMMED, self.values, strict=True))

    def add(self, c: Contribution, sign: float = 1.0) -> None:
        # Element by element, as `a += sign * b` for each name: the same digits as before.
        self.values = [a + sign * b for a, b in zip(self.values, c.vector(), strict=True)]
        for crm_id, (m, r) in c.crm.items():
            entry = self.crm.setdefault(crm_id, [0.0, 0.0])
            entry[0] += sign * m
            entry[1] += sign * r

    def add_difference(self, new: Contribution, old: Contribution,
                       factor: float = 1.0) -> None:
        """Add `factor` times (new - old) in one pass: one part's contribution replaced by
        another, or parts of `factor` kg in all that go from the sums per kilogram `old`
        to `new`."""
        self.values = [a + factor * (n - o) for a, n, o in zip(self.values, new.vector(),
                                                               old.vector(), strict=True)]
        for crm_id, (m, r) in old.crm.items():
            entry = self.crm.setdefault(crm_id, [0.0, 0.0])
            entry[0] -= factor * m
            entry[1] -= factor * r
        for crm_id, (m, r) in new.crm.items():
            entry = self.crm.setdefault(crm_id, [0.0, 0.0])
            entry[0] += factor * m
            entry[1] += factor * r

    def copy(self) -> Totals:
        return Totals(list(self.values), {k: list(v) for k, v in self.crm.items()})


def _share(part: float, whole: float) -> float:
    """part / whole clipped to 0..1 (sums built by subtraction may drift by rounding)."""
    return min(1.0, max(0.0, part / whole)) if whole > 0 else 0.0


def crm_shares(totals: Totals, index: KbIndex) -> tuple[CrmShare, ...]:
    """The critical raw materials present, heaviest first."""
    out = []
    for crm_id, (m, r) in totals.crm.items():
        if m <= 1e-15:
            continue
        info = index.crm.get(crm_id)
        out.append(CrmShare(
            crm_id, info.name_en if info else crm_id, info.name_nl if info else crm_id,
            m, min(max(r, 0.0), m), info.strategic if info else False,
            info.top_supplier if info else "", info.supply_share if info else None))
    return tuple(sorted(out, key=lambda s: (-s.mass_kg, s.id)))


def build_metrics(totals: Totals, x: float, index: KbIndex, disassembly_s: float | None,
                  tools: tuple[str, ...]) -> Metrics:
    """Product metrics from the sums."""
    s = totals.sums
    m = s["mass"]
    result = mci(m, s["v"], s["w0"], s["wc"], s["wf"], x)
    crm = crm_shares(totals, index)
    recovered_materially = s["recycled"] + s["reused"]
    by_place = (s["rec_region"], s["rec_nl"], s["rec_abroad"])
    placed = sum(max(v, 0.0) for v in by_place)
    return Metrics(
        recyclable_material_share=_share(s["recyclable"], m),
        process_loss_rate=_share(s["process_loss"], m),
        landfill_rate=_share(s["landfill"], m),
        processed_in_region_share=_share(by_place[0], placed),
        processed_in_nl_share=_share(by_place[1], placed),
        processed_abroad_share=_share(by_place[2], placed),
        total_mass_kg=m,
        recyclability_rate=_share(recovered_materially, m),
        recoverability_rate=_share(recovered_materially + s["energy"], m),
        reuse_rate=_share(s["reused"], m),
        energy_recovery_rate=_share(s["energy"], m),
        mci=result.mci, lfi=result.lfi, utility_x=x,
        v_kg=result.v, w0_kg=result.w0, wc_kg=result.wc, wf_kg=result.wf, w_kg=result.w,
        circular_inflow=_share(s["inflow"], m),
        circular_outflow=_share(recovered_materially, m),
        crm_mass_kg=sum(c.mass_kg for c in crm),
        crm_recovered_kg=sum(c.recovered_kg for c in crm),
        crm_materials=tuple(c.id for c in crm),
        crm=crm,
        disassembly_time_s=disassembly_s,
        disassembly_tools=tools,
        embodied_carbon_kg=max(s["carbon"], 0.0),
        carbon_saved_kg=max(s["carbon_saved"], 0.0),
        carbon_unknown_mass_kg=max(s["carbon_unknown"], 0.0),
        unresolved_mass_kg=max(s["unresolved"], 0.0),
    )
