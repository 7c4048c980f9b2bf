"""The bilingual review table: a Word document a reviewer without the app edits and sends back.

One row per translatable segment: number, source, target, status, comments, on A4 landscape with the two text
columns taking most of the width (the header row repeats on every page). Inline tags are shown as markers
(``⟨1⟩…⟨/1⟩``, see :mod:`review_markers`) and read back as tags. The document's core ``identifier`` property
names the release and carries a checksum of the numbers and sources, so a returned table whose numbers or
sources were altered (rows moved, deleted, a source "corrected") is refused rather than applied to the wrong
segments. Each row's segment version at export, which lets a merge tell work done in the app since then from
the reviewer's, is in a custom XML part of the document (``customXml/itemN.xml``, kept by Word and
LibreOffice): a core property holds at most 255 characters, too few for a release of more than about a hundred
segments. Tables exported before carried the versions in the identifier and are still read.

Reading follows what reviewers do in Word: tracked changes are read as if accepted (each row says whether it
had any, so the merge can refuse instead), Word comments anchored in a row are that row's comments with their
author, and a line break typed in a target cell (Enter, Shift+Enter) is read as a space unless the source
itself has one. Comment cells hold one comment per line, ``author: text``; a line that was not in the
exported cell is a new comment.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field, replace

import docx
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from lxml import etree

from translator_app.domain.errors import bad_input
from translator_app.domain.models import Comment, Release, Segment
from translator_app.formats import safe_xml
from translator_app.formats.docx import open_docx
from translator_app.formats.docx_revisions import comment_ids, revised_text
from translator_app.formats.review_markers import OPEN, from_markers, pieces

HEADERS = ("#", "Source", "Target", "Status", "Comments")
WIDTHS = (Cm(1.0), Cm(9.6), Cm(9.6), Cm(2.0), Cm(4.5))
"""A4 landscape (29.7 cm) less 1.5 cm margins leaves 26.7 cm: the source and target get 72% of it."""
MARGIN = Cm(1.5)
MARKER_COLOUR = RGBColor(0x6A, 0x73, 0x7D)
_IDENTIFIER = re.compile(
    r"^translator-app review-table release=(\d+) sha256=([0-9a-f]{64})(?: versions=(\d+(?:,\d+)*))?$"
)
_TYPED_BREAK = re.compile(r"[ \t]*\n[\s]*")
MAX_ROWS = 3_000
"""Segments a review table may hold: a returned table must stay under the tags a Word file may have
(``docx.MAX_MARKUP_SIGNS``; a row takes about 100 tags, 250 with a few formatting markers), and 3,000 rows
are some 150 pages in Word. A longer release goes to another tool as XLIFF."""
VERSIONS_NS = "urn:translator-app:review-table"
_VERSIONS_TAG = f"{{{VERSIONS_NS}}}versions"


def comment_line(comment: Comment) -> str:
    return f"{comment.author}: {comment.text}".replace("\n", " ")


def checksum(rows: list[tuple[int, str]]) -> str:
    """Of the numbers and sources, in order: what the reviewer must not change."""
    text = "\n".join(f"{number}\t{source}" for number, source in rows)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_table(release: Release, segments: list[Segment], comments: dict[int, list[Comment]]) -> bytes:
    """The table for the translatable segments of ``release``, numbered as everywhere else (position + 1)."""
    rows = [s for s in segments if s.translatable]
    if len(rows) > MAX_ROWS:
        raise bad_input("table-too-long", release.title, count=len(rows), limit=MAX_ROWS)
    document = docx.Document()
    _landscape(document)
    document.add_heading(release.title, level=1)
    document.add_paragraph(
        f"{release.source_lang} → {release.target_lang}. Edit the Target column (Track Changes welcome) and "
        "add comments, in the Comments column one per line or as Word comments; do not change the # and "
        f"Source columns. Markers such as {OPEN}1\u27e9…{OPEN}/1\u27e9 stand for formatting or links: keep "
        "them around the words they belong to."
    )
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    table.autofit = False
    for cell, title in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = title
        for run in cell.paragraphs[0].runs:
            run.bold = True
    _repeat_header(table.rows[0])
    for segment in rows:
        cells = table.add_row().cells
        cells[0].text = str(segment.position + 1)
        _fill(cells[1], segment.source)
        _fill(cells[2], segment.target)
        cells[3].text = segment.status.value
        cells[4].text = "\n".join(comment_line(c) for c in comments.get(segment.id or 0, []))
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS, strict=True):
            cell.width = width
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)
    for column, width in zip(table.columns, WIDTHS, strict=True):
        column.width = width
    digest = checksum([(s.position + 1, s.source) for s in rows])
    document.core_properties.identifier = f"translator-app review-table release={release.id} sha256={digest}"
    _add_versions(document, [s.version for s in rows])
    document.core_properties.title = release.title[:255]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _add_versions(document: docx.document.Document, versions: list[int]) -> None:
    """The rows' segment versions at export, in a custom XML part related from the document."""
    root = etree.Element(_VERSIONS_TAG, nsmap={None: VERSIONS_NS})
    root.text = ",".join(str(version) for version in versions)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = document.part.package
    part = Part(package.next_partname("/customXml/item%d.xml"), "application/xml", blob, package)
    document.part.relate_to(part, RT.CUSTOM_XML)


def _read_versions(document: docx.document.Document, name: str) -> list[int] | None:
    """The versions the custom XML part lists; None when the table has no such part (older, or a tool that
    dropped it: the merge then cannot tell work done since the export and says so)."""
    for rel in document.part.rels.values():
        if rel.reltype != RT.CUSTOM_XML or rel.is_external:
            continue
        root = safe_xml.parse_bytes(rel.target_part.blob, name).getroot()
        if root.tag == _VERSIONS_TAG:
            text = (root.text or "").strip()
            if text and not re.fullmatch(r"\d+(?:,\d+)*", text):
                raise bad_input("table-altered", name)
            return [int(v) for v in text.split(",")] if text else []
    return None


def _landscape(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _fill(cell: _Cell, text: str) -> None:
    """Tagged text in a cell, the tags as grey markers."""
    paragraph = cell.paragraphs[0]
    for piece, is_marker in pieces(text):
        run = paragraph.add_run(piece)
        if is_marker:
            run.font.color.rgb = MARKER_COLOUR


@dataclass(frozen=True)
class TableRow:
    number: int
    source: str
    target: str
    comments: list[str]
    exported_version: int | None = None
    """The segment's version when the table was exported (None for a table that does not say)."""
    tracked: bool = False
    """Whether the row held tracked changes (read as accepted)."""
    word_comments: list[tuple[str, str]] = field(default_factory=list)
    """Word comments anchored in the row: ``(author, text)``."""


@dataclass(frozen=True)
class ReviewTable:
    release_id: int
    rows: list[TableRow]

    def tracked_rows(self) -> list[int]:
        return [row.number for row in self.rows if row.tracked]


def _cell_text(cell: _Cell) -> tuple[str, bool]:
    revised = revised_text(cell._tc.iterchildren(qn("w:p")))
    return from_markers(revised.text), revised.tracked


def typed_target(typed: str, source: str) -> str:
    """A line break typed in the cell is a space, unless the source has line breaks of its own."""
    if "\n" in source:
        return typed.strip("\n")
    return _TYPED_BREAK.sub(" ", typed).strip()


def read_table(data: bytes, name: str) -> ReviewTable:
    """A returned table; ``foreign-file`` when it is not one of ours, ``table-altered`` when numbers or
    sources no longer match the checksum written at export."""
    document = open_docx(data, name)
    match = _IDENTIFIER.match(document.core_properties.identifier or "")
    if match is None or not document.tables:
        raise bad_input("foreign-file", name)
    notes = {c.comment_id: (c.author, c.text.strip()) for c in document.comments if c.text.strip()}
    table = document.tables[0]
    rows: list[TableRow] = []
    for row in table.rows[1:]:
        cells = row.cells
        if len(cells) != len(HEADERS):
            raise bad_input("table-altered", name)
        texts = [_cell_text(cell) for cell in cells]
        number = texts[0][0].strip()
        if not number.isdigit():
            raise bad_input("table-altered", name)
        source = texts[1][0]
        lines = [line.strip() for line in texts[4][0].splitlines() if line.strip()]
        anchored = [notes[i] for i in comment_ids(row._tr) if i in notes]
        tracked = any(changed for _, changed in texts)
        rows.append(
            TableRow(int(number), source, typed_target(texts[2][0], source), lines, None, tracked, anchored)
        )
    if checksum([(r.number, r.source) for r in rows]) != match.group(2):
        raise bad_input("table-altered", name)
    versions = _read_versions(document, name)
    if versions is None and match.group(3):
        versions = [int(v) for v in match.group(3).split(",")]
    if versions is not None:
        if len(versions) != len(rows):
            raise bad_input("table-altered", name)
        rows = [replace(row, exported_version=v) for row, v in zip(rows, versions, strict=True)]
    return ReviewTable(int(match.group(1)), rows)


def is_review_table(data: bytes) -> bool:
    """A Word file (ZIP) rather than XML: the merge reads it as a review table."""
    return data.startswith(b"PK\x03\x04")
