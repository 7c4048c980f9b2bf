"""The suggestions panel: numbered proposals for the active segment, inserted with Ctrl+1…9 or a double click.

Each row shows the kind and score, the proposal's source with what differs from the segment's source marked,
and its target, tags as chips. Rows are drawn from HTML by a delegate (a handful of items, so no caching is
needed).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from translator_app.ui.common.i18n import english_plural
from translator_app.ui.editor.chip_text import chips_in_document
from translator_app.ui.panels.suggestion_items import DiffKind, SuggestionItem, SuggestionKind

AnyIndex = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 40
_PAD = 8

_DIFF_STYLE = {
    DiffKind.INSERTED: "color:#1b5e20;background:#c8e6c9",
    DiffKind.DELETED: "color:#b71c1c;background:#ffebee;text-decoration:line-through",
    DiffKind.CHANGED: "background:#ffe0b2",
}
_KIND_COLOR = {
    SuggestionKind.TM: "#1565c0",
    SuggestionKind.MT: "#6a1b9a",
    SuggestionKind.TERM: "#00695c",
    SuggestionKind.REPETITION: "#2e7d32",
}


def score_color(score: int) -> str:
    """The match badge's colour: exact (100/101) green, high fuzzy teal, the rest amber."""
    if score >= 100:
        return "#2e7d32"
    return "#00897b" if score >= 85 else "#ef6c00"


def marked_source(item: SuggestionItem) -> str:
    """The suggestion's source as HTML, the differing spans highlighted."""
    text = item.diff_text or item.source
    pieces: list[str] = []
    last = 0
    for span in sorted(item.diff, key=lambda s: s.start):
        start, end = max(last, span.start), min(len(text), span.end)
        if start >= end:
            continue
        pieces.append(escape(text[last:start]))
        pieces.append(f'<span style="{_DIFF_STYLE[span.kind]}">{escape(text[start:end])}</span>')
        last = end
    pieces.append(escape(text[last:]))
    return "".join(pieces)


class _HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML wrapped to the list's width."""

    def _document(self, index: AnyIndex, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        chips_in_document(doc)
        doc.setTextWidth(max(40, width - 2 * _PAD))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if opt.widget is not None:
            opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + _PAD, option.rect.top() + _PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        doc = self._document(index, width)
        return QSize(width, int(doc.size().height()) + 2 * _PAD)


class SuggestionsPanel(QWidget):
    """Lists suggestion items; :attr:`chosen` tells the window which one to insert."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setAccessibleName(self.tr("Suggestions"))
        self.items: list[SuggestionItem] = []
        self.list = QListWidget(self)
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Suggestions for the active segment"))
        self.list.setItemDelegate(_HtmlDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(lambda item: self.choose(self.list.row(item) + 1))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(8, 8, 8, 8)
        self.empty.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.show_waiting(False)

    def show_items(self, items: Sequence[SuggestionItem]) -> None:
        """Replace the list; numbers 1…9 match the Ctrl+number shortcuts."""
        self.items = list(items)
        self.list.clear()
        for number, item in enumerate(self.items, start=1):
            row = QListWidgetItem(self.list)
            row.setData(HTML_ROLE, self._html(number, item))
            heading = self._heading(item) + (f" ({self.variant_text(item)})" if item.variant else "")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}. {heading}: {item.target}")
            row.setToolTip(item.origin or heading)
        self.list.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self.empty.setText(self.tr("No suggestions for this segment."))

    def show_waiting(self, waiting: bool = True) -> None:
        self.items = []
        self.list.clear()
        self.list.hide()
        self.empty.show()
        self.empty.setText(
            self.tr("Looking for suggestions…") if waiting else self.tr("No segment selected.")
        )

    def choose(self, number: int) -> bool:
        """Emit suggestion ``number`` (1-based) for insertion; False when there is none."""
        if not 1 <= number <= len(self.items):
            return False
        self.chosen.emit(self.items[number - 1])
        return True

    def variant_text(self, item: SuggestionItem) -> str:
        """A unit of another language variant: which, and the points it cost (already off the score)."""
        return english_plural(
            self.tr("%n point(s) off for {variant}", "", item.language_penalty), item.language_penalty
        ).format(variant=item.variant)

    def _heading(self, item: SuggestionItem) -> str:
        names = {
            SuggestionKind.TM: self.tr("Translation memory"),
            SuggestionKind.MT: self.tr("Machine translation"),
            SuggestionKind.TERM: self.tr("Term"),
            SuggestionKind.REPETITION: self.tr("Repetition"),
        }
        name = names[item.kind]
        return (
            f"{name} {item.score}%" if item.score is not None and item.kind is not SuggestionKind.MT else name
        )

    def _html(self, number: int, item: SuggestionItem) -> str:
        color = _KIND_COLOR[item.kind]
        title = self.tr("Translation memory") if item.kind is SuggestionKind.TM else self._heading(item)
        badge = ""
        if item.kind is SuggestionKind.TM and item.score is not None:
            tint = score_color(item.score)
            badge = (
                f'&nbsp;<span style="color:white;background:{tint};font-weight:bold">'
                f"&nbsp;{item.score}%&nbsp;</span>"
            )
        if item.approved:
            approved = self.tr("approved")  # outside the f-string, where lupdate finds it
            badge += f'&nbsp;<span style="color:#2e7d32">✔ {escape(approved)}</span>'
        if item.variant:
            badge += f'&nbsp;<span style="color:#616161">· {escape(self.variant_text(item))}</span>'
        return (
            f'<div><span style="color:white;background:{color};font-weight:bold">&nbsp;{number}&nbsp;</span>'
            f'&nbsp;<span style="color:{color};font-weight:bold">{escape(title)}</span>{badge}</div>'
            f'<div style="color:#616161;margin-top:3px">{marked_source(item)}</div>'
            f'<div style="margin-top:2px">{escape(item.target)}</div>'
        )
