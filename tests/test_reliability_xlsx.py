"""Hostile workbooks through the importer and the CLI: exit 2, a clear line, nothing written.

Time and memory are bounded by limits in the code (zip ratio, a streaming cell count,
the empty-row run); the CLI runs in a child with an address-space and CPU rlimit, so a
file that escaped those limits would be killed and fail the test instead of hanging it.
"""

from __future__ import annotations

import io
import os
import random
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from advisor.bom_io import read_bom
from advisor.cli import run_cli
from advisor.errors import InputError

ROOT = Path(__file__).parent.parent
CHILD_MEMORY = 1536 * 1024 * 1024   # a bomb that got through would need far more
CHILD_CPU_S = 60

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="rels" ContentType="application/'
      'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
      '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
      '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.spreadsheetml.worksheet+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
      'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
      'relationships"><sheets><sheet name="BOM" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
           'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
           'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
           'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<dimension ref="{dim}"/><sheetData>')
SHEET_TAIL = "</sheetData></worksheet>"
TABLE = ('<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr">'
         '<is><t>mass</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>bracket</t>'
         '</is></c><c r="B2"><v>1</v></c></row>')


def workbook(path: Path, body: str | bytes = TABLE, dim: str = "A1:B2", prolog: str = "",
             filler: int = 0) -> Path:
    """A minimal .xlsx; `filler` MB of blanks inside the sheet XML (streamed, not held)."""
    head = (prolog + SHEET_HEAD.format(dim=dim)).encode()
    body = body.encode() if isinstance(body, str) else body
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", CT), ("_rels/.rels", RELS),
                           ("xl/workbook.xml", WB), ("xl/_rels/workbook.xml.rels", WB_RELS)):
            z.writestr(name, text)
        with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(head + body)
            blank = b" " * (1024 * 1024)
            for _ in range(filler):
                sheet.write(blank)
            sheet.write(SHEET_TAIL.encode())
    return path


def zip_bomb(path: Path) -> Path:
    """A ~300 KB workbook whose sheet unpacks to 300 MB."""
    return workbook(path, filler=300)


def lying_bomb(path: Path) -> Path:
    """The bomb with its unpacked size rewritten to 4 KB in both zip headers."""
    zip_bomb(path)
    data = path.read_bytes()
    info = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml")
    path.write_bytes(data.replace(info.file_size.to_bytes(4, "little"),
                                  (4096).to_bytes(4, "little")))
    return path


def one_huge_row(path: Path) -> Path:
    """One row of 600,000 cells: a memory bomb the zip ratio check cannot see."""
    rng = random.Random(1)
    cells = "".join(f"<c><v>{rng.random()}</v></c>" for _ in range(600_000))
    return workbook(path, f'<row r="1">{cells}</row>')


def malformed(path: Path) -> Path:
    return workbook(path, TABLE[:-30] + "<row r=<<")


def dimension_claim(path: Path) -> Path:
    """Claims 1,048,576 rows x 16,384 columns; holds one far cell and no table."""
    return workbook(path, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
                    dim="A1:XFD1048576")


def entity_bomb(path: Path) -> Path:
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    prolog = f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">{levels}]>'
    return workbook(path, '<row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>',
                    prolog=prolog)


def external_entity(path: Path) -> Path:
    prolog = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    return workbook(path, TABLE.replace("bracket", "&x;"), prolog=prolog)


def encrypted(path: Path) -> Path:
    """An OLE container with the streams of a password-protected workbook (MS-OFFCRYPTO)."""
    entries = b""
    for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"):
        raw = name.encode("utf-16-le")
        entries += raw + bytes(64 - len(raw)) + (len(raw) + 2).to_bytes(2, "little") + bytes(62)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(header + entries + bytes(512 - len(entries)))
    return path


CASES = {
    "zip_bomb": (zip_bomb, "xlsx_too_large"),
    "lying_sizes": (lying_bomb, "xlsx_unreadable"),
    "one_huge_row": (one_huge_row, "sheet_too_many_cells"),
    "malformed_xml": (malformed, "xlsx_unreadable"),
    "dimension_claim": (dimension_claim, "bom_empty"),
    "entity_bomb": (entity_bomb, "xlsx_unreadable"),
    "external_entity": (external_entity, "xlsx_unreadable"),
    "encrypted": (encrypted, "xlsx_encrypted"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile-xlsx")
    return {name: make(folder / f"{name}.xlsx") for name, (make, _) in CASES.items()}


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.mark.parametrize("case", CASES)
def test_importer_refuses_with_one_clear_problem(hostile, case):
    with pytest.raises(InputError) as info:
        read_bom(hostile[case])
    [problem] = [p for p in info.value.problems if p.is_error]
    assert problem.code == CASES[case][1]
    assert problem.file == str(hostile[case])


def _limited() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CHILD_CPU_S, CHILD_CPU_S))


@pytest.mark.parametrize("case", CASES)
def test_cli_evaluate_exits_2_within_memory_and_cpu_limits(hostile, case, user_home):
    before = snapshot(hostile[case].parent)
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "evaluate",
                           str(hostile[case]), "--lang", "en", "--json"],
                          capture_output=True, text=True, cwd=ROOT, preexec_fn=_limited,
                          env={**os.environ, "CIRKELWIJZER_HOME": str(user_home)})
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert proc.stdout == "" and "Traceback" not in proc.stderr
    assert str(hostile[case]) in proc.stderr and "row 1" in proc.stderr
    assert snapshot(hostile[case].parent) == before


def run(*args) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli([str(a) for a in args], out, err)
    return code, err.getvalue()


@pytest.mark.parametrize("case", CASES)
def test_cli_import_and_report_exit_2_and_change_nothing(hostile, case, tmp_path, user_home):
    project = tmp_path / "existing.cirkel"
    assert run("import", ROOT / "tests/data/samples/speaker_bom.csv", "-o", project)[0] == 0
    before = snapshot(tmp_path)
    code, err = run("import", hostile[case], "-o", project, "--lang", "en")
    assert code == 2 and "Traceback" not in err and str(hostile[case]) in err
    code, err = run("import", hostile[case], "-o", tmp_path / "new.cirkel", "--lang", "en")
    assert code == 2 and str(hostile[case]) in err
    code, err = run("report", hostile[case], "-o", tmp_path / "out.pdf", "--lang", "nl")
    assert code == 2 and "Traceback" not in err and "rij 1" in err
    assert snapshot(tmp_path) == before


def test_a_table_with_a_far_cell_reads_only_the_table(tmp_path):
    """A stray cell at XFD1048576 below a real table is not a million rows of work."""
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    result = read_bom(workbook(tmp_path / "far.xlsx", TABLE + far, dim="A1:XFD1048576"))
    [part] = result.product.variants[0].components
    assert (part.name, part.mass_kg) == ("bracket", 1.0)


def test_a_large_honest_sheet_passes_the_cell_scan(tmp_path):
    """The streaming scan only refuses excess: 30,000 cells spread over rows pass it."""
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>part {n}</t></is></c>'
                   f'<c r="B{n}"><v>{n}</v></c>{"<c/>" * 40}</row>' for n in range(3, 3000))
    body = TABLE + rows + " " * (5 * 1024 * 1024)  # over the size that triggers the scan
    result = read_bom(workbook(tmp_path / "big.xlsx", body))
    assert len(result.product.variants[0].components) == 1 + 2997


def test_a_dimension_that_claims_too_few_rows_drops_none(tmp_path):
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>part {n}</t></is></c>'
                   f'<c r="B{n}"><v>{n}</v></c></row>' for n in range(3, 8))
    result = read_bom(workbook(tmp_path / "short.xlsx", TABLE + rows, dim="A1:B2"))
    names = [c.name for c in result.product.variants[0].components]
    assert names[-5:] == [f"part {n}" for n in range(3, 8)]
