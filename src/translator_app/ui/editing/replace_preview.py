"""Replace all's preview: every segment it would change, ticked, with its target before and after.

The hits are highlighted in the target as it is and what is written in their place in the result, tags as
chips, so the translator sees a case changed or a word caught inside another before anything is stored.
Unticking a row leaves that segment as it is; nothing is written until "Replace" is pressed, and then all of
it is one step of the undo history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from translator_app.domain.models import SegmentStatus, StoredSegment
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.status_style import status_label
from translator_app.ui.editing.text_search import Replaced
from translator_app.ui.editor.chip_text import ChipTextDelegate

HTML_ROLE = Qt.ItemDataRole.UserRole + 50
# Dark text on light tints, readable in the light and the dark theme alike.
FOUND_STYLE = "background:#ffd8a8;color:#5d2c00;text-decoration:line-through"
WRITTEN_STYLE = "background:#c8e6c9;color:#103d14;font-weight:bold"
CONFIRMED = frozenset({SegmentStatus.TRANSLATED, SegmentStatus.APPROVED})
MAX_TABLE_HEIGHT = 460


@dataclass(frozen=True)
class SegmentReplacement:
    """One segment Replace all would change: the segment as shown and its target after replacing."""

    segment: StoredSegment
    result: Replaced

    @property
    def number(self) -> int:
        return self.segment.position + 1


def marked_html(text: str, spans: Sequence[tuple[int, int]], style: str) -> str:
    """``text`` as HTML with ``spans`` highlighted (tags stay text here; the delegate draws them as chips)."""
    pieces: list[str] = []
    last = 0
    for start, end in sorted(spans):
        pieces.append(escape(text[last:start]))
        pieces.append(f'<span style="{style}">{escape(text[start:end]) or "&#8203;"}</span>')
        last = end
    pieces.append(escape(text[last:]))
    return "".join(pieces).replace("\n", "<br>")


class _CheckTable(QTableView):
    """Space ticks or unticks the current row, wherever the cursor is in it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        current = self.currentIndex()
        if event.key() == Qt.Key.Key_Space and isinstance(model, QStandardItemModel) and current.isValid():
            item = model.item(current.row(), 0)
            if item is not None:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class ReplacePreview(QDialog):
    """The segments a Replace all would change, each with a tick; :meth:`chosen` gives the ticked ones."""

    def __init__(
        self,
        find: str,
        replace: str,
        replacements: Sequence[SegmentReplacement],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replacePreview")
        self.setWindowTitle(self.tr("Replace all"))
        self.replacements = list(replacements)
        hits = sum(r.result.count for r in self.replacements)
        segments = len(self.replacements)
        summary = english_plural(self.tr("%n time(s)", "", hits), hits)
        text = self.tr(
            "“{find}” → “{replace}”: {times} in %n segment(s). Untick what should stay as it is.",
            "",
            segments,
        )
        self.intro = QLabel(
            english_plural(text, segments).format(find=find, replace=replace, times=summary), self
        )
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setObjectName("replaceSummary")
        self.intro.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Confirmed segments stay confirmed and their memory units get the new text; approved ones go "
                "back to translated for a reviewer to look at again."
            ),
            self,
        )
        self.note.setObjectName("replaceMemoryNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.note.setVisible(any(r.segment.status in CONFIRMED for r in self.replacements))

        self.model = QStandardItemModel(0, 3, self)
        headings = [self.tr("Segment"), self.tr("Target"), self.tr("After replacing")]
        self.model.setHorizontalHeaderLabels(headings)
        for replacement in self.replacements:
            self.model.appendRow(self._row(replacement))
        self.table = _CheckTable(self)
        self.table.setObjectName("replaceHits")
        self.table.setAccessibleName(self.tr("Segments to change"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for column in (1, 2):
            self.table.setItemDelegateForColumn(column, ChipTextDelegate(self.table, HTML_ROLE))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())

        self.tick_all = QPushButton(self.tr("Tick all"), self)
        self.tick_all.setObjectName("replaceTickAll")
        self.tick_none = QPushButton(self.tr("Untick all"), self)
        self.tick_none.setObjectName("replaceTickNone")
        self.tick_all.clicked.connect(lambda: self.set_all(True))
        self.tick_none.clicked.connect(lambda: self.set_all(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.replace_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.replace_button.setObjectName("replaceConfirm")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.itemChanged.connect(lambda _item: self._count_changed())

        row = QHBoxLayout()
        row.addWidget(self.tick_all)
        row.addWidget(self.tick_none)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(860, 460)
        self._count_changed()
        self.table.setFocus()
        if self.replacements:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _row(self, replacement: SegmentReplacement) -> list[QStandardItem]:
        segment, result = replacement.segment, replacement.result
        number = QStandardItem(f"#{replacement.number}")
        number.setCheckable(True)
        number.setCheckState(Qt.CheckState.Checked)
        number.setEditable(False)
        number.setToolTip(status_label(segment.status))
        before = QStandardItem(segment.target)
        before.setData(marked_html(segment.target, result.found, FOUND_STYLE), HTML_ROLE)
        after = QStandardItem(result.text)
        after.setData(marked_html(result.text, result.written, WRITTEN_STYLE), HTML_ROLE)
        for item in (before, after):
            item.setEditable(False)
        return [number, before, after]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_height)  # once the columns have their widths

    def _fit_rows(self) -> int:
        """Rows as tall as their wrapped text; returns the height the table needs to show them all."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        return rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2

    def _fit_height(self) -> None:
        """A short list makes a short dialog; a long one scrolls in a dialog of at most MAX_HEIGHT."""
        needed = self._fit_rows()
        self.table.setMinimumHeight(min(needed, MAX_TABLE_HEIGHT))
        self.resize(self.width(), self.sizeHint().height())
        self.table.setMinimumHeight(min(needed, 120))

    def set_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item is not None:
                item.setCheckState(state)

    def ticked_rows(self) -> list[int]:
        return [
            row
            for row in range(self.model.rowCount())
            if (item := self.model.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def chosen(self) -> list[SegmentReplacement]:
        """The ticked segments, in the grid's order."""
        return [self.replacements[row] for row in self.ticked_rows()]

    def _count_changed(self) -> None:
        count = len(self.ticked_rows())
        self.replace_button.setText(english_plural(self.tr("Replace in %n segment(s)", "", count), count))
        self.replace_button.setEnabled(count > 0)

    def row_texts(self, row: int) -> tuple[str, str, str]:
        """A row's number, target and result as text (tests read them)."""
        return tuple(  # type: ignore[return-value]
            str(self.model.index(row, column).data(Qt.ItemDataRole.DisplayRole)) for column in range(3)
        )

    def cell_index(self, row: int, column: int) -> QModelIndex:
        return self.model.index(row, column)
