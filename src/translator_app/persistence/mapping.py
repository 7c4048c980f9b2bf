"""Rows to domain dataclasses and back: the one place that knows both shapes."""

from __future__ import annotations

from datetime import UTC, datetime

from translator_app.domain.models import (
    Comment,
    Event,
    EventKind,
    Origin,
    SegmentKind,
    SegmentStatus,
    StoredRelease,
    StoredSegment,
)
from translator_app.domain.review import CommentKind, parse_category, parse_severity
from translator_app.persistence.schema import CommentRow, EventRow, ReleaseRow, SegmentRow


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything stored is UTC, so say so."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def release_from_row(row: ReleaseRow, with_original: bool = True) -> StoredRelease:
    return StoredRelease(
        id=row.id,
        title=row.title,
        source_lang=row.source_lang,
        target_lang=row.target_lang,
        format=row.format,
        created_at=aware(row.created_at),
        created_by=row.created_by,
        original_name=row.original_name,
        original=row.original if with_original else None,
        skeleton=row.skeleton,
    )


def segment_from_row(row: SegmentRow) -> StoredSegment:
    return StoredSegment(
        id=row.id,
        release_id=row.release_id,
        position=row.position,
        block=row.block,
        kind=SegmentKind(row.kind),
        source=row.source,
        separator=row.separator,
        target=row.target,
        status=SegmentStatus(row.status),
        origin=Origin.parse(row.origin),
        translatable=row.translatable,
        version=row.version,
        updated_by=row.updated_by,
        updated_at=aware(row.updated_at),
    )


def event_from_row(row: EventRow) -> Event:
    return Event(
        id=row.id,
        segment_id=row.segment_id,
        kind=EventKind(row.kind),
        user=row.user,
        role=row.role,
        at=aware(row.at),
        old=row.old,
        new=row.new,
        comment=row.comment,
    )


def comment_from_row(row: CommentRow) -> Comment:
    return Comment(
        id=row.id,
        segment_id=row.segment_id,
        author=row.author,
        at=aware(row.at),
        text=row.text,
        resolved=row.resolved,
        kind=CommentKind(row.kind or "note"),
        category=parse_category(row.category),
        severity=parse_severity(row.severity),
        reply_to=row.reply_to,
        resolved_by=row.resolved_by or "",
        resolved_at=aware(row.resolved_at),
    )
