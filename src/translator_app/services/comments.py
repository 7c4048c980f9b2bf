"""Comment threads on segments: add, reply, list, resolve.

A thread is a comment and the replies under it. Anyone may comment; only a reviewer tags a comment with
an MQM error category and severity, because those count in the release's quality score. A rejection's
reason is a comment too (written by the review service), shown to the translator at the top of the editor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from translator_app.domain import workflow
from translator_app.domain.errors import DomainError, ErrorCode, NotFoundError
from translator_app.domain.models import Comment, SegmentStatus
from translator_app.domain.review import CommentKind, ErrorCategory, ErrorSeverity
from translator_app.services.actor import Actor
from translator_app.services.ports import UnitOfWorkFactory


@dataclass(frozen=True)
class CommentThread:
    """A comment with its replies, oldest first; resolved when its first comment is."""

    root: Comment
    replies: list[Comment] = field(default_factory=list)

    @property
    def resolved(self) -> bool:
        return self.root.resolved

    @property
    def comments(self) -> list[Comment]:
        return [self.root, *self.replies]


def threads_of(comments: list[Comment]) -> list[CommentThread]:
    """Group a segment's comments into threads (a reply to a reply joins its thread's root)."""
    root_of: dict[int, int] = {}
    roots: dict[int, Comment] = {}
    replies: dict[int, list[Comment]] = {}
    for comment in sorted(comments, key=lambda c: c.id or 0):
        assert comment.id is not None
        parent = comment.reply_to
        if parent is not None and parent in root_of:
            root = root_of[parent]
            root_of[comment.id] = root
            replies[root].append(comment)
        else:
            root_of[comment.id] = comment.id
            roots[comment.id] = comment
            replies[comment.id] = []
    return [CommentThread(root, replies[key]) for key, root in roots.items()]


class CommentService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def add(
        self,
        segment_id: int,
        text: str,
        actor: Actor,
        *,
        reply_to: int | None = None,
        category: ErrorCategory | None = None,
        severity: ErrorSeverity | None = None,
    ) -> Comment:
        """Add a comment (or a reply to ``reply_to``, which must be on the same segment)."""
        body = workflow.require_comment(text)
        if (category or severity) and not workflow.may(actor.role, workflow.Action.REJECT):
            raise DomainError(ErrorCode.ROLE_FORBIDDEN, action="tag errors", role=actor.role.value)
        with self._uow() as uow:
            uow.segments.get(segment_id)
            if reply_to is not None and uow.review.comment(reply_to).segment_id != segment_id:
                raise NotFoundError("comment", reply_to)
            added = uow.comments.add(
                Comment(
                    segment_id,
                    actor.user,
                    body,
                    kind=CommentKind.NOTE,
                    category=category,
                    severity=severity,
                    reply_to=reply_to,
                )
            )
            uow.commit()
            return added

    def comments(self, segment_id: int) -> list[Comment]:
        """The segment's comments, oldest first."""
        with self._uow() as uow:
            uow.segments.get(segment_id)
            return uow.comments.for_segment(segment_id)

    def threads(self, segment_id: int) -> list[CommentThread]:
        """The segment's threads, oldest first (the window's Comments panel)."""
        return threads_of(self.comments(segment_id))

    def resolve(self, comment_id: int, actor: Actor, resolved: bool = True) -> list[Comment]:
        """Mark a thread resolved (or open again); returns its comments."""
        with self._uow() as uow:
            root = uow.review.comment(comment_id)
            thread = uow.review.set_resolved(root.id or comment_id, resolved, actor.user)
            uow.commit()
            return thread

    def rejection(self, segment_id: int) -> Comment | None:
        """The reason of the rejection in force, for the banner above the translator's editor.

        None unless the segment is rejected now.
        """
        with self._uow() as uow:
            segment = uow.segments.get(segment_id)
            if segment.status is not SegmentStatus.REJECTED:
                return None
            reasons = [c for c in uow.comments.for_segment(segment_id) if c.kind is CommentKind.REJECTION]
            return reasons[-1] if reasons else None
