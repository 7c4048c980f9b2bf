"""XLIFF 2.1 for a translator working in another tool: a release out, its targets and states back in.

One ``<file>`` per release (its id in ``file/@id`` as ``release-N``), one ``<unit>`` per block, one
``<segment>`` per segment (``s`` + the segment id, so a returned file names what it changes). Inline
tags become ``<pc>`` (a ``<gN>`` pair) and ``<ph>`` (an ``<xN/>``) with ids ``<segment id>-<N>``, unique
in the unit;
what the format kept for a tag goes into ``<originalData>`` through ``dataRef``. Statuses map to XLIFF states
(a rejection kept as ``subState="rt:rejected"``), comments to ``<notes>``. Each unit's ``rt:versions``
attribute (``<segment id>:<version>`` pairs, allowed on ``<unit>`` by the core schema) records what each
segment was at export, so that a merge can tell work done in the app since then from the file's. Reading
goes through :mod:`safe_xml`: entity declarations are refused before parsing. Whitespace and layout follow
:mod:`xliff_common`: nothing is added inside a ``source`` or ``target``, and ``xml:space`` decides how the
merge reads them. Notes come back from the unit's ``<notes>`` and from a ``<notes>`` inside the segment (where
translate-toolkit writes them); an XLIFF 1.2 file is handed to :mod:`xliff12`.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from typing import Any

from lxml import etree

from translator_app.domain.models import Block, Comment, Release, Segment
from translator_app.domain.tags import Tag, TagKind
from translator_app.formats import safe_xml, xliff12
from translator_app.formats.inline import json_object
from translator_app.formats.xliff_common import (
    RT,
    XML_SPACE,
    ReturnedNote,
    XliffFile,
    XliffSegment,
    fill_inline,
    needs_preserve,
    preserved,
    read_inline,
    serialise,
)
from translator_app.formats.xliff_states import state_of

__all__ = ["XliffFile", "XliffSegment", "read_xliff", "state_of", "write_xliff"]

NS = "urn:oasis:names:tc:xliff:document:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
_X = f"{{{NS}}}"
_FILE, _UNIT = _X + "file", _X + "unit"
_FILE_ID = re.compile(r"^release-(\d+)$")
_SEGMENT_ID = re.compile(r"^s(\d+)$")
_INLINE_ID = re.compile(r"^(\d+)-(\d+)$")
_VERSION = re.compile(r"^(\d+):(\d+)$")
VERSIONS = f"{{{RT}}}versions"
NOTE_SEGMENT = f"{{{RT}}}segment"
NOTE_AUTHOR = f"{{{RT}}}author"
LEAVES = frozenset({"source", "target", "note", "data"})
AUTHOR_META = ("author", "translator", "contact-name", "creator")


def tag_data(info: dict[str, Any], index: int) -> dict[int, str]:
    """What the format kept for each tag of the ``index``-th segment of a block (``info``: its skeleton read
    with ``json_object``), as JSON text by number."""
    table: Any = None
    if isinstance(info.get("tags"), list) and index < len(info["tags"]):
        entry = info["tags"][index]
        table = {**entry.get("g", {}), **entry.get("x", {})} if isinstance(entry, dict) else None
    elif isinstance(info.get("segments"), list) and index < len(info["segments"]):
        entry = info["segments"][index]
        table = entry.get("tags") if isinstance(entry, dict) else None
    if not isinstance(table, dict):
        return {}
    return {int(n): json.dumps(m, ensure_ascii=False) for n, m in table.items() if str(n).isdigit()}


def write_xliff(
    release: Release, blocks: list[Block], segments: list[Segment], comments: dict[int, list[Comment]]
) -> bytes:
    """The release as an XLIFF 2.1 document (every live segment, whatever its status)."""
    root = etree.Element(_X + "xliff", nsmap={None: NS, "rt": RT})
    root.set("version", "2.1")
    root.set("srcLang", release.source_lang)
    root.set("trgLang", release.target_lang)
    file = etree.SubElement(root, _X + "file", id=f"release-{release.id}")
    file.set("original", release.original_name or release.title)
    by_block: dict[int, list[Segment]] = {}
    for segment in segments:
        by_block.setdefault(segment.block, []).append(segment)
    block_at = {block.position: block for block in blocks}
    for number, members in sorted(by_block.items()):
        _unit(file, number, block_at.get(number), members, comments)
    return serialise(root, LEAVES)


def _unit(
    file: etree._Element,
    number: int,
    block: Block | None,
    members: list[Segment],
    comments: dict[int, list[Comment]],
) -> None:
    unit = etree.SubElement(file, _X + "unit", id=f"u{number}")
    unit.set(VERSIONS, " ".join(f"{s.id}:{s.version}" for s in members))
    if not any(s.translatable for s in members):
        unit.set("translate", "no")
    notes = [(s, c) for s in members for c in comments.get(s.id or 0, [])]
    if notes:
        holder = etree.SubElement(unit, _X + "notes")
        for segment, comment in notes:
            note = etree.SubElement(holder, _X + "note", id=f"n{comment.id}", category="comment")
            note.set(NOTE_SEGMENT, f"s{segment.id}")
            note.set(NOTE_AUTHOR, comment.author)
            note.text = f"{comment.author}: {comment.text}"
    info = json_object(block.skeleton) if block is not None else {}
    data = {index: tag_data(info, index) for index in range(len(members))}
    if any(data.values()):
        original = etree.SubElement(unit, _X + "originalData")
        for index, segment in enumerate(members):
            for tag, markup in sorted(data[index].items()):
                etree.SubElement(original, _X + "data", id=f"d{segment.id}-{tag}").text = markup
    for index, segment in enumerate(members):
        element = etree.SubElement(unit, _X + "segment", id=f"s{segment.id}")
        state, sub_state = state_of(segment.status)
        element.set("state", state)
        if sub_state:
            element.set("subState", sub_state)
        source = etree.SubElement(element, _X + "source")
        _fill(source, segment.source, segment.id or 0, data[index], wrap=not segment.translatable)
        if needs_preserve(segment.source):
            source.set(XML_SPACE, "preserve")
        if segment.target or not segment.translatable:
            target = etree.SubElement(element, _X + "target")
            text = segment.target if segment.translatable else segment.source
            _fill(target, text, segment.id or 0, data[index], wrap=not segment.translatable)
            if needs_preserve(text):
                target.set(XML_SPACE, "preserve")


def _fill(parent: etree._Element, text: str, segment_id: int, data: dict[int, str], wrap: bool) -> None:
    """Write tagged text as XLIFF 2 inline content (``<pc>``, ``<ph>``), inside a ``translate="no"``
    ``<mrk>`` for a segment not to translate."""
    if wrap and parent.getparent() is not None:
        parent = etree.SubElement(parent, _X + "mrk", id=f"m{segment_id}", translate="no")

    def element_for(holder: etree._Element, tag: Tag) -> etree._Element:
        paired = tag.kind is TagKind.OPEN
        element = etree.SubElement(holder, _X + ("pc" if paired else "ph"), id=f"{segment_id}-{tag.number}")
        if tag.number in data:
            element.set("dataRefStart" if paired else "dataRef", f"d{segment_id}-{tag.number}")
        return element

    fill_inline(parent, text, element_for)


def read_xliff(data: bytes, name: str) -> XliffFile:
    """Read a returned file, XLIFF 2.x or 1.2, one unit at a time; BAD_INPUT ``foreign-file`` when it is not
    one of ours (or ``broken-tag``, ``corrupt``, ``unsafe-xml``)."""
    if not safe_xml.looks_like_xml(data, name):
        raise safe_xml.refuse("foreign-file", name)  # not XML at all: the wrong file, not a damaged one
    return _read_streamed(data, name)


class _Streamed:
    """What an XLIFF 2 file read unit by unit has given so far."""

    def __init__(self) -> None:
        self.root: etree._Element | None = None
        self.files: list[str] = []
        self.author = ""
        self.found: list[XliffSegment] = []
        self.notes: list[ReturnedNote] = []
        self.versions: dict[int, int] = {}

    def take_unit(self, unit: etree._Element, name: str) -> None:
        """The unit's segments and notes (``rt:versions`` and the author are applied at the end)."""
        for pair in (unit.get(VERSIONS) or "").split():
            version = _VERSION.match(pair)
            if version is not None:
                self.versions[int(version.group(1))] = int(version.group(2))
        members: list[int] = []
        for element in unit.iter(_X + "segment"):
            number = _SEGMENT_ID.match(element.get("id", ""))
            source = element.find(_X + "source")
            if number is None or source is None:
                raise safe_xml.refuse("foreign-file", name)
            segment_id = int(number.group(1))
            members.append(segment_id)
            target = element.find(_X + "target")
            self.found.append(
                XliffSegment(
                    segment_id,
                    _tagged(source, segment_id, name),
                    None if target is None else _tagged(target, segment_id, name),
                    element.get("state", "initial"),
                    element.get("subState", ""),
                    None,
                    preserved(source) and (target is None or preserved(target)),
                )
            )
            self.notes += _notes(element.find(_X + "notes"), (segment_id,), "")
        self.notes += _notes(unit.find(_X + "notes"), tuple(members), "")

    def take_meta(self, meta: etree._Element) -> None:
        if not self.author and meta.get("type", "").lower() in AUTHOR_META and (meta.text or "").strip():
            self.author = (meta.text or "").strip()

    def result(self, name: str) -> XliffFile:
        root = self.root
        match = _FILE_ID.match(self.files[0]) if len(self.files) == 1 else None
        if root is None or match is None:
            raise safe_xml.refuse("foreign-file", name)
        for index, segment in enumerate(self.found):  # one at a time: never two lists of them
            self.found[index] = replace(segment, exported_version=self.versions.get(segment.segment_id))
        notes = [note if note.author else replace(note, author=self.author) for note in self.notes]
        return XliffFile(
            int(match.group(1)),
            root.get("srcLang", ""),
            root.get("trgLang", ""),
            self.found,
            notes,
            root.get("version", ""),
        )


def _read_streamed(data: bytes, name: str) -> XliffFile:
    """The file read unit by unit, each unit freed once read: a returned file of 200,000 segments took half a
    gigabyte as a tree. A 1.2 root hands the rest of the stream to :mod:`xliff12`."""
    read = _Streamed()
    events = safe_xml.walk(io.BytesIO(data), name)
    for event, element in events:
        if read.root is None:
            if element.tag == xliff12.ROOT:
                return xliff12.read_events(events, element, name)
            if element.tag != _X + "xliff":
                raise safe_xml.refuse("foreign-file", name)
            read.root = element
        elif event == "start":
            if element.tag == _X + "file" and element.getparent() is read.root:
                read.files.append(element.get("id", ""))
        elif element.tag == f"{{{MDA}}}meta" and safe_xml.within(element, _FILE):
            read.take_meta(element)
        elif element.tag == _UNIT and safe_xml.within(element, _FILE) and not safe_xml.within(element, _UNIT):
            read.take_unit(element, name)
            safe_xml.forget(element)
        elif element.tag == _X + "group" and safe_xml.within(element, _FILE):
            safe_xml.forget(element)  # units other tools put in groups: the emptied groups go too
    return read.result(name)


def _notes(holder: etree._Element | None, members: tuple[int, ...], author: str) -> list[ReturnedNote]:
    """The notes of a ``<notes>``: on the segment ``rt:segment`` names, else on ``members``."""
    if holder is None:
        return []
    found = []
    for note in holder.iter(_X + "note"):
        text = "".join(note.itertext()).strip()
        named = _SEGMENT_ID.match(note.get(NOTE_SEGMENT, ""))
        if not text or (named is None and not members):
            continue
        targets = (int(named.group(1)),) if named is not None else members
        found.append(ReturnedNote(targets, text, note.get(NOTE_AUTHOR, "") or author, note.get("id", "")))
    return found


def _tagged(element: etree._Element, segment_id: int, name: str) -> str:
    """Inline content back to ``<gN>``…``</gN>`` and ``<xN/>``; anything else is a broken tag."""

    def number_of(child: etree._Element) -> int:
        match = _INLINE_ID.match(child.get("id", ""))
        if match is None or int(match.group(1)) != segment_id:
            raise safe_xml.refuse("broken-tag", name, segment=segment_id, tag=child.get("id", "?"))
        return int(match.group(2))

    return read_inline(
        element, {"pc": "pair", "ph": "standalone", "mrk": "", "cp": "code"}, number_of, name, segment_id
    )
