"""A table model over the segments of one release, for the translation grid.

One model row per segment and no widget per row: a long release stays as light as a short one. The model is
read-only for now; editing will come through the editing service and ``dataChanged``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from translator_app.domain.models import OriginKind, Segment, SegmentKind, SegmentStatus
from translator_app.ui import status_style
from translator_app.ui.i18n import format_when

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role returning the whole :class:`Segment` of a row, for views and panels that need more than text.
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role returning the row's :class:`SegmentStatus` (filters and delegates use it).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_EMPHASISED_KINDS = frozenset({SegmentKind.TITLE, SegmentKind.HEADING})


class Column(IntEnum):
    NUMBER = 0
    SOURCE = 1
    TARGET = 2
    STATUS = 3
    ORIGIN = 4


class SegmentTableModel(QAbstractTableModel):
    """The segments of the selected release, in document order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []

    # --- content ---------------------------------------------------------------------------------------

    def set_segments(self, segments: Sequence[Segment]) -> None:
        """Show another release's segments (a reset: the rows have nothing in common with the old ones)."""
        self.beginResetModel()
        self._segments = list(segments)
        self.endResetModel()

    def segment_at(self, row: int) -> Segment:
        return self._segments[row]

    def counts(self) -> dict[SegmentStatus, int]:
        """Segments per status among those to translate, for the status bar."""
        tally = Counter(s.status for s in self._segments if s.translatable)
        return {status: tally.get(status, 0) for status in SegmentStatus}

    # --- Qt model interface ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_labels()[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._segments):
            return None
        segment = self._segments[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(segment, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(segment, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            if not segment.translatable:
                return status_style.untranslatable_icon()
            return status_style.status_icon(segment.status)
        if role == Qt.ItemDataRole.ForegroundRole and not segment.translatable:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.NUMBER:
            return QColor(status_style.UNTRANSLATABLE_COLOR)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(segment, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column is Column.NUMBER else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignTop)
        if role == SEGMENT_ROLE:
            return segment
        if role == STATUS_ROLE:
            return segment.status
        return None

    # --- helpers ---------------------------------------------------------------------------------------

    def _header_labels(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("#"),
            Column.SOURCE: self.tr("Source"),
            Column.TARGET: self.tr("Target"),
            Column.STATUS: self.tr("Status"),
            Column.ORIGIN: self.tr("Origin"),
        }

    def _display(self, segment: Segment, column: Column) -> str:
        if column is Column.NUMBER:
            return str(segment.position + 1)  # translators count from 1, as the export messages do
        if column is Column.SOURCE:
            return segment.source
        if column is Column.TARGET:
            return segment.target
        if column is Column.STATUS:
            if not segment.translatable:
                return status_style.untranslatable_label()
            return status_style.status_label(segment.status)
        return self._origin_text(segment)

    def _origin_text(self, segment: Segment) -> str:
        origin = segment.origin
        if origin.kind is OriginKind.TM:
            if origin.score is None:
                return self.tr("TM")
            return self.tr("TM {score}%").format(score=origin.score)
        if origin.kind is OriginKind.MT:
            return self.tr("MT")
        if origin.kind is OriginKind.HUMAN:
            return self.tr("Human")
        if origin.kind is OriginKind.REPETITION:
            return self.tr("Repetition")
        return ""

    def _tooltip(self, segment: Segment, column: Column) -> str | None:
        if column is Column.STATUS:
            if not segment.translatable:
                return status_style.untranslatable_explanation()
            return status_style.status_explanation(segment.status)
        if column is Column.ORIGIN:
            return self._origin_tooltip(segment)
        if column is Column.TARGET and segment.updated_by and segment.updated_at is not None:
            when = format_when(segment.updated_at)
            return self.tr("Last changed by {user} on {when}").format(user=segment.updated_by, when=when)
        if column is Column.SOURCE and not segment.translatable:
            return status_style.untranslatable_explanation()
        return None

    def _origin_tooltip(self, segment: Segment) -> str | None:
        origin = segment.origin
        if origin.kind is OriginKind.TM:
            if origin.score is None:
                return self.tr("From the translation memory")
            return self.tr("From the translation memory, {score}% match").format(score=origin.score)
        if origin.kind is OriginKind.MT:
            provider = origin.provider or self.tr("unknown provider")
            return self.tr("Machine translation ({provider})").format(provider=provider)
        if origin.kind is OriginKind.HUMAN:
            return self.tr("Written by a translator")
        if origin.kind is OriginKind.REPETITION:
            return self.tr("Copied from the same sentence elsewhere in this release")
        return None

    @staticmethod
    def _font(segment: Segment, column: Column) -> QFont | None:
        italic = not segment.translatable
        bold = segment.kind in _EMPHASISED_KINDS and column in (Column.SOURCE, Column.TARGET)
        if not italic and not bold:
            return None
        font = QFont()
        font.setItalic(italic)
        font.setBold(bold)
        return font
