"""A dismissible banner for things the user should read once, without a dialog in the way.

Start-up notices (the database was upgraded and where its backup is) matter but must not block the window:
a modal box would stop a scripted start and hide the work behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape, unescape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from translator_app.ui.common import icons

_STYLE = """
NoticeBanner { background: #e8f0fe; border: 1px solid #b6cdf5; border-radius: 4px; }
NoticeBanner QLabel { color: #1a3a6b; background: transparent; border: none; }
NoticeBanner QToolButton { border: none; background: transparent; }
"""


class NoticeBanner(QFrame):
    """Shows one or more notices in a light bar with a close button; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeBanner")
        self.setStyleSheet(_STYLE)
        icon = QLabel(self)
        icon.setPixmap(icons.icon("mdi6.information-outline", color="#1a56b0").pixmap(20, 20))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icons.icon("mdi6.close", color="#1a3a6b"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notices(self, notices: Sequence[str]) -> None:
        """Show the notices (one per line), or stay hidden when there are none."""
        lines = [escape(text) for text in notices if text.strip()]
        if not lines:
            self.hide()
            return
        self.message.setText("<br>".join(lines))
        self.show()

    def text(self) -> str:
        """The notices as plain text, one per line."""
        return unescape(self.message.text().replace("<br>", "\n"))
