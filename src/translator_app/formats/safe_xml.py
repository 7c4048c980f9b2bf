"""Reading XML from outside (TMX, TBX) without entity expansion, network access or DTD loading.

lxml is told not to resolve entities, not to load DTDs and not to touch the network; on top of that any
file whose prolog declares an entity (the billion-laughs bomb, external entities pointing at local files)
is refused before parsing with ``BAD_INPUT``/``unsafe-xml``. A plain ``<!DOCTYPE tmx SYSTEM
"tmx14.dtd">``, as most tools write, is accepted: the DTD is never read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from translator_app.domain.errors import bad_input

_ROOT_START = re.compile(rb"<[A-Za-z_]")
_PROLOG_LIMIT = 1 << 20
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


refuse = bad_input
"""Kept under the name the XML readers call it by."""


def _decoded_head(head: bytes) -> bytes:
    """UTF-16 files are re-encoded so the byte patterns below apply to them too."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").encode("utf-8")
    return head


def check_prolog(stream: IO[bytes], name: str) -> None:
    """Refuse entity declarations before the root element; leaves the stream at its start."""
    head = text = b""
    cut = None
    while len(head) < _PROLOG_LIMIT:
        chunk = stream.read(65536)
        if not chunk:
            break
        head += chunk
        text = _decoded_head(head)
        cut = _ROOT_START.search(_strip_declarations(text))
        if cut is not None:
            break
    stream.seek(0)
    prolog = text[: cut.end()] if cut is not None else text
    if _ENTITY.search(prolog) or (cut is None and b"<!DOCTYPE" in text.upper()):
        raise refuse("unsafe-xml", name)
    if not text.strip():
        raise refuse("empty", name)


def _strip_declarations(text: bytes) -> bytes:
    """Blank out ``<?…?>``, ``<!--…-->`` and ``<!…>`` so only a real start tag is found (same length)."""
    return re.sub(
        rb"<\?.*?\?>|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^\[>]*(?:\[.*?\])?\s*>",
        lambda m: b" " * len(m.group()),
        text,
        flags=re.DOTALL,
    )


def parser() -> etree.XMLParser:
    """A parser that expands nothing and fetches nothing."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


def parse(path: Path, name: str) -> etree._ElementTree:
    """A whole small document (a glossary), after the prolog check."""
    with path.open("rb") as stream:
        check_prolog(stream, name)
        try:
            return etree.parse(stream, parser())
        except etree.XMLSyntaxError as error:
            raise refuse("corrupt", name, reason=str(error)) from error


def iterate(
    stream: IO[bytes], name: str, tags: tuple[str, ...], on_element: Callable[[], None] | None = None
) -> Iterator[etree._Element]:
    """Stream the elements named ``tags`` (cleared after use, so memory stays bounded)."""
    check_prolog(stream, name)
    events = etree.iterparse(
        stream,
        events=("end",),
        tag=tags,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
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


def local(element: etree._Element) -> str:
    """The element's name without its namespace (TBX v3 has one, v2 none)."""
    return str(etree.QName(element).localname)


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
