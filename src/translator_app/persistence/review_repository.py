"""Comment threads, release-wide review reads and sign-offs over one session; never commits."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from translator_app.domain.errors import NotFoundError
from translator_app.domain.models import Comment, Event, SegmentStatus
from translator_app.domain.review import Signoff
from translator_app.persistence.mapping import aware, comment_from_row, event_from_row
from translator_app.persistence.repositories import now
from translator_app.persistence.schema import CommentRow, EventRow, ReleaseRow, SegmentRow, SignoffRow


def _signoff_from_row(row: SignoffRow) -> Signoff:
    return Signoff(
        id=row.id,
        release_id=row.release_id,
        user=row.user,
        at=aware(row.at),
        version_mark=row.version_mark,
        event_mark=row.event_mark,
    )


class SqlReviewRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def comment(self, comment_id: int) -> Comment:
        row = self._session.get(CommentRow, comment_id, populate_existing=True)
        if row is None:
            raise NotFoundError("comment", comment_id)
        return comment_from_row(row)

    def set_resolved(self, comment_id: int, resolved: bool, user: str) -> list[Comment]:
        root = self._session.get(CommentRow, comment_id)
        if root is None:
            raise NotFoundError("comment", comment_id)
        thread = [root]
        frontier = [root.id]
        while frontier:
            replies = list(self._session.scalars(select(CommentRow).where(CommentRow.reply_to.in_(frontier))))
            thread += replies
            frontier = [r.id for r in replies]
        moment = now()
        for row in thread:
            row.resolved = resolved
            row.resolved_by = user if resolved else ""
            row.resolved_at = moment if resolved else None
        self._session.flush()
        for row in thread:  # a team server writes who and when itself (trigger)
            self._session.refresh(row, ["resolved_by", "resolved_at"])
        return [comment_from_row(row) for row in sorted(thread, key=lambda r: r.id)]

    def comments_for_release(self, release_id: int) -> dict[int, list[Comment]]:
        self._session.flush()
        query = (
            select(CommentRow)
            .join(SegmentRow, SegmentRow.id == CommentRow.segment_id)
            .where(SegmentRow.release_id == release_id)
            .order_by(CommentRow.id)
        )
        found: dict[int, list[Comment]] = defaultdict(list)
        for row in self._session.scalars(query):
            found[row.segment_id].append(comment_from_row(row))
        return dict(found)

    def events_for_release(self, release_id: int) -> dict[int, list[Event]]:
        self._session.flush()
        query = (
            select(EventRow)
            .join(SegmentRow, SegmentRow.id == EventRow.segment_id)
            .where(SegmentRow.release_id == release_id)
            .order_by(EventRow.id)
        )
        found: dict[int, list[Event]] = defaultdict(list)
        for row in self._session.scalars(query):
            found[row.segment_id].append(event_from_row(row))
        return dict(found)

    def lock_for_signoff(self, release_id: int) -> None:
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.execute(select(ReleaseRow.id).where(ReleaseRow.id == release_id).with_for_update())
            self._session.execute(
                select(SegmentRow.id)
                .where(SegmentRow.release_id == release_id)
                .order_by(SegmentRow.id)
                .with_for_update(read=True)
            )
        else:  # SQLite: taking the write lock first makes every later read of this transaction current
            self._session.execute(
                update(ReleaseRow).where(ReleaseRow.id == release_id).values(id=ReleaseRow.id)
            )

    def add_signoff(self, signoff: Signoff) -> Signoff:
        row = SignoffRow(
            release_id=signoff.release_id,
            user=signoff.user,
            at=signoff.at or now(),
            version_mark=signoff.version_mark,
            event_mark=signoff.event_mark,
        )
        self._session.add(row)
        self._session.flush()
        self._session.refresh(row)  # a team server computes name, time and marks itself (trigger)
        return _signoff_from_row(row)

    def latest_signoff(self, release_id: int) -> Signoff | None:
        query = (
            select(SignoffRow)
            .where(SignoffRow.release_id == release_id)
            .order_by(SignoffRow.id.desc())
            .limit(1)
        )
        row = self._session.scalars(query).first()
        return None if row is None else _signoff_from_row(row)

    def unapproved_numbers(self, release_id: int) -> list[int]:
        """One indexed query of positions, not every segment loaded: the window asks after each confirm."""
        query = (
            select(SegmentRow.position)
            .where(
                SegmentRow.release_id == release_id,
                SegmentRow.archived.is_(False),
                SegmentRow.translatable.is_(True),
                SegmentRow.status != SegmentStatus.APPROVED.value,
            )
            .order_by(SegmentRow.position)
        )
        return [position + 1 for position in self._session.scalars(query)]

    def release_marks(self, release_id: int) -> tuple[int, int]:
        self._session.flush()
        versions = self._session.execute(
            select(func.coalesce(func.sum(SegmentRow.version), 0)).where(SegmentRow.release_id == release_id)
        ).scalar_one()
        latest = self._session.execute(
            select(func.coalesce(func.max(EventRow.id), 0))
            .join(SegmentRow, SegmentRow.id == EventRow.segment_id)
            .where(SegmentRow.release_id == release_id)
        ).scalar_one()
        return int(versions), int(latest)

    def first_event_after(self, release_id: int, event_id: int) -> Event | None:
        query = (
            select(EventRow)
            .join(SegmentRow, SegmentRow.id == EventRow.segment_id)
            .where(SegmentRow.release_id == release_id, EventRow.id > event_id)
            .order_by(EventRow.id)
            .limit(1)
        )
        row = self._session.scalars(query).first()
        return None if row is None else event_from_row(row)
