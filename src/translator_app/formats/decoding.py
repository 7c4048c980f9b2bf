"""Turning a file's bytes into text, or one clear refusal: empty, binary, or an encoding we cannot read.

Scraped releases arrive as UTF-8 (with or without a BOM), UTF-16 from Windows tools, or cp1252/latin-1 from
older mail clients; line endings may be CRLF, LF or CR. The parsers see ``\\n`` only; the export puts the
original line ending back.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from enum import StrEnum

from translator_app.domain.errors import bad_input

MAX_IMPORT_BYTES = 50 * 1024 * 1024


class InputProblem(StrEnum):
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too-large"
    UNDECODABLE = "undecodable"


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    newline: str
    had_bom: bool


def _newline_of(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if crlf >= max(cr, lf) and crlf:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def decode_text(data: bytes, name: str = "") -> DecodedText:
    """Detect the encoding and line endings of a text file and return it with ``\\n`` line endings."""
    if len(data) > MAX_IMPORT_BYTES:
        raise bad_input(InputProblem.TOO_LARGE.value, name, size=len(data), limit=MAX_IMPORT_BYTES)
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    encoding = next((enc for bom, enc in boms if data.startswith(bom)), None)
    had_bom = encoding is not None
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise bad_input(InputProblem.BINARY.value, name)
        encoding = "utf-8"
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "cp1252":
            raise bad_input(InputProblem.UNDECODABLE.value, name, encoding=encoding) from None
        encoding = "latin-1"
        text = data.decode(encoding)
    if not text.strip():
        raise bad_input(InputProblem.EMPTY.value, name)
    if "\x00" in text or _looks_binary(text):
        raise bad_input(InputProblem.BINARY.value, name)
    newline = _newline_of(text)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(normalised, encoding, newline, had_bom)


def _looks_binary(text: str) -> bool:
    """Control characters other than tab, newline, form feed and CR in a noticeable share mean not text."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > max(2, len(sample) // 100)
