"""Another desktop's commits, brought into this window as they happen (a team server's change feed).

The feed calls back on its listener thread; a queued signal hands each change to the GUI thread. A change
after a quiet moment is acted on at once; what follows it within :data:`COALESCE_MS` (a burst: someone's
Replace all, a script, several people at once) is gathered and acted on once at the end of that time. Acting
means: the open release reads the changed segments again (the grid, the counts and the preview follow its
events; typing in a segment changed elsewhere becomes a conflict, never overwritten), the release list is
read again in place, the active segment's comments reload. Changes this window committed itself
(``Change.own``) were taken in already and are passed over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from translator_app.domain.changes import Change, ChangeKind, FeedState
from translator_app.domain.errors import DomainError
from translator_app.domain.models import StoredSegment
from translator_app.services.live import ChangeFeed
from translator_app.services.open_release import OpenRelease

#: After acting on a change, what arrives within this many milliseconds is gathered and acted on together.
COALESCE_MS = 50

#: The release list (a read of every release's counts) is read again at most this often.
LIST_INTERVAL_MS = 1000

ReadSegments = Callable[[int], Sequence[StoredSegment]]
"""Every segment of a release, as stored now."""


@dataclass
class _Pending:
    """What a burst of changes asks for, gathered until the timer fires."""

    segment_ids: set[int] = field(default_factory=set)
    whole_release: bool = False
    reshaped: bool = False
    release_list: bool = False
    release_details: bool = False
    release_gone: bool = False
    comment_ids: set[int] = field(default_factory=set)
    all_comments: bool = False
    presence: bool = False


class LiveUpdates(QObject):
    """Subscribes a window to a change feed and turns changes into refreshes on the GUI thread."""

    _received = Signal(object)
    """A Change or a FeedState, emitted on the listener's thread (queued to this object's)."""

    state_changed = Signal(object)
    """The feed's :class:`FeedState` (lost, restored…), on the GUI thread."""
    release_list_changed = Signal()
    """A release was added, renamed, deleted, signed off, or its segments changed: read the list again."""
    release_details_changed = Signal()
    """The open release's own details (title, sign-off) changed."""
    release_reshaped = Signal()
    """Segments were added to (or removed from) the open release: it must be loaded again."""
    release_gone = Signal()
    """The open release was deleted elsewhere."""
    comments_changed = Signal(object)
    """Comments changed on these segment ids of the open release (None: any of them)."""
    presence_changed = Signal()
    """Someone opened, moved to or left a segment of the open release."""

    def __init__(
        self,
        feed: ChangeFeed,
        release: OpenRelease,
        read_segments: ReadSegments,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.release = release
        self._read_segments = read_segments
        self._pending = _Pending()
        self.acted = 0
        """Bursts acted on (tests count them: one burst, one refresh)."""
        self.passed_over = 0
        """Changes of this window's own connections, passed over."""
        self.reads = 0
        """Times the open release's segments were read again (a change of its own: never)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._quiet_period_over)
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(LIST_INTERVAL_MS)
        self._list_timer.timeout.connect(self._list_quiet_period_over)
        self._list_waiting = False
        self._received.connect(self._take, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = None

    def start(self) -> None:
        """Subscribe, then open the listening connection (its first state comes through as a signal)."""
        if self._unsubscribe is None:
            self._unsubscribe = self.feed.subscribe(self._received.emit, self._received.emit)
        self.feed.start()

    def stop(self) -> None:
        """This window closes: no more callbacks into it (the workspace stops the feed itself)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timer.stop()
        self._list_timer.stop()

    # --- on the GUI thread -----------------------------------------------------------------------------

    def _take(self, item: object) -> None:
        if isinstance(item, FeedState):
            self.state_changed.emit(item)
            return
        if not isinstance(item, Change):
            return
        if item.own:
            self.passed_over += 1
            return
        self._note(item)
        if not self._timer.isActive():  # the first change after a quiet moment: at once
            self._act()

    def _act(self) -> None:
        self._timer.start()
        self.flush()

    def _quiet_period_over(self) -> None:
        if self._pending != _Pending():  # what came meanwhile, once
            self._act()

    def _note(self, change: Change) -> None:
        pending = self._pending
        kind = change.kind
        if kind is ChangeKind.REFRESH:  # the feed was cut: anything may have changed meanwhile
            pending.whole_release = pending.release_list = pending.release_details = True
            pending.all_comments = pending.presence = True
            return
        held = self.release.release
        open_release = held is not None and change.release_id == held.id
        if kind is ChangeKind.PRESENCE:
            pending.presence |= open_release
        elif kind is ChangeKind.SEGMENTS:
            if not open_release:
                pending.release_list = True
            elif change.segment_ids is None:
                pending.whole_release = True
            else:
                pending.segment_ids.update(change.segment_ids)
        elif kind is ChangeKind.SEGMENTS_ADDED:
            pending.release_list = True
            pending.reshaped |= open_release
        elif kind is ChangeKind.COMMENTS:
            if open_release and change.segment_ids is not None:
                pending.comment_ids.update(change.segment_ids)
            elif open_release:
                pending.all_comments = True
        elif kind in (ChangeKind.RELEASE, ChangeKind.SIGNOFF):
            pending.release_list = True
            pending.release_details |= open_release
        elif kind is ChangeKind.RELEASE_DELETED:
            pending.release_list = True
            pending.release_gone |= open_release

    def flush(self) -> None:
        """Act on the changes gathered so far, once."""
        pending, self._pending = self._pending, _Pending()
        self.acted += 1
        if pending.release_gone:
            self.release_gone.emit()
            return
        if pending.reshaped:
            self.release_reshaped.emit()
        elif pending.whole_release:
            self._refresh_whole_release()
        elif pending.segment_ids:
            self.reads += 1
            with suppress(DomainError):  # the server is away: once back, the feed's REFRESH reads all
                self.release.refresh(pending.segment_ids)
        if pending.release_list:
            self._reload_list()
        if pending.release_details:
            self.release_details_changed.emit()
        if pending.all_comments or pending.comment_ids:
            self.comments_changed.emit(None if pending.all_comments else frozenset(pending.comment_ids))
        if pending.presence:
            self.presence_changed.emit()

    def _reload_list(self) -> None:
        """At once after a quiet second, else once at the end of it: with many people at work on other
        releases, reading every release's counts must not take the GUI thread's time."""
        if self._list_timer.isActive():
            self._list_waiting = True
            return
        self._list_timer.start()
        self.release_list_changed.emit()

    def _list_quiet_period_over(self) -> None:
        if self._list_waiting:
            self._list_waiting = False
            self._reload_list()

    def _refresh_whole_release(self) -> None:
        """Read every segment of the open release: changed ones are taken in as another desktop's; when the
        set of segments itself changed, the release is loaded again instead."""
        held = self.release.release
        if held is None:
            return
        self.reads += 1
        try:
            segments = self._read_segments(held.id)
        except DomainError:
            return
        if {s.id for s in segments} == {s.id for s in self.release.segments()}:
            self.release.apply_external(segments)
        else:
            self.release_reshaped.emit()
