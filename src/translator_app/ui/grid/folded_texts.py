"""Each segment's source and target as the text filter compares them, folded once rather than per keystroke.

Folding (case and accents) is the costly part of a text filter: done on every keystroke over a 100,000-segment
release it takes seconds. Here each row is folded once, in small slices while the window is idle after a
release opens, and again only when that row's segment changes; a filter typed before the slices are done
folds what is left at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

from translator_app.domain.models import StoredSegment
from translator_app.ui.common.folding import fold

#: Rows folded per idle slice: about 10 ms of work, so typing and scrolling stay smooth.
SLICE_ROWS = 1000
#: The slices start this long after a release opens, once its first screen is painted.
START_DELAY_MS = 500


def folded_text(segment: StoredSegment) -> str:
    """What a filter word is looked for in: the source and the target, folded."""
    return fold(f"{segment.source}\n{segment.target}")


class FoldedTexts(QObject):
    """Folded source and target per model row of the open release (None: not folded yet)."""

    def __init__(
        self, segments: Callable[[], Sequence[StoredSegment]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._segments = segments
        self._texts: list[str | None] = []
        self._next = 0
        """Rows before this one were folded by the idle slices (rows changed since are None again)."""
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._fold_slice)

    def reset(self) -> None:
        """Another release (or the same one read again): fold it anew, in idle slices."""
        self._texts = [None] * len(self._segments())
        self._next = 0
        if self._texts:
            self._timer.start(START_DELAY_MS)
        else:
            self._timer.stop()

    def forget(self, first: int, last: int) -> None:
        """Rows ``first``..``last`` changed: folded again when next needed."""
        for row in range(max(0, first), min(last + 1, len(self._texts))):
            self._texts[row] = None

    def all(self) -> list[str]:
        """Every row folded (what the idle slices have not done yet is done now)."""
        segments = self._segments()
        if len(segments) != len(self._texts):
            self._texts = [None] * len(segments)
        texts = self._texts
        for row, text in enumerate(texts):
            if text is None:
                texts[row] = folded_text(segments[row])
        self._timer.stop()
        self._next = len(texts)
        return texts  # type: ignore[return-value]  # no None left

    def pending(self) -> int:
        """Rows not folded yet (tests and the benchmark read it)."""
        return sum(1 for text in self._texts if text is None)

    def _fold_slice(self) -> None:
        segments = self._segments()
        texts = self._texts
        if len(segments) != len(texts):
            self.reset()
            return
        self._timer.setInterval(0)
        end = min(len(texts), self._next + SLICE_ROWS)
        for row in range(self._next, end):
            if texts[row] is None:
                texts[row] = folded_text(segments[row])
        self._next = end
        if end >= len(texts):
            self._timer.stop()
