"""The banner shown when a save was refused because someone changed the segment in the meantime.

The grid already shows their stored version; the banner shows both texts and lets the user choose: apply
their own text over it (knowingly), or keep theirs. Nothing is overwritten silently, and the user's text is
never lost while the banner is up.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from translator_app.domain.tags import strip_tags
from translator_app.services.open_release import Conflict, OpenRelease
from translator_app.ui.common import icons

_STYLE = """
ConflictBanner { background: #fff4e5; border: 1px solid #f0b36b; border-radius: 4px; }
ConflictBanner QLabel { color: #5f3a00; background: transparent; border: none; }
"""


class ConflictBanner(QFrame):
    """Says whose change won, shows both texts, offers the two ways out."""

    use_mine = Signal(object)
    keep_theirs = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictBanner")
        self.setAccessibleName(self.tr("Editing conflict"))
        self.setStyleSheet(_STYLE)
        self.conflict: Conflict | None = None
        icon = QLabel(self)
        icon.setPixmap(icons.icon("mdi6.alert-outline", color="#b26a00").pixmap(22, 22))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mine_button = QPushButton(self.tr("Use my text"), self)
        self.mine_button.setObjectName("useMyText")
        self.mine_button.setToolTip(self.tr("Save your text over the version now stored"))
        self.theirs_button = QPushButton(self.tr("Keep theirs"), self)
        self.theirs_button.setObjectName("keepTheirs")
        self.theirs_button.setToolTip(self.tr("Drop your text and keep the stored version"))
        self.mine_button.clicked.connect(self._use_mine)
        self.theirs_button.clicked.connect(self._keep_theirs)

        buttons = QVBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self.hide()

    def follow(self, release: OpenRelease) -> None:
        """Show the open release's pending conflicts as they come; hide when the shown one is settled."""

        def changed(segment_id: int) -> None:
            conflict = release.conflict(segment_id)
            if conflict is not None:
                self.show_conflict(conflict)
            elif self.conflict is not None and self.conflict.segment_id == segment_id:
                pending = release.conflicts()
                self.show_conflict(pending[-1] if pending else None)

        release.conflicts_changed.connect(changed)

    def show_conflict(self, conflict: Conflict | None) -> None:
        """Show a conflict, or hide the banner (None: the user settled it another way)."""
        self.conflict = conflict
        if conflict is None:
            self.hide()
            return
        number = conflict.theirs.position + 1
        parts = [
            self.tr(
                "<b>Segment {n} was changed by {user} while you were working on it.</b> "
                "Your text was not saved."
            ).format(n=number, user=escape(conflict.changed_by)),
            self.tr("Stored now: “{text}”").format(text=escape(strip_tags(conflict.theirs.target))),
        ]
        if conflict.mine:
            parts.append(self.tr("Your text: “{text}”").format(text=escape(strip_tags(conflict.mine))))
        self.message.setText("<br>".join(parts))
        self.mine_button.setVisible(bool(conflict.mine))
        self.theirs_button.setText(self.tr("Keep theirs") if conflict.mine else self.tr("OK"))
        self.show()

    def text(self) -> str:
        """The message as plain text (tests read it)."""
        return QTextDocumentFragment.fromHtml(self.message.text()).toPlainText()

    def _use_mine(self) -> None:
        conflict = self.conflict
        self.hide()
        if conflict is not None:
            self.use_mine.emit(conflict)

    def _keep_theirs(self) -> None:
        conflict = self.conflict
        self.hide()
        if conflict is not None:
            self.keep_theirs.emit(conflict)
