"""The History panel: who changed the active segment, when, and from what to what (newest first).

Read from the events every change writes, so reviewers can see whether a translation came from MT and was
touched since, and translators can find the reviewer's comment on a rejection. Tags in the texts are drawn as
chips, as in the grid.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from translator_app.domain.models import Event, EventKind, SegmentStatus
from translator_app.domain.tags import find_tags, strip_tags
from translator_app.ui.common import status_style
from translator_app.ui.common.i18n import format_when
from translator_app.ui.common.paint_roles import mute
from translator_app.ui.editor.chip_text import ChipTextDelegate

_MAX_TEXT = 160


def _short(text: str | None) -> str:
    """The text on one line, cut after about :data:`_MAX_TEXT` characters but never inside a tag."""
    line = (text or "").replace("\n", " ")
    if len(strip_tags(line)) <= _MAX_TEXT:
        return line
    cut = _MAX_TEXT - 1
    for tag in find_tags(line):
        if tag.start < cut < tag.end:
            cut = tag.start
    return line[:cut] + "…"


class HistoryPanel(QWidget):
    """A three-column list of the active segment's events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setAccessibleName(self.tr("Segment history"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyList")
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegateForColumn(2, ChipTextDelegate(self.tree))
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.empty = QLabel(self.tr("No changes recorded yet."), self)
        self.empty.setContentsMargins(8, 8, 8, 8)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        mute(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.show_events([])

    def show_events(self, events: Sequence[Event]) -> None:
        self.tree.clear()
        for event in reversed(events):
            who = f"{event.user} ({event.role})" if event.role else event.user
            change = self.describe(event)
            item = QTreeWidgetItem([format_when(event.at), who, change])
            item.setToolTip(2, strip_tags(change))
            if event.at is not None:
                item.setToolTip(0, event.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(events))
        self.empty.setVisible(not events)

    def rows(self) -> list[str]:
        """The change column, top to bottom (tests read it)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]

    def describe(self, event: Event) -> str:
        if event.kind is EventKind.TARGET:
            if not event.old:
                return self.tr("Target set: “{new}”").format(new=_short(event.new))
            return self.tr("Target: “{old}” → “{new}”").format(old=_short(event.old), new=_short(event.new))
        if event.kind is EventKind.STATUS:
            text = self.tr("Status: {old} → {new}").format(
                old=self._status(event.old), new=self._status(event.new)
            )
            if event.comment:
                text += " — " + self.tr("“{comment}”").format(comment=event.comment)
            return text
        if event.kind is EventKind.SOURCE:
            return self.tr("Source updated: “{old}” → “{new}”").format(
                old=_short(event.old), new=_short(event.new)
            )
        if event.new == "true":
            return self.tr("Marked to translate")
        return self.tr("Marked not to translate")

    @staticmethod
    def _status(value: str | None) -> str:
        try:
            return status_style.status_label(SegmentStatus(value or ""))
        except ValueError:
            return value or "—"
