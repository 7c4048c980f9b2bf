"""A segment's history (every change of target and status, who and when, with a word diff) and revert.

The events are the history: nothing else is stored. A target's versions are numbered from 0, the text the
segment had before its first recorded change, then one per change of target. Reverting writes a new change
like any edit (the workflow applies: reverting an approved segment sends it back to review), and its events
carry ``revert:N`` in their comment, N being the event whose text came back (0 for the first version).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from translator_app.domain import workflow
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import HUMAN, Event, EventKind, Segment, SegmentStatus, StoredSegment
from translator_app.domain.word_diff import DiffPiece, word_diff
from translator_app.services.actor import Actor
from translator_app.services.editing import save_with_note
from translator_app.services.ports import UnitOfWorkFactory

_REVERT = re.compile(r"^revert:(\d+)$")


@dataclass(frozen=True)
class HistoryEntry:
    """One event, with the word diff of a target change and what the comment means."""

    event: Event
    diff: list[DiffPiece] = field(default_factory=list)
    reverted_to: int | None = None
    """For a revert: the event whose target came back (0: the first version)."""

    @property
    def override(self) -> bool:
        """An approval given despite QA errors (its comment is the reviewer's reason)."""
        return (
            self.event.kind is EventKind.STATUS
            and self.event.new == SegmentStatus.APPROVED.value
            and bool(self.event.comment)
            and self.reverted_to is None
        )


@dataclass(frozen=True)
class TargetVersion:
    number: int
    target: str
    event_id: int
    """The event that produced this text (0 for the first version)."""
    user: str = ""
    at: datetime | None = None


def entries(events: list[Event]) -> list[HistoryEntry]:
    found = []
    for event in events:
        marker = _REVERT.match(event.comment or "")
        reverted = int(marker.group(1)) if marker else None
        worded = event.kind in (EventKind.TARGET, EventKind.SOURCE)  # a source change of an updated release
        diff = word_diff(event.old or "", event.new or "") if worded else []
        found.append(HistoryEntry(event, diff, reverted))
    return found


def versions(segment: Segment, events: list[Event]) -> list[TargetVersion]:
    """The target's successive texts, oldest first."""
    changes = [e for e in events if e.kind is EventKind.TARGET]
    first = changes[0].old or "" if changes else segment.target
    found = [TargetVersion(0, first, 0)]
    for number, event in enumerate(changes, start=1):
        found.append(TargetVersion(number, event.new or "", event.id or 0, event.user, event.at))
    return found


def text_at_event(segment: Segment, events: list[Event], event_id: int) -> str | None:
    """The target as it stood right after ``event_id`` (None when that is not one of the segment's events)."""
    text = versions(segment, events)[0].target
    if event_id == 0:
        return text
    if not any(e.id == event_id for e in events):
        return None
    for event in events:
        if event.id is not None and event.id <= event_id and event.kind is EventKind.TARGET:
            text = event.new or ""
    return text


class HistoryService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def history(self, segment_id: int) -> list[HistoryEntry]:
        """Every change of the segment, oldest first, target changes with their word diff."""
        with self._uow() as uow:
            uow.segments.get(segment_id)
            return entries(uow.events.for_segment(segment_id))

    def versions(self, segment_id: int) -> list[TargetVersion]:
        with self._uow() as uow:
            segment = uow.segments.get(segment_id)
            return versions(segment, uow.events.for_segment(segment_id))

    def revert(
        self,
        segment_id: int,
        actor: Actor,
        *,
        to_event: int | None = None,
        to_version: int | None = None,
        expected_version: int | None = None,
    ) -> StoredSegment:
        """Put back the target as it was after event ``to_event`` (or version number ``to_version``).

        Recorded like an edit by ``actor``; the status follows the workflow (an approved or translated
        segment becomes ``translated``, others a draft). ConflictError when the segment moved past
        ``expected_version``.
        """
        with self._uow() as uow:
            before = uow.segments.get(segment_id)
            workflow.check(before, workflow.Action.EDIT, actor.role)
            events = uow.events.for_segment(segment_id)
            known = versions(before, events)
            if to_version is not None:
                if not 0 <= to_version < len(known):
                    raise DomainError(ErrorCode.NO_SUCH_VERSION, segment=segment_id, version=to_version)
                mark, target = known[to_version].event_id, known[to_version].target
            else:
                mark = to_event or 0
                found = text_at_event(before, events, mark)
                if found is None:
                    raise DomainError(ErrorCode.NO_SUCH_VERSION, segment=segment_id, version=f"event {mark}")
                target = found
            if target == before.target:
                return before
            status = workflow.status_after_edit(before.status, target, confirm=False)
            after = replace(before, target=target, status=status, origin=HUMAN, updated_by=actor.user)
            note = f"revert:{mark}"
            version = before.version if expected_version is None else expected_version
            saved = save_with_note(uow, before, after, version, actor, note, target_comment=note)
            uow.commit()
            return saved
