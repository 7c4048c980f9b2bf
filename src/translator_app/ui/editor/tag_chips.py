"""Inline tags drawn as compact coloured chips, each one character of the document.

A tag such as ``<g1>`` is stored in the text document as a single object-replacement character whose format
carries the tag. The cursor steps over it in one move and Backspace removes all of it, so a tag can never be
half-deleted by typing. The grid's cells and the target editor share this drawing, so a tag looks the same
wherever the translator meets it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from translator_app.domain.tags import Tag, TagKind, find_tags

#: The object type of a chip in a QTextDocument, and the property holding its tag text.
CHIP_TYPE = int(QTextFormat.ObjectTypes.UserObject.value) + 1
TAG_PROPERTY = int(QTextFormat.Property.UserProperty.value) + 1
OBJECT_CHAR = "\ufffc"

#: Pairs share a colour (``<g1>`` and ``</g1>``); numbers cycle through a calm palette.
_PALETTE = ("#6a4fb3", "#00838f", "#b3541e", "#2e7d32", "#ad1457", "#455a64")
_ARROW = 5.0
_PAD = 4.0


def chip_color(number: int) -> QColor:
    return QColor(_PALETTE[(number - 1) % len(_PALETTE)])


def _tag_from_text(text: str) -> Tag | None:
    tags = find_tags(text)
    return tags[0] if len(tags) == 1 and tags[0].start == 0 and tags[0].end == len(text) else None


def chip_label(tag: Tag) -> str:
    """What the chip shows: just the number; its shape says whether it opens, closes or stands alone."""
    return str(tag.number)


class ChipHandler(QPyTextObject):
    """Measures and paints chips for a document layout (one handler per document)."""

    def intrinsicSize(self, doc: QTextDocument, pos_in_document: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(_chip_font(doc))
        tag = _tag_from_text(str(fmt.property(TAG_PROPERTY)))
        label = chip_label(tag) if tag is not None else "?"
        arrows = 2 if tag is not None and tag.kind is TagKind.STANDALONE else 1
        width = metrics.horizontalAdvance(label) + 2 * _PAD + arrows * _ARROW + 2
        text_metrics = QFontMetricsF(doc.defaultFont())
        return QSizeF(width, text_metrics.ascent())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos_in_document: int,
        fmt: QTextFormat,
    ) -> None:
        tag = _tag_from_text(str(fmt.property(TAG_PROPERTY)))
        if tag is None:
            return
        body = QRectF(rect).adjusted(1, 1, -1, 0)
        path = chip_path(body, tag.kind)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = chip_color(tag.number)
        painter.fillPath(path, color)
        painter.setPen(QColor("white"))
        painter.setFont(_chip_font(doc))
        text_rect = body
        if tag.kind is TagKind.OPEN:
            text_rect = body.adjusted(0, 0, -_ARROW, 0)
        elif tag.kind is TagKind.CLOSE:
            text_rect = body.adjusted(_ARROW, 0, 0, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), chip_label(tag))
        painter.restore()


def chip_path(rect: QRectF, kind: TagKind) -> QPainterPath:
    """An opening tag points right, a closing tag points left, a standalone tag points both ways."""
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    middle = rect.center().y()
    points: list[QPointF]
    if kind is TagKind.OPEN:
        points = [QPointF(left, top), QPointF(right - _ARROW, top), QPointF(right, middle)]
        points += [QPointF(right - _ARROW, bottom), QPointF(left, bottom)]
    elif kind is TagKind.CLOSE:
        points = [QPointF(left + _ARROW, top), QPointF(right, top), QPointF(right, bottom)]
        points += [QPointF(left + _ARROW, bottom), QPointF(left, middle)]
    else:
        points = [QPointF(left + _ARROW, top), QPointF(right - _ARROW, top), QPointF(right, middle)]
        points += [QPointF(right - _ARROW, bottom), QPointF(left + _ARROW, bottom), QPointF(left, middle)]
    path = QPainterPath()
    path.moveTo(points[0])
    for point in points[1:]:
        path.lineTo(point)
    path.closeSubpath()
    return path


def _chip_font(doc: QTextDocument) -> QFont:
    font = QFont(doc.defaultFont())
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.78))
    font.setBold(True)
    return font


def install_chips(doc: QTextDocument) -> ChipHandler:
    """Teach ``doc``'s layout to draw chips; keep the returned handler alive as long as the document."""
    handler = ChipHandler(doc)
    doc.documentLayout().registerHandler(CHIP_TYPE, handler)
    return handler


def chip_format(tag_text: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(CHIP_TYPE)
    fmt.setProperty(TAG_PROPERTY, tag_text)
    tag = _tag_from_text(tag_text)
    fmt.setToolTip(tag_text if tag is None else tag.text)
    return fmt


def insert_with_chips(cursor: QTextCursor, text: str) -> None:
    """Insert ``text`` at ``cursor``, tags as chips and the rest as plain text."""
    last = 0
    plain = QTextCharFormat()
    for tag in find_tags(text):
        if tag.start > last:
            cursor.insertText(text[last : tag.start], plain)
        cursor.insertText(OBJECT_CHAR, chip_format(tag.text))
        last = tag.end
    if last < len(text):
        cursor.insertText(text[last:], plain)


def set_document_text(doc: QTextDocument, text: str) -> None:
    """Replace the whole document with ``text`` (one undo step in the document's own history)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    insert_with_chips(cursor, text)
    cursor.endEditBlock()


def document_text(doc: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The document (or the range ``start``–``end``) as segment text, chips turned back into tags."""
    pieces: list[str] = []
    block = doc.begin()
    stop = doc.characterCount() - 1 if end is None else end
    while block.isValid():
        if block != doc.begin() and start < block.position() <= stop:
            pieces.append("\n")
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            lo = max(start, fragment.position())
            hi = min(stop, fragment.position() + fragment.length())
            if lo < hi:
                chunk = fragment.text()[lo - fragment.position() : hi - fragment.position()]
                tag_text = fragment.charFormat().property(TAG_PROPERTY)
                if fragment.charFormat().objectType() == CHIP_TYPE and tag_text:
                    chunk = str(tag_text) * chunk.count(OBJECT_CHAR)
                pieces.append(chunk.replace("\u2028", "\n"))
            iterator += 1
        block = block.next()
    return "".join(pieces)
