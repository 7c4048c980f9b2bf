"""Which segments the grid shows: by status, by origin and by text, through a filter proxy over the model.

Filtering is not dynamic: a segment confirmed while "New" is the filter stays in view until the filter
changes, as in the CAT tools translators know, so that the row under the cursor never vanishes mid-work.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Signal

from translator_app.domain.models import OriginKind, Segment, SegmentStatus, StoredSegment
from translator_app.ui.common.folding import fold
from translator_app.ui.grid.segment_model import SegmentTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
S = SegmentStatus


class StatusFilter(StrEnum):
    """The choices of the status filter; some group several statuses the way translators think of them."""

    ALL = "all"
    TO_DO = "to-do"
    NEW = "new"
    DRAFT = "draft"
    TRANSLATED = "translated"
    APPROVED = "approved"
    REJECTED = "rejected"
    NOT_TRANSLATABLE = "not-translatable"
    TO_REVIEW = "to-review"
    NOT_APPROVED = "not-approved"
    """Everything an export of the approved version still waits for."""


class QaFilter(StrEnum):
    """Segments by QA finding: those with an error, or with a warning (from the release's check)."""

    ALL = "all"
    ERRORS = "errors"
    WARNINGS = "warnings"


class OriginFilter(StrEnum):
    ALL = "all"
    HUMAN = "human"
    TM = "tm"
    MT = "mt"
    REPETITION = "repetition"
    NONE = "none"


#: Segments that still need the translator: no target, an unconfirmed one, or one sent back.
TO_DO_STATUSES = frozenset({S.NEW, S.DRAFT, S.REJECTED})


def status_accepts(choice: StatusFilter, segment: Segment) -> bool:
    if choice is StatusFilter.ALL:
        return True
    if choice is StatusFilter.NOT_TRANSLATABLE:
        return not segment.translatable
    if not segment.translatable:
        return False
    if choice is StatusFilter.TO_DO:
        return segment.status in TO_DO_STATUSES
    if choice is StatusFilter.TO_REVIEW:
        return segment.status is S.TRANSLATED
    if choice is StatusFilter.NOT_APPROVED:
        return segment.status is not S.APPROVED
    return segment.status.value == choice.value


def origin_accepts(choice: OriginFilter, segment: Segment) -> bool:
    return choice is OriginFilter.ALL or segment.origin.kind is OriginKind(choice.value)


class SegmentFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that pass the status, origin and text filters; document order is kept."""

    #: Before and after the filters change (the editing session keeps the user's place across).
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
        """The "hide lines not to translate" switch: menu lines and boilerplate out of view (a switch of
        its own, not one of the filters: clearing the filters leaves it as it is)."""
        #: Segment id -> (source, target, their folded text): each change of the typed words runs over
        #: every row, and folding is the costly part; an entry serves while its texts are the segment's.
        self._folded: dict[int, tuple[str, str, str]] = {}

    def set_filters(
        self, status: StatusFilter | None = None, origin: OriginFilter | None = None, text: str | None = None
    ) -> None:
        """Change any of the filters (None keeps that one) and filter again."""
        self.filter_about_to_change.emit()
        self.beginFilterChange()
        if status is not None:
            self.status = status
        if origin is not None:
            self.origin = origin
        if text is not None:
            self._words = fold(text).split()
            if not self._words:
                self._folded.clear()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def set_qa_filter(self, choice: QaFilter, segment_ids: frozenset[int]) -> None:
        """Keep only ``segment_ids`` (the segments with the chosen kind of QA finding); ALL: no QA filter."""
        self.filter_about_to_change.emit()
        self.beginFilterChange()
        self.qa = choice
        self._qa_ids = segment_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def set_hide_untranslatable(self, hide: bool) -> None:
        """Show or hide the lines not to translate (they stay in view under the "Not translatable" status
        filter, which asks for them)."""
        if hide == self.hide_untranslatable:
            return
        self.filter_about_to_change.emit()
        self.beginFilterChange()
        self.hide_untranslatable = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit()

    def hides(self, segment: Segment) -> bool:
        """Whether the switch keeps ``segment`` out of view."""
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

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.is_filtering() and not self.hide_untranslatable:
            return True
        model = self.sourceModel()
        if not isinstance(model, SegmentTableModel):
            return False
        segment = model.segment_at(source_row)  # not through data(): this runs for every row
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
        """The segment's source and target, folded (from the cache while they are unchanged)."""
        cached = self._folded.get(segment.id)
        if cached is not None and cached[0] == segment.source and cached[1] == segment.target:
            return cached[2]
        folded = fold(f"{segment.source}\n{segment.target}")
        self._folded[segment.id] = (segment.source, segment.target, folded)
        return folded

    def source_row(self, view_row: int) -> int:
        return self.mapToSource(self.index(view_row, 0)).row()

    def view_row(self, source_row: int) -> int:
        """The row in the view of a model row, or -1 when the filters hide it."""
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()

    def nearest_visible(self, source_row: int) -> int | None:
        """The model row in view closest to ``source_row`` in the document (itself when shown; the next one
        on a tie), or None when the filters hide every row."""
        total = self.sourceModel().rowCount()
        if self.rowCount() == 0 or total == 0:
            return None
        source_row = max(0, min(source_row, total - 1))
        for distance in range(total):
            for candidate in (source_row + distance, source_row - distance):
                if 0 <= candidate < total and self.view_row(candidate) >= 0:
                    return candidate
        return None
