"""The column beside the grid: suggestions, history, QA and comments above the preview.

The panels follow the active segment. Their data is fetched on worker threads through the task runner, and a
result for a segment the user has already left is dropped, so a slow source never shows stale proposals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from translator_app.domain.models import Release, Segment
from translator_app.services.history import HistoryEntry
from translator_app.services.workspace import Workspace
from translator_app.ui.common import icons
from translator_app.ui.common.fitting_tabs import FittingTabWidget
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.panels.comments_panel import CommentsPanel
from translator_app.ui.panels.history_diff_panel import HistoryDiffPanel
from translator_app.ui.panels.preview_panel import PreviewPanel, render_preview
from translator_app.ui.panels.qa_panel import QaPanel
from translator_app.ui.panels.suggestion_items import (
    RepetitionSource,
    SuggestionRequest,
    SuggestionSource,
    collect,
)
from translator_app.ui.panels.suggestions_panel import SuggestionsPanel

_PREVIEW_DELAY_MS = 400


class SidePanels(QWidget):
    """Tabs for the active segment on top, the rendered target below."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.release: Release | None = None
        self.segment: Segment | None = None
        self.repetitions = RepetitionSource()
        self.sources: list[SuggestionSource] = [self.repetitions]
        self._all_segments: Callable[[], list[Segment]] = list
        self._snapshot_stale = True

        self.suggestions = SuggestionsPanel(self)
        self.history = HistoryDiffPanel(self)
        self.qa_panel = QaPanel(self)
        self.comments = CommentsPanel(self)
        self.tabs = FittingTabWidget(self)
        self.tabs.setObjectName("segmentPanels")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.suggestions, icons.icon("mdi6.lightbulb-on-outline"), self.tr("Suggestions"))
        self.tabs.addTab(self.history, icons.icon("mdi6.history"), self.tr("History"))
        self.tabs.addTab(self.qa_panel, icons.icon("mdi6.clipboard-check-outline"), self.tr("QA"))
        self.tabs.addTab(self.comments, icons.icon("mdi6.comment-text-outline"), self.tr("Comments"))

        self.preview = PreviewPanel(self)
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 6, 0, 0)
        preview_layout.setSpacing(4)
        heading = QLabel(self.tr("Preview"), preview_box)
        heading.setStyleSheet("font-weight: bold;")
        preview_layout.addWidget(heading)
        preview_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(preview_box)
        self.splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(_PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

    def add_source(self, source: SuggestionSource) -> None:
        """Plug in another suggestion source (memory, MT, glossary); the active segment asks it at once."""
        self.sources.append(source)
        self.show_segment(self.segment)

    # --- following the work ----------------------------------------------------------------------------

    def set_release(self, release: Release | None, all_segments: Callable[[], list[Segment]]) -> None:
        self.release = release
        self._all_segments = all_segments
        self.segments_changed()

    def segments_changed(self) -> None:
        """Targets changed: the repetitions snapshot and the preview are out of date."""
        self._snapshot_stale = True
        self._preview_timer.start()
        self.refresh_history()

    def show_segment(self, segment: Segment | None) -> None:
        """Fetch suggestions and history for the active segment (off the GUI thread)."""
        self.segment = segment
        if segment is None or segment.id is None or self.release is None or self.release.id is None:
            self.suggestions.show_waiting(False)
            self.history.show_events([])
            return
        if self._snapshot_stale:
            self.repetitions.update(self._all_segments())
            self._snapshot_stale = False
        request = SuggestionRequest(
            segment.id, self.release.id, segment.source, self.release.source_lang, self.release.target_lang
        )
        sources = list(self.sources)
        wanted = segment.id
        self.suggestions.show_waiting(True)
        self.runner.submit(
            "suggestions",
            wanted,
            lambda _handle: collect(sources, request),
            self.suggestions.show_items,
            lambda _error: self.suggestions.show_items([]),
            still_wanted=lambda: self.segment is not None and self.segment.id == wanted,
        )
        self.refresh_history()

    def refresh_history(self) -> None:
        """Read the active segment's events again (after a change to it)."""
        if self.segment is None or self.segment.id is None:
            return
        history = self.workspace.reviewing.history
        wanted = self.segment.id

        def read(_handle: TaskHandle) -> list[HistoryEntry]:
            return history.history(wanted)

        self.runner.submit(
            "history",
            wanted,
            read,
            self._show_history,
            lambda _error: self.history.show_events([]),
            still_wanted=lambda: self.segment is not None and self.segment.id == wanted,
        )

    def _show_history(self, found: list[HistoryEntry]) -> None:
        self.history.show_entries(found)

    def refresh_preview(self) -> None:
        """Render the target on a worker, only while the preview can be seen."""
        if self.release is None:
            self.preview.clear()
            return
        if not self.preview.isVisible() or self.preview.height() < 20:
            return
        segments = self._all_segments()
        lang = self.release.target_lang

        def work(_handle: TaskHandle) -> str:
            return render_preview(segments, lang)

        self.runner.submit("preview", self.release.id, work, self.preview.show_html, lambda _e: None)
