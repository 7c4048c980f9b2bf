"""Counts a long release's words while the window is idle, so that opening it does not wait for them.

Counting words is a regular-expression pass over every source: about 0.4 s at 100,000 segments, which
would come before the first screen. The open release counts a short release as it loads; a longer one
is counted here in slices of a few milliseconds after the first screen is shown, and the status bar
adds the word totals when they are ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from translator_app.services.open_release import OpenRelease

#: Segments counted per idle slice (a few milliseconds).
SLICE_SEGMENTS = 2000
#: The slices start this long after a change that left words uncounted (a release opened).
START_DELAY_MS = 300


class WordTally(QObject):
    """Drives :meth:`OpenRelease.count_words` from a timer and calls ``ready`` once the totals exist."""

    def __init__(
        self, release: OpenRelease, ready: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.release = release
        self.ready = ready
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._count_slice)

    def start_if_needed(self) -> None:
        """After a change of the open release: count in the background when its words are not counted."""
        if self.release.word_counts() is None and not self._timer.isActive():
            self._timer.start(START_DELAY_MS)

    def _count_slice(self) -> None:
        self._timer.setInterval(0)
        if self.release.count_words(SLICE_SEGMENTS):
            self._timer.stop()
            self.ready()
