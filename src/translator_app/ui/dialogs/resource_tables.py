"""The tables of the memory and glossary manager: memory units and glossary terms, edited in place.

Each model holds the rows the manager read and hands an edit to a ``save`` callback (the service call) that
returns the stored row, or None when it was refused (the manager has said why): the cell then shows what
is stored, never what was refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from translator_app.domain.matching import TmUnit
from translator_app.domain.terms import Term, split_variants
from translator_app.ui.common.i18n import format_when

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row", TmUnit, Term)
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
CHECK = Qt.ItemDataRole.CheckStateRole


class UnitColumn(IntEnum):
    SOURCE = 0
    TARGET = 1
    APPROVED = 2
    CHANGED_BY = 3
    CHANGED = 4


class TermColumn(IntEnum):
    SOURCE = 0
    TARGET = 1
    NOTE = 2
    FORBIDDEN = 3
    CASE = 4


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind with a ``save(old, new) -> stored or None`` callback for edits."""

    columns: type[IntEnum]
    editable: tuple[int, ...] = ()
    checkable: tuple[int, ...] = ()

    def __init__(self, save: Callable[[Row, Row], Row | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._save: Callable[[Row, Row], Row | None] = save

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: Sequence[Row]) -> None:
        """The next page of a long list, below the rows shown."""
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def remove_ids(self, ids: set[int]) -> None:
        self.set_rows([row for row in self.rows if row.id not in ids])

    def replace_row(self, row: int, stored: Row) -> None:
        self.rows[row] = stored
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() in self.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if index.column() in self.checkable:
            if role == CHECK:
                return Qt.CheckState.Checked if self._checked(row) else Qt.CheckState.Unchecked
            return None
        if role in (DISPLAY, EDIT, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or not (
            self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        ):
            return False
        old = self.rows[index.row()]
        if role == CHECK:
            new = self._with_check(old, index.column(), Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == EDIT:
            new = self._with_text(old, index.column(), str(value))
        else:
            return False
        if new == old:
            return False
        stored = self._save(old, new)
        if stored is None:
            return False
        self.replace_row(index.row(), stored)
        return True

    def _text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def _with_text(self, row: Row, column: int, text: str) -> Row:
        raise NotImplementedError

    def _checked(self, row: Row) -> bool:
        return False

    def _with_check(self, row: Row, column: int, checked: bool) -> Row:
        return row


class CheckDelegate(QStyledItemDelegate):
    """Draws the tick boxes of the approval and case columns with an outline that shows on a dark theme
    (Fusion outlines a box in the window colour, darker: on the dark base an empty box vanished)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        palette = option.palette
        if (
            palette.color(QPalette.ColorRole.Text).lightness()
            > palette.color(QPalette.ColorRole.Base).lightness()
        ):
            palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.PlaceholderText))
            option.palette = palette


class UnitTableModel(_RowsModel[TmUnit]):
    """Memory units: source and target edited in place, approval ticked, who changed them and when."""

    columns = UnitColumn
    editable = (UnitColumn.SOURCE, UnitColumn.TARGET)
    checkable = (UnitColumn.APPROVED,)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        labels = {
            UnitColumn.SOURCE: self.tr("Source"),
            UnitColumn.TARGET: self.tr("Target"),
            UnitColumn.APPROVED: self.tr("Approved"),
            UnitColumn.CHANGED_BY: self.tr("Changed by"),
            UnitColumn.CHANGED: self.tr("Changed"),
        }
        return labels.get(UnitColumn(section)) if 0 <= section < len(UnitColumn) else None

    def _text(self, row: TmUnit, column: int) -> str:
        if column == UnitColumn.SOURCE:
            return row.source
        if column == UnitColumn.TARGET:
            return row.target
        if column == UnitColumn.CHANGED_BY:
            return row.updated_by or row.created_by
        if column == UnitColumn.CHANGED:
            return format_when(row.updated_at or row.created_at)
        return ""

    def _with_text(self, row: TmUnit, column: int, text: str) -> TmUnit:
        if column == UnitColumn.SOURCE:
            return replace(row, source=text)
        return replace(row, target=text)

    def _checked(self, row: TmUnit) -> bool:
        return row.approved

    def _with_check(self, row: TmUnit, column: int, checked: bool) -> TmUnit:
        return replace(row, approved=checked)


class TermTableModel(_RowsModel[Term]):
    """Glossary terms, every field edited in place."""

    columns = TermColumn
    editable = (TermColumn.SOURCE, TermColumn.TARGET, TermColumn.NOTE, TermColumn.FORBIDDEN)
    checkable = (TermColumn.CASE,)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        labels = {
            TermColumn.SOURCE: self.tr("Source term"),
            TermColumn.TARGET: self.tr("Target term"),
            TermColumn.NOTE: self.tr("Note"),
            TermColumn.FORBIDDEN: self.tr("Do not use"),
            TermColumn.CASE: self.tr("Exact case"),
        }
        return labels.get(TermColumn(section)) if 0 <= section < len(TermColumn) else None

    def _text(self, row: Term, column: int) -> str:
        if column == TermColumn.SOURCE:
            return row.source_term
        if column == TermColumn.TARGET:
            return row.target_term
        if column == TermColumn.NOTE:
            return row.note
        if column == TermColumn.FORBIDDEN:
            return ", ".join(row.forbidden)
        return ""

    def _with_text(self, row: Term, column: int, text: str) -> Term:
        if column == TermColumn.SOURCE:
            return replace(row, source_term=text)
        if column == TermColumn.TARGET:
            return replace(row, target_term=text)
        if column == TermColumn.NOTE:
            return replace(row, note=text)
        return replace(row, forbidden=split_variants(text.replace(",", "\n")))

    def _checked(self, row: Term) -> bool:
        return row.case_sensitive

    def _with_check(self, row: Term, column: int, checked: bool) -> Term:
        return replace(row, case_sensitive=checked)
