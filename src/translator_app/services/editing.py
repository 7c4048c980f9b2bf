"""Changing a segment's target: status follows the workflow, every change leaves an event.

A write returns every segment it changed (a confirmation also fills the release's repetitions), so the open
release in a window applies them all at once instead of reading them back one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from translator_app.domain import workflow
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
    uow: UnitOfWork, before: Segment, after: StoredSegment, actor: Actor, comment: str = ""
) -> None:
    """Write one event per field that changed, in the caller's transaction."""
    if before.target != after.target:
        uow.events.add(
            Event(after.id, EventKind.TARGET, actor.user, before.target, after.target, role=actor.role.value)
        )
    if before.status != after.status:
        uow.events.add(
            Event(
                after.id,
                EventKind.STATUS,
                actor.user,
                before.status.value,
                after.status.value,
                role=actor.role.value,
                comment=comment,
            )
        )
    if before.translatable != after.translatable:
        uow.events.add(
            Event(
                after.id,
                EventKind.TRANSLATABLE,
                actor.user,
                str(before.translatable).lower(),
                str(after.translatable).lower(),
                role=actor.role.value,
            )
        )


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
    ) -> SavedEdit:
        """Set the target as ``actor``; ``expected_version`` is the version the caller saw.

        When the stored segment has moved past ``expected_version`` a ConflictError is raised and nothing
        is written. Without ``expected_version`` the version read now is used (a one-shot command). A
        confirmation fills the release's repetitions, returned with the segment.
        """
        with self._uow() as uow:
            before = uow.segments.get(segment_id)
            action = workflow.Action.CONFIRM if confirm else workflow.Action.EDIT
            workflow.check(before, action, actor.role)
            status = workflow.status_after_edit(before.status, target, confirm)
            changed_origin = origin if target != before.target else before.origin
            after = replace(
                before, target=target, status=status, origin=changed_origin, updated_by=actor.user
            )
            if after.target == before.target and after.status == before.status:
                return SavedEdit(before)
            version = before.version if expected_version is None else expected_version
            saved = uow.segments.save(after, version)
            record_change(uow, before, saved, actor)
            filled: list[StoredSegment] = []
            if confirm:
                filled = fill_repetitions(uow, saved, actor)
                remember_segment(uow, saved, actor)
            uow.commit()
            return SavedEdit(saved, tuple(filled))

    def restore(self, previous: StoredSegment, actor: Actor, *, expected_version: int) -> StoredSegment:
        """Put back an earlier target, status and origin of a segment (the window's undo and redo).

        The workflow still holds: a translator's undo never brings an approval back, it leaves the segment
        translated for a reviewer to look at again. ConflictError when the stored version moved on.
        """
        with self._uow() as uow:
            before = uow.segments.get(previous.id)
            workflow.check(before, workflow.Action.EDIT, actor.role)
            status = previous.status
            if status is SegmentStatus.APPROVED and not workflow.may(actor.role, workflow.Action.APPROVE):
                status = SegmentStatus.TRANSLATED
            if not previous.target.strip():
                status = SegmentStatus.NEW
            after = replace(
                before, target=previous.target, status=status, origin=previous.origin, updated_by=actor.user
            )
            if (after.target, after.status, after.origin) == (before.target, before.status, before.origin):
                return before
            saved = uow.segments.save(after, expected_version)
            record_change(uow, before, saved, actor)
            uow.commit()
            return saved

    def set_translatable(
        self, segment_id: int, translatable: bool, actor: Actor, *, expected_version: int | None = None
    ) -> StoredSegment:
        """Mark a segment (a menu line, say) as one to translate or to leave as it is."""
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
    """
    key = repetition_key(confirmed.source)
    filled: list[StoredSegment] = []
    if not key:
        return filled
    for other in uow.segments.fillable_with_prefix(confirmed.release_id, key.split(" ", 1)[0]):
        if other.id == confirmed.id or not other.translatable or other.status not in FILLABLE:
            continue
        if repetition_key(other.source) != key or other.target == confirmed.target:
            continue
        after = replace(
            other,
            target=confirmed.target,
            status=SegmentStatus.DRAFT,
            origin=REPETITION,
            updated_by=actor.user,
        )
        saved = uow.segments.save(after, other.version)
        record_change(uow, other, saved, actor)
        filled.append(saved)
    return filled
