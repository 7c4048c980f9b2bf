"""The status bar's team field: whether live updates flow, and who else is on the active segment.

A lost connection stays in view until it is back ("Live updates lost – retrying…"): the grid may be out of
date meanwhile and the user should know it. "Live updates restored" shows for a few seconds. Beside it,
"ana is editing segment 12" when someone else has the active segment open.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from translator_app.domain.changes import FeedState
from translator_app.ui.common import icons

RESTORED_MS = 5000
"""How long the note that live updates are back stays."""
_ICON_SIZE = 16
_LOST_COLOR = {False: "#c62828", True: "#ef9a9a"}
_RESTORED_COLOR = {False: "#2e7d32", True: "#a5d6a7"}
_PRESENCE_COLOR = {False: "#00695c", True: "#80cbc4"}
"""Light and dark theme: 4.5:1 or more against the status bar's background."""


class LiveStatusField(QWidget):
    """Two short notes with icons; each hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveStatus")
        self.connection_icon = QLabel(self)
        self.connection = QLabel(self)
        self.connection.setObjectName("liveConnection")
        self.presence_icon = QLabel(self)
        self.presence = QLabel(self)
        self.presence.setObjectName("livePresence")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        for widget in (self.presence_icon, self.presence, self.connection_icon, self.connection):
            layout.addWidget(widget)
            widget.hide()
        self._restored_timer = QTimer(self)
        self._restored_timer.setSingleShot(True)
        self._restored_timer.setInterval(RESTORED_MS)
        self._restored_timer.timeout.connect(self._hide_connection)

    def show_state(self, state: FeedState) -> None:
        """Lost: said until it is back; restored: said for a few seconds; connected: nothing to say."""
        self._restored_timer.stop()
        if state is FeedState.LOST:
            text = self.tr("Live updates lost – retrying…")
            self._show_connection("mdi6.lan-disconnect", _LOST_COLOR[self._dark()], text)
        elif state is FeedState.RESTORED:
            text = self.tr("Live updates restored")
            self._show_connection("mdi6.lan-connect", _RESTORED_COLOR[self._dark()], text)
            self._restored_timer.start()
        else:
            self._hide_connection()

    def show_editors(self, logins: tuple[str, ...], number: int | None) -> None:
        """Who else has the active segment (shown as ``number``) open; nobody: hidden."""
        if not logins or number is None:
            self.presence.hide()
            self.presence_icon.hide()
            self.presence.clear()
            return
        if len(logins) == 1:
            text = self.tr("{login} is editing segment {n}").format(login=logins[0], n=number)
        else:
            text = self.tr("{logins} are editing segment {n}").format(logins=", ".join(logins), n=number)
        color = _PRESENCE_COLOR[self._dark()]
        self.presence_icon.setPixmap(
            icons.icon("mdi6.account-edit-outline", color=color).pixmap(_ICON_SIZE, _ICON_SIZE)
        )
        self.presence.setText(text)
        self.presence.setToolTip(
            self.tr("Someone else has this segment open: agree who translates it before both of you save")
        )
        self.presence.show()
        self.presence_icon.show()

    def connection_text(self) -> str:
        """What the field says about the connection ("" when nothing: tests read it)."""
        return self.connection.text() if not self.connection.isHidden() else ""

    def presence_text(self) -> str:
        return self.presence.text() if not self.presence.isHidden() else ""

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _show_connection(self, icon: str, color: str, text: str) -> None:
        self.connection_icon.setPixmap(icons.icon(icon, color=color).pixmap(_ICON_SIZE, _ICON_SIZE))
        self.connection.setText(text)
        self.connection.setStyleSheet(f"color: {color};")
        self.connection_icon.show()
        self.connection.show()

    def _hide_connection(self) -> None:
        self.connection_icon.hide()
        self.connection.hide()
        self.connection.clear()
