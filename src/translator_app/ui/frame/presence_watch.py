"""Presence on a team server, seen from the window: say where this desktop is, learn where the others are.

Both are short queries, run on one background thread of their own so that they keep their order (the last
segment announced is the one the others see) and never hold up typing. The others are read every
:data:`POLL_MS` and at once when the change feed says someone moved.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from translator_app.domain.changes import PresenceEntry
from translator_app.services.live import Presence
from translator_app.ui.common.workers import TaskHandle, TaskRunner

#: How often the others' positions are read while the window is open.
POLL_MS = 2000


class PresenceWatch(QObject):
    """Announces the active segment and keeps the list of the other desktops on the open release."""

    changed = Signal()
    """The others moved (read :meth:`by_segment`)."""

    def __init__(self, presence: Presence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presence = presence
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = TaskRunner(self, self._pool)
        self.release_id: int | None = None
        self.segment_id: int | None = None
        self.others: list[PresenceEntry] = []
        self._left = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def announce(self, release_id: int | None, segment_id: int | None) -> None:
        """The window shows this release and segment now (None: no release)."""
        if self._left or (release_id, segment_id) == (self.release_id, self.segment_id):
            return
        moved_release = release_id != self.release_id
        self.release_id, self.segment_id = release_id, segment_id
        if moved_release:
            self._show([])
        if release_id is None:
            return
        presence = self.presence

        def announce(handle: TaskHandle) -> None:
            if not handle.cancelled:  # a later move superseded it before it ran
                presence.open(release_id, segment_id)

        self._runner.submit("presence-open", (release_id, segment_id), announce, _ignore, _ignore)
        self.poll()
        if not self._timer.isActive():
            self._timer.start()

    def poll(self) -> None:
        """Read the others' positions again (on the presence thread)."""
        release_id = self.release_id
        if release_id is None:
            return
        presence = self.presence

        def read(_handle: TaskHandle) -> list[PresenceEntry]:
            return presence.others(release_id)

        self._runner.submit(
            "presence-others",
            release_id,
            read,
            self._show,
            _ignore,  # the server is away: the status bar says so; the next poll tries again
            still_wanted=lambda: self.release_id == release_id,
        )

    def by_segment(self) -> dict[int, tuple[str, ...]]:
        """Segment id → the logins that have it open (a login once, however many windows)."""
        logins: dict[int, list[str]] = defaultdict(list)
        for entry in self.others:
            if entry.segment_id is not None and entry.login not in logins[entry.segment_id]:
                logins[entry.segment_id].append(entry.login)
        return {segment: tuple(names) for segment, names in logins.items()}

    def leave(self) -> None:
        """The window closes: the others are told at once (after what was queued is done)."""
        self._left = True
        self._timer.stop()
        self.release_id = self.segment_id = None
        self._pool.waitForDone(5000)
        self.presence.leave()

    def _show(self, entries: list[PresenceEntry]) -> None:
        places = [(e.login, e.client, e.segment_id) for e in entries]
        if places != [(e.login, e.client, e.segment_id) for e in self.others]:
            self.others = list(entries)
            self.changed.emit()


def _ignore(_value: object) -> None:
    return None
