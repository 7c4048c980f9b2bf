"""The translator's aids in the window: memory matches, MT, glossary terms and concordance, wired together.

Plugs the memory, the MT feed and the glossary into the side panels as suggestion sources (so Ctrl+1…9 count
across them: memory first, then MT, then terms), wraps the suggestions list with the term-highlighted source
and the MT line, adds the Concordance tab, and follows the active segment. Everything slow runs through the
window's task runner; a result for a segment the translator has left is not shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Segment
from translator_app.domain.terms import TermHit
from translator_app.services.memory import ConcordanceHit
from translator_app.services.workspace import Workspace
from translator_app.ui.assist.mt_feed import PREFETCH, MtFeed
from translator_app.ui.assist.suggestion_sources import GlossarySource, MemorySource
from translator_app.ui.common import icons
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.grid.segment_model import SegmentTableModel
from translator_app.ui.panels.assist_tab import SETTINGS_LINK, SuggestionsTab
from translator_app.ui.panels.concordance_panel import ConcordancePanel
from translator_app.ui.panels.side_panels import SidePanels
from translator_app.ui.panels.suggestion_items import SuggestionKind, ranked


class TranslationAids(QObject):
    """Owns the MT feed, the suggestions tab and the concordance panel of one window."""

    preferences_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        session: EditingSession,
        side: SidePanels,
        runner: TaskRunner,
        model: SegmentTableModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session = session
        self.side = side
        self.runner = runner
        self._model = model
        self.feed = MtFeed(workspace.mt, runner, self)
        index = max(0, side.tabs.indexOf(side.suggestions))  # before the panel moves into the new tab
        title = side.tabs.tabText(index) or self.tr("Suggestions")
        icon = side.tabs.tabIcon(index)
        side.tabs.removeTab(index)
        self.tab = SuggestionsTab(side.suggestions, side)
        side.tabs.insertTab(index, self.tab, icon, title)
        side.tabs.setCurrentIndex(index)
        self.concordance = ConcordancePanel(side)
        side.tabs.insertTab(
            index + 1, self.concordance, icons.icon("mdi6.text-search"), self.tr("Concordance")
        )
        for source in (MemorySource(workspace.memory), self.feed, GlossarySource(workspace.glossary)):
            side.add_source(source)
        session.current_segment_changed.connect(self.follow)
        self.feed.arrived.connect(self._mt_arrived)
        self.feed.state_changed.connect(self._show_mt_state)
        self.tab.settings_requested.connect(self.preferences_requested)
        self.concordance.search_requested.connect(self._search)

    # --- the active segment -------------------------------------------------------------------------

    def follow(self, segment: Segment | None) -> None:
        """A new active segment: its MT (and the next few ahead), its term hits."""
        self.feed.show(segment, self._following(segment))
        self._find_terms(segment)

    def _following(self, segment: Segment | None) -> list[Segment]:
        """The few translatable segments after ``segment`` whose MT is fetched ahead (not the whole rest)."""
        row = self._model.row_of(segment.id) if segment is not None and segment.id is not None else None
        if row is None:
            return []
        ahead: list[Segment] = []
        for next_row in range(row + 1, self._model.rowCount()):
            candidate = self._model.segment_at(next_row)
            if candidate.translatable and candidate.id is not None:
                ahead.append(candidate)
                if len(ahead) == PREFETCH:
                    break
        return ahead

    def _find_terms(self, segment: Segment | None) -> None:
        release = self.side.release
        if segment is None or segment.id is None or release is None or not segment.translatable:
            self.tab.show_source("", [])
            return
        glossary, source, wanted = self.workspace.glossary, segment.source, segment.id

        def work(_handle: TaskHandle) -> list[TermHit]:
            return glossary.hits(source, release.source_lang, release.target_lang)

        self.runner.submit(
            "term-hits",
            wanted,
            work,
            lambda hits: self.tab.show_source(source, hits),
            lambda _error: self.tab.show_source(source, []),
            still_wanted=lambda: self.side.segment is not None and self.side.segment.id == wanted,
        )

    def _mt_arrived(self, segment_id: int) -> None:
        """An MT suggestion arrived: shown only if its segment is still the active one."""
        segment = self.side.segment
        if segment is None or segment.id != segment_id:
            return
        if self.runner.busy("suggestions"):
            self.side.show_segment(segment)  # the collection under way may have missed it
            return
        item = self.feed.item_for(segment_id)
        if item is None:
            return
        kept = [i for i in self.side.suggestions.items if i.kind is not SuggestionKind.MT]
        self.side.suggestions.show_items(ranked([*kept, item]))

    def _show_mt_state(self) -> None:
        self.tab.show_mt_state(self.mt_state_html())

    def mt_state_html(self) -> str:
        """The quiet line under the suggestions about MT for the active segment."""
        segment = self.side.segment
        if segment is None or not segment.translatable:
            return ""
        preferences = self.tr("Preferences")  # outside the f-string, where lupdate finds it
        link = f'<a href="{SETTINGS_LINK}">{preferences}</a>'
        failure = self.feed.failure_for(segment.id)
        if failure is ErrorCode.MT_NO_KEY:
            return self.tr("DeepL key not set: add it in {link} for MT suggestions.").format(link=link)
        if failure is ErrorCode.MT_BAD_KEY:
            return self.tr("DeepL refused the key: check it in {link}.").format(link=link)
        if failure is ErrorCode.MT_QUOTA_EXCEEDED:
            return self.tr("DeepL quota used up: no MT suggestion this period.")
        if failure is not None:
            return self.tr("MT unavailable")
        if self.feed.loading(segment.id):
            return self.tr("Fetching the DeepL suggestion…")
        return ""

    # --- concordance ----------------------------------------------------------------------------------

    def open_concordance(self) -> None:
        """Ctrl+K: search the memory for the selected text, else the phrase in the field."""
        index = self.side.tabs.indexOf(self.concordance)
        self.side.tabs.setCurrentIndex(index)
        self.concordance.search(self._selected_text())

    def _selected_text(self) -> str:
        editor = self.session.editor()
        if editor is not None and editor.textCursor().hasSelection():
            return editor.textCursor().selectedText().strip()
        selected = self.tab.source_view.selectedText().strip()
        return selected

    def _search(self, phrase: str) -> None:
        release = self.side.release
        if release is None:
            self.concordance.show_failure(self.tr("Open a release to search its language pair's memory."))
            return
        memory = self.workspace.memory

        def work(_handle: TaskHandle) -> list[ConcordanceHit]:
            return memory.concordance(phrase, release.source_lang, release.target_lang)

        self.runner.submit(
            "concordance",
            phrase,
            work,
            lambda hits: self.concordance.show_hits(phrase, hits),
            lambda error: self.concordance.show_failure(
                self.tr("The memory could not be searched: {error}").format(
                    error=error.code if isinstance(error, DomainError) else type(error).__name__
                )
            ),
        )
