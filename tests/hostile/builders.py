"""How every file of the hostile corpus is made: projects here, other files in `files.py`.

Small files are committed under `corpus/` (run `python -m tests.hostile.builders` to
write them again); large ones (a 400 MB table, workbook memory bombs) and those that
cannot be committed (a FIFO, names with `?`) are built into a temporary folder when the
tests run. Each builder takes the target path and returns it.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from advisor import store
from advisor.model import Component, Product, Project, Variant

CORPUS = Path(__file__).parent / "corpus"
Builder = Callable[[Path], Path]

# --------------------------------------------------------------------------
# Projects
# --------------------------------------------------------------------------


def good_project(name: str = "Goed") -> Project:
    comps = (Component(id="1", name="Waterkoker", row=2),
             Component(id="1.1", name="Behuizing", parent_id="1", material_input="PP",
                       material_id="pp", mass_kg=0.3, row=3, joint_input="screw",
                       joint_id="screw"),
             Component(id="1.2", name="Deksel", parent_id="1", material_input="PP",
                       material_id="pp", mass_kg=0.1, row=4))
    return Project(name=name, products=(Product(id="p", name=name, variants=(
        Variant(id="v", name="Basis", components=comps),)),))


def saved(path: Path, *statements: str, project: Project | None = None) -> Path:
    """A project saved by this version, then changed by hand with SQL."""
    store.save_project(project or good_project(), path)
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def older(path: Path, *statements: str) -> Path:
    """A project in the format before m003 (no settings columns), changed by hand."""
    db = sqlite_utils.Database(path)
    store.migrations.apply(db, stop_before="m003_settings_and_attachment")
    db["meta"].insert_all([{"key": "app", "value": "cirkelwijzer"},
                           {"key": "name", "value": "Oud project"}])
    db["products"].insert({"id": "p", "position": 0, "name": "Oud product", "notes": ""})
    db["variants"].insert({"id": "v", "product_id": "p", "position": 0, "name": "Basis",
                           "notes": ""})
    db["components"].insert_all(
        [{"variant_id": "v", "position": i, "id": str(i + 1), "name": f"Onderdeel {i + 1}",
          "material_input": "PP", "material_id": "pp", "mass_kg": 0.1 * (i + 1),
          "quantity": 1.0, "row": i + 2, "constituents": "[]"} for i in range(3)])
    for sql in statements:
        db.execute(sql)
    db.conn.commit()
    db.close()
    return path


def named_project(path: Path) -> Path:
    """A project whose name needs escaping in a URI; a sibling that a bad URI would open
    instead (`a%20b.cirkel` read as `a b.cirkel`) holds another product."""
    decoy = path.with_name(path.name.replace("%20", " ").replace("#", "").replace("?", ""))
    if decoy != path:
        store.save_project(good_project("Verkeerd"), decoy)
    return saved(path, project=good_project("Juist"))


def old_wipe_trigger(path: Path) -> Path:
    return older(path,
                 "CREATE TRIGGER wipe AFTER INSERT ON _sqlite_migrations "
                 "BEGIN DELETE FROM components; END",
                 "CREATE TRIGGER wipe_meta AFTER INSERT ON meta "
                 "BEGIN DELETE FROM components; END")


def old_recursive_trigger(path: Path) -> Path:
    return older(path,
                 "PRAGMA recursive_triggers=ON",
                 "CREATE TABLE spin(x)",
                 "CREATE TRIGGER forever AFTER INSERT ON spin "
                 "BEGIN INSERT INTO spin VALUES (new.x + 1); END",
                 "CREATE TRIGGER start AFTER INSERT ON _sqlite_migrations "
                 "BEGIN INSERT INTO spin VALUES (1); END")


def old_failing_trigger(path: Path) -> Path:
    return older(path,
                 "CREATE TRIGGER refuse BEFORE INSERT ON _sqlite_migrations "
                 "BEGIN SELECT RAISE(ABORT, 'no upgrade for you'); END",
                 "CREATE TRIGGER refuse_update BEFORE UPDATE ON meta "
                 "BEGIN SELECT RAISE(ABORT, 'no'); END")


def view_as_table(path: Path) -> Path:
    return saved(path, "DROP TABLE components",
                 "CREATE VIEW components AS WITH RECURSIVE r(x) AS "
                 "(SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS variant_id, x AS id "
                 "FROM r")


def generated_column(path: Path) -> Path:
    return saved(path, "ALTER TABLE products ADD COLUMN boom TEXT "
                       "AS (zeroblob(2000000000))")


def virtual_table(path: Path) -> Path:
    return saved(path, "DROP TABLE components",
                 "CREATE VIRTUAL TABLE components USING fts5(variant_id, id)")


def extra_objects(path: Path) -> Path:
    return saved(path, "CREATE TABLE evil(x)", "CREATE VIEW v AS SELECT 1",
                 "CREATE TRIGGER t AFTER UPDATE ON meta BEGIN DELETE FROM components; END")


def mass_inf(path: Path) -> Path:
    return saved(path, "UPDATE components SET mass_kg = 9e999 WHERE id = '1.1'")


def bad_ranges(path: Path) -> Path:
    return saved(path, "UPDATE components SET mass_kg = -5 WHERE id = '1.1'",
                 "UPDATE components SET quantity = 0 WHERE id = '1.2'",
                 "UPDATE components SET recycled_content = 7 WHERE id = '1.2'")


def quantity_overflow(path: Path) -> Path:
    return saved(path, "UPDATE components SET quantity = 1e308 WHERE id = '1.1'")


def lifetime_overflow(path: Path) -> Path:
    return saved(path, "UPDATE variants SET lifetime_years = 1e308, "
                       "industry_lifetime_years = 1e-300")


def unknown_region(path: Path) -> Path:
    return saved(path, "UPDATE products SET region = 'mars'")


def parent_cycle(path: Path) -> Path:
    return saved(path, "UPDATE components SET parent_id = '1.1' WHERE id = '1'")


def text_mass(path: Path) -> Path:
    return saved(path, "UPDATE components SET mass_kg = 'zwaar' WHERE id = '1.1'")


def blob_name(path: Path) -> Path:
    return saved(path, "UPDATE components SET name = x'1b5b324a00ff' WHERE id = '1.1'")


def escapes_in_project(path: Path) -> Path:
    project = good_project("Kast\x1b[2J\x1b]8;;http://x\x07")
    return saved(path, "UPDATE components SET name = 'Deksel' || char(27) || '[31m' "
                       "WHERE id = '1.2'", project=project)


def newer_version(path: Path) -> Path:
    db_path = saved(path)
    db = sqlite_utils.Database(db_path)
    db["_sqlite_migrations"].insert({"migration_set": "cirkelwijzer", "name": "m999_future",
                                     "applied_at": "2031-01-01"})
    db.close()
    return path


def truncated_project(path: Path) -> Path:
    saved(path)
    path.write_bytes(path.read_bytes()[:300])
    return path


def other_app(path: Path) -> Path:
    db = sqlite_utils.Database(path)
    store.migrations.apply(db)
    db["meta"].insert({"key": "app", "value": "someone-else"})
    db.close()
    return path


def other_sqlite(path: Path) -> Path:
    sqlite_utils.Database(path)["notes"].insert({"text": "hello"})
    return path


def bad_json(path: Path) -> Path:
    return saved(path, "UPDATE components SET constituents = '{not json' WHERE id = '1.1'")


def dropped_table(path: Path) -> Path:
    return saved(path, "DROP TABLE components")


def duplicate_ids(path: Path) -> Path:
    return saved(path, "CREATE TABLE c2 AS SELECT * FROM components",
                 "DROP INDEX IF EXISTS idx_components_variant_id_position",
                 "DROP TABLE components",
                 "CREATE TABLE components AS SELECT * FROM c2",
                 "INSERT INTO components SELECT * FROM c2 WHERE id = '1.1'",
                 "DROP TABLE c2")


def text_file(text: str, encoding: str = "utf-8") -> Builder:
    def make(path: Path) -> Path:
        path.write_bytes(text.encode(encoding))
        return path
    return make


def write_bytes(data: bytes) -> Builder:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path
    return make


BUILDERS: dict[str, Builder] = {}


def committed(name: str, make: Builder) -> str:
    """Register a builder of a committed corpus file; return its corpus path."""
    BUILDERS[name] = make
    return name


def write_corpus(folder: Path = CORPUS) -> None:
    for name, make in BUILDERS.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.unlink()
        make(target)


if __name__ == "__main__":
    # Run as a module the builders live twice: use the copy the cases registered in.
    from tests.hostile import builders, cases  # noqa: F401 - cases registers the files

    builders.write_corpus(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
