"""The list of releases: title, language pair, progress by status and last change, with a title search.

Built for workspaces of thousands of releases: one model/view table whose delegates paint only the visible
rows, sorted by the model itself on keys computed once per fill (a proxy's sort asked the model for two keys
per comparison: 20,000 calls into Python for 1,000 releases), the search proxy only filtering.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.models import ReleaseSummary, SegmentStatus
from translator_app.services.open_release import OpenRelease
from translator_app.ui.common import icons, status_style
from translator_app.ui.common.folding import fold
from translator_app.ui.common.i18n import english_plural, format_when
from translator_app.ui.releases.progress_delegate import COUNTS_ROLE, ProgressDelegate
from translator_app.ui.releases.title_delegate import TWIN_ROLE, TitleDelegate

AnyIndex = QModelIndex | QPersistentModelIndex

RELEASE_ID_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11
#: The list's counts are read again this long after the open release changed (a burst of edits: once).
SUMMARIES_DELAY_MS = 800


class ReleaseColumn(IntEnum):
    TITLE = 0
    LANGUAGES = 1
    PROGRESS = 2
    LAST_CHANGE = 3


class ReleaseListModel(QAbstractTableModel):
    """Release summaries as rows; the counts per status feed the progress delegate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summaries: list[ReleaseSummary] = []
        self._twins: dict[int, str] = {}
        self._folded: dict[int, str] = {}
        self._rows: dict[int, int] = {}
        self._sorted_by: tuple[ReleaseColumn, Qt.SortOrder] | None = None

    def set_summaries(self, summaries: Sequence[ReleaseSummary]) -> None:
        """Replace the rows, in the order of the last sort asked for."""
        self.beginResetModel()
        self._folded = {s.release.id: fold(s.release.title) for s in summaries}
        self._summaries = self._in_order(list(summaries))
        self._rows = {s.release.id: row for row, s in enumerate(self._summaries)}
        self._twins = self._twin_notes(self._summaries)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows (a header click); the selection and any other persistent index follow their row."""
        if not 0 <= column < len(ReleaseColumn):
            return
        self._sorted_by = (ReleaseColumn(column), order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._summaries[index.row()].release.id for index in before]
        self._summaries = self._in_order(self._summaries)
        self._rows = {s.release.id: row for row, s in enumerate(self._summaries)}
        after = [self.index(self._rows[i], index.column()) for i, index in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _in_order(self, summaries: list[ReleaseSummary]) -> list[ReleaseSummary]:
        """Sorted by the chosen column, equal keys keeping the storage's order (newest import first)."""
        if self._sorted_by is None:
            return summaries
        column, order = self._sorted_by
        return sorted(
            summaries,
            key=lambda s: self._sort_key(s, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def row_of(self, release_id: int) -> int | None:
        return self._rows.get(release_id)

    def folded_title(self, row: int) -> str:
        """The title without case or accents, as the search compares it."""
        return self._folded[self._summaries[row].release.id]

    def _twin_notes(self, summaries: list[ReleaseSummary]) -> dict[int, str]:
        """For releases whose titles read the same, what tells them apart: when each was imported."""
        by_title: dict[str, list[ReleaseSummary]] = {}
        for summary in summaries:
            by_title.setdefault(self._folded[summary.release.id], []).append(summary)
        notes: dict[int, str] = {}
        for group in (g for g in by_title.values() if len(g) > 1):
            for summary in group:
                when = format_when(summary.release.created_at)
                notes[summary.release.id] = self.tr("imported {when}").format(when=when) if when else ""
            if len({notes[s.release.id] for s in group}) < len(group):
                for summary in group:
                    notes[summary.release.id] = f"{notes[summary.release.id]} #{summary.release.id}".strip()
        return notes

    def summary_at(self, row: int) -> ReleaseSummary:
        return self._summaries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._summaries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReleaseColumn)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = {
            ReleaseColumn.TITLE: self.tr("Title"),
            ReleaseColumn.LANGUAGES: self.tr("Languages"),
            ReleaseColumn.PROGRESS: self.tr("Progress"),
            ReleaseColumn.LAST_CHANGE: self.tr("Last change"),
        }
        return labels.get(ReleaseColumn(section)) if 0 <= section < len(ReleaseColumn) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._summaries):
            return None
        summary = self._summaries[index.row()]
        column = ReleaseColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == COUNTS_ROLE:
            return summary.counts
        if role == TWIN_ROLE:
            return self._twins.get(summary.release.id, "")
        if role == RELEASE_ID_ROLE:
            return summary.release.id
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        return None

    def _display(self, summary: ReleaseSummary, column: ReleaseColumn) -> str | None:
        release = summary.release
        if column is ReleaseColumn.TITLE:
            return release.title
        if column is ReleaseColumn.LANGUAGES:
            return f"{release.source_lang} → {release.target_lang}"
        if column is ReleaseColumn.LAST_CHANGE:
            return format_when(summary.last_change)
        return None

    def _tooltip(self, summary: ReleaseSummary, column: ReleaseColumn) -> str | None:
        if column is ReleaseColumn.TITLE:
            release = summary.release
            when = format_when(release.created_at)
            details = self.tr("{file}, imported {when} by {user}").format(
                file=release.original_name or "—", when=when, user=release.created_by
            )
            return f"{release.title}\n{details}"
        if column is ReleaseColumn.PROGRESS:
            lines = [english_plural(self.tr("%n segment(s) to translate", "", summary.total), summary.total)]
            for status in status_style.PROGRESS_ORDER:
                count = summary.counts.get(status, 0)
                lines.append(f"{status_style.status_label(status)}: {count}")
            if summary.untranslatable:
                lines.append(self.tr("Not translatable: {count}").format(count=summary.untranslatable))
            return "\n".join(lines)
        return None

    def _sort_key(self, summary: ReleaseSummary, column: ReleaseColumn) -> Any:
        if column is ReleaseColumn.TITLE:
            return self._folded.get(summary.release.id) or fold(summary.release.title)
        if column is ReleaseColumn.LANGUAGES:
            return f"{summary.release.source_lang}>{summary.release.target_lang}"
        if column is ReleaseColumn.PROGRESS:
            done = summary.counts.get(SegmentStatus.APPROVED, 0) + summary.counts.get(
                SegmentStatus.TRANSLATED, 0
            )
            return done / summary.total if summary.total else 0.0
        return summary.last_change.timestamp() if summary.last_change else 0.0


class TitleFilterProxy(QSortFilterProxyModel):
    """Keeps the releases whose title contains every word typed, ignoring case and accents; a sort asked
    of it (the view's header) is the source model's, so the proxy keeps the source's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        if isinstance(source, ReleaseListModel):
            folded = source.folded_title(source_row)
        else:
            title = source.data(source.index(source_row, ReleaseColumn.TITLE, source_parent))
            folded = fold(str(title or ""))
        return all(word in folded for word in self._words)


class ReleaseList(QWidget):
    """Search box above a table of releases; tells the window which release the user picked."""

    release_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReleaseListModel(self)
        self.proxy = TitleFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search releases by title"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icons.icon("mdi6.magnify", color="#757575"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.textChanged.connect(self.proxy.set_search)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(ReleaseColumn.PROGRESS, ProgressDelegate(self.view))
        self.view.setItemDelegateForColumn(ReleaseColumn.TITLE, TitleDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        # Titles are long (a release's headline): two lines each, its beginning and its end (TitleDelegate).
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ReleaseColumn.LAST_CHANGE, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().setVisible(False)
        row_height = 2 * self.fontMetrics().lineSpacing() + 12
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(ReleaseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        # The title takes what the narrow columns leave: pairs as wide as they are, a compact bar.
        header.setSectionResizeMode(ReleaseColumn.LANGUAGES, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ReleaseColumn.LANGUAGES, self.fontMetrics().horizontalAdvance("fr → en") + 14)
        header.setSectionResizeMode(ReleaseColumn.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ReleaseColumn.PROGRESS, 80)
        # A date or a time is all the last column shows: no wider than that, so the title keeps the room.
        header.setSectionResizeMode(ReleaseColumn.LAST_CHANGE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            ReleaseColumn.LAST_CHANGE, self.fontMetrics().horizontalAdvance("00/00/00 AM") + 12
        )
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    _announced: int | None = None
    _read: Callable[[], list[ReleaseSummary]] | None = None
    _notify: Callable[[str], None] | None = None

    def follow(
        self,
        release: OpenRelease,
        read: Callable[[], list[ReleaseSummary]],
        notify: Callable[[str], None],
    ) -> None:
        """The progress bars follow the work on the open release: read again a moment after it changes (the
        selection, and so the grid, stay put)."""
        self._read, self._notify = read, notify
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(SUMMARIES_DELAY_MS)
        timer.timeout.connect(self.reload)
        release.changed.connect(lambda change: None if change.reset else timer.start())

    def reload(self, read: Callable[[], list[ReleaseSummary]] | None = None) -> bool:
        """Read the releases again (another desktop added, renamed, deleted or signed one off; changed counts)
        and show them in place: the selected release stays selected, and the search and sort apply. ``read``
        defaults to the reader given to :meth:`follow`. False when the read failed (the user is told) or
        there is nothing to read from yet."""
        read = read or self._read
        if read is None:
            return False
        try:
            summaries = read()
        except DomainError as error:
            if self._notify is not None:
                self._notify(self.tr("Could not read the releases: {error}").format(error=error))
            return False
        self.set_summaries(summaries)
        return True

    def set_summaries(self, summaries: Sequence[ReleaseSummary]) -> None:
        """Replace the rows, keeping the selected release selected when it is still there."""
        keep = self.current_release_id()
        self.model.set_summaries(summaries)
        if keep is not None:
            self.select_release(keep)

    def visible_count(self) -> int:
        """Releases shown under the current search."""
        return self.proxy.rowCount()

    def current_release_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(RELEASE_ID_ROLE)
        return int(value) if value is not None else None

    def select_release(self, release_id: int) -> bool:
        """Select (and scroll to) a release; False when it is not in the list or hidden by the search."""
        source_row = self.model.row_of(release_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, ReleaseColumn.TITLE))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def select_first(self) -> bool:
        """Select the top row (the most recent release under the default sort)."""
        if self.proxy.rowCount() == 0:
            return False
        self.view.selectRow(0)
        return True

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Say when the user's release changes; re-selecting the same one after a refresh of the counts is
        not a change (it used to re-run the window's whole release set-up after every saved edit)."""
        release_id = self.current_release_id()
        if release_id is not None and release_id != self._announced:
            self._announced = release_id
            self.release_selected.emit(release_id)
