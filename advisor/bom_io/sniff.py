"""Tell what a file really is and how its text is written.

The extension is only a hint: users rename files, and Excel saves CSV under any name.
We look at the bytes: a zip is a workbook, SQLite is a project, NULs mean binary, and
text is decoded as UTF-8 (with or without BOM), UTF-16 (Excel "Unicode text") or
Windows-1252, in that order.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

ZIP_MAGIC = b"PK\x03\x04"
SQLITE_MAGIC = b"SQLite format 3\x00"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls and other Office 97 files
DELIMITERS = (";", "\t", ",", "|")
SNIFF_LINES = 50
# Share of control characters above which a "text" is junk rather than a table.
BINARY_CONTROL_SHARE = 0.05

# A password-protected .xlsx is an OLE container holding these streams (MS-OFFCRYPTO).
ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"),
                     "EncryptionInfo".encode("utf-16-le"))

TEXT, XLSX, PROJECT, XLS, BINARY, EMPTY = "text", "xlsx", "project", "xls", "binary", "empty"


def kind_of(data: bytes) -> str:
    """What the bytes are: text, xlsx, project, xls, binary or empty."""
    if not data.strip():
        return EMPTY
    if data.startswith(ZIP_MAGIC):
        return XLSX
    if data.startswith(SQLITE_MAGIC):
        return PROJECT
    if data.startswith(OLE_MAGIC):
        return XLS
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return TEXT
    head = data[:65536]
    if b"\x00" in head:
        return BINARY
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    if controls > BINARY_CONTROL_SHARE * len(head):
        return BINARY
    return TEXT


def is_encrypted_office(data: bytes) -> bool:
    """A password-protected Office document (OLE container with an encrypted package)."""
    return data.startswith(OLE_MAGIC) and any(name in data for name in ENCRYPTED_STREAMS)


def decode(data: bytes) -> tuple[str, str]:
    """Decode text; return (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass  # a BOM before Windows-1252 text: trust the bytes, not the BOM
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps them so no byte is lost
        return data.decode("latin-1"), "latin-1"


@dataclass(frozen=True)
class TextShape:
    """How a delimited text is laid out."""

    delimiter: str | None
    skip_lines: int  # an Excel "sep=;" line is not part of the table


def _split(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    except csv.Error:
        return []


def _score(rows: list[list[str]]) -> tuple[int, int]:
    """(rows agreeing on the most common width, that width) for rows wider than one."""
    widths: dict[int, int] = {}
    for r in rows:
        if len(r) > 1:
            widths[len(r)] = widths.get(len(r), 0) + 1
    if not widths:
        return (0, 0)
    width = max(widths, key=lambda w: (widths[w], w))
    return (widths[width], width)


def detect_shape(text: str) -> TextShape:
    """Find the delimiter (comma, semicolon, tab, pipe) by which splits rows consistently."""
    lines = [ln for ln in text.splitlines()[:SNIFF_LINES + 1]]
    first = lines[0].strip().lower() if lines else ""
    if first.startswith("sep=") and len(first) >= 5:
        return TextShape(lines[0].strip()[4], 1)
    sample = [ln for ln in lines if ln.strip()][:SNIFF_LINES]
    best: tuple[tuple[int, int], str] | None = None
    for d in DELIMITERS:
        score = _score(_split(sample, d))
        if score[0] > 0 and (best is None or score > best[0]):
            best = (score, d)
    return TextShape(best[1] if best else None, 0)
