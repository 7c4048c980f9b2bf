"""A table model over the open release's segments, for the translation grid.

One model row per segment and no widget per row: a long release stays as light as a short one. The model holds
no segment of its own: it reads the :class:`OpenRelease` and turns its events into Qt's (a reset, or
``dataChanged`` over the rows that changed), which makes it the grid's only writer. It never writes to storage
either: an edited target is announced with :attr:`SegmentTableModel.target_submitted`, the editing session
stores it, and the stored segment comes back as an event of the open release.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from translator_app.domain.models import OriginKind, Segment, SegmentKind, SegmentStatus, StoredSegment
from translator_app.domain.words import character_count
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.ui.common import status_style
from translator_app.ui.common.i18n import format_when

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role returning the whole :class:`Segment` of a row, for views and panels that need more than text.
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role returning the row's :class:`SegmentStatus` (filters and delegates use it).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: Role returning the logins of the other desktops that have the row's segment open (a team server).
PRESENCE_ROLE = Qt.ItemDataRole.UserRole + 3

_EMPHASISED_KINDS = frozenset({SegmentKind.TITLE, SegmentKind.HEADING})


class Column(IntEnum):
    NUMBER = 0
    SOURCE = 1
    TARGET = 2
    STATUS = 3
    ORIGIN = 4
    """Headed "Match": where the target came from, with the memory's score (101%, 87%, MT, Human…)."""
    WORDS = 5
    """The source's words (the domain's one word count)."""
    CHARACTERS = 6
    """The source's characters as a reader sees them (tags left out)."""


_COLUMNS = tuple(Column)
_COLUMN_COUNT = len(_COLUMNS)
_R = Qt.ItemDataRole
_DISPLAY, _EDIT, _TOOLTIP = int(_R.DisplayRole.value), int(_R.EditRole.value), int(_R.ToolTipRole.value)
_DECORATION, _FOREGROUND, _FONT = (
    int(_R.DecorationRole.value),
    int(_R.ForegroundRole.value),
    int(_R.FontRole.value),
)
_ALIGNMENT = int(_R.TextAlignmentRole.value)
#: Roles views ask for that this model never answers (checked early, they are asked for every cell).
_IGNORED_ROLES = frozenset(
    int(r.value)
    for r in (_R.BackgroundRole, _R.CheckStateRole, _R.SizeHintRole, _R.StatusTipRole, _R.WhatsThisRole)
)
_ALIGN_NUMBER = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop).value)
_ALIGN_TEXT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value)
_NUMBER_COLOR = QColor(status_style.UNTRANSLATABLE_COLOR)
_COUNT_COLUMNS = frozenset({Column.WORDS, Column.CHARACTERS})
_RIGHT_ALIGNED = frozenset({Column.NUMBER, Column.WORDS, Column.CHARACTERS})


class SegmentTableModel(QAbstractTableModel):
    """The open release's segments in document order: an adapter of its events, and their only writer."""

    #: (segment id, new target) when the user finished editing a target cell.
    target_submitted = Signal(int, str)

    def __init__(self, release: OpenRelease, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.release = release
        self._resetting = False
        self._present: dict[int, tuple[str, ...]] = {}
        before = release.resetting.connect(self._before_reset)
        changed = release.changed.connect(self._changed)

        def stop_listening(*_: object) -> None:
            release.resetting.disconnect(before)
            release.changed.disconnect(changed)

        # The open release may outlive this model (a closed window's, a test's): stop listening with it.
        self.destroyed.connect(stop_listening)

    # --- the open release's events ---------------------------------------------------------------------

    def _before_reset(self, _event: None) -> None:
        self.beginResetModel()
        self._resetting = True

    def _changed(self, change: ReleaseChange) -> None:
        if change.reset:
            if not self._resetting:
                self.beginResetModel()
            self._resetting = False
            self.endResetModel()
            return
        rows = sorted(r for r in map(self.release.row_of, change.ids) if r is not None)
        last = _COLUMN_COUNT - 1
        for first, final in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(final, last))

    def set_presence(self, present: dict[int, tuple[str, ...]]) -> None:
        """Who else has which segment open (segment id → logins): the rows that gained or lost someone
        repaint their number cell."""
        before, self._present = self._present, dict(present)
        touched = {i for i in before.keys() | present.keys() if before.get(i) != present.get(i)}
        rows = sorted(r for r in map(self.release.row_of, touched) if r is not None)
        for first, final in _runs(rows):
            self.dataChanged.emit(self.index(first, Column.NUMBER), self.index(final, Column.NUMBER))

    def present_on(self, segment_id: int) -> tuple[str, ...]:
        return self._present.get(segment_id, ())

    # --- reading ---------------------------------------------------------------------------------------

    def segment_at(self, row: int) -> StoredSegment:
        return self.release.segment_at(row)

    def row_of(self, segment_id: int) -> int | None:
        return self.release.row_of(segment_id)

    # --- Qt model interface ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.release)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.cell_flags(index.row(), index.column())

    def cell_flags(self, row: int, column: int) -> Qt.ItemFlag:
        """What :meth:`flags` answers, by row and column (for the filter proxy, as :meth:`cell`)."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column == Column.TARGET and self.release.segment_at(row).translatable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Announce an edited target; the row changes only once the editing service has stored it."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != Column.TARGET:
            return False
        segment = self.release.segment_at(index.row())
        if not segment.translatable:
            return False
        if str(value) != segment.target:
            self.target_submitted.emit(segment.id, str(value))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == Column.STATUS else self._header_labels()[Column(section)]
        if role == Qt.ItemDataRole.DecorationRole and section == Column.STATUS:
            return status_style.status_icon(SegmentStatus.TRANSLATED)  # the column is as narrow as its icons
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._header_labels()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column_number: int, role: int) -> Any:
        """What :meth:`data` answers, by row and column: the filter proxy asks here without making an
        index of this model (each index would ask for the row and column counts again)."""
        # Called for every role of every visible cell on each paint: plain ints and early exits keep it cheap.
        if not 0 <= row < len(self.release) or not 0 <= column_number < _COLUMN_COUNT:
            return None
        segment = self.release.segment_at(row)
        column = _COLUMNS[column_number]
        role = int(role)
        if role == _DISPLAY:
            return self._display(segment, column)
        if role in _IGNORED_ROLES:
            return None
        if role == _FOREGROUND:
            if not segment.translatable:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return _NUMBER_COLOR if column is Column.NUMBER or column in _COUNT_COLUMNS else None
        if role == _FONT:
            return self._font(segment, column)
        if role == _ALIGNMENT:
            return _ALIGN_NUMBER if column in _RIGHT_ALIGNED else _ALIGN_TEXT
        if role == _DECORATION:
            if column is not Column.STATUS:
                return None
            if not segment.translatable:
                return status_style.untranslatable_icon()
            return status_style.status_icon(segment.status)
        if role == _EDIT:
            return segment.target if column is Column.TARGET else self._display(segment, column)
        if role == _TOOLTIP:
            return self._tooltip(segment, column)
        if role == SEGMENT_ROLE:
            return segment
        if role == STATUS_ROLE:
            return segment.status
        if role == PRESENCE_ROLE:
            return self._present.get(segment.id, ())
        return None

    # --- helpers ---------------------------------------------------------------------------------------

    def _header_labels(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("#"),
            Column.SOURCE: self.tr("Source"),
            Column.TARGET: self.tr("Target"),
            Column.STATUS: self.tr("Status"),
            Column.ORIGIN: self.tr("Match"),
            Column.WORDS: self.tr("Words"),
            Column.CHARACTERS: self.tr("Chars"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.STATUS: self.tr("Status of the segment (hover an icon for its name)"),
            Column.ORIGIN: self.tr(
                "Where the target came from: a context match (101%), a 100% or fuzzy memory match, machine "
                "translation, a repetition of a sentence confirmed in this release, or a translator"
            ),
            Column.WORDS: self.tr("Words in the source"),
            Column.CHARACTERS: self.tr("Characters in the source, spaces included"),
        }

    def _display(self, segment: StoredSegment, column: Column) -> str:
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
        if column is Column.WORDS:
            return str(self.release.words_of(segment.id))
        if column is Column.CHARACTERS:
            return str(character_count(segment.source))
        return self._origin_text(segment)

    def _origin_text(self, segment: Segment) -> str:
        """Short, for the narrow Match column (the tooltip says it in full)."""
        origin = segment.origin
        if origin.kind is OriginKind.TM:
            if origin.score is None:
                return self.tr("TM")
            return self.tr("{score}%").format(score=origin.score)
        if origin.kind is OriginKind.MT:
            return self.tr("MT")
        if origin.kind is OriginKind.HUMAN:
            return self.tr("Human")
        if origin.kind is OriginKind.REPETITION:
            return self.tr("Rep.")
        return ""

    def _tooltip(self, segment: StoredSegment, column: Column) -> str | None:
        if column is Column.NUMBER and segment.id in self._present:
            logins = self._present[segment.id]
            if len(logins) == 1:
                return self.tr("{login} has this segment open").format(login=logins[0])
            return self.tr("{logins} have this segment open").format(logins=", ".join(logins))
        if column is Column.STATUS:
            if not segment.translatable:
                return status_style.untranslatable_explanation()
            return status_style.status_explanation(segment.status)
        if column is Column.ORIGIN:
            return self._origin_tooltip(segment)
        if column in _COUNT_COLUMNS:
            return self._counts_tooltip(segment)
        if column is Column.TARGET and segment.updated_by and segment.updated_at is not None:
            when = format_when(segment.updated_at)
            return self.tr("Last changed by {user} on {when}").format(user=segment.updated_by, when=when)
        if column is Column.SOURCE and not segment.translatable:
            return status_style.untranslatable_explanation()
        return None

    def _counts_tooltip(self, segment: StoredSegment) -> str:
        words = self.release.words_of(segment.id)
        text = self.tr("Source: {words} words, {chars} characters").format(
            words=words, chars=character_count(segment.source)
        )
        if segment.target:
            text += "\n" + self.tr("Target: {chars} characters").format(chars=character_count(segment.target))
        return text

    def _origin_tooltip(self, segment: Segment) -> str | None:
        origin = segment.origin
        if origin.kind is OriginKind.TM:
            if origin.score is None:
                return self.tr("From the translation memory")
            if origin.score > 100:
                return self.tr(
                    "From the translation memory, context match (101%): the same sentence between the same "
                    "neighbours"
                )
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


def _runs(rows: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Consecutive rows as (first, last) runs: one ``dataChanged`` per run, not per row."""
    if not rows:
        return
    first = last = rows[0]
    for row in rows[1:]:
        if row != last + 1:
            yield first, last
            first = row
        last = row
    yield first, last
