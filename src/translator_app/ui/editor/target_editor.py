"""The in-place editor of a target: wrapped text with tags as chips, and the keys a translator expects.

It is a QTextEdit rather than a line edit because targets wrap over several lines. Tags are single chip
characters (see :mod:`tag_chips`); pasting or copying converts them to and from their text form, so nothing
a translator does in the editor can break a tag's syntax.

The editor knows two texts besides its own: the one it opened with (what Esc goes back to, as one step of the
editor's undo, so Ctrl+Z brings the typing back) and the last one known to be stored (typing that differs
from it is never replaced by a change arriving from storage).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from translator_app.domain.tags import TagKind, close_tag, find_tags
from translator_app.ui.editor.tag_chips import (
    document_text,
    insert_with_chips,
    install_chips,
    set_document_text,
)


def missing_tags(source: str, target: str) -> list[str]:
    """The source's tags not yet in the target, in source order."""
    present = {tag.text for tag in find_tags(target)}
    return [tag.text for tag in find_tags(source) if tag.text not in present]


class TargetEditor(QTextEdit):
    """Edits one segment's target; the window's shortcuts (confirm, move, undo) still get through."""

    height_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetEditor")
        self.setAccessibleName(self.tr("Target text"))
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("TargetEditor { border: 1px solid palette(highlight); border-radius: 2px; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(2)
        self._chips = install_chips(self.document())
        self.source = ""
        #: The text the editor opened with (or last took from storage): Esc goes back to it.
        self.baseline = ""
        #: The last text known to be stored for the segment: typing that differs from it is unsaved.
        self.stored = ""
        #: Key sequences the window handles even while the editor has focus.
        self.window_keys: set[str] = set()
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.height_changed.emit())

    # --- content ---------------------------------------------------------------------------------------

    def load(self, target: str, source: str) -> None:
        """Show ``target`` for the segment whose source is ``source``; the editor's own undo starts afresh."""
        self.source = source
        self.baseline = self.stored = target
        self.document().setUndoRedoEnabled(False)
        set_document_text(self.document(), target)
        self.document().setUndoRedoEnabled(True)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def mark_stored(self, text: str) -> None:
        """``text`` (what the editor holds) is now the stored target."""
        self.stored = text

    def has_unsaved_typing(self) -> bool:
        return self.text() != self.stored

    def revert_to_baseline(self) -> bool:
        """Esc: back to the text the editor opened with, as one step of its undo (Ctrl+Z brings the typing
        back). False when there is nothing to revert."""
        if self.text() == self.baseline:
            return False
        self.replace_all_text(self.baseline)
        return True

    def text(self) -> str:
        """The target as segment text, with its tags."""
        return document_text(self.document())

    def replace_all_text(self, text: str) -> None:
        """Replace the whole target as one step of the editor's own undo (a suggestion, the source)."""
        set_document_text(self.document(), text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def content_height(self) -> int:
        return int(self.document().size().height()) + 2 * self.frameWidth()

    # --- tags ------------------------------------------------------------------------------------------

    def insert_next_missing_tag(self) -> bool:
        """Insert the first source tag the target lacks; with a selection, wrap it in a missing pair."""
        missing = missing_tags(self.source, self.text())
        if not missing:
            return False
        first = missing[0]
        cursor = self.textCursor()
        opening = find_tags(first)[0]
        closing = close_tag(opening.number)
        if opening.kind is TagKind.OPEN and cursor.hasSelection() and closing in missing:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            cursor.beginEditBlock()
            cursor.setPosition(end)
            insert_with_chips(cursor, closing)
            cursor.setPosition(start)
            insert_with_chips(cursor, first)
            cursor.endEditBlock()
        else:
            insert_with_chips(cursor, first)
        self.setTextCursor(cursor)
        return True

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Pasted text keeps its tags as chips (and arrives without formatting)."""
        if source.hasText():
            insert_with_chips(self.textCursor(), source.text())

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        data = QMimeData()
        data.setText(document_text(self.document(), cursor.selectionStart(), cursor.selectionEnd()))
        return data

    # --- keys ------------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Let the window's shortcuts through; Ctrl+Z undoes typing first, then earlier segments."""
        is_override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if is_override and self._belongs_to_window(event):  # type: ignore[arg-type]
            event.ignore()
            return True
        return super().event(event)

    def _belongs_to_window(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            return not self.document().isUndoAvailable()
        if event.matches(QKeySequence.StandardKey.Redo) or _is_ctrl_shift_z(event):
            return not self.document().isRedoAvailable()
        pressed = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
        return pressed in self.window_keys


def _is_ctrl_shift_z(event: QKeyEvent) -> bool:
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and event.modifiers() == wanted
