"""Builders of the hostile corpus's bills of materials, workbooks and data packs."""

from __future__ import annotations

import os
import random
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.hostile.builders import Builder

# --------------------------------------------------------------------------
# Bills of materials
# --------------------------------------------------------------------------

BOM_HEAD = "id;parent;name;material;mass;quantity\n"



def nested_quantities(path: Path) -> Path:
    lines = [BOM_HEAD.strip(), "0;;Toren;;;1"]
    lines += [f"{i};{i - 1};Laag {i};;;10" for i in range(1, 401)]
    lines.append("blad;400;Blad;steel;0.1;1")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def nul_past_64k(path: Path) -> Path:
    rows = "".join(f"{n};;Onderdeel {n};PP;0.01;1\n" for n in range(1, 3000))
    path.write_bytes((BOM_HEAD + rows).encode() + b"9999;;Naam\x00met NUL;PP;0.01;1\n")
    assert path.stat().st_size > 65536
    return path


def utf16_odd(path: Path) -> Path:
    path.write_bytes("Naam\tMassa\nKap\t0,2\n".encode("utf-16") + b"\x41")
    return path


def utf16_bad_surrogate(path: Path) -> Path:
    path.write_bytes("Naam\tMassa\nKap\t0,2\n".encode("utf-16")
                     + "\ud800".encode("utf-16-le", "surrogatepass") + "x\n".encode("utf-16-le"))
    return path


ESCAPE_CELLS = (
    "id\tparent\tname\tmaterial\tmass\n"
    "1\t\tKast \x1b[2J\x1b[H schoon\tPP\x1b[31m rood\t0,2\n"
    "2\t1\tLink \x1b]8;;https://evil.example/\x07klik\x1b]8;;\x07\tsteel\t0,1\n"
    "3\t1\tC1 \u009b31m en \u202egnirts\u202c omgekeerd\tPP\t0,05\n"
    '4\t1\t"Regel\rover schreven"\tPP\t0,05\n')

ESCAPE_ERRORS = (
    "id\tparent\tname\tmaterial\tmassa \x1b[41m(g)\n"
    "1\t\tKast\tPP\tzwaar\x1b[2J\n")


def mkfifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


# --------------------------------------------------------------------------
# Workbooks
# --------------------------------------------------------------------------

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
       '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
       'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
       'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
         f'{_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} xmlns:r="{_R}"><sheets>'
       '<sheet name="BOM" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_R}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_R}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{_R}/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')
_SHEET = (f'<worksheet {_NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
          '<c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c>'
          '<c r="B2"><v>1</v></c></row></sheetData></worksheet>')
_STYLES = (f'<styleSheet {_NS}><fonts count="1"><font/></fonts><fills count="1"><fill>'
           '<patternFill patternType="none"/></fill></fills><borders count="1"><border/>'
           '</borders><cellXfs count="1"><xf/></cellXfs></styleSheet>')
_STRINGS = f'<sst {_NS}><si><t>name</t></si><si><t>mass</t></si><si><t>beugel</t></si></sst>'


def workbook(path: Path, styles: Callable | str = _STYLES,
             strings: Callable | str = _STRINGS) -> Path:
    """A small workbook; `styles`/`strings` are XML text or a writer of a stream."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                           ("xl/workbook.xml", _WB), ("xl/_rels/workbook.xml.rels", _WB_RELS),
                           ("xl/worksheets/sheet1.xml", _SHEET)):
            z.writestr(name, text)
        for name, part in (("xl/styles.xml", styles), ("xl/sharedStrings.xml", strings)):
            if isinstance(part, str):
                z.writestr(name, part)
            else:
                with z.open(name, "w", force_zip64=True) as stream:
                    part(stream)
    return path


def styles_bomb(path: Path) -> Path:
    """xl/styles.xml of 2.5 million varied <xf> elements (110 MB, 25 MB packed): over 1 GiB
    once openpyxl holds them as objects."""
    rng = random.Random(8)

    def write(stream) -> None:
        stream.write(f'<styleSheet {_NS}><cellXfs count="2500000">'.encode())
        for _ in range(2500):
            stream.write(b"".join(b'<xf numFmtId="%d" fontId="0" xfId="%d"/>'
                                  % (rng.randrange(200), rng.randrange(10**9))
                                  for _ in range(1000)))
        stream.write(b"</cellXfs></styleSheet>")
    return workbook(path, styles=write)


def shared_strings_bomb(path: Path) -> Path:
    """xl/sharedStrings.xml with 8 million short strings (over 1 GiB when openpyxl reads it)."""
    rng = random.Random(9)

    def write(stream) -> None:
        stream.write(f'<sst {_NS}>'.encode())
        for _ in range(8000):
            stream.write(b"".join(b"<si><t>%x</t></si>" % rng.randrange(16**6)
                                  for _ in range(1000)))
        stream.write(b"</sst>")
    return workbook(path, strings=write)


# Slow to build (seconds each): made once per test session (tests/hostile/conftest.py).
styles_bomb.expensive = True
shared_strings_bomb.expensive = True


def dtd_in_styles(path: Path) -> Path:
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    styles = f'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY l0 "lol">{levels}]>' + _STYLES
    return workbook(path, styles=styles.replace("<font/>", "<font><name val='&l8;'/></font>"))


# --------------------------------------------------------------------------
# Data packs
# --------------------------------------------------------------------------

ROUTES_HEAD = "code,level,name_en,name_nl,description_en,description_nl,source\n"
MATERIALS_HEAD = "id,name_en,name_nl,family,source\n"
ROUTES_PACK_HEAD = "material_id,family,route,quality,yield,requires,regions,status,source\n"


def pack_zip(members: dict[str, str | bytes], manifest: str | None = None) -> Builder:
    def make(path: Path) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            if manifest is not None:
                z.writestr("manifest.json", manifest)
            for name, text in members.items():
                z.writestr(name, text)
        return path
    return make


def sparse_table(path: Path) -> Path:
    """A 400 MB materials.csv that takes no disk space (a sparse file)."""
    with path.open("wb") as fh:
        fh.write(MATERIALS_HEAD.encode())
        fh.truncate(400 * 1024 * 1024)
    return path


def folder_named_table(path: Path) -> Path:
    path.mkdir()
    (path / "inside.txt").write_text("a folder, not a table")
    return path


def _good_materials_zip(path: Path) -> Path:
    return pack_zip({"materials.csv": MATERIALS_HEAD + "eigen-staal,Own steel,Eigen staal,"
                                                      "ferrous,test\n" * 1})(path)


def encrypted_zip(path: Path) -> Path:
    """A pack whose table says it is encrypted (general-purpose flag bit 0)."""
    _good_materials_zip(path)
    data = bytearray(path.read_bytes())
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (at := data.find(sig, start)) >= 0:
            flags = struct.unpack_from("<H", data, at + offset)[0]
            struct.pack_into("<H", data, at + offset, flags | 0x1)
            start = at + 4
    path.write_bytes(bytes(data))
    return path


def _member_data_offset(data: bytes) -> int:
    name_len, extra_len = struct.unpack_from("<HH", data, 26)
    return 30 + name_len + extra_len


def bad_crc_zip(path: Path) -> Path:
    """A stored (uncompressed) table with one byte changed after the CRC was written."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("materials.csv", MATERIALS_HEAD + "eigen,Own,Eigen,ferrous,test\n")
    data = bytearray(path.read_bytes())
    data[_member_data_offset(data) + len(MATERIALS_HEAD) + 1] ^= 0x20
    path.write_bytes(bytes(data))
    return path


def corrupt_deflate_zip(path: Path) -> Path:
    text = MATERIALS_HEAD + "".join(f"m{i},M {i},M {i},ferrous,test\n" for i in range(300))
    pack_zip({"materials.csv": text})(path)
    data = bytearray(path.read_bytes())
    start = _member_data_offset(data)
    for i in range(start + 5, start + 40):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    return path


def long_field_zip(path: Path) -> Path:
    return pack_zip({"materials.csv": MATERIALS_HEAD + "lang,Long,Lang,ferrous,"
                     + "x" * 140_000 + "\n"})(path)


def folder_in_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("materials.csv/"), b"")
        z.writestr("materials.csv/readme.txt", "a folder")
    return path


