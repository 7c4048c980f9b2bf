"""The grid as it was before issue 16's work, kept as the baseline ``bench_grid.py`` measures against.

- :class:`FilterProxyBefore`: a ``QSortFilterProxyModel`` asked row by row through a Python predicate, each
  removed run of rows announced on its own, the text folded per keystroke (with a cache per segment);
- :class:`OpenReleaseBefore`: every segment's words counted one call at a time when a release is loaded, and
  the status and word tallies counted again over every segment after each change.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Signal

from translator_app.domain.models import SegmentStatus, StoredRelease, StoredSegment
from translator_app.domain.words import word_count
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.services.repetitions import repetition_key
from translator_app.ui.grid.segment_filter import (
    OriginFilter,
    QaFilter,
    StatusFilter,
    origin_accepts,
    status_accepts,
)
from translator_app.ui.grid.segment_model import SegmentTableModel


def fold_before(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class FilterProxyBefore(QSortFilterProxyModel):
    filter_about_to_change = Signal()
    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.status = StatusFilter.ALL
        self.origin = OriginFilter.ALL
        self._words: list[str] = []
        self.qa = QaFilter.ALL
        self._qa_ids: frozenset[int] = frozenset()
        self.hide_untranslatable = False
        self._folded: dict[int, tuple[str, str, str]] = {}

    def set_filters(
        self, status: StatusFilter | None = None, origin: OriginFilter | None = None, text: str | None = None
    ) -> None:
        self.filter_about_to_change.emit()
        self.beginFilterChange()
        if status is not None:
            self.status = status
        if origin is not None:
            self.origin = origin
        if text is not None:
            self._words = fold_before(text).split()
            if not self._words:
                self._folded.clear()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def set_qa_filter(self, choice: QaFilter, segment_ids: frozenset[int]) -> None:
        self.filter_about_to_change.emit()
        self.beginFilterChange()
        self.qa = choice
        self._qa_ids = segment_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def set_hide_untranslatable(self, hide: bool) -> None:
        if hide == self.hide_untranslatable:
            return
        self.filter_about_to_change.emit()
        self.beginFilterChange()
        self.hide_untranslatable = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def hides(self, segment: StoredSegment) -> bool:
        return (
            self.hide_untranslatable
            and not segment.translatable
            and self.status is not StatusFilter.NOT_TRANSLATABLE
        )

    def is_filtering(self) -> bool:
        return (
            self.status is not StatusFilter.ALL
            or self.origin is not OriginFilter.ALL
            or bool(self._words)
            or self.qa is not QaFilter.ALL
        )

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.is_filtering() and not self.hide_untranslatable:
            return True
        model = self.sourceModel()
        if not isinstance(model, SegmentTableModel):
            return False
        segment = model.segment_at(source_row)
        if self.hides(segment):
            return False
        if not status_accepts(self.status, segment) or not origin_accepts(self.origin, segment):
            return False
        if self.qa is not QaFilter.ALL and segment.id not in self._qa_ids:
            return False
        if self._words:
            haystack = self._haystack(segment)
            return all(word in haystack for word in self._words)
        return True

    def _haystack(self, segment: StoredSegment) -> str:
        cached = self._folded.get(segment.id)
        if cached is not None and cached[0] == segment.source and cached[1] == segment.target:
            return cached[2]
        folded = fold_before(f"{segment.source}\n{segment.target}")
        self._folded[segment.id] = (segment.source, segment.target, folded)
        return folded

    def source_row(self, view_row: int) -> int:
        return self.mapToSource(self.index(view_row, 0)).row()

    def view_row(self, source_row: int) -> int:
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()

    def nearest_visible(self, source_row: int) -> int | None:
        total = self.sourceModel().rowCount()
        if self.rowCount() == 0 or total == 0:
            return None
        source_row = max(0, min(source_row, total - 1))
        for distance in range(total):
            for candidate in (source_row + distance, source_row - distance):
                if 0 <= candidate < total and self.view_row(candidate) >= 0:
                    return candidate
        return None


class OpenReleaseBefore(OpenRelease):
    def load(self, release: StoredRelease | None, segments: Sequence[StoredSegment]) -> None:
        self.resetting.emit(None)
        self.release = release
        self._segments = list(segments)
        self._rows = {s.id: row for row, s in enumerate(self._segments)}
        self._words = {s.id: word_count(s.source) for s in self._segments}
        groups: dict[str, list[int]] = defaultdict(list)
        for segment in self._segments:
            if segment.translatable:
                groups[repetition_key(segment.source)].append(segment.id)
        self._groups = {key: tuple(ids) for key, ids in groups.items() if len(ids) > 1}
        settled = list(self._conflicts)
        self._conflicts.clear()
        self.typing = None
        self.changed.emit(ReleaseChange(frozenset(self._rows), reset=True))
        for segment_id in settled:
            self.conflicts_changed.emit(segment_id)

    def words_of(self, segment_id: int) -> int:
        return self._words.get(segment_id, 0)

    def counts(self) -> dict[SegmentStatus, int]:
        tally = Counter(s.status for s in self._segments if s.translatable)
        return {status: tally.get(status, 0) for status in SegmentStatus}

    def word_counts(self) -> dict[SegmentStatus, int]:
        tally: Counter[SegmentStatus] = Counter()
        for segment in self._segments:
            if segment.translatable:
                tally[segment.status] += self._words[segment.id]
        return {status: tally.get(status, 0) for status in SegmentStatus}
