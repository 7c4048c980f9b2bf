"""Word (.docx) releases: paragraphs, tables, notes, headers and footers in, the same file with new text out.

The export starts again from the original file's bytes (``Release.original``) and only rewrites the runs of
the paragraphs that hold segments, so styles, numbering, tables, images, sections and everything this module
does not understand come back untouched. Each block's skeleton says where its paragraph is (the part, then a
path of ``[element, index among its siblings of that kind]`` steps from the part's root, e.g. ``[["body", 0],
["tbl", 1], ["tr", 0], ["tc", 2], ["p", 0]]``) and what the segment tags stand for (see ``docx_runs``).

A file is checked before any XML parser sees it: a zip of sane size (uncompressed), with the parts a Word file
has, and no ``<!DOCTYPE``/``<!ENTITY`` anywhere (entity expansion is the classic XML bomb). Footnotes and
endnotes, which python-docx does not model, are read from their part's XML and written back into the zip.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

from translator_app.domain.errors import bad_input
from translator_app.domain.models import Block, Release, Segment, SegmentKind
from translator_app.domain.segmentation import split_sentences
from translator_app.domain.tags import strip_tags
from translator_app.formats import limits
from translator_app.formats.base import TextChooser
from translator_app.formats.document import ParsedDocument
from translator_app.formats.docx_runs import read_paragraph, rebuild_paragraph, segment_paragraph
from translator_app.formats.heap import give_back_freed_memory
from translator_app.formats.safe_xml import refuse_any_doctype

__all__ = ["MAX_UNCOMPRESSED_BYTES", "DocxFormat"]

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
"""A zip that would inflate beyond this is refused before it is opened (a zip bomb, not a press release)."""
MAX_ZIP_ENTRIES = 10_000
MAX_MARKUP_SIGNS = 1_250_000
"""Tags (``<``) in all the XML of a file, counted before python-docx parses it: its trees cost about 120 bytes
a tag, and a zip of a few kilobytes can inflate to millions of empty paragraphs. Word writes about 14 tags
for a plain paragraph, so this admits some 90,000 of them (a long report has a few thousand)."""
_TRIM_EVERY = 4096
"""Blocks read between two returns of the freed tree's memory to the system (see ``heap``)."""

_NOT_XML = frozenset(("png", "jpg", "jpeg", "jfif", "gif", "bmp", "tif", "tiff", "emf", "wmf", "svg", "wdp"))
_REQUIRED = ("[Content_Types].xml", "_rels/.rels")
_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError
)
_P, _TBL = qn("w:p"), qn("w:tbl")
_CONTAINERS = frozenset(
    qn("w:" + t) for t in ("body", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "footnote", "endnote")
)
_NOTES = (RT.FOOTNOTES, RT.ENDNOTES)
_SPACES = re.compile(r"\s+")
Place = list[list[Any]]
"""Where a paragraph is: ``[local name, index among the siblings of that name]`` steps from a part's root."""


def check_package(data: bytes, name: str) -> None:
    """Refuse what is not a sane Word zip before python-docx (and lxml) reads any of it."""
    if not data:
        raise bad_input("empty", name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            inflated = sum(entry.file_size for entry in entries)
            if inflated > MAX_UNCOMPRESSED_BYTES or len(entries) > MAX_ZIP_ENTRIES:
                raise bad_input("too-large", name, size=inflated, limit=MAX_UNCOMPRESSED_BYTES)
            names = {entry.filename for entry in entries}
            if any(required not in names for required in _REQUIRED):
                raise bad_input("corrupt", name, reason="not-a-docx")
            signs = 0
            for entry in entries:
                if entry.filename.rsplit(".", 1)[-1].lower() not in _NOT_XML:
                    with archive.open(entry) as part:
                        signs += refuse_any_doctype(part, name, entry.filename)
                if signs > MAX_MARKUP_SIGNS:
                    raise bad_input("too-much-markup", name, limit=MAX_MARKUP_SIGNS)
    except _ZIP_ERRORS as error:
        reason = "damaged-zip" if data.startswith(b"PK") else "not-a-zip"
        raise bad_input("corrupt", name, reason=reason, detail=str(error)) from error


def open_docx(data: bytes, name: str) -> WordDocument:
    """The checked file opened with python-docx; any failure to read it is one clear refusal."""
    check_package(data, name)
    try:
        return docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError as error:
        raise bad_input("corrupt", name, reason="broken-xml", detail=str(error)) from error
    except Exception as error:  # python-docx reports a missing part or a foreign file in many ways
        raise bad_input("corrupt", name, reason="not-a-docx", detail=str(error)) from error


@dataclass
class _Story:
    """One part that holds text: its name, its XML root, the part (for hyperlink targets), its role."""

    partname: str
    root: Any
    part: Part
    role: str
    loose: bool = False
    """True for parts python-docx keeps as bytes (notes): the export writes their XML back itself."""


def _stories(document: WordDocument, name: str) -> Iterator[_Story]:
    """The main text first, then footnotes and endnotes, then headers and footers."""
    main = document.part
    yield _Story(str(main.partname), main.element, main, "body")
    for reltype in _NOTES:
        for rel in list(main.rels.values()):
            if rel.reltype == reltype and not rel.is_external:
                part = rel.target_part
                try:
                    root = parse_xml(part.blob)
                except etree.XMLSyntaxError as error:
                    raise bad_input("corrupt", name, reason="broken-xml", part=str(part.partname)) from error
                yield _Story(str(part.partname), root, part, "notes", loose=True)
    extra = [p for p in main.package.iter_parts() if p.content_type in (CT.WML_HEADER, CT.WML_FOOTER)]
    for part in sorted(extra, key=lambda p: (p.content_type == CT.WML_FOOTER, _natural(str(p.partname)))):
        yield _Story(str(part.partname), getattr(part, "element", None), part, "margin")


def _natural(text: str) -> list[Any]:
    return [int(bit) if bit.isdigit() else bit for bit in re.split(r"(\d+)", text)]


def _paragraphs(parent: Any, path: Place, in_table: bool = False) -> Iterator[tuple[Place, Any, bool]]:
    """Paragraphs in reading order with their paths, going into tables (nested too) and content controls.

    Each child is taken out of the tree once the caller is done with it (the tree is only read, then
    dropped), so that a long document's tree shrinks as its segments grow; paths count the children as they
    were, so they name the places in the original file.
    """
    counts: Counter[str] = Counter()
    while (child := next(parent.iterchildren(), None)) is not None:  # len() would count them all each time
        tag = child.tag
        if isinstance(tag, str):
            index = counts[tag]
            counts[tag] += 1
            if tag == _P:
                yield [*path, ["p", index]], child, in_table
            elif tag in _CONTAINERS:
                step = [etree.QName(tag).localname, index]
                yield from _paragraphs(child, [*path, step], in_table or tag == _TBL)
        parent.remove(child)


def _resolve(root: Any, path: Any) -> Any:
    """The element at ``path`` under ``root``, or None when the document has no such place."""
    node = root
    for local, index in path or []:
        if node is None:
            return None
        matches = node.findall(qn("w:" + local))
        node = matches[index] if 0 <= index < len(matches) else None
    return node if node is not None and node.tag == _P else None


@dataclass(frozen=True)
class _Style:
    name: str
    chain: tuple[str, ...]
    """The style's name and those it is based on, in lowercase."""
    numbered: bool


def _style_table(document: WordDocument) -> tuple[dict[str, _Style], _Style]:
    """Paragraph styles by id, with what their kind depends on, and the default one."""
    table: dict[str, _Style] = {}
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        chain: list[str] = []
        numbered, current = False, style
        while current is not None and len(chain) < 12:
            chain.append((current.name or "").lower())
            ppr = current.element.find(qn("w:pPr"))
            numbered = numbered or (ppr is not None and ppr.find(qn("w:numPr")) is not None)
            current = current.base_style
        table[style.style_id] = _Style(style.name or style.style_id, tuple(chain), numbered)
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    fallback = table.get(default.style_id) if default is not None else None
    return table, fallback or _Style("Normal", ("normal",), False)


def _kind(paragraph: Any, style: _Style, in_table: bool, role: str) -> SegmentKind:
    """Title and headings, list items, quotes and captions by style (and the styles it is based on)."""
    if role == "margin":
        return SegmentKind.OTHER
    if in_table:
        return SegmentKind.TABLE_CELL
    chain = style.chain
    ppr = paragraph.find(qn("w:pPr"))
    outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    num_id = ppr.find(qn("w:numPr") + "/" + qn("w:numId")) if ppr is not None else None
    if "title" in chain:
        return SegmentKind.TITLE
    if "subtitle" in chain or any(n.startswith("heading") for n in chain):
        return SegmentKind.HEADING
    if outline is not None and outline.get(qn("w:val")) not in (None, "9"):
        return SegmentKind.HEADING
    if "caption" in chain:
        return SegmentKind.CAPTION
    if any("quote" in n or "citation" in n for n in chain):
        return SegmentKind.QUOTE
    if num_id is not None:
        return SegmentKind.LIST_ITEM if num_id.get(qn("w:val")) != "0" else SegmentKind.PARAGRAPH
    if style.numbered or any(n.startswith("list") for n in chain):
        return SegmentKind.LIST_ITEM
    return SegmentKind.PARAGRAPH


def _link_urls(part: Part) -> Any:
    def url(rid: str) -> str:
        rel = part.rels.get(rid)
        return str(rel.target_ref) if rel is not None else ""

    return url


def _style_of(paragraph: Any, styles: dict[str, _Style], default: _Style) -> _Style:
    ppr = paragraph.find(qn("w:pPr"))
    ref = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return styles.get(ref.get(qn("w:val")), default) if ref is not None else default


def _replace_entries(data: bytes, replacements: dict[str, bytes]) -> bytes:
    """The zip ``data`` with some entries' bytes replaced, order and names kept."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for entry in source.infolist():
            payload = replacements.get(entry.filename)
            dest.writestr(entry, payload if payload is not None else source.read(entry))
    return out.getvalue()


class DocxFormat:
    """Word documents: read into blocks and tagged segments, written back from the original file."""

    name = "docx"
    extensions: tuple[str, ...] = (".docx",)

    def parse(self, data: bytes, name: str, source_lang: str) -> ParsedDocument:
        """Blocks in reading order, one per paragraph with text; sentences with inline formatting as tags."""
        document = open_docx(data, name)
        styles, default = _style_table(document)
        blocks: list[Block] = []
        segments: list[Segment] = []
        headline = _Headline()

        def split(text: str) -> list[str]:
            return split_sentences(text, source_lang, limits.most_pieces())

        for story in _stories(document, name):
            if story.root is None:
                continue
            urls = _link_urls(story.part)
            for path, paragraph, in_table in _paragraphs(story.root, []):
                result = segment_paragraph(read_paragraph(paragraph, urls), split)
                if result is None:
                    continue
                sentences, skeleton = result
                style = _style_of(paragraph, styles, default)
                kind = _kind(paragraph, style, in_table, story.role)
                record = {"part": story.partname, "path": path, "style": style.name, **skeleton}
                block = Block(len(blocks), kind, json.dumps(record, ensure_ascii=False))
                blocks.append(block)
                for text, separator in sentences:
                    segments.append(Segment(len(segments), block.position, text, kind, separator=separator))
                limits.check_count(len(segments), name)
                if story.role == "body":
                    headline.see(kind, sentences)
                if len(blocks) % _TRIM_EVERY == 0:
                    give_back_freed_memory()
        give_back_freed_memory()
        if not segments:
            raise bad_input("empty", name)
        return ParsedDocument(blocks, segments, headline.title(document), json.dumps({"format": "docx"}))

    def render(
        self, release: Release, blocks: list[Block], segments: list[Segment], choose: TextChooser
    ) -> bytes:
        """The original file with each block's paragraph rewritten from its chosen segment texts.

        A block none of whose segments is given is left as it was; one whose segments are all left out
        (``choose`` returns None) keeps its paragraph, its properties and objects, but no text, so tables
        keep their cells and sections their breaks.
        """
        name = release.original_name or release.title
        if not release.original:
            raise bad_input("missing-original", name)
        document = open_docx(release.original, name)
        stories = {story.partname: story for story in _stories(document, name) if story.root is not None}
        by_block: dict[int, list[Segment]] = {}
        for segment in sorted(segments, key=lambda s: s.position):
            by_block.setdefault(segment.block, []).append(segment)
        work = []
        for block in blocks:
            if not block.skeleton or block.position not in by_block:
                continue
            try:
                skeleton = json.loads(block.skeleton)
                story = stories.get(skeleton["part"])
                paragraph = _resolve(story.root if story else None, skeleton["path"])
            except (ValueError, KeyError, TypeError):
                paragraph = None
            if paragraph is None:
                raise bad_input("skeleton-mismatch", name, block=block.position)
            chosen = [(choose(segment), segment.separator) for segment in by_block[block.position]]
            work.append((paragraph, skeleton, chosen))
        for paragraph, skeleton, chosen in work:  # every place found before any is changed
            rebuild_paragraph(paragraph, skeleton, chosen)
        buffer = io.BytesIO()
        document.save(buffer)
        loose = {
            story.partname.lstrip("/"): etree.tostring(
                story.root, xml_declaration=True, encoding="UTF-8", standalone=True
            )
            for story in stories.values()
            if story.loose
        }
        return _replace_entries(buffer.getvalue(), loose) if loose else buffer.getvalue()


class _Headline:
    """The release's title, watched for while the body is read (its paragraphs are not kept for it)."""

    def __init__(self) -> None:
        self._found: dict[SegmentKind, str] = {}

    def see(self, kind: SegmentKind, sentences: list[tuple[str, str]]) -> None:
        if kind in (SegmentKind.TITLE, SegmentKind.HEADING) and kind not in self._found:
            text = _SPACES.sub(" ", " ".join(strip_tags(text) for text, _ in sentences)).strip()
            if text:
                self._found[kind] = text

    def title(self, document: WordDocument) -> str:
        """The Title paragraph, else the first heading, else the file's title property."""
        for wanted in (SegmentKind.TITLE, SegmentKind.HEADING):
            if wanted in self._found:
                return self._found[wanted]
        return _SPACES.sub(" ", document.core_properties.title or "").strip()
