"""Keeps what is typed in the open editor, so that no typed word is lost.

At every keystroke the text is noted in the open release (a change arriving from elsewhere then becomes a
conflict instead of overwriting it); on every short pause, and at least once a second while typing goes on, it
is written to the typing journal (a ``kill -9`` loses at most that second); after a longer pause it is stored
as a draft. Leaving the segment, switching release, closing and quitting store it too (the editing session
does that); once the stored target equals the typing, the journal is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer

from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.services.typing_journal import UNKNOWN_VERSION, TypingJournal, UnsavedText
from translator_app.ui.editor.target_editor import TargetEditor

#: The journal is written after this pause in typing...
JOURNAL_PAUSE_MS = 300
#: ... and at least this often while typing goes on without a pause.
JOURNAL_MAX_MS = 1000
#: An unconfirmed edit is stored as a draft after this much idle time.
DRAFT_IDLE_MS = 1500


class TypingKeeper(QObject):
    """Follows one editor at a time (the open one)."""

    def __init__(
        self,
        release: OpenRelease,
        journal: TypingJournal | None,
        save_draft: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.release = release
        self.journal = journal
        self.editor: TargetEditor | None = None
        self.segment_id: int | None = None
        self._pause = self._timer(JOURNAL_PAUSE_MS, self.write_journal)
        self._at_most = self._timer(JOURNAL_MAX_MS, self.write_journal)
        self._draft = self._timer(DRAFT_IDLE_MS, save_draft)
        release.changed.connect(self._release_changed)
        release.conflicts_changed.connect(self._conflicts_changed)

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def follow(self, editor: TargetEditor, segment_id: int) -> None:
        """An editor opened on ``segment_id``."""
        self.stop()
        self.editor, self.segment_id = editor, segment_id
        editor.textChanged.connect(self._typed)
        self.release.note_typing(segment_id, editor.text())

    def stop(self) -> None:
        """The editor closed (its text was stored, or kept by a conflict and in the journal)."""
        if self.editor is not None:
            with suppress(RuntimeError, TypeError):  # already destroyed
                self.editor.textChanged.disconnect(self._typed)
        self.editor = self.segment_id = None
        self._draft.stop()
        self.release.note_typing(None)

    def cancel_draft(self) -> None:
        """The typing is being stored right now (confirm, leave): the idle save is not needed."""
        self._draft.stop()

    def _typed(self) -> None:
        editor, segment_id = self.editor, self.segment_id
        if editor is None or segment_id is None:
            return
        self.release.note_typing(segment_id, editor.text())
        self._pause.start()
        if not self._at_most.isActive():
            self._at_most.start()
        self._draft.start()

    def write_journal(self) -> None:
        """Write the unsaved typing to the journal now (or clear it when everything typed is stored)."""
        self._pause.stop()
        self._at_most.stop()
        if self.journal is None:
            return
        unsaved = self.release.unsaved_typing()
        held = self.release.segment(unsaved.segment_id) if unsaved is not None else None
        if unsaved is not None and held is not None:
            self.journal.write(UnsavedText(held.release_id, held.id, held.version, unsaved.text))
            return
        waiting = [c for c in self.release.conflicts() if c.holds_text]
        if waiting:  # text a conflict holds, not stored: it survives a crash or a close too
            theirs = waiting[-1].theirs
            self.journal.write(UnsavedText(theirs.release_id, theirs.id, UNKNOWN_VERSION, waiting[-1].mine))
            return
        self.journal.clear()

    def _release_changed(self, change: ReleaseChange) -> None:
        typing = self.release.typing
        if typing is not None and typing.segment_id in change.ids:
            self.write_journal()  # stored now (cleared), or kept in a conflict (still unsaved)

    def _conflicts_changed(self, _segment_id: int) -> None:
        self.write_journal()  # a conflict holding the user's text came, or was settled
