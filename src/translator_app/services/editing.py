"""Changing a segment's target: status follows the workflow, every change leaves an event.

A write returns every segment it changed (a confirmation also fills the release's repetitions), so the open
release in a window applies them all at once instead of reading them back one by one.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from translator_app.domain import workflow
from translator_app.domain.errors import ConflictError
from translator_app.domain.models import (
    HUMAN,
    Event,
    EventKind,
    Origin,
    OriginKind,
    Segment,
    SegmentStatus,
    StoredSegment,
)
from translator_app.services.actor import Actor
from translator_app.services.memory import remember_segment
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory
from translator_app.services.repetitions import repetition_key

REPETITION = Origin(OriginKind.REPETITION)
FILLABLE = frozenset({SegmentStatus.NEW, SegmentStatus.DRAFT})


@dataclass(frozen=True)
class SavedEdit:
    """What an edit stored: the segment as it is now, and the repetitions a confirmation filled."""

    segment: StoredSegment
    repetitions: tuple[StoredSegment, ...] = ()

    @property
    def changed(self) -> list[StoredSegment]:
        """Every segment the edit wrote, the edited one first (its version tells whether it changed)."""
        return [self.segment, *self.repetitions]


def record_change(
    uow: UnitOfWork,
    before: Segment,
    after: StoredSegment,
    actor: Actor,
    comment: str = "",
    *,
    target_comment: str = "",
) -> None:
    """Write one event per field that changed, in the caller's transaction (``comment`` on the status event,
    ``target_comment`` on the target's). Where the database writes the history itself, it already has."""
    record_changes(uow, [(before, after)], actor, comment, target_comment=target_comment)


def record_changes(
    uow: UnitOfWork,
    changes: Sequence[tuple[Segment, StoredSegment]],
    actor: Actor,
    comment: str = "",
    *,
    target_comment: str = "",
) -> None:
    """The events of several writes (before, after) in one multi-row INSERT, in order; nothing where the
    database writes the history itself (a team server's triggers already have, one row at a time)."""
    if uow.events.written_by_database:
        return
    events = [
        event
        for before, after in changes
        for event in change_events(before, after, actor, comment, target_comment=target_comment)
    ]
    uow.events.add_many(events)


def change_events(
    before: Segment,
    after: StoredSegment,
    actor: Actor,
    comment: str = "",
    *,
    target_comment: str = "",
) -> list[Event]:
    """One event per field that changed between ``before`` and ``after``, in the order a team server's
    trigger writes them (source, target, status, translatable)."""
    events: list[Event] = []

    def add(kind: EventKind, old: str, new: str, note: str = "") -> None:
        events.append(Event(after.id, kind, actor.user, old, new, role=actor.role.value, comment=note))

    if before.source != after.source:
        add(EventKind.SOURCE, before.source, after.source)
    if before.target != after.target:
        add(EventKind.TARGET, before.target, after.target, target_comment)
    if before.status != after.status:
        add(EventKind.STATUS, before.status.value, after.status.value, comment)
    if before.translatable != after.translatable:
        add(EventKind.TRANSLATABLE, str(before.translatable).lower(), str(after.translatable).lower())
    return events


def save_with_note(
    uow: UnitOfWork,
    before: Segment,
    after: StoredSegment,
    version: int,
    actor: Actor,
    comment: str = "",
    *,
    target_comment: str = "",
) -> StoredSegment:
    """Save ``after`` (compare-and-set on ``version``) and record its history with these notes."""
    uow.events.annotate(status=comment, target=target_comment)
    saved = uow.segments.save(after, version)
    record_change(uow, before, saved, actor, comment, target_comment=target_comment)
    return saved


class EditingService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def edit(
        self,
        segment_id: int,
        target: str,
        actor: Actor,
        *,
        confirm: bool = False,
        expected_version: int | None = None,
        origin: Origin = HUMAN,
        keep_memory: bool = False,
    ) -> SavedEdit:
        """Set the target as ``actor``; ``expected_version`` is the version the caller saw.

        When the stored segment has moved past ``expected_version`` a ConflictError is raised and nothing
        is written. Without ``expected_version`` (a one-shot command that saw nothing) the version read now is
        used, and when someone saves between that read and the write, the edit is applied again on a fresh
        read (a few times, then the conflict is reported). A confirmation fills the release's repetitions,
        returned with the segment. With ``keep_memory`` (a Replace all) a segment that stays confirmed gives
        its memory unit the new target, so the memory never offers the text just replaced. An emptied target
        has no origin any more.
        """
        if expected_version is None:
            return on_fresh_reads(
                lambda: self._edit(segment_id, target, actor, confirm, None, origin, keep_memory)
            )
        return self._edit(segment_id, target, actor, confirm, expected_version, origin, keep_memory)

    def _edit(
        self,
        segment_id: int,
        target: str,
        actor: Actor,
        confirm: bool,
        expected_version: int | None,
        origin: Origin,
        keep_memory: bool,
    ) -> SavedEdit:
        with self._uow() as uow:
            before = uow.segments.get(segment_id)
            action = workflow.Action.CONFIRM if confirm else workflow.Action.EDIT
            workflow.check(before, action, actor.role)
            status = workflow.status_after_edit(before.status, target, confirm)
            changed_origin = origin if target != before.target else before.origin
            if not target.strip():
                changed_origin = Origin()
            after = replace(
                before, target=target, status=status, origin=changed_origin, updated_by=actor.user
            )
            if after.target == before.target and after.status == before.status:
                return SavedEdit(before)
            version = before.version if expected_version is None else expected_version
            if confirm:
                uow.segments.lock_repetitions(before)  # the same order for everyone: no deadlock on the fill
            saved = uow.segments.save(after, version)
            record_change(uow, before, saved, actor)
            filled: list[StoredSegment] = []
            if confirm:
                filled = fill_repetitions(uow, saved, actor)
                remember_segment(uow, saved, actor)
            elif keep_memory and saved.status in workflow.CONFIRMED:
                remember_segment(uow, saved, actor)
            uow.commit()
            return SavedEdit(saved, tuple(filled))

    def restore(self, previous: StoredSegment, actor: Actor, *, expected_version: int) -> StoredSegment:
        """Put back an earlier target, status and origin of a segment (the window's undo and redo).

        The workflow still holds: a translator's undo never brings an approval back, it leaves the segment
        translated for a reviewer to look at again. A segment put back as confirmed gives its memory unit the
        target put back (undoing a Replace all or a confirmation leaves the memory as it was). An empty
        target is a new segment with no origin. ConflictError when the stored version moved on.
        """
        with self._uow() as uow:
            before = uow.segments.get(previous.id)
            workflow.check(before, workflow.Action.EDIT, actor.role)
            status = previous.status
            if status is SegmentStatus.APPROVED and not workflow.may(actor.role, workflow.Action.APPROVE):
                status = SegmentStatus.TRANSLATED
            origin = previous.origin
            if not previous.target.strip():
                status, origin = SegmentStatus.NEW, Origin()
            after = replace(
                before, target=previous.target, status=status, origin=origin, updated_by=actor.user
            )
            if (after.target, after.status, after.origin) == (before.target, before.status, before.origin):
                return before
            saved = uow.segments.save(after, expected_version)
            record_change(uow, before, saved, actor)
            if saved.status in workflow.CONFIRMED and saved.target != before.target:
                remember_segment(uow, saved, actor)
            uow.commit()
            return saved

    def set_translatable(
        self, segment_id: int, translatable: bool, actor: Actor, *, expected_version: int | None = None
    ) -> StoredSegment:
        """Mark a segment (a menu line, say) as one to translate or to leave as it is (on a fresh read again
        when someone saved in between, unless ``expected_version`` says which version was seen)."""
        if expected_version is None:
            return on_fresh_reads(lambda: self._set_translatable(segment_id, translatable, actor, None))
        return self._set_translatable(segment_id, translatable, actor, expected_version)

    def _set_translatable(
        self, segment_id: int, translatable: bool, actor: Actor, expected_version: int | None
    ) -> StoredSegment:
        with self._uow() as uow:
            before = uow.segments.get(segment_id)
            if before.translatable == translatable:
                return before
            after = replace(before, translatable=translatable, updated_by=actor.user)
            version = before.version if expected_version is None else expected_version
            saved = uow.segments.save(after, version)
            record_change(uow, before, saved, actor)
            uow.commit()
            return saved


def fill_repetitions(uow: UnitOfWork, confirmed: StoredSegment, actor: Actor) -> list[StoredSegment]:
    """Give the confirmed target, as a draft, to the release's other segments with the same source.

    Only segments that are new or drafts are filled: a confirmed or approved translation is never overwritten.
    The copies are found through an index and written in one statement; returns them as written (the
    caller's view must show them), in document order.
    """
    if not repetition_key(confirmed.source):
        return []
    others = [s for s in uow.segments.repetitions(confirmed, FILLABLE) if s.target != confirmed.target]
    filled = uow.segments.set_targets(others, confirmed.target, SegmentStatus.DRAFT, REPETITION, actor.user)
    seen = {other.id: other for other in others}
    record_changes(uow, [(seen[saved.id], saved) for saved in filled], actor)
    return filled


FRESH_READ_ATTEMPTS = 10
Written = TypeVar("Written")


def on_fresh_reads(write: Callable[[], Written], attempts: int = FRESH_READ_ATTEMPTS) -> Written:
    """Run ``write`` (which reads, then writes with the version it read) again while another writer wins
    the race between its read and its write, after a short random pause that grows (so contenders spread
    out); the last conflict is raised."""
    for attempt in range(attempts - 1):
        try:
            return write()
        except ConflictError:
            time.sleep(random.uniform(0, 0.01 * (attempt + 1)))  # spreading retries, not a secret
    return write()
