"""Where the text in the open editor came from, so that the draft it becomes says so.

A memory match inserted on entering a segment (or with Ctrl+1…9) and then edited is still that match: the
grid keeps showing its score, as memoQ and Trados keep a segment's match rate. The origin follows the text
rather than the keys: undoing the insertion (Esc, Ctrl+Z) gives back the text the segment had and its
origin; clearing the target and typing afresh makes it the translator's own. Qt-free: the editing session
feeds it what the editor does.
"""

from __future__ import annotations

from translator_app.domain.models import HUMAN, Origin

NO_ORIGIN = Origin()


class TextOrigin:
    """The origin of the open editor's text, for the one segment being edited."""

    def __init__(self) -> None:
        self.segment_id: int | None = None
        #: Texts put in whole (the one the editor opened with, inserted matches), latest last.
        self._anchors: list[tuple[str, Origin]] = []
        self._current: Origin = HUMAN

    def opened(self, segment_id: int, text: str, origin: Origin) -> None:
        """An editor opened on ``segment_id`` holding its stored ``text`` (which came from ``origin``)."""
        self.segment_id = segment_id
        self._current = origin if text.strip() else HUMAN
        self._anchors = [(text, self._current)]

    def inserted(self, segment_id: int, text: str, origin: Origin) -> None:
        """``text`` replaced the whole target: a match, an MT output, the source copied."""
        if segment_id != self.segment_id:
            self.opened(segment_id, "", HUMAN)
        self._anchors.append((text, origin))
        self._current = origin

    def cleared(self) -> None:
        """The editor became empty: what is typed from here on is the translator's own."""
        self._current = HUMAN

    def origin_for(self, segment_id: int, text: str) -> Origin:
        """The origin to store with ``text`` for ``segment_id`` (a person's, for a segment not followed;
        none for an empty target)."""
        if not text.strip():
            return NO_ORIGIN
        if segment_id != self.segment_id:
            return HUMAN
        for anchor, origin in reversed(self._anchors):
            if anchor == text:
                return origin
        return self._current
