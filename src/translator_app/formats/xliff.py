"""XLIFF 2.1 for a translator working in another tool: a release out, its targets and states back in.

One ``<file>`` per release (its id in ``file/@id`` as ``release-N``), one ``<unit>`` per block, one
``<segment>`` per segment (``s`` + the segment id, so a returned file names what it changes). Inline
tags become ``<pc>`` (a ``<gN>`` pair) and ``<ph>`` (an ``<xN/>``) with ids ``<segment id>-<N>``, unique
in the unit;
what the format kept for a tag goes into ``<originalData>`` through ``dataRef``. Statuses map to XLIFF states
(a rejection kept as ``subState="rt:rejected"``), comments to ``<notes>``. Each unit's ``rt:versions``
attribute (``<segment id>:<version>`` pairs, allowed on ``<unit>`` by the core schema) records what each
segment was at export, so that a merge can tell work done in the app since then from the file's. Reading
goes through :mod:`safe_xml`: entity declarations are refused before parsing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from lxml import etree

from translator_app.domain.models import Block, Comment, Release, Segment, SegmentStatus
from translator_app.domain.tags import TagKind, check_tags, find_tags
from translator_app.formats import safe_xml
from translator_app.formats.inline import json_object

NS = "urn:oasis:names:tc:xliff:document:2.0"
RT = "urn:translator-app:xliff"
_X = f"{{{NS}}}"
_FILE_ID = re.compile(r"^release-(\d+)$")
_SEGMENT_ID = re.compile(r"^s(\d+)$")
_INLINE_ID = re.compile(r"^(\d+)-(\d+)$")
_VERSION = re.compile(r"^(\d+):(\d+)$")
VERSIONS = f"{{{RT}}}versions"
REJECTED = "rt:rejected"

STATES = {
    SegmentStatus.NEW: "initial",
    SegmentStatus.DRAFT: "initial",
    SegmentStatus.TRANSLATED: "translated",
    SegmentStatus.APPROVED: "final",
    SegmentStatus.REJECTED: "translated",
}


def state_of(status: SegmentStatus) -> tuple[str, str]:
    """The XLIFF ``state`` and ``subState`` a status is written as."""
    return STATES[status], REJECTED if status is SegmentStatus.REJECTED else ""


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
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


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
            note.set(f"{{{RT}}}segment", f"s{segment.id}")
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
        if segment.target or not segment.translatable:
            target = etree.SubElement(element, _X + "target")
            text = segment.target if segment.translatable else segment.source
            _fill(target, text, segment.id or 0, data[index], wrap=not segment.translatable)


def _fill(parent: etree._Element, text: str, segment_id: int, data: dict[int, str], wrap: bool) -> None:
    """Write tagged text as XLIFF inline content; unbalanced tags stay literal text rather than guess."""
    if wrap and parent.getparent() is not None:
        parent = etree.SubElement(parent, _X + "mrk", id=f"m{segment_id}", translate="no")
    balanced = not any(f.problem == "tag-unbalanced" for f in check_tags(text, text))
    stack = [parent]
    last = None
    position = 0
    for tag in find_tags(text) if balanced else []:
        _append_text(stack[-1], last, text[position : tag.start])
        position = tag.end
        inline_id = f"{segment_id}-{tag.number}"
        ref = f"d{segment_id}-{tag.number}" if tag.number in data else None
        if tag.kind is TagKind.CLOSE:
            last = stack.pop()
            continue
        name = "pc" if tag.kind is TagKind.OPEN else "ph"
        element = etree.SubElement(stack[-1], _X + name, id=inline_id)
        if ref:
            element.set("dataRefStart" if name == "pc" else "dataRef", ref)
        if name == "pc":
            stack.append(element)
            last = None
        else:
            last = element
    _append_text(stack[-1], last, text[position:])


def _append_text(parent: etree._Element, after: etree._Element | None, text: str) -> None:
    if not text:
        return
    if after is not None:
        after.tail = (after.tail or "") + text
    elif len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


@dataclass(frozen=True)
class XliffSegment:
    """A segment as the returned file has it: source and target back in ``<gN>``/``<xN/>`` form."""

    segment_id: int
    source: str
    target: str | None
    state: str
    sub_state: str
    exported_version: int | None = None
    """The segment's version when the file was exported (None when the file does not say)."""


@dataclass(frozen=True)
class XliffFile:
    release_id: int
    source_lang: str
    target_lang: str
    segments: list[XliffSegment]


def read_xliff(data: bytes, name: str) -> XliffFile:
    """Read a returned file; BAD_INPUT ``foreign-file`` when it is not one of ours (or ``broken-tag``,
    ``corrupt``, ``unsafe-xml``)."""
    if not data.lstrip().startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        raise safe_xml.refuse("foreign-file", name)  # not XML at all: the wrong file, not a damaged one
    stream = BytesIO(data)
    safe_xml.check_prolog(stream, name)
    try:
        root = etree.parse(stream, safe_xml.parser()).getroot()
    except etree.XMLSyntaxError as error:
        raise safe_xml.refuse("corrupt", name, reason=str(error)) from error
    files = root.findall(_X + "file")
    if root.tag != _X + "xliff" or len(files) != 1:
        raise safe_xml.refuse("foreign-file", name)
    match = _FILE_ID.match(files[0].get("id", ""))
    if match is None:
        raise safe_xml.refuse("foreign-file", name)
    found = []
    versions: dict[int, int] = {}
    for unit in files[0].iter(_X + "unit"):
        for pair in (unit.get(VERSIONS) or "").split():
            version = _VERSION.match(pair)
            if version is not None:
                versions[int(version.group(1))] = int(version.group(2))
    for element in files[0].iter(_X + "segment"):
        number = _SEGMENT_ID.match(element.get("id", ""))
        source = element.find(_X + "source")
        if number is None or source is None:
            raise safe_xml.refuse("foreign-file", name)
        segment_id = int(number.group(1))
        target = element.find(_X + "target")
        found.append(
            XliffSegment(
                segment_id,
                _tagged(source, segment_id, name),
                None if target is None else _tagged(target, segment_id, name),
                element.get("state", "initial"),
                element.get("subState", ""),
                versions.get(segment_id),
            )
        )
    return XliffFile(int(match.group(1)), root.get("srcLang", ""), root.get("trgLang", ""), found)


def _tagged(element: etree._Element, segment_id: int, name: str) -> str:
    """Inline content back to ``<gN>``…``</gN>`` and ``<xN/>``; anything else is a broken tag."""
    parts = [element.text or ""]
    for child in element:
        local = safe_xml.local(child) if isinstance(child.tag, str) else ""
        if local == "mrk":
            parts.append(_tagged(child, segment_id, name))
        elif local in ("pc", "ph"):
            match = _INLINE_ID.match(child.get("id", ""))
            if match is None or int(match.group(1)) != segment_id:
                raise safe_xml.refuse("broken-tag", name, segment=segment_id, tag=child.get("id", "?"))
            tag = match.group(2)
            if local == "ph":
                if len(child) or child.text:
                    raise safe_xml.refuse("broken-tag", name, segment=segment_id, tag=child.get("id", "?"))
                parts.append(f"<x{tag}/>")
            else:
                parts.append(f"<g{tag}>{_tagged(child, segment_id, name)}</g{tag}>")
        elif isinstance(child.tag, str):
            raise safe_xml.refuse("broken-tag", name, segment=segment_id, tag=local)
        parts.append(child.tail or "")
    return "".join(parts)
