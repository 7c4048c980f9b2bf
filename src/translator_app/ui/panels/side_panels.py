"""The column beside the grid: tabs for the active segment above, the rendered preview below.

A container only: it builds and lays out the panels (suggestions with the term-highlighted source,
concordance, history, QA, comments, preview). What fills them lives with the parts that know the data:
the translation aids (suggestions, concordance), the review panels (history, QA, comments) and the release
preview.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from translator_app.ui.common import icons
from translator_app.ui.common.fitting_tabs import FittingTabWidget
from translator_app.ui.panels.assist_tab import SuggestionsTab
from translator_app.ui.panels.comments_panel import CommentsPanel
from translator_app.ui.panels.concordance_panel import ConcordancePanel
from translator_app.ui.panels.history_diff_panel import HistoryDiffPanel
from translator_app.ui.panels.preview_panel import PreviewPanel
from translator_app.ui.panels.qa_panel import QaPanel
from translator_app.ui.panels.suggestions_panel import SuggestionsPanel


class SidePanels(QWidget):
    """Tabs for the active segment on top, the rendered target below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions = SuggestionsPanel(self)
        self.suggestions_tab = SuggestionsTab(self.suggestions, self)
        self.concordance = ConcordancePanel(self)
        self.history = HistoryDiffPanel(self)
        self.qa_panel = QaPanel(self)
        self.comments = CommentsPanel(self)
        self.tabs = FittingTabWidget(self)
        self.tabs.setObjectName("segmentPanels")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(
            self.suggestions_tab, icons.icon("mdi6.lightbulb-on-outline"), self.tr("Suggestions")
        )
        self.tabs.addTab(self.concordance, icons.icon("mdi6.text-search"), self.tr("Concordance"))
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

    def show_tab(self, panel: QWidget) -> None:
        self.tabs.setCurrentIndex(self.tabs.indexOf(panel))
