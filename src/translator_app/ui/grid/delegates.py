"""How the grid draws and edits its cells: padded wrapped text, tags as chips, an in-place target editor.

The four delegate methods Qt asks for (paint, sizeHint, createEditor, setModelData) live here so the table
stays a plain view. Cells without tags take Qt's fast text path; only cells with tags are laid out as a
small text document (cached), which keeps scrolling a long release smooth.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from translator_app.domain.tags import TAG
from translator_app.ui.editor.tag_chips import install_chips, set_document_text
from translator_app.ui.editor.target_editor import TargetEditor
from translator_app.ui.grid.segment_model import Column

AnyIndex = QModelIndex | QPersistentModelIndex

H_PAD = 6
V_PAD = 4
_CACHE_SIZE = 256
_ICON_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class PaddedDelegate(QStyledItemDelegate):
    """Draws cells with some breathing room around wrapped text, and measures them the same way."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self._paint_background(painter, option, index)
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(H_PAD, V_PAD, -H_PAD, -V_PAD)
        super().paint(painter, inner, index)

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QStyleOptionViewItem:
        """Draw the selection and hover background over the whole cell (the text takes only the padded
        inside); returns the cell's initialised style option."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        return opt

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        # Icons sit on the first line of wrapped text, like the text beside them.
        option.decorationAlignment = _ICON_ALIGNMENT

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(0, 0, -2 * H_PAD, 0)
        size = super().sizeHint(inner, index)
        return QSize(size.width() + 2 * H_PAD, size.height() + 2 * V_PAD)


class SegmentDelegate(PaddedDelegate):
    """Source and target cells with chips; the target cell opens a :class:`TargetEditor`."""

    editor_opened = Signal(object)
    editor_closed = Signal()
    #: Esc took the open editor back to the text it opened with (the typing is one Ctrl+Z away).
    reverted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, int, bool, bool, str], QTextDocument] = OrderedDict()
        self.editor: TargetEditor | None = None
        self.editor_index = QPersistentModelIndex()
        self.window_keys: set[str] = set()
        self._token = 0

    # --- painting and measuring ------------------------------------------------------------------------

    def _text_with_tags(self, index: AnyIndex) -> str | None:
        if index.column() not in (Column.SOURCE, Column.TARGET):
            return None
        text = index.data(Qt.ItemDataRole.DisplayRole)
        return text if isinstance(text, str) and TAG.search(text) else None

    def _document(self, text: str, width: int, font: QFont) -> QTextDocument:
        key = (text, width, font.bold(), font.italic(), font.family())
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setProperty("chips", install_chips(doc))
        set_document_text(doc, text)
        doc.setTextWidth(max(10, width))
        self._documents[key] = doc
        if len(self._documents) > _CACHE_SIZE:
            self._documents.popitem(last=False)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        text = self._text_with_tags(index)
        if text is None:
            super().paint(painter, option, index)
            return
        opt = self._paint_background(painter, option, index)
        inner = option.rect.adjusted(H_PAD, V_PAD, -H_PAD, -V_PAD)
        doc = self._document(text, inner.width(), opt.font)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            color = foreground
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(inner.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        text = self._text_with_tags(index)
        if text is None:
            size = super().sizeHint(option, index)
        else:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            doc = self._document(text, option.rect.width() - 2 * H_PAD, opt.font)
            size = QSize(int(doc.idealWidth()) + 2 * H_PAD, int(doc.size().height()) + 2 * V_PAD)
        if self.editor is not None and self.editor_index == index:
            size.setHeight(max(size.height(), self.editor.content_height() + 2 * V_PAD))
        return size

    # --- editing ---------------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = TargetEditor(parent)
        editor.window_keys = self.window_keys
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            editor.document().setDefaultFont(font)
        self.editor = editor
        self.editor_index = QPersistentModelIndex(index)
        self._token += 1
        token = self._token
        # An earlier editor may be destroyed after this one opened: only the current one's end counts.
        editor.destroyed.connect(lambda *_: self._forget_editor() if token == self._token else None)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Load the target when the editor opens; afterwards take a stored change in only when the editor
        holds no unsaved typing (typing is never overwritten: a change from elsewhere became a conflict)."""
        if not isinstance(editor, TargetEditor):
            return
        target = str(index.data(Qt.ItemDataRole.EditRole) or "")
        source = str(index.model().index(index.row(), Column.SOURCE).data(Qt.ItemDataRole.DisplayRole) or "")
        if editor.property("loaded") is None:
            editor.load(target, source)
            editor.setProperty("loaded", True)
            self.editor_opened.emit(editor)
        elif editor.text() == target:
            editor.mark_stored(target)
        elif not editor.has_unsaved_typing():
            editor.load(target, source)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc reverts the typing as an undoable step instead of throwing it away; a second Esc, with
        nothing left to revert, closes the editor (keeping what it holds)."""
        if (
            isinstance(watched, TargetEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if watched.revert_to_baseline():
                self.reverted.emit(watched)
            else:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, TargetEditor):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        editor.setGeometry(option.rect.adjusted(H_PAD - 2, V_PAD - 2, -H_PAD + 2, -V_PAD + 2))

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        if editor is self.editor:
            self._forget_editor()
        super().destroyEditor(editor, index)

    def _forget_editor(self, *_: object) -> None:
        if self.editor is not None:
            self.editor = None
            self.editor_index = QPersistentModelIndex()
            self.editor_closed.emit()
