"""The loaded knowledge base: typed entries for the engine, SQLite for browsing."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.errors import Problem
from advisor.kb.loader import content_hash, merge_layers, parse_flag, parse_number, read_dir
from advisor.kb.schema import SCHEMA
from advisor.model import Joint, Material, RecoveryRoute, RouteOption
from advisor.paths import data_dir, user_kb_dir

if TYPE_CHECKING:  # sqlite-utils loads numpy (0.15 s): only when the tables are browsed
    import sqlite_utils


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(";") if part.strip())


def _material(r: dict) -> Material:
    return Material(
        id=r["id"], name_en=r["name_en"], name_nl=r["name_nl"], family=r["family"],
        iso_code=r.get("iso_code", ""),
        density_kg_m3=parse_number(r.get("density_kg_m3", "")),
        carbon_kg_per_kg=parse_number(r.get("carbon_kg_per_kg", "")),
        carbon_recycled_kg_per_kg=parse_number(r.get("carbon_recycled_kg_per_kg", "")),
        recycled_content_market=parse_number(r.get("recycled_content_market", "")),
        biobased=parse_flag(r.get("biobased", "")),
        substances=_split(r.get("substances", "")),
        carbon_black=parse_flag(r.get("carbon_black", "")),
        stream=r.get("stream", ""),
        is_composite=parse_flag(r.get("is_composite", "")),
        durable_part=parse_flag(r.get("durable_part", "")),
        note=r.get("note", ""),
        source=r.get("source", ""),
    )


def _joint(r: dict) -> Joint:
    return Joint(
        id=r["id"], name_en=r["name_en"], name_nl=r["name_nl"],
        reversibility=r["reversibility"], tool_class=r["tool_class"],
        destructive=parse_flag(r.get("destructive", "")),
        time_s=parse_number(r.get("time_s", "")), time_status=r.get("time_status", ""),
        source=r.get("time_source", "") or r.get("source", ""),
        shredder_liberates=parse_flag(r.get("shredder_liberates", "")),
    )


def _route(r: dict) -> RecoveryRoute:
    return RecoveryRoute(
        code=r["code"], level=int(float(r["level"])), name_en=r["name_en"],
        name_nl=r["name_nl"], description_en=r.get("description_en", ""),
        description_nl=r.get("description_nl", ""), source=r.get("source", ""),
    )


def _pairs(text: str) -> tuple[tuple[str, float], ...]:
    """"cobalt:0.9;*:0" -> (("cobalt", 0.9), ("*", 0.0))."""
    out = []
    for part in _split(text):
        key, _, value = part.partition(":")
        number = parse_number(value)
        if key.strip() and number is not None:
            out.append((key.strip(), number))
    return tuple(out)


def _route_option(r: dict) -> RouteOption:
    return RouteOption(
        code=r["route"], quality=r["quality"],
        yield_=parse_number(r.get("yield", "")) or 0.0,
        requires=_split(r.get("requires", "")),
        regions=_split(r.get("regions", "")) or ("utrecht", "nl", "eu"),
        material_id=r.get("material_id", ""), family=r.get("family", ""),
        status=r.get("status", ""), source=r.get("source", ""),
        chains=_split(r.get("chains", "")), streams=_split(r.get("streams", "")),
        crm_recovery=_pairs(r.get("crm_recovery", "")),
        processed_in=r.get("processed_in", "") or "nl",
    )


@dataclass
class KnowledgeBase:
    """Merged tables (user layer over shipped) with typed views built once."""

    tables: dict[str, list[dict]]
    version: str
    shipped_version: str
    user_dir: Path | None = None
    # Why the user layer on disk is not used (empty: it is used, or there is none).
    user_layer_problems: tuple[Problem, ...] = ()
    materials: dict[str, Material] = field(default_factory=dict)
    joints: dict[str, Joint] = field(default_factory=dict)
    routes: dict[str, RecoveryRoute] = field(default_factory=dict)
    route_options: list[RouteOption] = field(default_factory=list)
    _db: sqlite_utils.Database | None = None

    def __post_init__(self) -> None:
        self.materials = {r["id"]: _material(r) for r in self.tables["materials"]}
        self.joints = {r["id"]: _joint(r) for r in self.tables["joints"]}
        self.routes = {r["code"]: _route(r) for r in self.tables["routes"]}
        self.route_options = [_route_option(r) for r in self.tables["material_routes"]]

    def rows(self, table: str) -> list[dict]:
        """The merged rows of one table (each has `_layer`: shipped or user)."""
        return self.tables[table]

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}

    def user_row_count(self) -> int:
        return sum(1 for rows in self.tables.values() for r in rows if r["_layer"] == "user")

    @property
    def db(self) -> sqlite_utils.Database:
        """The merged tables in an in-memory SQLite database, for browsing and search."""
        if self._db is None:
            import sqlite_utils

            db = sqlite_utils.Database(memory=True)
            for name, rows in self.tables.items():
                spec = SCHEMA[name]
                columns = {c: str for c in spec.columns} | {"_layer": str, "_line": int}
                db[name].create(columns)
                if rows:
                    db[name].insert_all(
                        ({c: r.get(c, "") for c in (*spec.columns, "_layer")}
                         | {"_line": r.get("_line")} for r in rows), alter=True)
            self._db = db
        return self._db


def load_kb(shipped_dir: Path | None = None, user_dir: Path | None = None,
            use_user_layer: bool = True) -> KnowledgeBase:
    """Load the shipped tables and, unless disabled, the user's layer over them.

    A broken user layer (edited by hand, from an older version, a hostile data pack that
    got there some other way) is not used: the shipped knowledge base is returned with the
    layer's problems in `user_layer_problems`, for a warning and `kb repair`/`kb reset`.
    """
    from advisor.kb.layer import LayerState, read_layer

    shipped_dir = shipped_dir or data_dir()
    shipped = read_dir(shipped_dir)
    user_dir = user_dir if user_dir is not None else (user_kb_dir() if use_user_layer else None)
    state = read_layer(user_dir, shipped) if user_dir is not None else LayerState(Path(), {})
    stamp = (shipped_dir / "VERSION").read_text().strip() if (
        shipped_dir / "VERSION").is_file() else "dev"
    shipped_version = f"{stamp}-{content_hash(shipped_dir)}"
    if state.tables:
        try:
            version = f"{shipped_version}+user-{content_hash(state.folder)}"
            return KnowledgeBase(merge_layers(shipped, state.tables), version,
                                 shipped_version, user_dir)
        except (ValueError, KeyError, TypeError) as exc:  # a case no check foresaw
            state = LayerState(state.folder, {}, (Problem(
                "kb_layer_unusable", f"The user layer cannot be used ({exc})",
                file=str(state.folder), params={"reason": str(exc)}),))
    return KnowledgeBase(merge_layers(shipped, {}), shipped_version, shipped_version,
                         user_dir, user_layer_problems=state.problems)


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base with the user's layer, loaded once per process."""
    return load_kb()
