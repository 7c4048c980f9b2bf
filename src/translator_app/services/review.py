"""Reviewer decisions: approve or reject, refused for translators, recorded with who and why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from translator_app.domain import workflow
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Comment, Role, Segment, SegmentStatus
from translator_app.services.actor import Actor
from translator_app.services.editing import record_change
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory


def _require_reviewer(actor: Actor, action: workflow.Action) -> None:
    if not workflow.may(actor.role, action):
        raise DomainError(ErrorCode.ROLE_FORBIDDEN, action=action.value, role=actor.role.value)


class ReviewService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def _decide(
        self, uow: UnitOfWork, segment_id: int, action: workflow.Action, actor: Actor, comment: str = ""
    ) -> Segment:
        before = uow.segments.get(segment_id)
        workflow.check(before, action, actor.role)
        after = replace(before, status=workflow.status_after(action), updated_by=actor.user)
        saved = uow.segments.save(after, before.version)
        record_change(uow, before, saved, actor, comment)
        if comment:
            uow.comments.add(Comment(segment_id, actor.user, comment))
        return saved

    def approve(self, segment_ids: Iterable[int], actor: Actor) -> list[Segment]:
        """Approve each segment, all or none: one refusal leaves every segment as it was."""
        _require_reviewer(actor, workflow.Action.APPROVE)
        with self._uow() as uow:
            approved = [self._decide(uow, sid, workflow.Action.APPROVE, actor) for sid in segment_ids]
            uow.commit()
            return approved

    def approve_all_translated(self, release_id: int, actor: Actor) -> list[Segment]:
        """Approve every translatable segment of the release that is in ``translated``."""
        _require_reviewer(actor, workflow.Action.APPROVE)
        with self._uow() as uow:
            uow.releases.get(release_id)
            waiting = [
                s
                for s in uow.segments.for_release(release_id, SegmentStatus.TRANSLATED)
                if s.translatable and s.id is not None
            ]
            approved = [
                self._decide(uow, s.id, workflow.Action.APPROVE, actor) for s in waiting if s.id is not None
            ]
            uow.commit()
            return approved

    def reject(self, segment_id: int, comment: str, actor: Actor) -> Segment:
        """Send a segment back to the translator; the comment says why and is kept as a thread entry."""
        _require_reviewer(actor, workflow.Action.REJECT)
        text = workflow.require_comment(comment)
        with self._uow() as uow:
            rejected = self._decide(uow, segment_id, workflow.Action.REJECT, actor, text)
            uow.commit()
            return rejected


__all__ = ["ReviewService", "Role"]
