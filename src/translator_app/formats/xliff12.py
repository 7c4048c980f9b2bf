"""XLIFF 1.2 for the tools that read nothing newer (OmegaT, Trados, memoQ): a release out, its work back in.

One ``<file>`` per release, whose ``original`` starts with ``release-N/`` (1.2 gives a file no id), one
``<group>`` per block, one ``<trans-unit id="sN">`` per segment. Tags become ``<g id="N">`` pairs and
``<x id="N"/>`` placeholders, numbered as in the app. Statuses are target states (see :mod:`xliff_states`),
an approved segment is also ``approved="yes"``; comments are ``<note from="author">``. Each unit's version at
export rides in ``extradata="rt-version=N"``, the attribute 1.2 keeps for a tool's own data. Whitespace:
``xml:space="preserve"`` on the trans-unit where the text needs it (1.2 allows it there, not on
``source``/``target``), structure laid out between elements only; see :mod:`xliff_common`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from lxml import etree

from translator_app.domain.models import Comment, Release, Segment, SegmentStatus
from translator_app.domain.tags import Tag, TagKind
from translator_app.formats import safe_xml
from translator_app.formats.safe_xml import refuse
from translator_app.formats.xliff_common import (
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

NS = "urn:oasis:names:tc:xliff:document:1.2"
_X = f"{{{NS}}}"
ROOT = _X + "xliff"
TOOL_ID = "translator-app"
LEAVES = frozenset({"source", "target", "note"})
_ORIGINAL = re.compile(r"^release-(\d+)(?:/|$)")
_SEGMENT_ID = re.compile(r"^s(\d+)$")
_VERSION = re.compile(r"(?:^|\s)rt-version=(\d+)(?:\s|$)")
_ROLES = {"g": "pair", "x": "standalone", "mrk": ""}
ROLE_WORDS = frozenset({"translator", "developer", "programmer", "reviewer"})
"""``from`` values that name a role, not a person (translate-toolkit writes ``from="translator"``)."""


def write_xliff12(release: Release, segments: list[Segment], comments: dict[int, list[Comment]]) -> bytes:
    """The release as an XLIFF 1.2 document (every live segment, whatever its status)."""
    root = etree.Element(_X + "xliff", nsmap={None: NS})
    root.set("version", "1.2")
    file = etree.SubElement(root, _X + "file")
    file.set("original", f"release-{release.id}/{release.original_name or release.title}")
    file.set("source-language", release.source_lang)
    file.set("target-language", release.target_lang)
    file.set("datatype", "plaintext")
    file.set("tool-id", TOOL_ID)
    header = etree.SubElement(file, _X + "header")
    etree.SubElement(header, _X + "tool", {"tool-id": TOOL_ID, "tool-name": "Release Translator"})
    body = etree.SubElement(file, _X + "body")
    groups: dict[int, etree._Element] = {}
    for segment in segments:
        group = groups.get(segment.block)
        if group is None:
            group = groups[segment.block] = etree.SubElement(body, _X + "group", id=f"u{segment.block}")
            if not any(s.translatable for s in segments if s.block == segment.block):
                group.set("translate", "no")
        _trans_unit(group, segment, comments.get(segment.id or 0, []))
    return serialise(root, LEAVES)


def _trans_unit(group: etree._Element, segment: Segment, comments: list[Comment]) -> None:
    unit = etree.SubElement(group, _X + "trans-unit", id=f"s{segment.id}")
    unit.set("extradata", f"rt-version={segment.version}")
    if not segment.translatable:
        unit.set("translate", "no")
    if segment.status is SegmentStatus.APPROVED:
        unit.set("approved", "yes")
    text = segment.target if segment.translatable else segment.source
    if needs_preserve(segment.source) or needs_preserve(text):
        unit.set(XML_SPACE, "preserve")
    _fill(etree.SubElement(unit, _X + "source"), segment.source)
    if text:
        target = etree.SubElement(unit, _X + "target")
        state, qualifier = state_of(segment.status, "1.2")
        target.set("state", state)
        if qualifier:
            target.set("state-qualifier", qualifier)
        _fill(target, text)
    for comment in comments:
        note = etree.SubElement(unit, _X + "note", {"from": comment.author})
        note.text = f"{comment.author}: {comment.text}"


def _fill(parent: etree._Element, text: str) -> None:
    def element_for(holder: etree._Element, tag: Tag) -> etree._Element:
        name = "g" if tag.kind is TagKind.OPEN else "x"
        return etree.SubElement(holder, _X + name, id=str(tag.number))

    fill_inline(parent, text, element_for)


def read_events(events: Iterator[tuple[str, etree._Element]], root: etree._Element, name: str) -> XliffFile:
    """A returned 1.2 document, read from :func:`safe_xml.walk` past its root one trans-unit at a time (each
    freed once read, and each group once its units are), so memory does not grow with the file."""
    read = _Streamed(root)
    for event, element in events:
        if event == "start":
            if element.tag == _X + "file" and element.getparent() is root:
                read.take_file(element, name)
        elif element.tag == _X + "phase" and safe_xml.within(element, _X + "file"):
            read.take_phase(element)
        elif element.tag == _X + "trans-unit" and safe_xml.within(element, _X + "file"):
            read.take_unit(element, name)
            safe_xml.forget(element)
        elif element.tag == _X + "group" and safe_xml.within(element, _X + "file"):
            safe_xml.forget(element)
    return read.result(name)


class _Streamed:
    """What a 1.2 file read unit by unit has given so far."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.file: etree._Element | None = None
        self.release_id = 0
        self.author = ""
        self.segments: list[XliffSegment] = []
        self.notes: list[ReturnedNote] = []

    def take_file(self, file: etree._Element, name: str) -> None:
        """The one ``<file>``, named ``release-N/…``; a second one or another name is not one of ours."""
        match = _ORIGINAL.match(file.get("original", ""))
        if self.file is not None or match is None:
            raise refuse("foreign-file", name)
        self.file = file
        self.release_id = int(match.group(1))

    def take_phase(self, phase: etree._Element) -> None:
        """The translator named in the header's phases (``<phase contact-name=…>``), the last one wins."""
        contact = (phase.get("contact-name") or "").strip()
        if contact:
            self.author = contact

    def take_unit(self, unit: etree._Element, name: str) -> None:
        number = _SEGMENT_ID.match(unit.get("id", ""))
        source = unit.find(_X + "source")
        if number is None or source is None:
            raise refuse("foreign-file", name)
        segment_id = int(number.group(1))
        target = unit.find(_X + "target")
        version = _VERSION.search(unit.get("extradata", ""))
        self.segments.append(
            XliffSegment(
                segment_id,
                _tagged(source, segment_id, name),
                None if target is None else _tagged(target, segment_id, name),
                _state(unit, target),
                "" if target is None else target.get("state-qualifier", ""),
                int(version.group(1)) if version else None,
                preserved(source) and (target is None or preserved(target)),
            )
        )
        for note in unit.findall(_X + "note"):
            text = "".join(note.itertext()).strip()
            if text:
                written_by = note.get("from", "").strip()
                if written_by.lower() in ROLE_WORDS:
                    written_by = ""
                self.notes.append(ReturnedNote((segment_id,), text, written_by))

    def result(self, name: str) -> XliffFile:
        file = self.file
        if file is None:
            raise refuse("foreign-file", name)
        notes = [note if note.author else replace(note, author=self.author) for note in self.notes]
        return XliffFile(
            self.release_id,
            file.get("source-language", ""),
            file.get("target-language", ""),
            self.segments,
            notes,
            self.root.get("version", "1.2"),
        )


def _state(unit: etree._Element, target: etree._Element | None) -> str:
    """The target's state; without one, ``approved="yes"`` means confirmed (as translate-toolkit writes)."""
    if target is None:
        return "new"
    state = target.get("state")
    if state:
        return str(state)
    return "translated" if unit.get("approved") == "yes" else "needs-review-translation"


def _tagged(element: etree._Element, segment_id: int, name: str) -> str:
    def number_of(child: etree._Element) -> int:
        value = child.get("id", "")
        if not value.isdigit():
            raise refuse("broken-tag", name, segment=segment_id, tag=value or "?")
        return int(value)

    return read_inline(element, _ROLES, number_of, name, segment_id)
