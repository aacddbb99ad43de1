"""Bounded reading of files from strangers, before any parser sees them.

A device or pipe is refused before it is opened; a file is read to its size limit and no
further; text with a NUL byte anywhere or broken UTF-16 is refused naming the row; every
XML part of a workbook besides its worksheets (those have their own scan in
`advisor.bom_io.reader`) is size-checked while it is unpacked, before openpyxl parses it.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from pathlib import Path

from advisor.bom_io import sniff
from advisor.errors import InputError, Problem
from advisor.i18n import fmt_number


def _problem(code: str, message: str, fname: str, row: int | None = 1,
             **params: object) -> Problem:
    return Problem(code, message, file=fname, row=row, params=params)


def read_regular_file(path: Path, fname: str, limit: int) -> bytes:
    """The bytes of an ordinary file, read to at most `limit`.

    A device (`/dev/zero`), a pipe or a socket is refused before it is opened: reading
    one never ends, or blocks. The size is checked on what is read, not on what the file
    claims, so a file that grows while it is read is refused too.
    """
    if not stat.S_ISREG(path.stat().st_mode):
        raise InputError(_problem("input_not_regular", "This is not an ordinary file", fname,
                                  None))
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(_problem("file_too_large", "File too large", fname, None,
                                  size_mb=round(len(data) / 1e6),
                                  limit_mb=limit // 10**6))
    return data


def text_damage(data: bytes) -> tuple[str, int] | None:
    """(code, row) of the first damage in a text file, or None.

    A NUL byte anywhere in text that is not UTF-16 (not only in the first 64 KiB that
    `kind_of` looks at) is damage; UTF-16 text (with its byte-order mark) must have an
    even length and decode, else its rows would be garbled into nonsense errors.
    """
    if sniff.kind_of(data) != sniff.TEXT:
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _utf16_damage(data)
    nul = data.find(b"\x00")
    if nul >= 0:
        return "text_nul", data.count(b"\n", 0, nul) + 1
    return None


def _utf16_damage(data: bytes) -> tuple[str, int] | None:
    codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
    body = data[2:]
    if len(body) % 2:
        return "utf16_odd_length", _utf16_line(body, codec, len(body) - 1)
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        return "utf16_invalid", _utf16_line(body, codec, exc.start)
    nul = text.find("\x00")
    if nul >= 0:
        return "text_nul", text.count("\n", 0, nul) + 1
    return None


def _utf16_line(body: bytes, codec: str, offset: int) -> int:
    """The row of a byte offset in UTF-16 text (the part before it decoded leniently)."""
    head = body[:offset - offset % 2].decode(codec, errors="replace")
    return head.count("\n") + 1


def refuse_hostile_text(data: bytes, fname: str) -> None:
    """Refuse text with a NUL byte anywhere, and UTF-16 text that is cut off or damaged,
    naming the row where it happens (`text_damage`)."""
    found = text_damage(data)
    if found is None:
        return
    code, line = found
    messages = {"text_nul": "The text holds a NUL byte",
                "utf16_odd_length": "UTF-16 text with an odd number of bytes",
                "utf16_invalid": "Invalid UTF-16 text"}
    raise InputError(_problem(code, messages[code], fname, line))


# Every part of a workbook besides its worksheets is scanned (streaming, in C) before
# openpyxl parses it: styles.xml becomes one Python object per element (a million
# <xf/> elements, 53 MB, take 0.8 GB) and sharedStrings.xml one string per <si> (three
# million, 0.5 GB). Real workbooks stay far below: Excel itself allows 64,000 styles.
MAX_XML_PART_BYTES = 16 * 1024 * 1024
CHUNK = 1024 * 1024
MAX_PART_ELEMENTS = 250_000
MAX_SHARED_STRINGS = 3_000_000
XML_PARTS = (".xml", ".rels", ".vml")
_ELEMENT = re.compile(rb"<[A-Za-z_]")
_SI_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")


def check_workbook_parts(data: bytes, infos: list[zipfile.ZipInfo], fname: str,
                         max_unzipped: int) -> None:
    """Size-check every XML part outside the worksheets; refuse a DTD in any of them."""
    parts = [i for i in infos if i.filename.lower().endswith(XML_PARTS)
             and not i.filename.startswith("xl/worksheets/")]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in parts:
                if info.file_size > max_unzipped:
                    raise _part_too_large(info.filename, max_unzipped, fname)
                _scan_part(zf, info, fname)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError,
            NotImplementedError) as exc:
        raise InputError(_problem("xlsx_unreadable", f"Damaged workbook ({exc})", fname,
                                  reason=str(exc))) from None


def _part_too_large(part: str, limit: int, fname: str) -> InputError:
    return InputError(_problem("xlsx_part_too_large", "A part of the workbook is too large",
                               fname, part=part, limit_mb=limit // 10**6))


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, fname: str) -> None:
    """Count a part's elements while unpacking it; the limits follow from its root
    element (shared strings may be many, any other part holds few)."""
    size = elements = strings = 0
    root = b""
    carry = b""
    with zf.open(info) as src:
        while chunk := src.read(CHUNK):
            size += len(chunk)
            chunk, cut = carry + chunk, (carry + chunk).rfind(b"<")
            chunk, carry = (chunk[:cut], chunk[cut:]) if cut >= 0 else (chunk, b"")
            if b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk:
                raise InputError(_problem("xlsx_dtd", "A part declares a DTD", fname,
                                          part=info.filename))
            if not root:
                found = _ROOT.search(chunk.replace(b"<?", b"  "))
                root = found.group(1) if found else b""
            elements += len(_ELEMENT.findall(chunk))
            shared = root == b"sst"
            strings += len(_SI_TAG.findall(chunk)) if shared else 0
            if not shared and size > MAX_XML_PART_BYTES:
                raise _part_too_large(info.filename, MAX_XML_PART_BYTES, fname)
            limit = MAX_SHARED_STRINGS if shared else MAX_PART_ELEMENTS
            if (strings > MAX_SHARED_STRINGS
                    or not shared and root != b"worksheet" and elements > MAX_PART_ELEMENTS):
                raise InputError(_problem(
                    "xlsx_too_many_items", "A part of the workbook holds too many entries",
                    fname, part=info.filename, limit=limit,
                    limit_nl=fmt_number(limit, "nl", 0)))
