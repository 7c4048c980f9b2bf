"""Who the window works as, in the words of whoever decided it: the team server, or the person on SQLite.

On a team workspace the login and the role are read from PostgreSQL (the login is ``session_user``, the
role its group), so the status bar shows them as a chip naming the server, the window title carries the
login (two windows on two accounts are told apart in the task bar), and the actions the server keeps for
reviewers say so. On a one-person workspace the name and role are the ones chosen in Preferences.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from translator_app.domain.models import Role
from translator_app.domain.team import TeamRole
from translator_app.services.actor import Actor
from translator_app.ui.common import icons

_ICON_SIZE = 16


def role_name(actor: Actor) -> str:
    """The role as the window names it: the server's group on a team workspace (an admin is "Admin")."""
    if actor.team_role is TeamRole.ADMIN:
        return QCoreApplication.translate("IdentityField", "Admin")
    if actor.role is Role.REVIEWER:
        return QCoreApplication.translate("IdentityField", "Reviewer")
    return QCoreApplication.translate("IdentityField", "Translator")


def server_place(location: str) -> str:
    """"host:port, database name" of a server URL (never its password); the location itself otherwise."""
    parts = urlsplit(location)
    if not parts.hostname:
        return location
    host = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
    database = parts.path.lstrip("/")
    if not database:
        return host
    return QCoreApplication.translate("IdentityField", "{host}, database {database}").format(
        database=database, host=host
    )


def identity_text(actor: Actor) -> str:
    """"rui · Reviewer": the short form the status bar shows."""
    return QCoreApplication.translate("IdentityField", "{user} · {role}").format(
        user=actor.user, role=role_name(actor)
    )


def identity_tip(actor: Actor, location: str) -> str:
    """Where the identity comes from, for the chip's tooltip (the location is already masked)."""
    if not actor.from_server:
        return QCoreApplication.translate("IdentityField", "Signed in as {user}, working as {role}").format(
            user=actor.user, role=role_name(actor)
        )
    lines = [
        QCoreApplication.translate(
            "IdentityField", "Signed in to the team server as {user}."
        ).format(user=actor.user),
        QCoreApplication.translate(
            "IdentityField", "The server gives {user} the role {role}; only an admin can change it."
        ).format(user=actor.user, role=role_name(actor)),
        QCoreApplication.translate("IdentityField", "Server: {place}").format(place=server_place(location)),
        location,
    ]
    return "\n".join(lines)


def signed_in_line(actor: Actor, location: str) -> str:
    """"Signed in as rui (reviewer) on server …": Preferences' read-only line on a team workspace."""
    line = QCoreApplication.translate("IdentityField", "Signed in as {user} ({role}) on server {place}")
    return line.format(user=actor.user, role=role_name(actor).lower(), place=server_place(location))


def window_title(title: str, actor: Actor) -> str:
    """``title`` after the login on a team workspace ("rui — Launch — Release Translator"); as it is on
    a one-person workspace."""
    if not actor.from_server:
        return title
    return QCoreApplication.translate("IdentityField", "{login} — {title}").format(
        login=actor.user, title=title
    )


def server_refusals(actor: Actor) -> tuple[str, str] | None:
    """Why a translator login finds approve/reject, and approve-clean/sign-off, greyed out on a team
    workspace (the server decides, not a preference); None on a one-person workspace."""
    if not actor.from_server:
        return None
    return (
        QCoreApplication.translate(
            "IdentityField",
            "The team server gives approving and rejecting to reviewers; {user} is a translator there.",
        ).format(user=actor.user),
        QCoreApplication.translate(
            "IdentityField",
            "The team server gives approving and signing off to reviewers; {user} is a translator there.",
        ).format(user=actor.user),
    )


class IdentityField(QWidget):
    """The status bar's "who": an icon and "user · role"; on a team workspace a chip with a key icon whose
    tooltip names the server (the URL with its password masked)."""

    def __init__(self, actor: Actor, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityField")
        self.icon = QLabel(self)
        self.text = QLabel(identity_text(actor), self)
        self.text.setObjectName("identityText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.from_server = actor.from_server
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        self.setToolTip(identity_tip(actor, location))
        self.setAccessibleName(identity_text(actor))
        self.paint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # a new theme: the outline follows
            self.paint()
        super().changeEvent(event)

    def paint(self) -> None:
        """The icon and, on a team workspace, the chip's outline in the theme's highlight colour."""
        name = "mdi6.account-key-outline" if self.from_server else "mdi6.account-outline"
        self.icon.setPixmap(icons.icon(name, color="#616161").pixmap(_ICON_SIZE, _ICON_SIZE))
        if self.from_server:
            colour = self.palette().color(QPalette.ColorRole.Highlight).name()
            self.text.setStyleSheet(
                f"QLabel#identityText {{ border: 1px solid {colour}; border-radius: 8px; padding: 0 6px; }}"
            )
