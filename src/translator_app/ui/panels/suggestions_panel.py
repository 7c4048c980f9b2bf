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
from translator_app.ui.common.paint_roles import Ink, mute, roles
from translator_app.ui.editor.chip_text import chips_in_document
from translator_app.ui.panels.suggestion_items import DiffKind, SuggestionItem, SuggestionKind

AnyIndex = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 40
_PAD = 8



def diff_style(kind: DiffKind) -> str:
    """How a differing span of a match's source is drawn, in the theme's colours."""
    inks = roles()
    if kind is DiffKind.INSERTED:
        return inks.inserted.css()
    if kind is DiffKind.DELETED:
        return inks.deleted.css() + ";text-decoration:line-through"
    return inks.changed.css()


def kind_inks(kind: SuggestionKind) -> tuple[Ink, Ink]:
    """A suggestion kind's heading colour and its number badge."""
    inks = roles()
    return {
        SuggestionKind.TM: (inks.memory, inks.number_memory),
        SuggestionKind.MT: (inks.machine, inks.number_machine),
        SuggestionKind.TERM: (inks.glossary, inks.number_glossary),
        SuggestionKind.REPETITION: (inks.repetition, inks.number_repetition),
    }[kind]


def score_ink(score: int) -> Ink:
    """The match badge: exact (100/101) green, high fuzzy teal, the rest amber."""
    inks = roles()
    if score >= 100:
        return inks.badge_exact
    return inks.badge_high if score >= 85 else inks.badge_fuzzy


def score_color(score: int) -> str:
    """The match badge's background colour."""
    return score_ink(score).background


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
        pieces.append(f'<span style="{diff_style(span.kind)}">{escape(text[start:end])}</span>')
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
        mute(self.empty)
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
        heading, number_badge = kind_inks(item.kind)
        inks = roles()
        title = self.tr("Translation memory") if item.kind is SuggestionKind.TM else self._heading(item)
        badge = ""
        if item.kind is SuggestionKind.TM and item.score is not None:
            badge = (
                f'&nbsp;<span style="{score_ink(item.score).css()};font-weight:bold">'
                f"&nbsp;{item.score}%&nbsp;</span>"
            )
        if item.approved:
            approved = self.tr("approved")  # outside the f-string, where lupdate finds it
            badge += f'&nbsp;<span style="{inks.success.css()}">✔ {escape(approved)}</span>'
        if item.variant:
            badge += f'&nbsp;<span style="{inks.secondary.css()}">· {escape(self.variant_text(item))}</span>'
        return (
            f'<div><span style="{number_badge.css()};font-weight:bold">&nbsp;{number}&nbsp;</span>'
            f'&nbsp;<span style="{heading.css()};font-weight:bold">{escape(title)}</span>{badge}</div>'
            f'<div style="{inks.secondary.css()};margin-top:3px">{marked_source(item)}</div>'
            f'<div style="margin-top:2px">{escape(item.target)}</div>'
        )
