"""The History panel with word diffs and "Revert to this version".

The list stays the plain history (newest first); selecting a change of target shows its word diff below
(deleted words struck through in red, inserted ones underlined in green) and offers to put that version
back. Reverting is written like an edit, so it is in the history too.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from translator_app.domain.models import EventKind
from translator_app.domain.word_diff import Change, DiffPiece
from translator_app.services.history import HistoryEntry
from translator_app.ui.common import icons
from translator_app.ui.common.paint_roles import roles
from translator_app.ui.editor.chip_text import chips_in_document
from translator_app.ui.panels.history_panel import HistoryPanel


def diff_html(pieces: Sequence[DiffPiece]) -> str:
    """A word diff as HTML: deletions struck through in red, insertions underlined in green (tags stay text
    here, to be drawn as chips)."""
    inks = roles()
    out = []
    for piece in pieces:
        text = html.escape(piece.text)
        if piece.change is Change.DELETED:
            out.append(f'<span style="{inks.deleted.css()};text-decoration:line-through">{text}</span>')
        elif piece.change is Change.INSERTED:
            out.append(f'<span style="{inks.inserted.css()};text-decoration:underline">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


class HistoryDiffPanel(HistoryPanel):
    """History list, the selected change's word diff, and a Revert button."""

    #: The version number (0 = the text before the first change) the user wants back.
    revert_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("historyDiff")
        self.diff.setAccessibleName(self.tr("Word diff of the selected change"))
        self.diff.setMaximumHeight(110)
        self.diff_heading = QLabel(self.tr("Word diff"), self)
        self.diff_heading.setStyleSheet("font-weight: bold;")
        self.revert_button = QPushButton(icons.icon("mdi6.restore"), self.tr("Revert to this version"), self)
        self.revert_button.setObjectName("revertVersion")
        self.revert_button.setToolTip(self.tr("Put the target back as it was after the selected change"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self._revert)
        row = QHBoxLayout()
        row.addWidget(self.diff_heading)
        row.addStretch(1)
        row.addWidget(self.revert_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)
        layout.addWidget(self.diff)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def show_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """The segment's history with its diffs (oldest first, as the service gives it)."""
        self.entries = list(entries)
        self.show_events([entry.event for entry in self.entries])
        changes = [i for i, e in enumerate(self.entries) if e.event.kind is EventKind.TARGET]
        if changes:
            self.select_row(len(self.entries) - 1 - changes[-1])  # the latest change of text, diff in view
        self._selection_changed()

    def select_row(self, row: int) -> None:
        """Select a row of the list (0 is the newest change)."""
        item = self.tree.topLevelItem(row)
        if item is not None:
            self.tree.setCurrentItem(item)

    def selected_entry(self) -> HistoryEntry | None:
        item = self.tree.currentItem()
        if item is None or not self.entries:
            return None
        row = self.tree.indexOfTopLevelItem(item)
        index = len(self.entries) - 1 - row
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def version_of(self, entry: HistoryEntry) -> int:
        """The version number a target change produced (1 for the first change)."""
        changes = [e for e in self.entries if e.event.kind is EventKind.TARGET]
        return changes.index(entry) + 1

    def diff_text(self) -> str:
        return self.diff.toPlainText()

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        target_change = entry is not None and entry.event.kind is EventKind.TARGET
        has_diff = target_change and entry is not None and bool(entry.diff)
        if has_diff and entry is not None:
            self.diff.setHtml(diff_html(entry.diff))
            chips_in_document(self.diff.document())
        else:
            self.diff.setHtml(
                "<span style='color:gray'>"
                + html.escape(self.tr("Select a change of target to see its word diff."))
                + "</span>"
            )
        self.revert_button.setEnabled(target_change and self._is_not_latest(entry))

    def _is_not_latest(self, entry: HistoryEntry | None) -> bool:
        changes = [e for e in self.entries if e.event.kind is EventKind.TARGET]
        return entry is not None and bool(changes) and entry is not changes[-1]

    def _revert(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.event.kind is EventKind.TARGET:
            self.revert_requested.emit(self.version_of(entry))
