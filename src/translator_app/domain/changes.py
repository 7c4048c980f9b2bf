"""What other desktops did, as plain data: the notifications of a team server and who is where.

See :mod:`translator_app.services.live` for the ports that deliver them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ChangeKind(StrEnum):
    SEGMENTS = "segments"
    """Segments saved (target, status, translatable, source): re-read them; their history moved too."""
    SEGMENTS_ADDED = "segments-added"
    COMMENTS = "comments"
    SIGNOFF = "signoff"
    RELEASE = "release"
    """A release was added or its details changed: the release list."""
    RELEASE_DELETED = "release-deleted"
    PRESENCE = "presence"
    """Someone opened, moved to or left a segment of the release: ask :meth:`Presence.others` again."""
    REFRESH = "refresh"
    """The feed was cut and is back: changes may have been missed, read everything open again."""


@dataclass(frozen=True)
class Change:
    """One notification: which release, which segments (None: the whole release or unknown), by whom."""

    kind: ChangeKind
    release_id: int | None = None
    segment_ids: tuple[int, ...] | None = None
    author: str = ""
    own: bool = field(default=False, compare=False)
    """Committed through one of this desktop's own connections: its window has taken the change in already
    (the feed still delivers it; a second window of the same login is another desktop, so not ``own``)."""


class FeedState(StrEnum):
    CONNECTED = "connected"
    LOST = "lost"
    """The listening connection broke; it is being retried (the window says so in its status bar)."""
    RESTORED = "restored"
    """Listening again after a loss; a :attr:`ChangeKind.REFRESH` change follows."""


@dataclass(frozen=True)
class PresenceEntry:
    """Another desktop on the release: who, which window (``client``), which segment (None: none)."""

    login: str
    client: str
    release_id: int
    segment_id: int | None
    seen_at: datetime
