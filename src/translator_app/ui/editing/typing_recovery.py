"""Typing left behind by a session that ended abruptly, offered back on the next start.

The typing journal keeps what was typed and not stored yet; after a crash or a ``kill -9`` it is still there
when the app starts again. If the segment still holds something else, a banner above the grid quotes the text
and offers to put it back into the segment's editor (where it is stored like any typing) or to discard it.
When someone changed the segment in the meantime, restoring it shows their version and this text side by
side, as any conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.tags import strip_tags
from translator_app.services.releases import ReleaseQueries
from translator_app.services.typing_journal import TypingJournal, UnsavedText
from translator_app.ui.common import icons
from translator_app.ui.editing.editing_session import EditingSession

_STYLE = """
TypingRecovery { background: #e8f5e9; border: 1px solid #81c784; border-radius: 4px; }
TypingRecovery QLabel { color: #1b5e20; background: transparent; border: none; }
"""


class TypingRecovery(QFrame):
    """Hidden unless the journal holds typing that the workspace does not; then Restore or Discard."""

    def __init__(
        self,
        journal: TypingJournal,
        releases: ReleaseQueries,
        session: EditingSession,
        open_release: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TypingRecovery")
        self.setAccessibleName(self.tr("Unsaved text from the last session"))
        self.setStyleSheet(_STYLE)
        self.journal = journal
        self.releases = releases
        self.session = session
        self.open_release = open_release
        self.entry: UnsavedText | None = None
        icon = QLabel(self)
        icon.setPixmap(icons.icon("mdi6.backup-restore", color="#2e7d32").pixmap(22, 22))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.restore_button = QPushButton(self.tr("Restore it"), self)
        self.restore_button.setObjectName("restoreTyping")
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setObjectName("discardTyping")
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        buttons = QVBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self.hide()

    def offer(self) -> bool:
        """Show the banner when the journal holds text the workspace does not have; True when shown."""
        entry = self.journal.read()
        if entry is None:
            return False
        try:
            found = self.releases.segments_by_id([entry.segment_id])
            title = self.releases.release(entry.release_id).title if found else ""
        except DomainError:
            found = []
        if not found or found[0].target == entry.text:
            self.journal.clear()  # stored after all (or the segment is gone)
            return False
        self.entry = entry
        self.message.setText(
            "<br>".join(
                [
                    self.tr(
                        "<b>Text you were typing in segment {n} of “{title}” was not saved when the app "
                        "stopped.</b>"
                    ).format(n=found[0].position + 1, title=escape(title)),
                    self.tr("Your text: “{text}”").format(text=escape(strip_tags(entry.text))),
                ]
            )
        )
        self.show()
        return True

    def restore(self) -> None:
        """Open the release and put the text back into the segment's editor."""
        entry, self.entry = self.entry, None
        self.hide()
        if entry is None:
            return
        self.open_release(entry.release_id)
        self.session.restore_typing(entry.segment_id, entry.text, entry.version)

    def discard(self) -> None:
        self.entry = None
        self.hide()
        self.journal.clear()

    def text(self) -> str:
        """The message as plain text (tests read it)."""
        return QTextDocumentFragment.fromHtml(self.message.text()).toPlainText()
