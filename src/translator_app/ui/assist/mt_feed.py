"""Machine-translation suggestions for the editor, fetched in the background and kept per segment.

When a segment becomes active, its MT suggestion and those of the next few segments are asked for in one
worker task (the service answers from its cache when it can, and sends one request for the rest). Every
answer names its segment and is stored under that segment only, so a result that arrives after the translator
moved on never shows beside the wrong segment; it is simply ready when they get there. As a suggestion source
the feed answers from what it has already received and never touches the network itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import StoredSegment
from translator_app.mt.base import SuggestionResult
from translator_app.services.mt_account import MtServices
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.panels.suggestion_items import SuggestionItem, SuggestionKind, SuggestionRequest

PREFETCH = 3
"""Segments after the active one whose suggestions are fetched ahead."""

ACCOUNT_FAILURES = frozenset({ErrorCode.MT_NO_KEY, ErrorCode.MT_BAD_KEY})
"""Failures that no other segment will avoid: nothing more is asked until the key changes."""
UNAVAILABLE = ErrorCode.MT_UNAVAILABLE


class MtFeed(QObject):
    """Fetches, caches and hands out MT suggestions; :attr:`arrived` names the segment a result is for."""

    arrived = Signal(int)
    #: The state of the active segment's suggestion changed (loading, failed, ready).
    state_changed = Signal()

    def __init__(self, mt: MtServices, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mt = mt
        # Requests to the engine wait for each other; on their own thread they never hold up the memory's
        # and the glossary's suggestions, which share the window's pool.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.runner = TaskRunner(self, self.pool)
        self.window_runner = runner
        self.provider = mt.account.provider_name
        self._items: dict[int, SuggestionItem] = {}
        self._failures: dict[int, ErrorCode] = {}
        self._details: dict[int, Mapping[str, Any]] = {}
        self._pending: set[int] = set()
        self.account_failure: ErrorCode | None = None

    # --- the suggestion source (worker thread) ---------------------------------------------------------

    def suggest(self, request: SuggestionRequest) -> list[SuggestionItem]:
        """What has arrived for this segment; never waits for the engine."""
        item = self._items.get(request.segment_id)
        return [item] if item is not None else []

    # --- asking (GUI thread) ---------------------------------------------------------------------------

    def item_for(self, segment_id: int) -> SuggestionItem | None:
        return self._items.get(segment_id)

    def failure_for(self, segment_id: int | None) -> ErrorCode | None:
        """Why the segment has no MT suggestion: the account's problem first, else this segment's."""
        if self.account_failure is not None:
            return self.account_failure
        return self._failures.get(segment_id) if segment_id is not None else None

    def failure_details(self, segment_id: int | None) -> Mapping[str, Any]:
        """What the engine said about the segment's failure (the seconds waited, the attempts, a status)."""
        return self._details.get(segment_id, {}) if segment_id is not None else {}

    def loading(self, segment_id: int | None) -> bool:
        return segment_id is not None and segment_id in self._pending

    def show(self, segment: StoredSegment | None, following: Sequence[StoredSegment]) -> None:
        """The active segment changed: fetch what is missing for it and the next few."""
        fetching = self.account_failure is None
        if fetching and segment is not None and segment.translatable:
            ahead = [s.id for s in following if s.translatable][:PREFETCH]
            missing = [i for i in (segment.id, *ahead) if i not in self._items and i not in self._pending]
            if missing:
                self._fetch(missing)
        self.state_changed.emit()

    def forget(self) -> None:
        """The key or the settings changed: ask again from scratch."""
        self._items.clear()
        self._failures.clear()
        self._details.clear()
        self.account_failure = None
        self.state_changed.emit()

    def _fetch(self, ids: list[int]) -> None:
        mt = self.mt
        self._pending.update(ids)
        for i in ids:
            self._failures.pop(i, None)

        def work(_handle: TaskHandle) -> list[SuggestionResult]:
            return mt.suggestions.suggest(ids)

        self.runner.submit(
            f"mt-suggestions:{ids[0]}",
            ids[0],
            work,
            lambda results: self._received(ids, results),
            lambda error: self._received(
                ids, [SuggestionResult(i, failure=UNAVAILABLE, details={"error": repr(error)}) for i in ids]
            ),
        )

    def _received(self, ids: list[int], results: list[SuggestionResult]) -> None:
        self._pending.difference_update(ids)
        for result in results:
            if result.suggestions:
                best = result.suggestions[0]
                self._items[result.segment_id] = SuggestionItem(
                    SuggestionKind.MT, best.source, best.target, score=best.score, origin=self.provider
                )
            elif result.failure is not None:
                self._failures[result.segment_id] = result.failure
                self._details[result.segment_id] = dict(result.details)
                if result.failure in ACCOUNT_FAILURES:
                    self.account_failure = result.failure
        for result in results:
            if result.segment_id in self._items:
                self.arrived.emit(result.segment_id)
        self.state_changed.emit()
