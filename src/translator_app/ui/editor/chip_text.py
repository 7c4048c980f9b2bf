"""Segment text in read-only rich text (suggestions, concordance, history, Replace all's preview) with its
tags drawn as the same chips as in the grid and the editor.

The panels build their HTML as before, each tag escaped as text (``&lt;g1&gt;``);
:func:`chips_in_document` then turns every tag of the laid-out document into a chip, keeping the highlight or
diff colour around it. A translator thus never reads ``<g1>…</g1>`` in one place and a chip in another.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from translator_app.domain.tags import find_tags
from translator_app.ui.editor.tag_chips import OBJECT_CHAR, chip_format, document_text, install_chips

AnyIndex = QModelIndex | QPersistentModelIndex

_HANDLER = "chipHandler"


def chips_in_document(doc: QTextDocument) -> int:
    """Turn every tag written as text in ``doc`` into a chip, in place; returns how many.

    Call it after each ``setHtml``/``setPlainText``: the chips' drawing is taught to the document's layout
    once and kept with the document.
    """
    if doc.property(_HANDLER) is None:
        doc.setProperty(_HANDLER, install_chips(doc))
    text = doc.toPlainText()
    tags = find_tags(text) if "<" in text else []
    if not tags:
        return 0
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for tag in reversed(tags):
        cursor.setPosition(tag.start + 1)
        around = cursor.charFormat()
        cursor.setPosition(tag.start)
        cursor.setPosition(tag.end, QTextCursor.MoveMode.KeepAnchor)
        chip = chip_format(tag.text)
        if around.hasProperty(QTextCharFormat.Property.BackgroundBrush):
            chip.setBackground(around.background())
        cursor.insertText(OBJECT_CHAR, chip)
    cursor.endEditBlock()
    return len(tags)


def chip_document(html: str, width: float, font: QFont | None = None) -> QTextDocument:
    """A document of ``html`` with chips, wrapped to ``width`` (item delegates lay rows out with it)."""
    doc = QTextDocument()
    if font is not None:
        doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    chips_in_document(doc)
    doc.setTextWidth(max(10.0, width))
    return doc


def plain_html(text: str) -> str:
    """Segment text as HTML to lay out: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br>")


class ChipTextDelegate(QStyledItemDelegate):
    """Draws an item's text (or the HTML under ``html_role``) wrapped, its tags as chips."""

    def __init__(self, view: QAbstractItemView, html_role: int | None = None, padding: int = 3) -> None:
        super().__init__(view)
        self._view = view
        self._html_role = html_role
        self._pad = padding

    def _html(self, index: AnyIndex) -> str:
        if self._html_role is not None:
            html = index.data(self._html_role)
            if isinstance(html, str):
                return html
        return plain_html(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def _width(self, option: QStyleOptionViewItem, index: AnyIndex) -> int:
        view = self._view
        if isinstance(view, QTreeView):
            return view.header().sectionSize(index.column())
        return option.rect.width() if option.rect.width() > 0 else view.viewport().width()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = chip_document(self._html(index), option.rect.width() - 2 * self._pad, opt.font)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(option.rect.left() + self._pad, option.rect.top() + self._pad)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._width(option, index)
        doc = chip_document(self._html(index), width - 2 * self._pad, opt.font)
        return QSize(width, int(doc.size().height()) + 2 * self._pad)


class ChipLabel(QTextBrowser):
    """A label of rich text whose tags are chips: it wraps, grows to its text's height and never scrolls.

    It answers as a QLabel does where the panels need it (``setText``, ``text``, ``selectedText``,
    ``linkHovered``, ``linkActivated``), with the selected text's chips given back as tags.
    """

    linkHovered = Signal(str)
    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = ""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(6)
        self.highlighted.connect(self._hovered)
        self.anchorClicked.connect(lambda url: self.linkActivated.emit(url.toString()))
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())

    def _hovered(self, url: QUrl) -> None:
        self.linkHovered.emit(url.toString())

    def setText(self, html: str) -> None:
        self._html = html
        self.setHtml(html)
        chips_in_document(self.document())
        self._fit()

    def text(self) -> str:
        """The HTML last set (tags still as text)."""
        return self._html

    def clear(self) -> None:
        self._html = ""
        super().clear()

    def selectedText(self) -> str:
        cursor = self.textCursor()
        return document_text(self.document(), cursor.selectionStart(), cursor.selectionEnd())

    def setSelection(self, start: int, length: int) -> None:
        """Select as QLabel does: ``length`` characters from ``start`` (a chip counts as one)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
