"""The translator's aids in the window: repetitions, memory matches, MT, glossary terms and concordance.

Asks the suggestion sources for the active segment (so Ctrl+1…9 count across them: repetitions and memory
first, then MT, then terms), shows the source with its glossary terms and the MT line, fetches MT for the next
few segments ahead, and searches the memory from the Concordance tab. Everything slow runs through the task
runner; a result for a segment the translator has left is not shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import StoredSegment
from translator_app.domain.terms import TermHit
from translator_app.services.memory import ConcordanceHit
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.services.workspace import Workspace
from translator_app.ui.assist.match_insert import EXACT_AND_CONTEXT, MatchAutoInsert
from translator_app.ui.assist.mt_feed import PREFETCH, MtFeed
from translator_app.ui.assist.suggestion_sources import GlossarySource, MemorySource, RepetitionSource
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.panels.assist_tab import SETTINGS_LINK
from translator_app.ui.panels.side_panels import SidePanels
from translator_app.ui.panels.suggestion_items import (
    SuggestionItem,
    SuggestionKind,
    SuggestionRequest,
    SuggestionSource,
    collect,
    ranked,
)


class TranslationAids(QObject):
    """Owns the suggestion sources and the MT feed; fills the Suggestions and Concordance tabs."""

    preferences_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        session: EditingSession,
        side: SidePanels,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        auto_insert_from: int = EXACT_AND_CONTEXT,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session = session
        self.release: OpenRelease = session.release
        self.side = side
        self.tab = side.suggestions_tab
        self.concordance = side.concordance
        self.runner = runner
        self.segment: StoredSegment | None = None
        self.feed = MtFeed(workspace.mt, runner, self)
        #: Inserts the best match on entering an empty segment (Preferences › Insert matches from).
        self.auto_insert = MatchAutoInsert(session, auto_insert_from, session.notify, self)
        self.sources: list[SuggestionSource] = [
            RepetitionSource(),
            MemorySource(workspace.memory),
            self.feed,
            GlossarySource(workspace.glossary),
        ]
        session.current_segment_changed.connect(self.follow)
        self.release.changed.connect(self._release_changed)
        self.feed.arrived.connect(self._mt_arrived)
        self.feed.state_changed.connect(self._show_mt_state)
        self.tab.settings_requested.connect(self.preferences_requested)
        self.concordance.search_requested.connect(self._search)

    def add_source(self, source: SuggestionSource) -> None:
        """Plug in another suggestion source; the active segment asks it at once."""
        self.sources.append(source)
        self.refresh_suggestions()

    # --- the active segment -------------------------------------------------------------------------

    def follow(self, segment: StoredSegment | None) -> None:
        """A new active segment: its suggestions, its MT (and the next few ahead), its term hits."""
        self.segment = segment
        self.feed.show(segment, self._following(segment))
        self._find_terms(segment)
        self.refresh_suggestions()

    def _release_changed(self, change: ReleaseChange) -> None:
        """A repetition of the active segment was confirmed: it is a suggestion now."""
        segment = self.segment
        if segment is None or change.reset:
            return
        if any(s.id in change.ids for s in self.release.repetitions_of(segment.id)):
            self.refresh_suggestions()

    def refresh_suggestions(self) -> None:
        """Ask every source for the active segment, off the GUI thread."""
        segment, release = self.segment, self.release.release
        panel = self.side.suggestions
        if segment is None or release is None:
            panel.show_waiting(False)
            return
        request = SuggestionRequest(
            segment.id,
            release.id,
            segment.source,
            release.source_lang,
            release.target_lang,
            repetitions=tuple(self.release.confirmed_repetitions(segment.id)),
        )
        sources, wanted = list(self.sources), segment.id
        panel.show_waiting(True)

        def arrived(items: list[SuggestionItem]) -> None:
            panel.show_items(items)
            self.auto_insert.offer(wanted, items)

        self.runner.submit(
            "suggestions",
            wanted,
            lambda _handle: collect(sources, request),
            arrived,
            lambda _error: panel.show_items([]),
            still_wanted=lambda: self.segment is not None and self.segment.id == wanted,
        )

    def _following(self, segment: StoredSegment | None) -> list[StoredSegment]:
        """The few translatable segments after ``segment`` whose MT is fetched ahead (not the whole rest)."""
        row = self.release.row_of(segment.id) if segment is not None else None
        if row is None:
            return []
        ahead: list[StoredSegment] = []
        for next_row in range(row + 1, len(self.release)):
            candidate = self.release.segment_at(next_row)
            if candidate.translatable:
                ahead.append(candidate)
                if len(ahead) == PREFETCH:
                    break
        return ahead

    def _find_terms(self, segment: StoredSegment | None) -> None:
        release = self.release.release
        if segment is None or release is None or not segment.translatable:
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
            still_wanted=lambda: self.segment is not None and self.segment.id == wanted,
        )

    def _mt_arrived(self, segment_id: int) -> None:
        """An MT suggestion arrived: shown only if its segment is still the active one."""
        segment = self.segment
        if segment is None or segment.id != segment_id:
            return
        if self.runner.busy("suggestions"):
            self.refresh_suggestions()  # the collection under way may have missed it
            return
        item = self.feed.item_for(segment_id)
        if item is None:
            return
        panel = self.side.suggestions
        kept: list[SuggestionItem] = [i for i in panel.items if i.kind is not SuggestionKind.MT]
        panel.show_items(ranked([*kept, item]))

    def _show_mt_state(self) -> None:
        self.tab.show_mt_state(self.mt_state_html())

    def mt_state_html(self) -> str:
        """The quiet line under the suggestions about MT for the active segment."""
        segment = self.segment
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
            return self.mt_failure_text(failure, self.feed.failure_details(segment.id))
        if self.feed.loading(segment.id):
            return self.tr("Fetching the DeepL suggestion…")
        return ""

    def mt_failure_text(self, failure: ErrorCode, details: Mapping[str, Any]) -> str:
        """Why this segment has no MT suggestion, as precisely as the engine said (plain text)."""
        if failure is ErrorCode.MT_TIMEOUT:
            seconds = details.get("seconds")
            shown = f"{seconds:g}" if isinstance(seconds, int | float) else "?"
            return self.tr("DeepL did not answer in {seconds} s: no MT suggestion for this segment.").format(
                seconds=shown
            )
        if failure is ErrorCode.MT_GLOSSARY_NOT_FOUND:
            return self.tr(
                "DeepL lost this language pair's glossary, even after it was sent again: no MT suggestion "
                "for now (glossary sync rebuilds it)."
            )
        if failure is ErrorCode.MT_TOO_MANY_REQUESTS:
            return self.tr("DeepL is receiving too many requests: try again in a moment.")
        if failure is ErrorCode.MT_SERVER_ERROR:
            return self.tr("DeepL had a server error: try again later.")
        if failure is ErrorCode.MT_UNAVAILABLE and "error" not in details:  # not a failure of the app's own
            return self.tr("DeepL cannot be reached: check the network connection or the proxy.")
        if failure is ErrorCode.MT_UNSUPPORTED_LANGUAGE:
            return self.tr("DeepL does not translate this language pair.")
        return self.tr("MT unavailable")

    def resources_changed(self) -> None:
        """The glossary or the memory changed (a term added, a unit corrected): the active segment's terms
        and matches are looked up again at once."""
        self._find_terms(self.segment)
        self.refresh_suggestions()

    def key_changed(self) -> None:
        """A new DeepL key: look it up again and ask MT again for the active segment."""
        self.workspace.mt.account.forget_key()
        self.feed.forget()
        self.follow(self.segment)

    # --- concordance ----------------------------------------------------------------------------------

    def open_concordance(self) -> None:
        """Ctrl+K: search the memory for the selected text, else the phrase in the field."""
        self.side.show_tab(self.concordance)
        self.concordance.search(self._selected_text())

    def _selected_text(self) -> str:
        editor = self.session.editor()
        if editor is not None and editor.textCursor().hasSelection():
            return editor.textCursor().selectedText().strip()
        selected = self.tab.source_view.selectedText().strip()
        return selected

    def _search(self, phrase: str) -> None:
        release = self.release.release
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
