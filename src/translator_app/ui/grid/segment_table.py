"""The segment grid: a QTableView with wrapped text and row heights measured only where the eye is.

``resizeRowsToContents`` over a whole release measures every cell of every row, which is slow on long
documents and is redone on each column resize. Here rows start at a sensible default height and are fitted to
their text when they come into view; a column resize forgets the measurements and refits what is visible.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from translator_app.ui.grid.delegates import H_PAD as _H_PAD
from translator_app.ui.grid.delegates import V_PAD as _V_PAD
from translator_app.ui.grid.delegates import SegmentDelegate
from translator_app.ui.grid.narrow_columns import (
    CHIP_H_PAD,
    ICON_SIZE,
    MatchChipDelegate,
    OneLineDelegate,
    StatusIconDelegate,
)
from translator_app.ui.grid.segment_model import Column

#: Rows are fitted a little beyond the viewport so that scrolling by a few lines does not jump.
_LOOKAHEAD_ROWS = 5
#: Fitting rows makes them taller, which can push others out of view: a few passes settle it.
_MAX_FIT_PASSES = 4
#: Rows of context kept below the active row when the grid shows it...
CONTEXT_ROWS = 2
#: ... as long as they take at most this share of the view.
CONTEXT_SHARE = 0.4


class SegmentTable(QTableView):
    """Grid of segments: #, source, target, status, match, words, characters; the target is edited in place.

    Source and Target share the width; the other columns take what their content needs (the status as an
    icon, the match as a chip, the counts as numbers).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted: set[int] = set()
        self._anchor = QPersistentModelIndex()
        self._with_context = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_visible_rows)

        self.setObjectName("segmentGrid")
        self.setAccessibleName(self.tr("Segments"))
        self.segment_delegate = SegmentDelegate(self)
        self.setItemDelegate(self.segment_delegate)
        self.setItemDelegateForColumn(Column.STATUS, StatusIconDelegate(self))
        self.setItemDelegateForColumn(Column.ORIGIN, MatchChipDelegate(self))
        counts = OneLineDelegate(self)
        self.setItemDelegateForColumn(Column.WORDS, counts)
        self.setItemDelegateForColumn(Column.CHARACTERS, counts)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The editing session opens the target editor on the current row; F2 and a double click do too.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)

        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        line = self.fontMetrics().lineSpacing()
        vertical.setDefaultSectionSize(line + 2 * _V_PAD + 4)
        vertical.setMinimumSectionSize(line + 2 * _V_PAD)

        horizontal = self.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal.sectionResized.connect(self._forget_heights)
        self.verticalScrollBar().valueChanged.connect(self._schedule_fit)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        signals = ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved")
        if old is not None:
            for name in signals:
                getattr(old, name).disconnect(self._forget_heights)
            old.dataChanged.disconnect(self._forget_changed_rows)
        super().setModel(model)
        if model is not None:
            for name in signals:
                getattr(model, name).connect(self._forget_heights)
            model.dataChanged.connect(self._forget_changed_rows)
            self._set_up_columns()
        self._forget_heights()

    def _set_up_columns(self) -> None:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        header.setSectionResizeMode(Column.NUMBER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.NUMBER, metrics.horizontalAdvance("0000") + 2 * _H_PAD + 8)
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.STATUS, ICON_SIZE + 2 * _H_PAD + 6)
        model = self.model()
        labels = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in Column] if model else []
        translate = QCoreApplication.translate  # the model's own words, as lupdate finds them there
        chips = max(
            metrics.horizontalAdvance(t)
            for t in (
                translate("SegmentTableModel", "{score}%").format(score=101),
                translate("SegmentTableModel", "Human"),
                translate("SegmentTableModel", "Rep."),
            )
        )
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column, content in (
            (Column.ORIGIN, chips + 2 * CHIP_H_PAD + 2 * _H_PAD),
            (Column.WORDS, metrics.horizontalAdvance("000") + 2 * _H_PAD),
            (Column.CHARACTERS, metrics.horizontalAdvance("0000") + 2 * _H_PAD),
        ):
            title = header.fontMetrics().horizontalAdvance(labels[column]) + 2 * margin + 2 if labels else 0
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(content, title))

    # --- lazy row heights --------------------------------------------------------------------------------

    def _forget_heights(self, *_: object) -> None:
        """Measurements are stale (new rows, new text or new column widths): refit what is visible."""
        self._fitted.clear()
        self._schedule_fit()

    def _forget_changed_rows(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        """One segment's new target re-measures that row, not every row on screen."""
        rows = range(top_left.row(), bottom_right.row() + 1)
        self._fitted.difference_update(rows)
        self._schedule_fit()

    def _schedule_fit(self, *_: object) -> None:
        self._fit_timer.start()

    def visible_rows(self) -> range:
        """The rows in (or just around) the viewport."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return range(0)
        first = self.rowAt(0)
        last = self.rowAt(self.viewport().height() - 1)
        first = 0 if first < 0 else first
        last = model.rowCount() - 1 if last < 0 else last
        return range(max(0, first - 1), min(model.rowCount(), last + 1 + _LOOKAHEAD_ROWS))

    def fit_visible_rows(self) -> None:
        """Fit the visible rows to their wrapped text; rows out of view keep their default height."""
        scroll = self.verticalScrollBar()
        # Taller rows lengthen the document: a view scrolled to the end stays at the end.
        at_end = scroll.maximum() > 0 and scroll.value() == scroll.maximum()
        for _ in range(_MAX_FIT_PASSES):
            pending = [row for row in self.visible_rows() if row not in self._fitted]
            if not pending:
                break
            for row in pending:
                self.resizeRowToContents(row)
                self._fitted.add(row)
            # Update the scroll range now rather than at the next layout, so that "scroll to the end"
            # right after a fit goes to the real end.
            self.updateGeometries()
            if at_end:
                scroll.setValue(scroll.maximum())
            elif self._anchor.isValid():
                # Rows above the one asked for grew: bring it back into view, then fit what is new.
                anchor = self.model().index(self._anchor.row(), self._anchor.column())
                if self._with_context:
                    self._keep_context(anchor)
                else:
                    super().scrollTo(anchor)
        self._anchor = QPersistentModelIndex()
        self._with_context = False

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll to ``index`` and keep it in view while the rows around it are measured."""
        super().scrollTo(index, hint)
        if index.isValid():
            self._anchor = QPersistentModelIndex(index)
            self._with_context = False
            self._schedule_fit()

    def show_with_context(self, index: QModelIndex) -> None:
        """Show ``index`` with a few rows of context below it (the next segments to read): the view stays
        where it is when they are in view already, else the row comes to the middle. Kept while the rows
        around it are measured."""
        self._keep_context(index)
        if index.isValid():
            self._anchor = QPersistentModelIndex(index)
            self._with_context = True
            self._schedule_fit()

    def _keep_context(self, index: QModelIndex) -> None:
        rect, viewport = self.visualRect(index), self.viewport().rect()
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        below = sum(
            self.rowHeight(r) for r in range(index.row() + 1, min(rows, index.row() + 1 + CONTEXT_ROWS))
        )
        margin = min(below, int(viewport.height() * CONTEXT_SHARE))
        comfortable = rect.top() >= 0 and rect.bottom() + margin <= viewport.bottom()
        super().scrollTo(
            index, self.ScrollHint.EnsureVisible if comfortable else self.ScrollHint.PositionAtCenter
        )

    def fit_row(self, row: int) -> None:
        """Measure one row now (the row being edited grows with its editor)."""
        if 0 <= row < (self.model().rowCount() if self.model() is not None else 0):
            self.resizeRowToContents(row)
            self._fitted.add(row)

    def fitted_rows(self) -> frozenset[int]:
        """Rows measured so far (tests use it to check that measuring stays lazy)."""
        return frozenset(self._fitted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._schedule_fit()
