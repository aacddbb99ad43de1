"""The results cache: each product's figures per kilogram, kept in a side file.

One SQLite file in the user's data folder (`cache/portfolio.sqlite`) keyed by the
knowledge-base version (with the program's release and a digest of its code), the
project file's SHA-256, the product and the variant (or
`plan:` and the variant): a repeated portfolio run evaluates only the products of
projects that changed, and a new knowledge base evaluates everything once. It is a
cache: a damaged or foreign file is set aside and rebuilt, never trusted for more than
the figures it holds under a matching key, and never needed for a correct result.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import time
from array import array
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from advisor import __version__
from advisor.paths import user_data_dir
from advisor.portfolio.model import VALUES_PER_MATERIAL, Contribution, CrmKg, ProductFigures
from advisor.portfolio.projects import in_list

# Bumped whenever the stored figures change shape or meaning (the table is rebuilt).
FORMAT = "4"
# Entries not used for this long are removed when the cache is opened.
KEEP_SECONDS = 90 * 24 * 3600
PROJECTS_PER_QUERY = 400
SCHEMA = ("CREATE TABLE IF NOT EXISTS results (version TEXT NOT NULL, project TEXT NOT NULL,"
          " product TEXT NOT NULL, variant TEXT NOT NULL, used REAL NOT NULL, "
          "data TEXT NOT NULL, metrics TEXT NOT NULL, material_values BLOB NOT NULL, "
          "PRIMARY KEY (version, project, product, variant))")

Key = tuple[str, str, str]  # project hash, product id, variant key
FIGURE_FIELDS = ("product_name", "variant_name", "mass_kg", "stream", "stream_guessed",
                 "region", "processed_within", "lifetime_years", "mci", "recyclability_rate",
                 "is_plan")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the program's own modules (name, size, modification time): figures
    evaluated by other code are evaluated again, also between releases of one version
    (a developer's checkout, an update that keeps the version number)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    try:
        for path in sorted(root.rglob("*.py")):
            st = path.stat()
            digest.update(f"{path.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    except OSError:
        return "unknown"
    return digest.hexdigest()[:16]


def cache_version(kb_version: str) -> str:
    """What an entry must have been evaluated with: knowledge base, release and code."""
    return f"{kb_version}|{__version__}|{code_fingerprint()}"


def default_path() -> Path:
    return user_data_dir() / "cache" / "portfolio.sqlite"


def to_json(f: ProductFigures) -> str:
    """Everything but the metrics and the materials' values (kept apart: the metrics as
    text, never parsed on loading; the values as packed doubles)."""
    doc = {name: getattr(f, name) for name in FIGURE_FIELDS}
    doc["material_ids"] = list(f.material_ids)
    doc["places"] = list(f.places)
    doc["crm"] = [list(c) for c in f.crm]
    doc["contributions"] = [[c.id, c.title_en, c.title_nl, c.virgin_avoided_kg,
                             c.crm_recovered_kg, c.recovered_kg] for c in f.contributions]
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def from_json(text: str, metrics: str, values: bytes) -> ProductFigures:
    doc = json.loads(text)
    packed = array("d")
    packed.frombytes(values)
    ids = tuple(map(sys.intern, doc["material_ids"]))  # a few hundred distinct ids
    if len(packed) != VALUES_PER_MATERIAL * len(ids) or len(doc["places"]) != len(ids):
        raise ValueError("materials and values do not match")
    return ProductFigures(
        **{name: doc[name] for name in FIGURE_FIELDS}, metrics_json=metrics,
        material_ids=ids, places=tuple(map(sys.intern, doc["places"])), values=packed,
        crm=tuple(map(CrmKg._make, doc["crm"])),
        contributions=tuple(Contribution(*c) for c in doc["contributions"]))


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    try:
        # A cache: a lost last write costs an evaluation, not a result; no fsync per file.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        found = conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        with conn:
            if found is None or found[0] != FORMAT:
                conn.execute("DROP TABLE IF EXISTS results")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
            conn.execute(SCHEMA)
            conn.execute("DELETE FROM results WHERE used < ?", (time.time() - KEEP_SECONDS,))
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


class ResultCache:
    """Figures per kilogram by (project hash, product, variant) for one knowledge base."""

    def __init__(self, kb_version: str, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.version = cache_version(kb_version)
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return _connect(self.path)
        except sqlite3.DatabaseError:
            # Not ours or damaged: keep it aside for inspection and start afresh.
            self.path.replace(self.path.with_name(self.path.name + ".damaged"))
            return _connect(self.path)

    def close(self) -> None:
        self.conn.close()

    def get_many(self, keys: Iterable[Key]) -> dict[Key, ProductFigures]:
        """The cached figures of the keys that have them (others are left out)."""
        wanted = set(keys)
        projects = sorted({k[0] for k in wanted})
        found: dict[Key, ProductFigures] = {}
        for start in range(0, len(projects), PROJECTS_PER_QUERY):
            chunk = projects[start:start + PROJECTS_PER_QUERY]
            query = in_list("SELECT project, product, variant, data, metrics, "
                            "material_values FROM results WHERE version=? AND project",
                            len(chunk))
            rows = self.conn.execute(query, [self.version, *chunk])
            for project, product, variant, data, metrics, values in rows:
                key = (project, product, variant)
                if key not in wanted:
                    continue
                try:
                    found[key] = from_json(data, metrics, values)
                except (ValueError, TypeError, KeyError):
                    continue  # an entry that does not read is evaluated again
            self._touch(chunk)
        return found

    def _touch(self, projects: list[str]) -> None:
        query = in_list("UPDATE results SET used=? WHERE version=? AND project", len(projects))
        with self.conn:
            self.conn.execute(query, [time.time(), self.version, *projects])

    def put_many(self, items: dict[Key, ProductFigures]) -> None:
        """Store figures in one transaction."""
        now = time.time()
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.version, *k, now, to_json(f), f.metrics_json, f.values.tobytes())
                 for k, f in items.items()])


class MemoryCache(ResultCache):
    """The same interface without a file (tests, or a folder that cannot be written)."""

    def __init__(self, kb_version: str) -> None:
        self.path = Path(":memory:")
        self.version = cache_version(kb_version)
        self.conn = _connect(":memory:")


def open_cache(kb_version: str, path: Path | None = None) -> ResultCache:
    """The cache file, or one in memory when the file cannot be used."""
    try:
        return ResultCache(kb_version, path)
    except (OSError, sqlite3.Error):
        return MemoryCache(kb_version)
