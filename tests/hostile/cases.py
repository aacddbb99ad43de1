"""The hostile corpus: one entry per file, with the commands run on it and what they must do.

`item` is the numbered case of issue 16 ("Files from strangers") the file reproduces, or
"earlier" for the cases of earlier rounds. Every command must exit with `exit`, print
`fragment` (English) on stderr when it fails, and leave every file on disk as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from tests.hostile import builders as b
from tests.hostile import files as f

EVALUATE = ("evaluate", "{file}", "--lang", "en")
EVALUATE_JSON = ("evaluate", "{file}", "--lang", "en", "--json")
REPORT = ("report", "{file}", "-o", "{tmp}/out.pdf", "--lang", "en")
EXPORT = ("export", "{file}", "-o", "{tmp}/out.xlsx", "--lang", "en")
IMPORT = ("import", "{file}", "-o", "{tmp}/new.cirkel", "--lang", "en")
KB_IMPORT = ("kb", "import", "{file}", "--lang", "en")
READ_COMMANDS = (EVALUATE, REPORT, EXPORT)
BOM_COMMANDS = (EVALUATE_JSON, IMPORT, REPORT)


@dataclass(frozen=True)
class Case:
    id: str
    item: str
    name: str  # the file's name (corpus path when committed)
    build: b.Builder | None  # None: a committed file under corpus/
    commands: tuple[tuple[str, ...], ...]
    exit: int
    fragment: str = ""  # in stderr
    stdout: str = ""  # in stdout (exit-0 cases)
    posix_only: bool = False

    @property
    def committed(self) -> bool:
        return self.build is None


def kept(id: str, item: str, name: str, make: b.Builder, commands, exit: int,
         fragment: str = "", stdout: str = "") -> Case:
    """A case whose file is committed under corpus/ (made by `make`)."""
    b.committed(name, make)
    return Case(id, item, name, None, tuple(commands), exit, fragment, stdout)


def built(id: str, item: str, name: str, make: b.Builder, commands, exit: int,
          fragment: str = "", stdout: str = "", posix_only: bool = False) -> Case:
    """A case whose file is made when the tests run (too large, or not a plain file)."""
    return Case(id, item, name, make, tuple(commands), exit, fragment, stdout, posix_only)


P = "projects/"
BOM = "boms/"
PACK = "packs/"

CASES: tuple[Case, ...] = (
    # 1, 13: data packs that must be refused whole before anything is written
    kept("01-level-x", "1", PACK + "level-x/routes.csv",
         b.text_file(f.ROUTES_HEAD + "R8,x,Recycling,Recyclen,,,test\n"), [KB_IMPORT], 2,
         'column "level"'),
    kept("01-level-inf", "1", PACK + "level-inf/routes.csv",
         b.text_file(f.ROUTES_HEAD + "R8,inf,Recycling,Recyclen,,,test\n"), [KB_IMPORT], 2,
         "Not a whole number"),
    kept("01-bad-enum", "1", PACK + "bad-enum/material_routes.csv",
         b.text_file(f.ROUTES_PACK_HEAD + "pp,,R8,superb,0.9,,utrecht,estimate,test\n"),
         [KB_IMPORT], 2, 'column "quality"'),
    kept("01-yield-inf", "1", PACK + "yield-inf/material_routes.csv",
         b.text_file(f.ROUTES_PACK_HEAD + "pp,,R8,high_grade,inf,,utrecht,estimate,test\n"),
         [KB_IMPORT], 2, "Not a number"),
    kept("01-yield-above-one", "1", PACK + "yield-above-one/material_routes.csv",
         b.text_file(f.ROUTES_PACK_HEAD + "pp,,R8,high_grade,7,,utrecht,estimate,test\n"),
         [KB_IMPORT], 2, "outside 0 to 1"),
    kept("01-self-composition", "1", PACK + "self/compositions.csv",
         b.text_file("item_id,constituent_id,mass_share,source\npp,pp,0.5,test\n"),
         [KB_IMPORT], 2, "loop"),
    kept("01-composition-loop", "1", PACK + "loop.zip",
         f.pack_zip({"compositions.csv": "item_id,constituent_id,mass_share,source\n"
                                         "pp,abs,0.5,test\nabs,pp,0.5,test\n"}),
         [KB_IMPORT], 2, "pp -> abs -> pp"),
    kept("01-unknown-reference", "1", PACK + "reference/material_routes.csv",
         b.text_file(f.ROUTES_PACK_HEAD + "unobtainium,,R8,high_grade,0.9,,utrecht,"
                                          "estimate,test\n"), [KB_IMPORT], 2,
         "not in the materials table"),
    kept("01-shares-above-one", "1", PACK + "shares/compositions.csv",
         b.text_file("item_id,constituent_id,mass_share,source\n"
                     "pcb-populated,copper,0.9,test\n"), [KB_IMPORT], 2, "more than 1"),
    built("01-400mb-table", "1", "materials.csv", f.sparse_table, [KB_IMPORT], 2,
          "too large"),
    kept("13-unknown-family", "13", PACK + "family/materials.csv",
         b.text_file(f.MATERIALS_HEAD + "mijn-legering,My alloy,Mijn legering,unobtainium,"
                                        "test\n"), [KB_IMPORT], 2, 'column "family"'),
    # 11: data packs that cannot be read
    kept("11-encrypted", "11", PACK + "encrypted.zip", f.encrypted_zip, [KB_IMPORT], 2,
         "password"),
    kept("11-bad-crc", "11", PACK + "bad-crc.zip", f.bad_crc_zip, [KB_IMPORT], 2,
         "damaged"),
    kept("11-corrupt-deflate", "11", PACK + "corrupt-deflate.zip", f.corrupt_deflate_zip,
         [KB_IMPORT], 2, "damaged"),
    kept("11-long-field", "11", PACK + "long-field.zip", f.long_field_zip, [KB_IMPORT], 2,
         "materials.csv, row 2"),
    kept("11-folder-in-zip", "11", PACK + "folder-in-zip.zip", f.folder_in_zip, [KB_IMPORT],
         2, "folder"),
    built("11-folder-named-table", "11", "materials.csv", f.folder_named_table, [KB_IMPORT], 2,
          "folder"),
    kept("11-newer-format", "11", PACK + "newer.zip",
         f.pack_zip({"materials.csv": f.MATERIALS_HEAD},
                    manifest='{"format": "cirkelwijzer.datapack/9"}'), [KB_IMPORT], 2,
         "newer format"),
    kept("11-not-a-zip", "11", PACK + "not-a-zip.zip", b.write_bytes(b"PK\x03\x04 broken"),
         [KB_IMPORT], 2, "Not a readable data pack"),
    kept("11-no-tables", "11", PACK + "no-tables.zip", f.pack_zip({"readme.txt": "hi"}),
         [KB_IMPORT], 2, "no knowledge-base tables"),
    # 2: names that are not URIs
    built("02-hash", "2", "a#b.cirkel", b.named_project, READ_COMMANDS, 0, stdout="Juist"),
    built("02-question-mark", "2", "a?b.cirkel", b.named_project, READ_COMMANDS, 0,
          stdout="Juist", posix_only=True),
    built("02-percent-20", "2", "a%20b.cirkel", b.named_project, READ_COMMANDS, 0,
          stdout="Juist"),
    # 3: projects that carry code
    kept("03-old-wipe-trigger", "3", P + "old-wipe-trigger.cirkel", b.old_wipe_trigger,
         READ_COMMANDS, 0, "were not run", stdout=""),
    kept("03-old-recursive-trigger", "3", P + "old-recursive-trigger.cirkel",
         b.old_recursive_trigger, READ_COMMANDS, 0, "were not run"),
    kept("03-old-failing-trigger", "3", P + "old-failing-trigger.cirkel",
         b.old_failing_trigger, READ_COMMANDS, 0, "were not run"),
    kept("03-extra-objects", "3", P + "extra-objects.cirkel", b.extra_objects, [EVALUATE], 0,
         "trigger t"),
    kept("03-view-as-table", "3", P + "view-as-table.cirkel", b.view_as_table, READ_COMMANDS,
         2, "components is a view"),
    kept("03-generated-column", "3", P + "generated-column.cirkel", b.generated_column,
         READ_COMMANDS, 2, "computed columns"),
    kept("03-virtual-table", "3", P + "virtual-table.cirkel", b.virtual_table, READ_COMMANDS,
         2, "not a plain table"),
    # 4: terminal escapes from cells
    kept("04-escapes-in-cells", "4", BOM + "escapes.tsv", b.text_file(f.ESCAPE_CELLS),
         [EVALUATE], 0, stdout="\\x1b[2J"),
    kept("04-escapes-in-errors", "4", BOM + "escapes-errors.tsv",
         b.text_file(f.ESCAPE_ERRORS), [EVALUATE], 2, "\\x1b[41m"),
    kept("04-escapes-in-project", "4", P + "escapes.cirkel", b.escapes_in_project, [EVALUATE],
         0, stdout="\\x1b[31m"),
    # 5: numbers that overflow
    kept("05-quantity-1e308", "5", BOM + "quantity-1e308.csv",
         b.text_file(f.BOM_HEAD + "1;;Doos;;;1\n2;1;Schroef;steel;0.01;1e308\n"),
         BOM_COMMANDS, 2, "Quantity is larger than 1,000,000"),
    kept("05-nested-400", "5", BOM + "nested-400.csv", f.nested_quantities, BOM_COMMANDS, 2,
         "exceeds 1,000,000,000 units"),
    kept("05-total-mass", "5", BOM + "total-mass.csv",
         b.text_file(f.BOM_HEAD + "1;;Blok;steel;90000;100000\n"), BOM_COMMANDS, 2,
         "mass exceeds 100,000,000 kg"),
    kept("05-project-mass-inf", "5", P + "mass-inf.cirkel", b.mass_inf, READ_COMMANDS, 2,
         "Mass is not a finite number"),
    kept("05-project-ranges", "5", P + "ranges.cirkel", b.bad_ranges, READ_COMMANDS, 2,
         "Mass is negative"),
    kept("05-project-quantity", "5", P + "quantity.cirkel", b.quantity_overflow,
         READ_COMMANDS, 2, "Quantity is larger"),
    kept("05-project-lifetime", "5", P + "lifetime.cirkel", b.lifetime_overflow,
         READ_COMMANDS, 2, "lifetime_years must lie between"),
    kept("05-project-region", "5", P + "region.cirkel", b.unknown_region, READ_COMMANDS, 2,
         "region has an unknown value"),
    # 6: projects that are no tree or hold text for numbers
    kept("06-parent-cycle", "6", P + "parent-cycle.cirkel", b.parent_cycle, READ_COMMANDS, 2,
         "loop"),
    kept("06-text-mass", "6", P + "text-mass.cirkel", b.text_mass, READ_COMMANDS, 2,
         "Mass is not a number"),
    kept("06-blob-name", "6", P + "blob-name.cirkel", b.blob_name, READ_COMMANDS, 2,
         "Not a text"),
    kept("06-duplicate-ids", "6", P + "duplicate-ids.cirkel", b.duplicate_ids, READ_COMMANDS,
         2, "used twice"),
    # 8: workbook memory bombs (the memory-limited runs are in test_memory_bombs)
    built("08-styles-bomb", "8", "styles-bomb.xlsx", f.styles_bomb, [EVALUATE_JSON], 2,
          "xl/styles.xml"),
    built("08-shared-strings-bomb", "8", "strings-bomb.xlsx", f.shared_strings_bomb,
          [EVALUATE_JSON], 2, "xl/sharedStrings.xml"),
    kept("08-dtd-in-styles", "8", BOM + "dtd-in-styles.xlsx", f.dtd_in_styles,
         [EVALUATE_JSON], 2, "DTD"),
    # 9: inputs that are no ordinary file
    built("09-fifo-bom", "9", "pipe.csv", f.mkfifo, BOM_COMMANDS, 2, "not an ordinary file",
          posix_only=True),
    built("09-fifo-project", "9", "pipe.cirkel", f.mkfifo, READ_COMMANDS, 2,
          "not an ordinary file", posix_only=True),
    built("09-fifo-pack", "9", "routes.csv", f.mkfifo, [KB_IMPORT], 2, "not an ordinary file",
          posix_only=True),
    # 13: smaller
    kept("13-nul-past-64k", "13", BOM + "nul-past-64k.csv", f.nul_past_64k, BOM_COMMANDS, 2,
         "row 3001"),
    kept("13-utf16-odd-byte", "13", BOM + "utf16-odd.txt", f.utf16_odd, BOM_COMMANDS, 2,
         "odd number of bytes"),
    kept("13-utf16-bad-surrogate", "13", BOM + "utf16-bad.txt", f.utf16_bad_surrogate,
         BOM_COMMANDS, 2, "invalid characters"),
    # Earlier rounds: damaged projects
    kept("earlier-empty-project", "earlier", P + "empty.cirkel", b.write_bytes(b""),
         READ_COMMANDS, 2, "holds no table"),
    kept("earlier-random-project", "earlier", P + "random.cirkel",
         b.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20), READ_COMMANDS, 2,
         "damaged"),
    kept("earlier-truncated-project", "earlier", P + "truncated.cirkel", b.truncated_project,
         READ_COMMANDS, 2, "damaged"),
    kept("earlier-other-app", "earlier", P + "other-app.cirkel", b.other_app, READ_COMMANDS, 2,
         "not a Cirkelwijzer project"),
    kept("earlier-other-sqlite", "earlier", P + "other-sqlite.cirkel", b.other_sqlite,
         READ_COMMANDS, 2, "not a Cirkelwijzer project"),
    kept("earlier-bad-json", "earlier", P + "bad-json.cirkel", b.bad_json, READ_COMMANDS, 2,
         "composition of this part is damaged"),
    kept("earlier-dropped-table", "earlier", P + "dropped-table.cirkel", b.dropped_table,
         READ_COMMANDS, 2, "missing tables"),
    kept("earlier-newer-version", "earlier", P + "newer.cirkel", b.newer_version,
         READ_COMMANDS, 2, "newer version"),
)

DEV_ZERO = "/dev/zero"
# Commands on a device instead of a file (item 9), where the platform has one.
DEVICE_COMMANDS = (EVALUATE, IMPORT, KB_IMPORT, REPORT) if os.path.exists(DEV_ZERO) else ()
