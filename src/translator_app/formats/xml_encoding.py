"""The encoding of an XML document, found the way the XML 1.0 specification says (appendix F), and its text
handed on as UTF-8.

Order: a byte-order mark (UTF-8, UTF-16 and UTF-32 in either byte order); else the pattern of the first four
bytes, which is ``<?xm`` written in the document's encoding (UTF-16 and UTF-32 without a mark, an ASCII-based
encoding, EBCDIC); else UTF-8. For an ASCII-based or EBCDIC document the declaration's ``encoding`` names the
exact one (``ISO-8859-1``, ``Shift_JIS``, ``IBM037``…). A 16- or 32-bit declaration in an 8-bit document, a
common slip of Windows tools, is read as UTF-8, as its bytes are.

Why decode ourselves rather than let libxml2 do it: the safety checks of :mod:`safe_xml` then look at
exactly the text the parser reads, whatever the encoding, and the parser is told the text is UTF-8 so it
cannot disagree (a UTF-16 file without a byte-order mark once slipped an entity past a byte-level check).
Python's codecs do the decoding, so a document is readable when its encoding is one Python knows; UCS-4 in
the unusual octet orders (2143, 3412) and unknown names are refused with ``unsupported-encoding``.
"""

from __future__ import annotations

import codecs
import re
from typing import IO

from translator_app.domain.errors import bad_input

CHUNK = 1 << 16
_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (b"\x00\x00\xff\xfe", ""),  # UCS-4, octet order 2143
    (b"\xfe\xff\x00\x00", ""),  # UCS-4, octet order 3412
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
_PATTERNS = (
    (b"\x00\x00\x00\x3c", "utf-32-be"),
    (b"\x3c\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x3c\x00", ""),  # UCS-4, 2143
    (b"\x00\x3c\x00\x00", ""),  # UCS-4, 3412
    (b"\x00\x3c\x00\x3f", "utf-16-be"),
    (b"\x3c\x00\x3f\x00", "utf-16-le"),
)
_EBCDIC = b"\x4c\x6f\xa7\x94"
_DECLARED = re.compile(r"""^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")
_WIDE = ("utf-16", "utf-32")


def detect(head: bytes, name: str) -> tuple[str, int]:
    """The Python codec of a document starting with ``head`` (its first 1 KB or so) and the length of its
    byte-order mark."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if not codec:
                raise bad_input("unsupported-encoding", name, encoding="UCS-4 (unusual byte order)")
            return codec, len(bom)
    for pattern, codec in _PATTERNS:
        if head.startswith(pattern):
            if not codec:
                raise bad_input("unsupported-encoding", name, encoding="UCS-4 (unusual byte order)")
            return codec, 0
    if head.startswith(_EBCDIC):
        declared = _declared(head.decode("cp037", errors="replace"))
        if declared is None:
            raise bad_input("unsupported-encoding", name, encoding="EBCDIC without an encoding declaration")
        return _codec(declared, name), 0
    declared = _declared(head.decode("latin-1"))
    if declared is None:
        return "utf-8", 0
    codec = _codec(declared, name)
    return ("utf-8" if codec.startswith(_WIDE) else codec), 0


def _declared(text: str) -> str | None:
    match = _DECLARED.match(text)
    return match.group(1) if match else None


def _codec(label: str, name: str) -> str:
    try:
        return codecs.lookup(label).name
    except LookupError:
        raise bad_input("unsupported-encoding", name, encoding=label) from None


class Utf8Reader:
    """A binary stream of the document's text in UTF-8, decoded chunk by chunk from ``raw`` (so a large
    file is never held whole); an invalid byte is a ``undecodable`` refusal naming the encoding and offset."""

    def __init__(self, raw: IO[bytes], name: str) -> None:
        head = raw.read(1024)
        self.encoding, bom = detect(head, name)
        self._raw = raw
        self._name = name
        self._decoder = codecs.getincrementaldecoder(self.encoding)("strict")
        self._first = head[bom:]
        self._offset = bom
        self._pending = bytearray()
        self._done = False
        self.root = ""
        """The root element's local name, once :mod:`safe_xml` has read the prolog."""

    def next_text(self, *, keep: bool = True) -> str:
        """The next decoded stretch of text (empty at the end), queued for :meth:`read` unless ``keep`` is
        false (a scan that only looks)."""
        if self._done:
            return ""
        chunk, self._first = (self._first, b"") if self._first else (self._raw.read(CHUNK), b"")
        final = not chunk
        try:
            text = self._decoder.decode(chunk, final=final)
        except UnicodeError as error:
            start = error.start if isinstance(error, UnicodeDecodeError) else 0
            offset = self._offset + start
            raise bad_input("undecodable", self._name, encoding=self.encoding, offset=offset) from None
        self._offset += len(chunk)
        self._done = final
        if keep:
            self._pending += text.encode("utf-8")
        return text

    def read(self, size: int = -1) -> bytes:
        """What a parser asks for: up to ``size`` bytes of UTF-8 (all that is left when ``size`` < 0)."""
        while not self._done and (size < 0 or len(self._pending) < size):
            self.next_text()
        size = len(self._pending) if size < 0 else size
        out = bytes(self._pending[:size])
        del self._pending[:size]
        return out

    def tell(self) -> int:
        """How far into the file (in its own bytes) reading has come, for progress."""
        return self._offset
