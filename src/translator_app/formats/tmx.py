"""TMX 1.4b: streamed reading and writing of translation memories, inline tags mapped both ways.

Our protected tags map to TMX inline elements: ``<gN>…</gN>`` to ``<bpt i="N" x="N">`` … ``<ept i="N">``, an
unpaired ``<gN>`` or ``</gN>`` to ``<it pos="begin|end" x="N">``, ``<xN/>`` to ``<ph x="N">``. On reading, the
``x`` attribute (which links a code across languages) gives the number, ``<hi>`` becomes a ``<g>`` pair and
``<ut>`` a standalone tag. The approval and the neighbouring sources travel as ``x-`` properties.
Reading and writing both stream, so a million-unit file needs memory for one unit at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from translator_app.domain.matching import TmUnit
from translator_app.domain.tags import TagKind, find_tags
from translator_app.formats.safe_xml import XML_LANG, iterate

CREATION_TOOL = "Release Translator"
TOOL_VERSION = "0.1"
DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
_DATE = "%Y%m%dT%H%M%SZ"
_PROGRESS_EVERY = 1000


@dataclass
class TmxEntry:
    """One ``<tu>``: its text per language (with our tags) and what it says about itself."""

    srclang: str
    variants: dict[str, str] = field(default_factory=dict)
    approved: bool = False
    context_before: str = ""
    context_after: str = ""
    created_by: str = ""
    created_at: datetime | None = None
    updated_by: str = ""
    updated_at: datetime | None = None


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, _DATE).replace(tzinfo=UTC)
    except ValueError:
        return None


def _stamp(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime(_DATE) if moment is not None else None


class _Numbers:
    """Tag numbers for one segment: the ``x`` links when present, fresh numbers otherwise."""

    def __init__(self) -> None:
        self.used: set[int] = set()
        self.pairs: dict[str, int] = {}

    def take(self, x: str | None) -> int:
        if x is not None and x.isdigit() and int(x) not in self.used:
            number = int(x)
        else:
            number = max(self.used, default=0) + 1
        self.used.add(number)
        return number


def seg_text(seg: etree._Element) -> str:
    """The text of a ``<seg>`` with inline codes turned into our protected tags."""
    numbers = _Numbers()
    return _inline(seg, numbers)


def _inline(element: etree._Element, numbers: _Numbers) -> str:
    parts = [element.text or ""]
    for child in element:
        name = child.tag if isinstance(child.tag, str) else ""
        if name == "bpt":
            number = numbers.take(child.get("x") or child.get("i"))
            numbers.pairs[child.get("i", "")] = number
            parts.append(f"<g{number}>")
        elif name == "ept":
            number = numbers.pairs.get(child.get("i", ""), 0) or numbers.take(None)
            parts.append(f"</g{number}>")
        elif name == "it":
            number = numbers.take(child.get("x"))
            parts.append(f"<g{number}>" if child.get("pos") == "begin" else f"</g{number}>")
        elif name == "hi":
            number = numbers.take(child.get("x"))
            parts.append(f"<g{number}>{_inline(child, numbers)}</g{number}>")
        elif name in ("ph", "ut"):
            parts.append(f"<x{numbers.take(child.get('x'))}/>")
        parts.append(child.tail or "")
    return "".join(parts)


def read_tmx(path: Path, name: str, progress: Callable[[int, int], None] | None = None) -> Iterator[TmxEntry]:
    """The ``<tu>`` elements of a TMX file, one at a time; malformed or unsafe XML raises BAD_INPUT."""
    total = path.stat().st_size
    srclang = ""
    with path.open("rb") as stream:
        count = 0
        for element in iterate(stream, name, ("header", "tu", "tmx"), root=("tmx",), not_root="not-tmx"):
            if element.tag in ("tmx", "header"):
                srclang = element.get("srclang", "") if element.tag == "header" else srclang
                continue
            entry = _entry(element, srclang)
            if entry.variants:
                yield entry
            count += 1
            if progress is not None and count % _PROGRESS_EVERY == 0:
                progress(stream.tell(), total)
    if progress is not None:
        progress(total, total)


def _entry(tu: etree._Element, srclang: str) -> TmxEntry:
    entry = TmxEntry(
        srclang=tu.get("srclang") or srclang,
        created_by=tu.get("creationid", ""),
        created_at=_date(tu.get("creationdate")),
        updated_by=tu.get("changeid", ""),
        updated_at=_date(tu.get("changedate")),
    )
    for child in tu:
        if child.tag == "prop":
            kind, value = child.get("type", ""), child.text or ""
            if kind == "x-approved":
                entry.approved = value.strip().lower() in ("yes", "true", "1")
            elif kind == "x-context-before":
                entry.context_before = value
            elif kind == "x-context-after":
                entry.context_after = value
        elif child.tag == "tuv":
            lang = child.get(XML_LANG) or child.get("lang") or ""
            seg = child.find("seg")
            if lang and seg is not None:
                entry.variants[lang] = seg_text(seg)
    return entry


def _seg(parent: etree._Element, text: str) -> None:
    """Our protected tags as TMX inline codes inside a new ``<seg>``."""
    seg = etree.SubElement(parent, "seg")
    tags = find_tags(text)
    opened = {t.number for t in tags if t.kind is TagKind.OPEN}
    closed = {t.number for t in tags if t.kind is TagKind.CLOSE}
    last: etree._Element | None = None
    position = 0

    def put_text(piece: str) -> None:
        if last is None:
            seg.text = (seg.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece

    for tag in tags:
        put_text(text[position : tag.start])
        position = tag.end
        number = str(tag.number)
        if tag.kind is TagKind.STANDALONE:
            last = etree.SubElement(seg, "ph", x=number)
        elif tag.kind is TagKind.OPEN and tag.number in closed:
            last = etree.SubElement(seg, "bpt", i=number, x=number)
        elif tag.kind is TagKind.CLOSE and tag.number in opened:
            last = etree.SubElement(seg, "ept", i=number)
        else:
            last = etree.SubElement(seg, "it", pos="begin" if tag.kind is TagKind.OPEN else "end", x=number)
        last.text = tag.text
    put_text(text[position:])


def _tu(unit: TmUnit) -> etree._Element:
    attributes = {
        "creationid": unit.created_by,
        "creationdate": _stamp(unit.created_at),
        "changeid": unit.updated_by,
        "changedate": _stamp(unit.updated_at),
    }
    tu = etree.Element("tu", {key: value for key, value in attributes.items() if value})
    etree.SubElement(tu, "prop", type="x-approved").text = "yes" if unit.approved else "no"
    if unit.context_before:
        etree.SubElement(tu, "prop", type="x-context-before").text = unit.context_before
    if unit.context_after:
        etree.SubElement(tu, "prop", type="x-context-after").text = unit.context_after
    for lang, text in ((unit.source_lang, unit.source), (unit.target_lang, unit.target)):
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
        _seg(tuv, text)
    return tu


def write_tmx(path: Path, units: Iterable[TmUnit], source_lang: str) -> int:
    """Write ``units`` as TMX 1.4b (valid against the TMX 1.4 DTD), streamed; returns the count."""
    count = 0
    with etree.xmlfile(str(path), encoding="utf-8") as xf:
        xf.write_declaration()
        xf.write_doctype(DOCTYPE)
        with xf.element("tmx", version="1.4"):
            header = etree.Element(
                "header",
                creationtool=CREATION_TOOL,
                creationtoolversion=TOOL_VERSION,
                segtype="sentence",
                adminlang="en",
                srclang=source_lang,
                datatype="plaintext",
                creationdate=datetime.now(UTC).strftime(_DATE),
            )
            header.set("o-tmf", "translator-app")
            xf.write(header, pretty_print=True)
            with xf.element("body"):
                for unit in units:
                    xf.write(_tu(unit), pretty_print=True)
                    count += 1
    return count
