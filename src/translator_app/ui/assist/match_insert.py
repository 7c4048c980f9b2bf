"""Entering an empty segment inserts its best match, as memoQ, Trados and OmegaT do.

The suggestions for the segment just entered arrive from a worker; when the best memory match (or a
confirmed repetition in the release) reaches the threshold chosen in Preferences (100% and context matches
by default), it goes into the editor as one step of the editor's undo (Esc or Ctrl+Z take it back), with its
origin and score, which the draft keeps. Nothing is inserted once the translator has typed, nor into a
segment that already has a target.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from translator_app.domain.models import Origin, OriginKind, StoredSegment
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.panels.suggestion_items import SuggestionItem, SuggestionKind

NEVER = 0
"""Preferences › Insert the best match: never."""
EXACT_AND_CONTEXT = 100
"""The default: 100% matches and context (101%) matches."""


def origin_of(item: SuggestionItem) -> Origin:
    """What a target taken from ``item`` is marked with (memory score, MT provider, repetition)."""
    if item.kind is SuggestionKind.TM:
        return Origin(OriginKind.TM, score=item.score)
    if item.kind is SuggestionKind.MT:
        return Origin(OriginKind.MT, provider=item.origin or None)
    if item.kind is SuggestionKind.REPETITION:
        return Origin(OriginKind.REPETITION)
    return Origin(OriginKind.HUMAN)


def best_match(items: Sequence[SuggestionItem], threshold: int) -> SuggestionItem | None:
    """The highest-scoring memory match or repetition at or above ``threshold`` (a repetition first at
    equal score: it was confirmed in this very release). None below it, or when ``threshold`` is NEVER."""
    if threshold <= NEVER:
        return None
    candidates = [
        item
        for item in items
        if item.kind in (SuggestionKind.TM, SuggestionKind.REPETITION) and (item.score or 0) >= threshold
    ]
    if not candidates:
        return None
    top = max(item.score or 0 for item in candidates)
    return next(item for item in candidates if (item.score or 0) == top)


class MatchAutoInsert(QObject):
    """Inserts the best match once per entry into an empty segment."""

    def __init__(
        self,
        session: EditingSession,
        threshold: int,
        notify: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.threshold = threshold
        self.notify = notify
        self._waiting: int | None = None
        """The segment just entered, empty, whose first suggestions may fill it."""
        session.current_segment_changed.connect(self._entered)

    def _entered(self, segment: StoredSegment | None) -> None:
        empty = segment is not None and segment.translatable and not segment.target
        self._waiting = segment.id if empty and segment is not None else None

    def offer(self, segment_id: int, items: Sequence[SuggestionItem]) -> bool:
        """The suggestions for ``segment_id`` arrived: insert the best one if it qualifies."""
        if segment_id != self._waiting:
            return False
        self._waiting = None
        best = best_match(items, self.threshold)
        if best is None or not self.session.insert_match(segment_id, best.target, origin_of(best)):
            return False
        self.notify(self._inserted_text(best))
        return True

    def _inserted_text(self, item: SuggestionItem) -> str:
        if item.kind is SuggestionKind.REPETITION:
            return self.tr(
                "Inserted the translation of the same sentence confirmed above; Esc takes it back."
            )
        if (item.score or 0) > 100:
            return self.tr(
                "Inserted a context match (101%: same sentence, same neighbours); Esc takes it back."
            )
        return self.tr("Inserted a {score}% memory match; Esc takes it back.").format(score=item.score)
