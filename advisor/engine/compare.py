"""Two assessments side by side: each key figure with its difference, and what changed."""

from __future__ import annotations

from dataclasses import dataclass

from advisor.model import Assessment, ComponentResult

# The key figures compared, in the order reports show them.
COMPARED = ("total_mass_kg", "recyclability_rate", "recoverability_rate", "reuse_rate", "mci",
            "lfi", "circular_inflow", "circular_outflow", "crm_mass_kg", "crm_recovered_kg",
            "disassembly_time_s", "embodied_carbon_kg", "unresolved_mass_kg")
# Component fields whose difference makes a row "changed".
WATCHED = ("material_id", "joint", "finish", "route_code", "route_quality", "liberated",
           "total_mass_kg")


@dataclass(frozen=True)
class MetricDelta:
    name: str
    a: float | None
    b: float | None

    @property
    def difference(self) -> float | None:
        """b - a, or None where either is not assessed (a disassembly time of unknown
        joints)."""
        return None if self.a is None or self.b is None else self.b - self.a


@dataclass(frozen=True)
class ComponentChange:
    """A row that differs between the two variants (matched by id, else by name)."""

    key: str
    a: ComponentResult | None
    b: ComponentResult | None
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    a: Assessment
    b: Assessment
    metrics: tuple[MetricDelta, ...]
    changes: tuple[ComponentChange, ...]

    def metric(self, name: str) -> MetricDelta:
        return next(m for m in self.metrics if m.name == name)


def _by_key(a: Assessment) -> dict[str, ComponentResult]:
    return {r.id: r for r in a.components}


def compare(a: Assessment, b: Assessment) -> Comparison:
    """Metrics of `a` and `b` with differences (b - a), and the rows that changed."""
    metrics = tuple(MetricDelta(n, _figure(a, n), _figure(b, n)) for n in COMPARED)
    left, right = _by_key(a), _by_key(b)
    changes = []
    for key in list(left) + [k for k in right if k not in left]:
        ra, rb = left.get(key), right.get(key)
        if ra is None or rb is None:
            changes.append(ComponentChange(key, ra, rb, ("added" if ra is None else "removed",)))
            continue
        diff = tuple(f for f in WATCHED if _differs(getattr(ra, f), getattr(rb, f)))
        if diff:
            changes.append(ComponentChange(key, ra, rb, diff))
    return Comparison(a, b, metrics, tuple(changes))


def _figure(a: Assessment, name: str) -> float | None:
    """A figure as a float, or None where it is not assessed (a disassembly time)."""
    value = getattr(a.metrics, name)
    return None if value is None else float(value)


def _differs(x: object, y: object) -> bool:
    if isinstance(x, float) and isinstance(y, float):
        return abs(x - y) > 1e-9 * max(1.0, abs(x), abs(y))
    return x != y
