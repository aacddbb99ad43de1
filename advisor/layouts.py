"""Remember how the user mapped the columns of a file layout, for the next import.

A layout is known by its header row (folded, so "Massa (g)" and "massa (g) " match).
The choices are kept as JSON in the user's data folder; never pickled.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from advisor.paths import user_data_dir

FILE_NAME = "import_layouts.json"
MAX_LAYOUTS = 200
DECIMALS = (".", ",")


@dataclass(frozen=True)
class Layout:
    """The user's import choices for one header row."""

    mapping: dict[str, str] = field(default_factory=dict)  # field -> header
    decimal: str | None = None
    mass_unit: str | None = None


def signature(headers: list[str]) -> str:
    """A stable key for a header row: case, spaces and order-preserving."""
    folded = "\x1f".join(" ".join(str(h).lower().split()) for h in headers)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def _path(folder: Path | None) -> Path:
    return (folder or user_data_dir()) / FILE_NAME


def _read(folder: Path | None) -> dict:
    try:
        data = json.loads(_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: start afresh rather than fail an import
    return data if isinstance(data, dict) else {}


def _clean(entry: object) -> Layout | None:
    if not isinstance(entry, dict):
        return None
    mapping = entry.get("mapping")
    if not isinstance(mapping, dict):
        return None
    decimal = entry.get("decimal") if entry.get("decimal") in DECIMALS else None
    unit = entry.get("mass_unit") if isinstance(entry.get("mass_unit"), str) else None
    return Layout({str(k): str(v) for k, v in mapping.items()}, decimal, unit or None)


def recall(headers: list[str], folder: Path | None = None) -> Layout | None:
    """The choices saved for this header row, if any."""
    return _clean(_read(folder).get(signature(headers)))


def remember(headers: list[str], layout: Layout, folder: Path | None = None) -> Path:
    """Save the choices for this header row (atomically; the oldest are dropped)."""
    data = _read(folder)
    key = signature(headers)
    data.pop(key, None)
    data[key] = asdict(layout) | {"headers": list(headers)}
    while len(data) > MAX_LAYOUTS:
        data.pop(next(iter(data)))
    path = _path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".layouts.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
