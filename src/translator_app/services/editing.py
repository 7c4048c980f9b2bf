"""Changing a segment's target: status follows the workflow, every change leaves an event."""

from __future__ import annotations

from dataclasses import replace

from translator_app.domain import workflow
from translator_app.domain.models import HUMAN, Event, EventKind, Origin, Segment
from translator_app.services.actor import Actor
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory


def record_change(uow: UnitOfWork, before: Segment, after: Segment, actor: Actor, comment: str = "") -> None:
    """Write one event per field that changed, in the caller's transaction."""
    assert after.id is not None
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
    ) -> Segment:
        """Set the target as ``actor``; ``expected_version`` is the version the caller saw.

        When the stored segment has moved past ``expected_version`` a ConflictError is raised and nothing
        is written. Without ``expected_version`` the version read now is used (a one-shot command).
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
                return before
            version = before.version if expected_version is None else expected_version
            saved = uow.segments.save(after, version)
            record_change(uow, before, saved, actor)
            uow.commit()
            return saved

    def set_translatable(
        self, segment_id: int, translatable: bool, actor: Actor, *, expected_version: int | None = None
    ) -> Segment:
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
