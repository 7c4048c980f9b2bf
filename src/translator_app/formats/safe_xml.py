"""The one way the app reads XML from outside (TMX, TBX, XLIFF, the parts of a Word file): no entity
expansion, no DTD loading, no network, whatever the encoding.

Every document is first decoded by :mod:`xml_encoding` (byte-order mark, first bytes, declaration, as the
XML specification says) and handed to lxml as UTF-8, so the checks here see the very text lxml parses. Its
prolog, everything before the root element, is then read with a small linear scanner: an entity declaration
there (the billion-laughs bomb, an external entity pointing at a local file) refuses the document with
``BAD_INPUT``/``unsafe-xml`` before any parser sees it. A plain ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``, as
most tools write, is accepted: lxml is told never to read the DTD.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

from lxml import etree

from translator_app.domain.errors import DomainError, bad_input
from translator_app.formats.xml_encoding import Utf8Reader

PROLOG_LIMIT = 1 << 20
"""How much text before the root element is scanned (comments, a DTD's internal subset)."""
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_NAME_START = re.compile(r"<[^\W\d]|<_|<:")
_ROOT_NAME = re.compile(r"<([^\s/>]+)")
_QUOTED_OR_BRACKET = re.compile(r"""["'\[\]>]""")

refuse = bad_input
"""Kept under the name the XML readers call it by."""

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _root_start(text: str) -> int | None:
    """Where the root element starts, skipping the declaration, comments, processing instructions and a
    document type declaration (its internal subset included); ``None`` while more text is needed, ``-1`` when
    the prolog holds something else (lxml reports it)."""
    position = 0
    size = len(text)
    while True:
        while position < size and text[position] in " \t\r\n":
            position += 1
        if position >= size:
            return None
        if text.startswith("<?", position):
            end = _past(text, "?>", position + 2)
        elif text.startswith("<!--", position):
            end = _past(text, "-->", position + 4)
        elif text.startswith("<!DOCTYPE", position) or text.startswith("<!doctype", position):
            end = _doctype_end(text, position)
        elif _NAME_START.match(text, position):
            return position
        elif size - position < 9:
            return None
        else:
            return -1
        if end < 0:
            return None
        position = end


def _past(text: str, mark: str, start: int) -> int:
    found = text.find(mark, start)
    return found + len(mark) if found >= 0 else -1


def _doctype_end(text: str, start: int) -> int:
    """The index just past the ``>`` closing a document type declaration, quotes and internal subset
    skipped; -1 while it is not closed yet."""
    depth = 0
    position = start + 2
    while True:
        match = _QUOTED_OR_BRACKET.search(text, position)
        if match is None:
            return -1
        mark = match.group()
        if mark in "\"'":
            close = text.find(mark, match.end())
            if close < 0:
                return -1
            position = close + 1
            continue
        if mark == "[":
            depth += 1
        elif mark == "]":
            depth -= 1
        elif depth <= 0:
            return match.start() + 1
        position = match.end()


def _checked(reader: Utf8Reader, name: str) -> Utf8Reader:
    """Refuse entity declarations before the root element (and an empty document)."""
    seen = ""
    start: int | None = None
    while len(seen) < PROLOG_LIMIT:
        more = reader.next_text()
        if not more:
            break
        seen += more
        start = _root_start(seen)
        if start is not None:
            break
    prolog = seen[:start] if start is not None and start >= 0 else seen
    if _ENTITY.search(prolog) or (start is None and _DOCTYPE.search(seen)):
        raise refuse("unsafe-xml", name)
    if not seen.strip():
        raise refuse("empty", name)
    root = _ROOT_NAME.match(seen, start) if start is not None and start >= 0 else None
    reader.root = root.group(1).rpartition(":")[2] if root else ""
    return reader


def open_checked(stream: IO[bytes], name: str) -> Utf8Reader:
    """The document as UTF-8 text, its prolog checked; pass it to lxml with :func:`parser`."""
    return _checked(Utf8Reader(stream, name), name)


def looks_like_xml(data: bytes, name: str) -> bool:
    """True when the bytes, decoded as their XML encoding, start with markup (not the wrong file)."""
    try:
        return Utf8Reader(io.BytesIO(data[:4096]), name).next_text().lstrip().startswith("<")
    except DomainError:
        return False


_NOTHING_EXPANDED: dict[str, Any] = {
    "encoding": "utf-8",  # what Utf8Reader gives, whatever the declaration says
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,  # libxml2's own bounds on depth and text size stay on
    "remove_comments": True,
    "remove_pis": True,
}


def parser() -> etree.XMLParser:
    """A parser that expands nothing and fetches nothing, reading the UTF-8 that :class:`Utf8Reader` gives."""
    return etree.XMLParser(dtd_validation=False, **_NOTHING_EXPANDED)


def parse_stream(stream: IO[bytes], name: str) -> etree._ElementTree:
    """A whole small document (a returned XLIFF file), after the prolog check."""
    reader = open_checked(stream, name)
    try:
        return etree.parse(reader, parser())
    except etree.XMLSyntaxError as error:
        raise refuse("corrupt", name, reason=str(error)) from error


def parse_bytes(data: bytes, name: str) -> etree._ElementTree:
    return parse_stream(io.BytesIO(data), name)


def iterate(
    stream: IO[bytes],
    name: str,
    tags: tuple[str, ...],
    on_element: Callable[[], None] | None = None,
    *,
    root: tuple[str, ...] = (),
    not_root: str = "corrupt",
) -> Iterator[etree._Element]:
    """Stream the elements named ``tags`` (cleared after use, so memory stays bounded). With ``root`` (local
    names, also among ``tags``), a document whose root element is another is refused with ``not_root`` as
    soon as its prolog is read, not after reading all of it."""
    reader = open_checked(stream, name)
    if root and reader.root not in root:
        raise refuse(not_root, name)
    events = etree.iterparse(reader, events=("end",), tag=tags, **_NOTHING_EXPANDED)
    try:
        for _, element in events:
            yield element
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                parent = element.getparent()
                if parent is None:
                    break
                del parent[0]
            if on_element is not None:
                on_element()
    except etree.XMLSyntaxError as error:
        raise refuse("corrupt", name, reason=str(error)) from error


def walk(stream: IO[bytes], name: str) -> Iterator[tuple[str, etree._Element]]:
    """Every element's ``start`` and ``end`` event, after the prolog check; the caller clears what it has
    read (a returned file read as a stream instead of a tree several times its size)."""
    reader = open_checked(stream, name)
    try:
        yield from etree.iterparse(reader, events=("start", "end"), **_NOTHING_EXPANDED)
    except etree.XMLSyntaxError as error:
        raise refuse("corrupt", name, reason=str(error)) from error


def within(element: etree._Element, tag: str) -> bool:
    """Whether an ancestor of an element :func:`walk` gave has ``tag`` (Clark notation)."""
    return any(ancestor.tag == tag for ancestor in element.iterancestors())


def forget(element: etree._Element) -> None:
    """Free an element :func:`walk` has given and the siblings read before it, so that reading a file
    holds one unit at a time, not a tree several times the file's size."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def refuse_any_doctype(stream: IO[bytes], name: str, part: str) -> int:
    """For the parts of a Word file, which never have one: a document type or entity declaration anywhere
    refuses the file (read in the part's own encoding, chunk by chunk). Returns the markup signs (``<``) the
    part holds, what its tree will cost once parsed."""
    reader = Utf8Reader(stream, name)
    tail = ""
    signs = 0
    while True:
        text = reader.next_text(keep=False)
        if not text:
            return signs
        signs += text.count("<")
        window = tail + text
        if _DOCTYPE.search(window) or _ENTITY.search(window):
            raise refuse("unsafe-xml", name, part=part)
        tail = window[-16:]


def local(element: etree._Element) -> str:
    """The element's name without its namespace (TBX v3 has one, v2 none)."""
    return str(etree.QName(element).localname)
