"""Write a variant's bill of materials with its assessment: .xlsx, .csv or .json.

Files are written to a temporary file beside the target and moved into place, so a
failed export never leaves half a file. Text that a spreadsheet would run as a formula
(starting with = + - @, tab or CR) is written as text: quoted in CSV, a string cell in
XLSX. The CSV re-imports as the same tree (its headers are import synonyms).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from advisor import explain
from advisor.bom_io.numbers import format_plain
from advisor.errors import InputError, Problem
from advisor.messages import text
from advisor.model import Assessment, ComponentResult, Variant
from advisor.tempfiles import usual_permissions

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("row", "id", "parent", "name", "material", "material_id", "material_name",
           "confidence", "mass", "quantity", "total_mass", "joint", "finish", "recycled",
           "reused", "route", "route_name", "quality", "yield", "energy", "issues", "notes",
           "attached_to")  # new columns go at the end: scripts read them by position
SHARE_COLUMNS = ("confidence", "recycled", "reused", "yield", "energy")
SUFFIXES = (".xlsx", ".csv", ".json")


def neutralise(value: str) -> str:
    """Prefix a quote to text a spreadsheet would otherwise evaluate as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _names(kb, lang: str) -> tuple[Callable[[str | None], str], Callable[[str], str]]:
    """Material and route names in the language, from the knowledge base when given."""
    materials = getattr(kb, "materials", {}) or {}
    routes = getattr(kb, "routes", {}) or {}

    def material(mid: str | None) -> str:
        m = materials.get(mid) if mid else None
        return m.name(lang) if m else ""

    def route(code: str) -> str:
        r = routes.get(code)
        return r.name(lang) if r else explain.route_name(code, lang)

    return material, route


def bom_rows(variant: Variant, assessment: Assessment | None, lang: str, kb=None,
             ) -> list[dict[str, object]]:
    """One record per component, in file order, keyed by `COLUMNS`."""
    results: dict[str, ComponentResult] = {r.id: r for r in (assessment.components
                                                             if assessment else ())}
    material_name, route_name = _names(kb, lang)
    out = []
    for c in variant.components:
        r = results.get(c.id)
        rec: dict[str, object] = {
            "row": c.row, "id": c.id, "parent": c.parent_id or "",
            "attached_to": c.attached_to or "", "name": c.name,
            "material": c.material_input, "material_id": c.material_id or "",
            "material_name": material_name(c.material_id), "confidence": c.match_confidence,
            "mass": c.mass_kg, "quantity": c.quantity, "joint": c.joint_input,
            "finish": c.finish, "recycled": c.recycled_content, "reused": c.reused_content,
            "notes": c.notes}
        if r is not None:
            rec |= {"total_mass": r.total_mass_kg, "route": r.route_code,
                    "route_name": route_name(r.route_code),
                    "quality": explain.quality_name(r.route_quality, lang),
                    "yield": r.recycling_yield, "energy": r.energy_recovery_share,
                    "issues": "; ".join(explain.issue_text(i, lang) for i in r.issues)}
        out.append(rec)
    return out


def _headers(lang: str) -> list[str]:
    return [text(f"export_col_{c}", lang) for c in COLUMNS]


def metric_rows(assessment: Assessment, lang: str) -> list[tuple[str, str, object]]:
    """(key, label, value) for the product, the variant and every metric."""
    a = assessment
    out: list[tuple[str, str, object]] = [
        ("product", text("export_product", lang), a.product_name),
        ("variant", text("export_variant", lang), a.variant_name),
        ("kb_version", text("export_kb_version", lang), a.kb_version),
        ("region", text("export_region", lang), a.region)]
    for f in dataclasses.fields(a.metrics):
        value = getattr(a.metrics, f.name)
        if isinstance(value, tuple):
            value = ", ".join(str(v) for v in value)
        out.append((f.name, text(f"export_metric_{f.name}", lang, default=f.name), value))
    return out


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------


def _csv_cell(value: object, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return format_plain(value, decimal) if math.isfinite(value) else str(value)
    return neutralise(str(value))


def write_csv(fh: io.TextIOBase, variant: Variant, assessment: Assessment | None,
              lang: str, kb=None) -> None:
    """Dutch: semicolons and decimal commas (what Dutch Excel opens); English: commas, points."""
    delimiter, decimal = (";", ",") if lang == "nl" else (",", ".")
    writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in _headers(lang)])
    for rec in bom_rows(variant, assessment, lang, kb):
        writer.writerow([_csv_cell(rec.get(c), decimal) for c in COLUMNS])


def _xlsx_cell(ws, row: int, col: int, value: object) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        # XML cannot hold most control characters; a pasted name may contain them
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = str(value)
    else:
        cell.value = value


def write_xlsx(target: Path, variant: Variant, assessment: Assessment | None, lang: str,
               kb=None) -> None:
    """Sheets "BOM" (one row per component) and "Metrics"."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "BOM"
    for col, header in enumerate(_headers(lang), start=1):
        _xlsx_cell(ws, 1, col, header)
        ws.cell(row=1, column=col).font = Font(bold=True)
    for r, rec in enumerate(bom_rows(variant, assessment, lang, kb), start=2):
        for col, key in enumerate(COLUMNS, start=1):
            _xlsx_cell(ws, r, col, rec.get(key))
            if key in SHARE_COLUMNS and rec.get(key) is not None:
                ws.cell(row=r, column=col).number_format = "0%"
    ws.freeze_panes = "A2"
    ms = wb.create_sheet("Metrics")
    for col, key in enumerate(("export_key", "export_metric", "export_value"), start=1):
        _xlsx_cell(ms, 1, col, text(key, lang))
        ms.cell(row=1, column=col).font = Font(bold=True)
    if assessment is not None:
        for r, (key, label, value) in enumerate(metric_rows(assessment, lang), start=2):
            for col, v in enumerate((key, label, value), start=1):
                _xlsx_cell(ms, r, col, v)
    wb.save(target)


def _write_atomic(path: Path, write: Callable[[Path], None]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        usual_permissions(tmp, path)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _text_writer(render: Callable[[io.TextIOBase], None], encoding: str,
                 ) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            render(fh)

    return write


def _json_document(variant: Variant, assessment: Assessment | None, lang: str) -> dict:
    """The `evaluate --json` document; without an assessment, the bare component tree."""
    if assessment is None:
        return {"schema": "cirkelwijzer.bom/1", "variant": variant.name,
                "components": [dataclasses.asdict(c) for c in variant.components]}
    from advisor.engine import assessment_to_json  # the engine owns the public JSON

    return assessment_to_json(assessment, lang)


def export_assessment(path: str | os.PathLike, variant: Variant, assessment: Assessment | None,
                      *, lang: str = "nl", kb=None) -> Path:
    """Write the BOM with results to .xlsx, .csv or .json (by suffix), atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        def write(tmp: Path) -> None:
            write_xlsx(tmp, variant, assessment, lang, kb)
    elif suffix == ".csv":
        write = _text_writer(lambda fh: write_csv(fh, variant, assessment, lang, kb),
                             "utf-8-sig")
    elif suffix == ".json":
        doc = _json_document(variant, assessment, lang)
        write = _text_writer(lambda fh: json.dump(doc, fh, ensure_ascii=False, indent=2),
                             "utf-8")
    else:
        raise InputError(Problem("export_format_unknown", f"Cannot export to {suffix!r}",
                                 file=str(path), value=suffix or path.name,
                                 params={"suffix": suffix or path.name}))
    try:
        return _write_atomic(path, write)
    except OSError as exc:
        raise InputError(Problem("export_unwritable", f"Cannot write the file ({exc})",
                                 file=str(path), params={"reason": exc.strerror or str(exc)},
                                 )) from None
