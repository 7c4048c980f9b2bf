"""Paints a release's progress as one bar split by status, with the share already confirmed beside it.

A delegate rather than a QProgressBar widget per row: the list stays a single view however many releases the
workspace holds, and a bar in several colours tells at a glance what is approved, waiting for review,
drafted, untouched or sent back.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from translator_app.domain.models import SegmentStatus
from translator_app.ui.common import status_style

#: Role through which the model hands the delegate a ``dict[SegmentStatus, int]``.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 20

_BAR_HEIGHT = 8
_MARGIN = 8
_TEXT_GAP = 6

AnyIndex = QModelIndex | QPersistentModelIndex


def confirmed_share(counts: dict[SegmentStatus, int]) -> float:
    """Translated or approved segments over all segments (0 when there are none)."""
    total = sum(counts.values())
    if not total:
        return 0.0
    done = counts.get(SegmentStatus.APPROVED, 0) + counts.get(SegmentStatus.TRANSLATED, 0)
    return done / total


def bar_parts(counts: dict[SegmentStatus, int], width: float) -> list[tuple[SegmentStatus, float, float]]:
    """Where each status is drawn: (status, x offset, width), in :data:`status_style.PROGRESS_ORDER`.

    Pure arithmetic, kept apart from painting so that tests can check the proportions.
    """
    total = sum(counts.values())
    if not total or width <= 0:
        return []
    parts: list[tuple[SegmentStatus, float, float]] = []
    x = 0.0
    for status in status_style.PROGRESS_ORDER:
        count = counts.get(status, 0)
        if count <= 0:
            continue
        part = width * count / total
        parts.append((status, x, part))
        x += part
    return parts


class ProgressDelegate(QStyledItemDelegate):
    """Stacked bar in the status colours, then the share of segments confirmed."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        if widget is not None:
            widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        counts = index.data(COUNTS_ROLE) or {}
        percent = self.percent_text(round(confirmed_share(counts) * 100))
        text_width = opt.fontMetrics.horizontalAdvance(self.percent_text(100))
        rect = QRectF(opt.rect).adjusted(_MARGIN, 0, -_MARGIN, 0)
        bar = QRectF(
            rect.left(),
            rect.center().y() - _BAR_HEIGHT / 2,
            max(0.0, rect.width() - text_width - _TEXT_GAP),
            _BAR_HEIGHT,
        )

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QPainterPath()
        clip.addRoundedRect(bar, _BAR_HEIGHT / 2, _BAR_HEIGHT / 2)
        painter.fillPath(clip, status_style.track_color())
        painter.setClipPath(clip)
        for status, x, width in bar_parts(counts, bar.width()):
            painter.fillRect(
                QRectF(bar.left() + x, bar.top(), width, bar.height()), status_style.status_color(status)
            )
        painter.setClipping(False)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        text_rect = QRectF(bar.right() + _TEXT_GAP, rect.top(), text_width, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), percent)
        painter.restore()

    def percent_text(self, percent: int) -> str:
        """The share confirmed, worded per language ("62%", "62 %")."""
        return self.tr("{percent}%").format(percent=percent)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        text_width = option.fontMetrics.horizontalAdvance(self.percent_text(100))
        return QSize(80 + text_width + _TEXT_GAP + 2 * _MARGIN, _BAR_HEIGHT + 2 * _MARGIN)
