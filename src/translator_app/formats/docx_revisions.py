"""The text of Word paragraphs as a reviewer left them: tracked changes applied, comments found.

python-docx reads only a paragraph's plain runs, so text inside a tracked insertion (``<w:ins>``) would be
lost and nothing would tell that a deletion (``<w:del>``) was pending. Here a paragraph is walked as Word
shows it with "accept all": insertions and moved-to text are taken, deletions and moved-from text dropped,
and a paragraph mark deleted with Track Changes joins its paragraph to the next one. Whether any revision
was found is reported, so a merge can refuse a table that still has them when asked to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

_TAKEN = {qn("w:ins"), qn("w:moveTo"), qn("w:hyperlink"), qn("w:smartTag"), qn("w:fldSimple")}
_DROPPED = {qn("w:del"), qn("w:moveFrom")}
_REVISIONS = _DROPPED | {qn("w:ins"), qn("w:moveTo")}
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")
_RUN = qn("w:r")
_RUN_TEXT = {
    qn("w:t"): None,
    qn("w:tab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "\u2011",
    qn("w:softHyphen"): "",
}
_COMMENT_MARKS = (qn("w:commentRangeStart"), qn("w:commentReference"))


@dataclass(frozen=True)
class RevisedText:
    text: str
    tracked: bool
    """Whether the paragraphs held tracked changes (insertions, deletions, moves)."""


def revised_text(paragraphs: Iterable[etree._Element]) -> RevisedText:
    """The text of consecutive ``<w:p>`` elements with every tracked change accepted, joined by line
    breaks (none where the paragraph mark itself was deleted)."""
    pieces: list[str] = []
    tracked = False
    for paragraph in paragraphs:
        text, changed = _walk(paragraph)
        mark = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
        mark_deleted = mark is not None and mark.find(qn("w:del")) is not None
        mark_inserted = mark is not None and mark.find(qn("w:ins")) is not None
        tracked = tracked or changed or mark_deleted or mark_inserted
        pieces += [text, "" if mark_deleted else "\n"]
    return RevisedText("".join(pieces[:-1]), tracked)


def _walk(element: etree._Element) -> tuple[str, bool]:
    pieces: list[str] = []
    tracked = False
    for child in element:
        tag = child.tag
        if tag in _REVISIONS:
            tracked = True
        if tag in _DROPPED:
            continue
        if tag == _RUN:
            pieces.append(_run_text(child))
        elif tag in _TAKEN or tag in (_SDT, _SDT_CONTENT):
            text, inner = _walk(child)
            pieces.append(text)
            tracked = tracked or inner
    return "".join(pieces), tracked


def _run_text(run: etree._Element) -> str:
    pieces = []
    for child in run:
        if child.tag not in _RUN_TEXT:
            continue
        fixed = _RUN_TEXT[child.tag]
        pieces.append(child.text or "" if fixed is None else fixed)
    return "".join(pieces)


def comment_ids(element: etree._Element) -> list[int]:
    """The ids of the Word comments anchored inside ``element`` (a table row), in document order."""
    found: list[int] = []
    for mark in element.iter(*_COMMENT_MARKS):
        value = mark.get(qn("w:id"), "")
        if value.lstrip("-").isdigit() and int(value) not in found:
            found.append(int(value))
    return found
