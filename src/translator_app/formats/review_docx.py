"""The bilingual review table: a Word document a reviewer without the app edits and sends back.

One row per translatable segment: number, source, target, status, comments. The document's core
``identifier`` property names the release and carries a checksum of the numbers and sources, so a returned
table whose numbers or sources were altered (rows moved, deleted, a source "corrected") is refused rather
than applied to the wrong segments; it also lists each row's segment version at export, so that a merge
can tell work done in the app since then from the reviewer's. Comment cells hold one comment per line,
``author: text``; a line that was not in the exported cell is a new comment.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, replace

import docx
from docx.shared import Pt

from translator_app.domain.errors import bad_input
from translator_app.domain.models import Comment, Release, Segment
from translator_app.formats.docx import open_docx

HEADERS = ("#", "Source", "Target", "Status", "Comments")
_IDENTIFIER = re.compile(
    r"^translator-app review-table release=(\d+) sha256=([0-9a-f]{64})(?: versions=(\d+(?:,\d+)*))?$"
)


def comment_line(comment: Comment) -> str:
    return f"{comment.author}: {comment.text}".replace("\n", " ")


def checksum(rows: list[tuple[int, str]]) -> str:
    """Of the numbers and sources, in order: what the reviewer must not change."""
    text = "\n".join(f"{number}\t{source}" for number, source in rows)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_table(release: Release, segments: list[Segment], comments: dict[int, list[Comment]]) -> bytes:
    """The table for the translatable segments of ``release``, numbered as everywhere else (position + 1)."""
    rows = [s for s in segments if s.translatable]
    document = docx.Document()
    document.add_heading(release.title, level=1)
    document.add_paragraph(
        f"{release.source_lang} → {release.target_lang}. Edit the Target column and add comments, one per "
        "line; do not change the # and Source columns."
    )
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = title
    for segment in rows:
        cells = table.add_row().cells
        cells[0].text = str(segment.position + 1)
        cells[1].text = segment.source
        cells[2].text = segment.target
        cells[3].text = segment.status.value
        cells[4].text = "\n".join(comment_line(c) for c in comments.get(segment.id or 0, []))
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)
    digest = checksum([(s.position + 1, s.source) for s in rows])
    versions = ",".join(str(s.version) for s in rows)
    document.core_properties.identifier = (
        f"translator-app review-table release={release.id} sha256={digest}"
        + (f" versions={versions}" if rows else "")
    )
    document.core_properties.title = release.title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class TableRow:
    number: int
    source: str
    target: str
    comments: list[str]
    exported_version: int | None = None
    """The segment's version when the table was exported (None for a table that does not say)."""


@dataclass(frozen=True)
class ReviewTable:
    release_id: int
    rows: list[TableRow]


def _cell_text(cell: object) -> str:
    paragraphs = getattr(cell, "paragraphs", [])
    return "\n".join(p.text for p in paragraphs)


def read_table(data: bytes, name: str) -> ReviewTable:
    """A returned table; ``foreign-file`` when it is not one of ours, ``table-altered`` when numbers or
    sources no longer match the checksum written at export."""
    document = open_docx(data, name)
    match = _IDENTIFIER.match(document.core_properties.identifier or "")
    if match is None or not document.tables:
        raise bad_input("foreign-file", name)
    table = document.tables[0]
    rows: list[TableRow] = []
    for row in table.rows[1:]:
        cells = row.cells
        if len(cells) != len(HEADERS):
            raise bad_input("table-altered", name)
        number = _cell_text(cells[0]).strip()
        if not number.isdigit():
            raise bad_input("table-altered", name)
        lines = [line.strip() for line in _cell_text(cells[4]).splitlines() if line.strip()]
        rows.append(TableRow(int(number), _cell_text(cells[1]), _cell_text(cells[2]), lines))
    if checksum([(r.number, r.source) for r in rows]) != match.group(2):
        raise bad_input("table-altered", name)
    if match.group(3):
        versions = [int(v) for v in match.group(3).split(",")]
        if len(versions) != len(rows):
            raise bad_input("table-altered", name)
        rows = [replace(row, exported_version=v) for row, v in zip(rows, versions, strict=True)]
    return ReviewTable(int(match.group(1)), rows)


def is_review_table(data: bytes) -> bool:
    """A Word file (ZIP) rather than XML: the merge reads it as a review table."""
    return data.startswith(b"PK\x03\x04")
