"""Rows to domain dataclasses and back: the one place that knows both shapes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Table

from translator_app.domain.models import (
    Comment,
    Event,
    EventKind,
    GridRow,
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


def release_from_row(row: ReleaseRow, original: bytes | None = None) -> StoredRelease:
    return StoredRelease(
        id=row.id,
        title=row.title,
        source_lang=row.source_lang,
        target_lang=row.target_lang,
        format=row.format,
        created_at=aware(row.created_at),
        created_by=row.created_by,
        original_name=row.original_name,
        original=original,
        skeleton=row.skeleton,
    )


SEGMENTS: Table = SegmentRow.__table__  # type: ignore[assignment]
"""The segments table, for Core statements: plain rows, no ORM objects to build or track."""
EVENTS: Table = EventRow.__table__  # type: ignore[assignment]
RELEASES: Table = ReleaseRow.__table__  # type: ignore[assignment]

SEGMENT_COLUMNS = (
    SEGMENTS.c.position,
    SEGMENTS.c.block,
    SEGMENTS.c.source,
    SEGMENTS.c.kind,
    SEGMENTS.c.target,
    SEGMENTS.c.status,
    SEGMENTS.c.origin,
    SEGMENTS.c.translatable,
    SEGMENTS.c.separator,
    SEGMENTS.c.version,
    SEGMENTS.c.updated_by,
    SEGMENTS.c.updated_at,
    SEGMENTS.c.id,
    SEGMENTS.c.release_id,
)
"""The columns :func:`segment_from_values` reads, in the order of ``Segment``'s fields."""

_KINDS = {kind.value: kind for kind in SegmentKind}
_STATUSES = {status.value: status for status in SegmentStatus}


@lru_cache(maxsize=1024)
def origin_from_code(code: str | None) -> Origin:
    """Origins are few and immutable (``human``, ``tm:87``…): parse each code once, share the result."""
    return Origin.parse(code)


GRID_COLUMNS = (
    SEGMENTS.c.id,
    SEGMENTS.c.position,
    SEGMENTS.c.kind,
    SEGMENTS.c.source,
    SEGMENTS.c.target,
    SEGMENTS.c.status,
    SEGMENTS.c.origin,
    SEGMENTS.c.translatable,
    SEGMENTS.c.version,
)
"""The columns of a :class:`GridRow`, in its order."""


def grid_row_from_values(row: Sequence[Any]) -> GridRow:
    id_, position, kind, source, target, status, origin, translatable, version = row
    return GridRow(
        id_,
        position,
        _KINDS[kind],
        source,
        target,
        _STATUSES[status],
        origin_from_code(origin),
        translatable,
        version,
    )


def segment_from_values(row: Sequence[Any]) -> StoredSegment:
    """A segment from a Core row of :data:`SEGMENT_COLUMNS`: positional, no ORM, a 100k release reads fast."""
    place, block, source, kind, target, status, origin, translatable, gap, version, by, at, id_, rel = row
    return StoredSegment(
        place,
        block,
        source,
        _KINDS[kind],
        target,
        _STATUSES[status],
        origin_from_code(origin),
        translatable,
        gap,
        version,
        by,
        at if at is None or at.tzinfo is not None else at.replace(tzinfo=UTC),
        id=id_,
        release_id=rel,
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
