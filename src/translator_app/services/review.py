"""Reviewer decisions: approve or reject, refused for translators, recorded with who and why."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from translator_app.domain import workflow
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Comment, Role, SegmentStatus, StoredSegment
from translator_app.domain.qa import QaOptions
from translator_app.domain.review import CommentKind, ErrorCategory, ErrorSeverity
from translator_app.services.actor import Actor
from translator_app.services.editing import save_with_note
from translator_app.services.memory import remember_segment
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory
from translator_app.services.qa import BatchApproval, QaGate, SegmentFindings, override_reason


def _require_reviewer(actor: Actor, action: workflow.Action) -> None:
    if not workflow.may(actor.role, action):
        raise DomainError(ErrorCode.ROLE_FORBIDDEN, action=action.value, role=actor.role.value)


class ReviewService:
    def __init__(self, uow: UnitOfWorkFactory, qa_options: QaOptions | None = None) -> None:
        self._uow = uow
        self._gate = QaGate(qa_options)

    def _decide(
        self,
        uow: UnitOfWork,
        before: StoredSegment,
        action: workflow.Action,
        actor: Actor,
        comment: str = "",
        *,
        kind: CommentKind = CommentKind.NOTE,
        category: ErrorCategory | None = None,
        severity: ErrorSeverity | None = None,
        expected_version: int | None = None,
    ) -> StoredSegment:
        """Decide on ``before`` (as read in ``uow``); ``expected_version``: the version the reviewer judged,
        a newer one is a conflict."""
        workflow.check(before, action, actor.role)
        after = replace(before, status=workflow.status_after(action), updated_by=actor.user)
        version = before.version if expected_version is None else expected_version
        saved = save_with_note(uow, before, after, version, actor, comment)
        remember_segment(uow, saved, actor)
        if comment:
            uow.comments.add(
                Comment(before.id, actor.user, comment, kind=kind, category=category, severity=severity)
            )
        return saved

    def approve(
        self,
        segment_ids: Iterable[int],
        actor: Actor,
        override: str | None = None,
        *,
        seen_versions: Mapping[int, int] | None = None,
    ) -> list[StoredSegment]:
        """Approve each segment, all or none: one refusal leaves every segment as it was.

        ``seen_versions`` maps a segment id to the version the reviewer read; when the segment has changed
        since, the whole approval is refused with a conflict.

        A segment with an error-level QA finding is refused (``qa-blocked``) unless ``override`` gives the
        reviewer's reason, which is kept on the approval event and as an ``override`` comment.
        """
        _require_reviewer(actor, workflow.Action.APPROVE)
        reason = override_reason(override)
        with self._uow() as uow:
            approved = []
            for sid in segment_ids:
                before = uow.segments.get(sid)
                workflow.check(before, workflow.Action.APPROVE, actor.role)
                note = self._gate.admit(uow, before, reason)
                approved.append(
                    self._decide(
                        uow,
                        before,
                        workflow.Action.APPROVE,
                        actor,
                        note,
                        kind=CommentKind.OVERRIDE,
                        expected_version=(seen_versions or {}).get(sid),
                    )
                )
            uow.commit()
            return approved

    def approve_all_clean(self, release_id: int, actor: Actor) -> BatchApproval:
        """Approve the release's translated segments that have no QA error; the others are held back.

        (:meth:`approve_all_translated` approves without looking at QA, as scripts relied on before.)
        """
        _require_reviewer(actor, workflow.Action.APPROVE)
        with self._uow() as uow:
            uow.releases.get(release_id)
            waiting = [
                s for s in uow.segments.for_release(release_id, SegmentStatus.TRANSLATED) if s.translatable
            ]
            blocked = self._gate.blocking_many(uow, waiting)
            approved, held = [], []
            for segment in waiting:
                found = blocked.get(segment.id)
                if found:
                    held.append(SegmentFindings(segment.id, segment.position + 1, found))
                else:
                    approved.append(self._decide(uow, segment, workflow.Action.APPROVE, actor))
            uow.commit()
            return BatchApproval(approved, held)

    def approve_all_translated(self, release_id: int, actor: Actor) -> list[StoredSegment]:
        """Approve every translatable segment of the release that is in ``translated``."""
        _require_reviewer(actor, workflow.Action.APPROVE)
        with self._uow() as uow:
            uow.releases.get(release_id)
            waiting = [
                s for s in uow.segments.for_release(release_id, SegmentStatus.TRANSLATED) if s.translatable
            ]
            approved = [self._decide(uow, s, workflow.Action.APPROVE, actor) for s in waiting]
            uow.commit()
            return approved

    def reject(
        self,
        segment_id: int,
        comment: str,
        actor: Actor,
        category: ErrorCategory | None = None,
        severity: ErrorSeverity | None = None,
        *,
        seen_version: int | None = None,
    ) -> StoredSegment:
        """Send a segment back to the translator; the comment says why and is kept as a thread entry.

        ``category`` and ``severity`` tag the error MQM-style; the review report's score weighs the severity.
        """
        _require_reviewer(actor, workflow.Action.REJECT)
        text = workflow.require_comment(comment)
        with self._uow() as uow:
            rejected = self._decide(
                uow,
                uow.segments.get(segment_id),
                workflow.Action.REJECT,
                actor,
                text,
                kind=CommentKind.REJECTION,
                category=category,
                severity=severity,
                expected_version=seen_version,
            )
            uow.commit()
            return rejected


__all__ = ["ReviewService", "Role"]
