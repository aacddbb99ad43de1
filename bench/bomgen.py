"""Generated bills of materials for the benchmarks: realistic free-text rows, any size.

The parts are the leaf rows of the two sample BOMs in `tests/data/samples` (Dutch and
English material names that the resolver has to match), numbered 1, 1.k, 1.k.j: one
product row, assemblies of `PARTS_PER_ASSEMBLY` parts, in a semicolon CSV or an .xlsx.
"""

from __future__ import annotations

import csv
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "samples"
HEADER = ["Nr", "Onderdeel", "Materiaal", "Massa (g)", "Aantal", "Verbinding", "Afwerking"]
PARTS_PER_ASSEMBLY = 10
ASSEMBLY_JOINTS = ("geschroefd", "klik", "gelijmd", "geschroefd")


def sample_parts() -> list[tuple[str, str, str, str, str, str]]:
    """(name, material, grams, quantity, joint, finish) of every leaf row in the samples."""
    parts = []
    for name, encoding, delimiter in (("waterkoker_bom.csv", "cp1252", ";"),
                                      ("speaker_bom.csv", "utf-8", ",")):
        with open(SAMPLES / name, encoding=encoding, newline="") as f:
            for row in list(csv.reader(f, delimiter=delimiter))[1:]:
                if row[2].strip():
                    parts.append(tuple(c.replace(".", ",") if i == 2 else c
                                       for i, c in enumerate(row[1:7])))
    return parts


def bom_rows(rows: int) -> list[list[str]]:
    """`rows` data rows (the product row included), as text cells under `HEADER`."""
    parts = sample_parts()
    out = [["1", "Benchproduct", "", "", "1", "", ""]]
    assembly = part_no = 0
    while len(out) < rows:
        if part_no % (PARTS_PER_ASSEMBLY + 1) == 0:
            assembly += 1
            if len(out) == rows - 1:  # no room for children: a loose part instead
                out.append([f"1.{assembly}", "Los onderdeel", "PP", "10", "1", "klik", ""])
                break
            joint = ASSEMBLY_JOINTS[assembly % len(ASSEMBLY_JOINTS)]
            out.append([f"1.{assembly}", f"Module {assembly}", "", "", "1", joint, ""])
        else:
            name, material, grams, qty, joint, finish = parts[part_no % len(parts)]
            number = part_no % (PARTS_PER_ASSEMBLY + 1)
            out.append([f"1.{assembly}.{number}", f"{name} {part_no}", material,
                        _varied(grams, part_no), qty, joint, finish])
        part_no += 1
    return out


def _varied(grams: str, part_no: int) -> str:
    """The sample's mass scaled by up to +48 % with the part number: repeated parts keep
    their material, joint and finish but, as in a real product, not every mass (so no
    cache keyed on mass flatters the benchmarks)."""
    value = float(grams.replace(",", ".")) * (1 + (part_no % 97) / 200)
    return f"{value:.2f}".replace(".", ",")  # two decimals: never read as grouping


def write_csv(path: Path, rows: int) -> Path:
    """A semicolon-separated UTF-8 BOM of `rows` data rows."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(bom_rows(rows))
    return path


def write_xlsx(path: Path, rows: int) -> Path:
    """The same BOM as an .xlsx workbook (masses as numbers, as Excel stores them)."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("BOM")
    ws.append(HEADER)
    for row in bom_rows(rows):
        grams = float(row[3].replace(",", ".")) if row[3] else None
        ws.append([row[0], row[1], row[2], grams, int(row[4]), row[5], row[6]])
    wb.save(path)
    return path


def material_table(path: Path) -> list[str]:
    """Distinct material names of a generated CSV (for the bare-parse baseline)."""
    with open(path, encoding="utf-8", newline="") as f:
        return sorted({row[2] for row in list(csv.reader(f, delimiter=";"))[1:]})
