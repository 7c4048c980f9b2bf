"""What other desktops did, as it happens: the ports a window subscribes to on a team server.

A team workspace tells every open window what changed (a segment saved, a comment, a sign-off, a release
added) and who has which segment open. The window subscribes through these Protocols only; on PostgreSQL the
database's triggers send ``NOTIFY`` and a listener thread of :mod:`translator_app.persistence.change_feed`
delivers. A one-person SQLite workspace has neither (``Workspace.changes`` and ``Workspace.presence`` are
None).

Callbacks run on the listener's thread, never the GUI's: a window hands them to its own thread (a queued
signal) before touching widgets, then feeds the segment ids to the owner of the open release (which reads
them again: a notification says *what* changed, the database stays the truth).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from translator_app.domain.changes import Change, FeedState, PresenceEntry

ChangeCallback = Callable[[Change], None]
StateCallback = Callable[[FeedState], None]


class ChangeFeed(Protocol):
    """Changes committed by anyone on the server, delivered to subscribers on a background thread."""

    def subscribe(
        self, on_change: ChangeCallback, on_state: StateCallback | None = None
    ) -> Callable[[], None]:
        """Start receiving; returns the function that unsubscribes."""
        ...

    def start(self) -> None:
        """Open the listening connection (idempotent); the first state reported is CONNECTED or LOST."""
        ...

    def stop(self) -> None: ...

    @property
    def state(self) -> FeedState | None:
        """The last state reported (None before the first attempt)."""
        ...


class Presence(Protocol):
    """Say which segment this desktop has open; learn which ones the others have."""

    @property
    def client(self) -> str:
        """This desktop's id among the same login's (two windows of one person are two clients)."""
        ...

    def open(self, release_id: int, segment_id: int | None) -> None:
        """Announce the release and segment now open (and keep announcing it while the app runs)."""
        ...

    def others(self, release_id: int) -> list[PresenceEntry]:
        """Who else (other logins, or this login's other windows) has the release open, and where."""
        ...

    def leave(self) -> None:
        """This desktop closes: the others are told at once."""
        ...
