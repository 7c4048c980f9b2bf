"""What tells the user where they stand in the review: the role chip in the toolbar, and the banner above
the editor of a rejected segment with the reviewer's comment, so the translator sees why."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from translator_app.domain.models import Comment, Role
from translator_app.ui.common import icons
from translator_app.ui.common.i18n import format_when
from translator_app.ui.common.qa_text import mqm_category_label, mqm_severity_label


class RejectionBanner(QFrame):
    """Hidden unless the active segment is rejected; then who rejected it, when, and the comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectionBanner")
        self.setStyleSheet(
            "QFrame#rejectionBanner { background:#fdecea; border:1px solid #e57373; border-radius:4px; }"
            "QFrame#rejectionBanner QLabel { color:#7f1d1d; }"
        )
        icon = QLabel(self)
        icon.setPixmap(icons.icon("mdi6.message-alert-outline", color="#c62828").pixmap(20, 20))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("rejectionText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.segment_id: int | None = None
        self.hide()

    def show_rejection(self, number: int, comment: Comment | None) -> None:
        """Show the comment of the rejection in force on segment ``number``; None hides the banner."""
        if comment is None:
            self.segment_id = None
            self.hide()
            return
        self.segment_id = comment.segment_id
        tags = [mqm_category_label(comment.category)] if comment.category else []
        if comment.severity:
            tags.append(mqm_severity_label(comment.severity))
        head = self.tr("Segment {n} was sent back by {user} ({when})").format(
            n=number, user=comment.author, when=format_when(comment.at)
        )
        if tags:
            head += " · " + ", ".join(tags)
        self.label.setText(f"<b>{html.escape(head)}</b><br>{html.escape(comment.text)}")
        self.show()

    def text(self) -> str:
        return self.label.text()


_STYLES = {
    Role.REVIEWER: "background:#6a1b9a; color:white;",
    Role.TRANSLATOR: "background:#1565c0; color:white;",
}


class RoleChip(QLabel):
    """ "Reviewer mode" in purple, "Translator" in blue, with what the role may do as the tooltip."""

    def __init__(self, role: Role, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleChip")
        self.role = role
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if role is Role.REVIEWER:
            self.setText(self.tr("Reviewer mode"))
            tip = self.tr("{user} works as a reviewer: may edit, approve, reject and sign off.")
        else:
            self.setText(self.tr("Translator"))
            tip = self.tr("{user} works as a translator: may edit and confirm; approving is for reviewers.")
        self.setToolTip(tip.format(user=user))
        self.setAccessibleName(self.text())
        self.setStyleSheet(
            f"QLabel#roleChip {{ {_STYLES[role]} border-radius: 9px; padding: 2px 10px; font-weight: bold; }}"
        )
