"""The window's status bar: who is working, in which role, on which database, and where the release stands.

The role is always in view because it decides what the window lets the user do (only reviewers approve), and
the database location because a team may switch between a local file and a shared server.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from translator_app.domain.models import Role, SegmentStatus
from translator_app.services.actor import Actor
from translator_app.ui import status_style

_ICON_SIZE = 16
_MAX_LOCATION_CHARS = 60


class _IconLabel(QWidget):
    """An icon followed by text, the building block of the status bar's permanent fields."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setPixmap(qta.icon(icon_name, color="#616161").pixmap(_ICON_SIZE, _ICON_SIZE))
        self.text = QLabel(self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)


def role_label(role: Role) -> str:
    """The role as the status bar names it."""
    if role is Role.REVIEWER:
        return QCoreApplication.translate("WorkspaceStatusBar", "Reviewer")
    return QCoreApplication.translate("WorkspaceStatusBar", "Translator")


def shorten_middle(text: str, limit: int = _MAX_LOCATION_CHARS) -> str:
    """Keep both ends of a long path or URL (the file name matters most), dropping the middle."""
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return f"{text[:keep]}…{text[-(limit - 1 - keep) :]}"


class WorkspaceStatusBar(QStatusBar):
    """Counts per status on the left, then the user, role and database as permanent fields."""

    def __init__(self, actor: Actor, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.addWidget(self.counts_label)

        self.user_field = _IconLabel("mdi6.account-outline", self)
        self.user_field.text.setText(
            self.tr("{user} · {role}").format(user=actor.user, role=role_label(actor.role))
        )
        self.user_field.setToolTip(
            self.tr("Signed in as {user}, working as {role}").format(
                user=actor.user, role=role_label(actor.role)
            )
        )
        self.addPermanentWidget(self.user_field)

        self.database_field = _IconLabel("mdi6.database-outline", self)
        self.database_field.text.setText(shorten_middle(location))
        self.database_field.setToolTip(self.tr("Database: {location}").format(location=location))
        self.addPermanentWidget(self.database_field)

    def show_counts(self, counts: dict[SegmentStatus, int] | None) -> None:
        """Counts per status of the release on screen; None when no release is open."""
        if counts is None:
            self.counts_label.clear()
            return
        self.counts_label.setText(status_style.status_counts_html(counts))

    def role_text(self) -> str:
        """The user and role as displayed (tests read it)."""
        return self.user_field.text.text()

    def location_text(self) -> str:
        return self.database_field.text.text()
