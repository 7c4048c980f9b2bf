"""The number cell of a row that someone else has open: the number, and under it a badge with their login.

On a team server the translator sees at a glance where a colleague works (before typing into the same
segment); the tooltip says it in words. Rows nobody else has open are drawn as before.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from translator_app.ui.grid.delegates import H_PAD, V_PAD, PaddedDelegate
from translator_app.ui.grid.narrow_columns import is_dark
from translator_app.ui.grid.segment_model import PRESENCE_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

BADGE_FILL = {False: "#00695c", True: "#80cbc4"}
BADGE_INK = {False: "#ffffff", True: "#00251f"}
"""Teal, 4.5:1 or more against its ink on the light and the dark theme, apart from the status colours."""
BADGE_GAP = 3


def badge_text(logins: tuple[str, ...]) -> str:
    """The first login, and how many more when several people have the segment open."""
    return logins[0] if len(logins) == 1 else f"{logins[0]} +{len(logins) - 1}"


class PresenceNumberDelegate(PaddedDelegate):
    """The row number, with a badge naming who else has the segment open."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        logins = index.data(PRESENCE_ROLE)
        if not logins:
            return
        font = self._badge_font(option.font)
        metrics = QFontMetrics(font)
        room = option.rect.width() - 2
        text = metrics.elidedText(badge_text(tuple(logins)), Qt.TextElideMode.ElideRight, room - 6)
        badge = QRectF(0, 0, min(metrics.horizontalAdvance(text) + 6, room), metrics.height() + 2)
        badge.moveRight(option.rect.right() - H_PAD + 3)
        badge.moveTop(option.rect.top() + V_PAD + option.fontMetrics.height() + BADGE_GAP)
        dark = is_dark(option.palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_FILL[dark]))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor(BADGE_INK[dark]))
        painter.setFont(font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        if not index.data(PRESENCE_ROLE):
            return size
        extra = QFontMetrics(self._badge_font(option.font)).height() + 2 + BADGE_GAP
        return QSize(size.width(), size.height() + extra)

    @staticmethod
    def _badge_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        small.setBold(True)
        small.setItalic(False)
        return small
