"""The grid's narrow columns, drawn compactly so that Source and Target get the width.

The Status column shows its coloured icon alone (the name is in the tooltip, the filter and for screen
readers); the Match column shows the origin as a coloured chip (``101%``, ``87%``, ``MT``…, see
:mod:`match_band`). Both keep their text in the model: only the painting is compact.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from translator_app.domain.models import Segment
from translator_app.ui.grid.delegates import H_PAD, V_PAD, PaddedDelegate
from translator_app.ui.grid.match_band import band_of, chip_colors
from translator_app.ui.grid.segment_model import SEGMENT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

ICON_SIZE = 16
CHIP_H_PAD = 5
CHIP_V_PAD = 1


def is_dark(palette: QPalette) -> bool:
    """Whether the window's base colour is dark (the chips then take their dark-window colours)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class OneLineDelegate(PaddedDelegate):
    """A short number on one line (the counts): its height never decides the row's, so it is not measured
    (measuring asks the model for every role of the cell, on each row that comes into view)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(option.fontMetrics.horizontalAdvance("0000") + 2 * H_PAD, option.fontMetrics.height())


class StatusIconDelegate(PaddedDelegate):
    """The status icon alone, on the first line of the row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = self._paint_background(painter, option, index)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            rect = QRect(0, 0, ICON_SIZE, ICON_SIZE)
            rect.moveCenter(opt.rect.center())
            rect.moveTop(opt.rect.top() + V_PAD + 1)
            icon.paint(painter, rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(ICON_SIZE + 2 * H_PAD, ICON_SIZE)


class MatchChipDelegate(PaddedDelegate):
    """The origin as a chip in its band's colours, on the first line of the row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = self._paint_background(painter, option, index)
        segment = index.data(SEGMENT_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        band = band_of(segment.origin) if isinstance(segment, Segment) else None
        if band is None or not text:
            return
        fill, ink = chip_colors(band, is_dark(opt.palette))
        metrics = opt.fontMetrics
        width = metrics.horizontalAdvance(str(text)) + 2 * CHIP_H_PAD
        height = metrics.height() + 2 * CHIP_V_PAD
        chip = QRectF(0, 0, min(width, opt.rect.width() - 4), height)
        chip.moveCenter(QRectF(opt.rect).center())
        chip.moveTop(opt.rect.top() + V_PAD)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor(ink))
        font = opt.font
        if not segment.translatable:
            font.setItalic(False)
        painter.setFont(font)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), str(text))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance(text) + 2 * CHIP_H_PAD + 2 * H_PAD, metrics.height())
