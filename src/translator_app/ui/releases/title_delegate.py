"""Paints a release's title in the list on two lines: its beginning, then its end.

Release titles are long headlines, and a revision usually differs from its original at the end ("… (version
révisée)", "… v2", a date): eliding the end, as Qt does, showed "Renfo… la …" for both. When the title needs
more than two lines, the first line shows its beginning and the second its end; releases whose titles read
the same get their import time after it. The whole title is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex

TWIN_ROLE = Qt.ItemDataRole.UserRole + 21
"""What tells a release apart from another of the same title (its import time), or ""."""
_PAD = 4


def title_lines(title: str, twin: str, font: QFont, width: int) -> list[str]:
    """The (at most) two lines the cell shows at ``width`` pixels in ``font``."""
    text = f"{title} · {twin}" if twin else title
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while len(lines) < 3:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(lines) <= 2:
        return [
            metrics.elidedText(text[start : start + length].strip(), Qt.TextElideMode.ElideRight, width)
            for start, length in lines
        ]
    first_start, first_length = lines[0]
    first = metrics.elidedText(
        text[first_start : first_start + first_length].strip(), Qt.TextElideMode.ElideRight, width
    )
    rest = text[first_start + first_length :].strip()
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideLeft, width)]


class TitleDelegate(QStyledItemDelegate):
    """The title column of the release list."""

    def lines(self, option: QStyleOptionViewItem, index: AnyIndex) -> list[str]:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        twin = str(index.data(TWIN_ROLE) or "")
        return title_lines(title, twin, option.font, option.rect.width() - 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = self.lines(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        height = QFontMetrics(opt.font).lineSpacing()
        top = opt.rect.top() + max(0, (opt.rect.height() - height * len(lines)) // 2)
        for number, line in enumerate(lines):
            box = QRect(opt.rect.left() + _PAD, top + number * height, opt.rect.width() - 2 * _PAD, height)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        painter.restore()
