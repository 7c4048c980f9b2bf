"""Which segments the grid shows: by status, by origin, by QA finding and by text, over the grid's model.

Filtering is not dynamic: a segment confirmed while "New" is the filter stays in view until the filter
changes, as in the CAT tools translators know, so that the row under the cursor never vanishes mid-work.

A filter change computes the list of rows shown in one pass in Python (each filter a list comprehension over
the rows still in, the text compared with texts folded once per segment) and presents it with one model
reset. A ``QSortFilterProxyModel`` asks a Python predicate row by row and announces each removed run of rows
on its own: at 100,000 segments a text filter took over 20 seconds that way; this takes a few tens of
milliseconds (``bench/bench_grid.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from translator_app.domain.models import OriginKind, Segment, SegmentStatus, StoredSegment
from translator_app.ui.common.folding import fold
from translator_app.ui.grid.folded_texts import FoldedTexts
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



def kept_states(choice: StatusFilter, hide_untranslatable: bool) -> frozenset[tuple[bool, SegmentStatus]]:
    """The (translatable, status) pairs the status filter and the hiding switch let through: one set
    membership per row instead of a chain of tests."""
    hide = hide_untranslatable and choice is not StatusFilter.NOT_TRANSLATABLE
    probes = (Segment(0, 0, "", status=status, translatable=flag) for flag in (True, False) for status in S)
    return frozenset(
        (probe.translatable, probe.status)
        for probe in probes
        if status_accepts(choice, probe) and not (hide and not probe.translatable)
    )


def shown_rows(
    segments: Sequence[StoredSegment],
    *,
    status: StatusFilter = StatusFilter.ALL,
    origin: OriginFilter = OriginFilter.ALL,
    hide_untranslatable: bool = False,
    qa_ids: frozenset[int] | None = None,
    words: Sequence[str] = (),
    folded: Sequence[str] = (),
) -> list[int]:
    """The rows of ``segments`` that pass every filter, in document order. ``words`` are folded words that
    must all occur in the row's ``folded`` text. Each filter narrows the rows left by the previous one."""
    rows: Sequence[int] = range(len(segments))
    states = kept_states(status, hide_untranslatable)
    if len(states) < 2 * len(S):
        rows = [r for r in rows if (segments[r].translatable, segments[r].status) in states]
    if origin is not OriginFilter.ALL:
        kind = OriginKind(origin.value)
        rows = [r for r in rows if segments[r].origin.kind is kind]
    if qa_ids is not None:
        rows = [r for r in rows if segments[r].id in qa_ids]
    for word in words:
        rows = [r for r in rows if word in folded[r]]
    return list(rows)


class SegmentFilterProxy(QAbstractTableModel):
    """The rows of the grid's model that pass the status, origin, QA and text filters, in document order.

    Holds the list of model rows shown; ``mapToSource``/``mapFromSource`` translate as a Qt proxy does.
    Changes of a shown segment pass through as ``dataChanged``; a new release or a filter change is one reset.
    """

    #: Before and after the filters change (the editing session keeps the user's place across).
    filter_about_to_change = Signal()
    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: SegmentTableModel | None = None
        self._rows: list[int] | None = None
        """Model rows shown, ascending; None while no filter applies (every row, as it is)."""
        self.status = StatusFilter.ALL
        self.origin = OriginFilter.ALL
        self._words: list[str] = []
        self.qa = QaFilter.ALL
        self._qa_ids: frozenset[int] = frozenset()
        self.hide_untranslatable = False
        """The "hide lines not to translate" switch: menu lines and boilerplate out of view (a switch of
        its own, not one of the filters: clearing the filters leaves it as it is)."""
        self.folded: FoldedTexts | None = None

    # --- the model filtered ------------------------------------------------------------------------------

    def setSourceModel(self, model: SegmentTableModel) -> None:
        """Filter ``model`` (once, when the grid is built)."""
        self.beginResetModel()
        self._source = model
        self.folded = FoldedTexts(model.release.segments, self)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        for name in ("rowsInserted", "rowsRemoved", "rowsMoved", "layoutChanged"):
            getattr(model, name).connect(self._source_reshaped)
        self._refilter()
        self.endResetModel()

    def sourceModel(self) -> SegmentTableModel | None:
        return self._source

    def _source_reset(self) -> None:
        assert self.folded is not None
        self.folded.reset()
        self._refilter()
        self.endResetModel()

    def _source_reshaped(self, *_: object) -> None:
        """Rows came or went without a reset (the grid's model never does that; right if it ever does)."""
        self.beginResetModel()
        if self.folded is not None:
            self.folded.reset()
        self._refilter()
        self.endResetModel()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: object = ()
    ) -> None:
        first, last = top_left.row(), bottom_right.row()
        if self.folded is not None:
            self.folded.forget(first, last)
        rows = self._rows
        if rows is None:
            view_first, view_last = first, last
        else:
            view_first, view_last = bisect_left(rows, first), bisect_left(rows, last + 1) - 1
            if view_first > view_last:
                return
        self.dataChanged.emit(
            self.index(view_first, top_left.column()), self.index(view_last, bottom_right.column())
        )

    def _refilter(self) -> None:
        model = self._source
        if model is None or (not self.is_filtering() and not self.hide_untranslatable):
            self._rows = None
            return
        words = self._words
        folded = self.folded.all() if words and self.folded is not None else []
        self._rows = shown_rows(
            model.release.segments(),
            status=self.status,
            origin=self.origin,
            hide_untranslatable=self.hide_untranslatable,
            qa_ids=self._qa_ids if self.qa is not QaFilter.ALL else None,
            words=words,
            folded=folded,
        )

    def _change(self) -> None:
        """Filter again and show the result: one reset of the view, between the signals that let the
        editing session keep the user's place."""
        self.filter_about_to_change.emit()
        self.beginResetModel()
        self._refilter()
        self.endResetModel()
        self.filter_changed.emit()

    # --- the filters -------------------------------------------------------------------------------------

    def set_filters(
        self, status: StatusFilter | None = None, origin: OriginFilter | None = None, text: str | None = None
    ) -> None:
        """Change any of the filters (None keeps that one) and filter again."""
        if status is not None:
            self.status = status
        if origin is not None:
            self.origin = origin
        if text is not None:
            self._words = fold(text).split()
        self._change()

    def set_qa_filter(self, choice: QaFilter, segment_ids: frozenset[int]) -> None:
        """Keep only ``segment_ids`` (the segments with the chosen kind of QA finding); ALL: no QA filter."""
        self.qa = choice
        self._qa_ids = segment_ids
        self._change()

    def set_hide_untranslatable(self, hide: bool) -> None:
        """Show or hide the lines not to translate (they stay in view under the "Not translatable" status
        filter, which asks for them)."""
        if hide == self.hide_untranslatable:
            return
        self.hide_untranslatable = hide
        self._change()

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

    # --- rows of the view and of the model -----------------------------------------------------------------

    def source_row(self, view_row: int) -> int:
        """The model row shown at ``view_row`` (-1 outside the view)."""
        if not 0 <= view_row < self.rowCount():
            return -1
        return view_row if self._rows is None else self._rows[view_row]

    def view_row(self, source_row: int) -> int:
        """The row in the view of a model row, or -1 when the filters hide it."""
        rows = self._rows
        if rows is None:
            return source_row if 0 <= source_row < self.rowCount() else -1
        at = bisect_left(rows, source_row)
        return at if at < len(rows) and rows[at] == source_row else -1

    def nearest_visible(self, source_row: int) -> int | None:
        """The model row in view closest to ``source_row`` in the document (itself when shown; the next one
        on a tie), or None when the filters hide every row."""
        total = self._source.rowCount() if self._source is not None else 0
        if self.rowCount() == 0 or total == 0:
            return None
        source_row = max(0, min(source_row, total - 1))
        rows = self._rows
        if rows is None:
            return source_row
        at = bisect_left(rows, source_row)
        after = rows[at] if at < len(rows) else None
        before = rows[at - 1] if at > 0 else None
        if after is None:
            return before
        if before is None or after - source_row <= source_row - before:
            return after
        return before

    def mapToSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        row = self.source_row(index.row()) if index.isValid() else -1
        if row < 0 or self._source is None:
            return QModelIndex()
        return self._source.index(row, index.column())

    def mapFromSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        row = self.view_row(index.row()) if index.isValid() else -1
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    # --- Qt model interface ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        if parent.isValid() or self._source is None:
            return 0
        return self._source.rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.source_row(index.row()) if index.isValid() else -1
        return self._source.cell(row, index.column(), role) if row >= 0 and self._source is not None else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row = self.source_row(index.row()) if index.isValid() else -1
        if row < 0 or self._source is None:
            return Qt.ItemFlag.NoItemFlags
        return self._source.cell_flags(row, index.column())

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        source = self.mapToSource(index)
        return source.isValid() and self._source is not None and self._source.setData(source, value, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            section = self.source_row(section)
        return self._source.headerData(section, orientation, role)
