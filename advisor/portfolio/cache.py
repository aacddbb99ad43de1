"""The results cache: each product's figures per kilogram, kept in a side file.

One SQLite file in the user's data folder (`cache/portfolio.sqlite`) keyed by the
knowledge-base version, the project file's SHA-256, the product and the variant (or
`plan:` and the variant): a repeated portfolio run evaluates only the products of
projects that changed, and a new knowledge base evaluates everything once. It is a
cache: a damaged or foreign file is set aside and rebuilt, never trusted for more than
the figures it holds under a matching key, and never needed for a correct result.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

from advisor import __version__
from advisor.paths import user_data_dir
from advisor.portfolio.model import Contribution, CrmKg, MaterialKg, ProductFigures

# Bumped whenever the stored figures change shape or meaning.
FORMAT = "1"
# Entries not used for this long are removed when the cache is opened.
KEEP_SECONDS = 90 * 24 * 3600
LOOKUPS_PER_QUERY = 400

Key = tuple[str, str, str]  # project hash, product id, variant key


def default_path() -> Path:
    return user_data_dir() / "cache" / "portfolio.sqlite"


def to_json(f: ProductFigures) -> str:
    doc = asdict(f)
    doc["materials"] = [list(asdict(m).values()) for m in f.materials]
    doc["crm"] = [list(asdict(c).values()) for c in f.crm]
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def from_json(text: str) -> ProductFigures:
    doc = json.loads(text)
    doc["materials"] = tuple(MaterialKg(*m) for m in doc["materials"])
    doc["crm"] = tuple(CrmKg(*c) for c in doc["crm"])
    doc["contributions"] = tuple(Contribution(**c) for c in doc["contributions"])
    return ProductFigures(**doc)


class ResultCache:
    """Figures per kilogram by (project hash, product, variant) for one knowledge base."""

    def __init__(self, kb_version: str, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.version = f"{kb_version}|{__version__}|{FORMAT}"
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError:
            # Not ours or damaged: keep it aside for inspection and start afresh.
            self.path.replace(self.path.with_name(self.path.name + ".damaged"))
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS results (version TEXT NOT NULL, "
                         "project TEXT NOT NULL, product TEXT NOT NULL, variant TEXT NOT NULL,"
                         " used REAL NOT NULL, data TEXT NOT NULL, "
                         "PRIMARY KEY (version, project, product, variant))")
            with conn:
                conn.execute("DELETE FROM results WHERE used < ?",
                             (time.time() - KEEP_SECONDS,))
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self.conn.close()

    def get_many(self, keys: Iterable[Key]) -> dict[Key, ProductFigures]:
        """The cached figures of the keys that have them (others are left out)."""
        wanted = set(keys)
        projects = sorted({k[0] for k in wanted})
        found: dict[Key, ProductFigures] = {}
        for start in range(0, len(projects), LOOKUPS_PER_QUERY):
            chunk = projects[start:start + LOOKUPS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT project, product, variant, data FROM results "
                f"WHERE version=? AND project IN ({marks})", [self.version, *chunk])
            for project, product, variant, data in rows:
                key = (project, product, variant)
                if key not in wanted:
                    continue
                try:
                    found[key] = from_json(data)
                except (ValueError, TypeError, KeyError):
                    continue  # an entry that does not read is evaluated again
        if found:
            self._touch(found)
        return found

    def _touch(self, keys: Iterable[Key]) -> None:
        now = time.time()
        with self.conn:
            self.conn.executemany(
                "UPDATE results SET used=? WHERE version=? AND project=? AND product=? "
                "AND variant=?", [(now, self.version, *k) for k in keys])

    def put_many(self, items: dict[Key, ProductFigures]) -> None:
        """Store figures in one transaction."""
        now = time.time()
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)",
                [(self.version, *k, now, to_json(f)) for k, f in items.items()])


class MemoryCache(ResultCache):
    """The same interface without a file (tests, or a folder that cannot be written)."""

    def __init__(self, kb_version: str) -> None:
        self.path = Path(":memory:")
        self.version = f"{kb_version}|{__version__}|{FORMAT}"
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.execute("CREATE TABLE results (version TEXT, project TEXT, product TEXT, "
                          "variant TEXT, used REAL, data TEXT, "
                          "PRIMARY KEY (version, project, product, variant))")


def open_cache(kb_version: str, path: Path | None = None) -> ResultCache:
    """The cache file, or one in memory when the file cannot be used."""
    try:
        return ResultCache(kb_version, path)
    except (OSError, sqlite3.Error):
        return MemoryCache(kb_version)
