"""Repositories over one SQLAlchemy session; they never commit (the unit of work does)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, tuple_, union_all, update
from sqlalchemy.orm import Session

from translator_app.domain.errors import ConflictError, NotFoundError
from translator_app.domain.models import (
    Block,
    Comment,
    Event,
    GridRow,
    Origin,
    Release,
    ReleaseSummary,
    Segment,
    SegmentKind,
    SegmentStatus,
    StoredRelease,
    StoredSegment,
)
from translator_app.domain.repetitions import repetition_hash, repetition_key
from translator_app.persistence.mapping import (
    EVENTS,
    GRID_COLUMNS,
    RELEASES,
    SEGMENT_COLUMNS,
    SEGMENTS,
    aware,
    comment_from_row,
    event_from_row,
    grid_row_from_values,
    release_from_row,
    segment_from_values,
)
from translator_app.persistence.schema import (
    BlockRow,
    CommentRow,
    EventRow,
    ReleaseFileRow,
    ReleaseRow,
    SegmentRow,
)

WRITE_BATCH = 1000
"""Segments per multi-row UPDATE (two bound values each, far below SQLite's limit)."""
INSERT_BATCH = 2000
"""Rows per INSERT of a new release's blocks and segments: the column values of a 200,000-segment release
are never all in memory at once (``bench/bench_hostile.py``)."""


def now() -> datetime:
    return datetime.now(UTC)


def insert_blocks(session: Session, release_id: int, blocks: Sequence[Block]) -> None:
    """A release's blocks, ``INSERT_BATCH`` rows per statement."""
    for start in range(0, len(blocks), INSERT_BATCH):
        session.execute(
            insert(BlockRow),
            [
                {
                    "release_id": release_id,
                    "position": b.position,
                    "kind": b.kind.value,
                    "skeleton": b.skeleton,
                }
                for b in blocks[start : start + INSERT_BATCH]
            ],
        )


def insert_segments(
    session: Session, release_id: int, segments: Sequence[Segment], user: str, moment: datetime
) -> None:
    """A new release's segments, ``INSERT_BATCH`` rows per statement (Core, no ORM objects)."""
    for start in range(0, len(segments), INSERT_BATCH):
        session.execute(
            insert(SEGMENTS),
            [
                segment_values(release_id, s, s.updated_by or user, moment)
                for s in segments[start : start + INSERT_BATCH]
            ],
        )


def segment_values(release_id: int, segment: Segment, user: str, moment: datetime) -> dict[str, Any]:
    """The column values of a new segment (version 1); the repetition hash is the column's insert default."""
    return {
        "release_id": release_id,
        "position": segment.position,
        "block": segment.block,
        "kind": segment.kind.value,
        "source": segment.source,
        "separator": segment.separator,
        "target": segment.target,
        "status": segment.status.value,
        "origin": segment.origin.code(),
        "translatable": segment.translatable,
        "version": 1,
        "updated_by": user,
        "updated_at": moment,
    }


def source_values(source: str) -> dict[str, Any]:
    """The values of a changed source: the text and the hash its repetitions are found by."""
    return {"source": source, "repetition_hash": repetition_hash(source)}


def save_versioned(
    session: Session, segment_id: int, expected_version: int, values: dict[str, Any]
) -> StoredSegment:
    """A compare-and-set on the version: the UPDATE only matches the version the writer saw, and hands back
    the row as written (RETURNING), so no second read."""
    statement = (
        update(SEGMENTS)
        .where(SEGMENTS.c.id == segment_id, SEGMENTS.c.version == expected_version)
        .values(**values, version=SEGMENTS.c.version + 1)
        .returning(*SEGMENT_COLUMNS)
    )
    row = session.execute(statement).first()
    if row is None:
        current = session.execute(
            select(SEGMENTS.c.version, SEGMENTS.c.updated_by).where(SEGMENTS.c.id == segment_id)
        ).first()
        if current is None:
            raise NotFoundError("segment", segment_id)
        raise ConflictError(segment_id, expected_version, current.version, current.updated_by)
    return segment_from_values(row)


def get_segment(session: Session, segment_id: int) -> StoredSegment:
    """A segment as stored now (a plain read, never an ORM object an earlier read of this session left)."""
    row = session.execute(select(*SEGMENT_COLUMNS).where(SEGMENTS.c.id == segment_id)).first()
    if row is None:
        raise NotFoundError("segment", segment_id)
    return segment_from_values(row)


class SqlReleaseRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, release: Release, blocks: Sequence[Block], segments: Sequence[Segment]) -> StoredRelease:
        moment = now()
        row = ReleaseRow(
            title=release.title,
            source_lang=release.source_lang,
            target_lang=release.target_lang,
            format=release.format,
            original_name=release.original_name,
            skeleton=release.skeleton,
            created_by=release.created_by,
            created_at=release.created_at or moment,
        )
        self._session.add(row)
        self._session.flush()
        self._session.refresh(row, ["created_by", "created_at"])  # a team server writes its own (trigger)
        if release.original is not None:
            self._session.execute(insert(ReleaseFileRow).values(release_id=row.id, original=release.original))
        insert_blocks(self._session, row.id, blocks)
        insert_segments(self._session, row.id, segments, release.created_by, moment)
        self._session.flush()
        return release_from_row(row, release.original)

    def get(self, release_id: int) -> StoredRelease:
        """The release with its original file (an export or an update needs the bytes)."""
        header = self.header(release_id)
        header.original = self._session.scalar(
            select(ReleaseFileRow.original).where(ReleaseFileRow.release_id == release_id)
        )
        return header

    def header(self, release_id: int) -> StoredRelease:
        """The release without its original file (``original`` is None): its bytes grow with the release and
        only an export or an update needs them, not a confirmation, a look-up or the window."""
        row = self._session.get(ReleaseRow, release_id)
        if row is None:
            raise NotFoundError("release", release_id)
        return release_from_row(row)

    def blocks(self, release_id: int) -> list[Block]:
        query = select(BlockRow).where(BlockRow.release_id == release_id).order_by(BlockRow.position)
        return [
            Block(position=row.position, kind=SegmentKind(row.kind), skeleton=row.skeleton, id=row.id)
            for row in self._session.scalars(query)
        ]

    def summaries(self) -> list[ReleaseSummary]:
        """Every release, newest first, with its live segments counted per status.

        Two plain reads, whatever the number of releases: the counts grouped in the order of the index that
        covers them (``ix_segments_release_progress``, so the table itself is not read), and the releases'
        own columns without the original file or the skeleton, which a list never shows
        (``bench/bench_release_list.py``: 1,000 releases, 165,000 segments).
        """
        counts: dict[int, dict[SegmentStatus, int]] = {}
        last: dict[int, datetime | None] = {}
        untranslatable: dict[int, int] = {}
        segments = SEGMENTS.c
        query = (
            select(
                segments.release_id,
                segments.status,
                segments.translatable,
                func.count(),
                func.max(segments.updated_at),
            )
            .where(segments.archived.is_(False))
            .group_by(segments.release_id, segments.status, segments.translatable)
        )
        for release_id, status, translatable, count, latest in self._session.execute(query):
            if translatable:
                counts.setdefault(release_id, {})[SegmentStatus(status)] = count
            else:
                untranslatable[release_id] = untranslatable.get(release_id, 0) + count
            moment = aware(latest)
            previous = last.get(release_id)
            if moment is not None and (previous is None or moment > previous):
                last[release_id] = moment
        releases = RELEASES.c
        rows = self._session.execute(
            select(
                releases.id,
                releases.title,
                releases.source_lang,
                releases.target_lang,
                releases.format,
                releases.original_name,
                releases.created_by,
                releases.created_at,
            ).order_by(releases.created_at.desc(), releases.id.desc())
        )
        summaries = []
        for id_, title, source_lang, target_lang, format_, original_name, created_by, created_at in rows:
            release = StoredRelease(
                title,
                source_lang,
                target_lang,
                format_,
                id=id_,
                created_at=aware(created_at),
                created_by=created_by,
                original_name=original_name,
            )
            per_status = counts.get(id_, {})
            summaries.append(
                ReleaseSummary(
                    release,
                    {status: per_status.get(status, 0) for status in SegmentStatus},
                    last.get(id_) or release.created_at,
                    untranslatable.get(id_, 0),
                )
            )
        return summaries


class SqlSegmentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, segment_id: int) -> StoredSegment:
        return get_segment(self._session, segment_id)

    def for_release(self, release_id: int, status: SegmentStatus | None = None) -> list[StoredSegment]:
        """The release's live segments; archived ones (gone from an updated source) are left out.

        Plain rows made into segments directly (no ORM objects): a 100,000-segment release reads in well
        under a second (``bench/bench_open.py``)."""
        query = (
            select(*SEGMENT_COLUMNS)
            .where(SEGMENTS.c.release_id == release_id, SEGMENTS.c.archived.is_(False))
            .order_by(SEGMENTS.c.position)
        )
        if status is not None:
            query = query.where(SEGMENTS.c.status == status.value)
        return [segment_from_values(row) for row in self._session.execute(query)]

    def grid_rows(self, release_id: int) -> list[GridRow]:
        """The release's live segments as the grid shows them, in document order: the columns a row paints
        and nothing else, no datetime to parse, one small tuple each."""
        query = (
            select(*GRID_COLUMNS)
            .where(SEGMENTS.c.release_id == release_id, SEGMENTS.c.archived.is_(False))
            .order_by(SEGMENTS.c.position)
        )
        return [grid_row_from_values(row) for row in self._session.execute(query)]

    def neighbour_sources(self, segment: Segment) -> tuple[str, str]:
        """The sources of the translatable segments just before and after ``segment``: two indexed look-ups
        in one statement, not the whole release (a memory unit's context is stored on every confirmation)."""
        segments = SEGMENTS.c
        live = select(segments.source, segments.position).where(
            segments.release_id == segment.release_id,
            segments.archived.is_(False),
            segments.translatable.is_(True),
        )
        before = live.where(segments.position < segment.position).order_by(segments.position.desc()).limit(1)
        after = live.where(segments.position > segment.position).order_by(segments.position).limit(1)
        sides = [before.subquery(), after.subquery()]
        found = dict.fromkeys((False, True), "")
        for source, position in self._session.execute(union_all(*(side.select() for side in sides))):
            found[position > segment.position] = source
        return found[False], found[True]

    def sources_before(self, segment: Segment, count: int) -> list[str]:
        """One indexed query with a limit: the MT context of a segment without loading its release."""
        query = (
            select(SegmentRow.source)
            .where(
                SegmentRow.release_id == segment.release_id,
                SegmentRow.archived.is_(False),
                SegmentRow.translatable.is_(True),
                SegmentRow.position < segment.position,
            )
            .order_by(SegmentRow.position.desc())
            .limit(count)
        )
        return list(reversed(self._session.scalars(query).all()))

    def repetitions(
        self, segment: StoredSegment, statuses: Collection[SegmentStatus]
    ) -> list[StoredSegment]:
        """The release's other live, translatable segments in ``statuses`` whose source is the same sentence
        (``domain.repetitions``), in document order: an indexed look-up by hash, then the key compared, so
        the hash's rare collisions are left out."""
        key = repetition_key(segment.source)
        query = (
            select(*SEGMENT_COLUMNS)
            .where(
                SEGMENTS.c.release_id == segment.release_id,
                SEGMENTS.c.repetition_hash == repetition_hash(segment.source),
                SEGMENTS.c.id != segment.id,
                SEGMENTS.c.archived.is_(False),
                SEGMENTS.c.translatable.is_(True),
                SEGMENTS.c.status.in_([status.value for status in statuses]),
            )
        )  # no ORDER BY: SQLite would walk the (release, position) index instead of the hash's
        found = (segment_from_values(row) for row in self._session.execute(query))
        return sorted((s for s in found if repetition_key(s.source) == key), key=lambda s: s.position)

    def lock_repetitions(self, segment: StoredSegment) -> None:
        """Lock the rows of ``segment``'s sentence (the segment and every copy with its hash) in id order,
        before anything of them is written: two people confirming copies of one sentence at the same moment
        then queue on the first row instead of each holding one copy and waiting for the other's
        (PostgreSQL's deadlock). SQLite compiles no FOR UPDATE: its one writer holds the whole file."""
        query = (
            select(SEGMENTS.c.id)
            .where(
                SEGMENTS.c.release_id == segment.release_id,
                SEGMENTS.c.repetition_hash == repetition_hash(segment.source),
            )
            .order_by(SEGMENTS.c.id)
            .with_for_update()
        )
        self._session.execute(query).all()

    def set_targets(
        self, segments: Sequence[StoredSegment], target: str, status: SegmentStatus, origin: Origin, user: str
    ) -> list[StoredSegment]:
        """Give ``segments`` one target, status and origin: one UPDATE … RETURNING per thousand segments, each
        row matched on the id and version it was read with. A segment written by someone else since is left
        as it is and not returned. Returns the segments as written, in document order: the rows as read with
        the new values (the version check guarantees the rest is what is stored) and the author, time and
        version the row got, which RETURNING hands back as stored (a team server's trigger sets them)."""
        written: dict[int, tuple[str, datetime, int]] = {}
        moment = now()
        for start in range(0, len(segments), WRITE_BATCH):
            seen = [(s.id, s.version) for s in segments[start : start + WRITE_BATCH]]
            statement = (
                update(SEGMENTS)
                .where(  # the plain id list lets SQLite use the primary key; the pairs check the versions
                    SEGMENTS.c.id.in_([id_ for id_, _ in seen]),
                    tuple_(SEGMENTS.c.id, SEGMENTS.c.version).in_(seen),
                )
                .values(
                    target=target,
                    status=status.value,
                    origin=origin.code(),
                    updated_by=user,
                    updated_at=moment,
                    version=SEGMENTS.c.version + 1,
                )
                .returning(SEGMENTS.c.id, SEGMENTS.c.updated_by, SEGMENTS.c.updated_at, SEGMENTS.c.version)
            )
            for id_, by, at, version in self._session.execute(statement):
                written[id_] = (by, aware(at) or moment, version)
        return sorted(
            (
                replace(
                    s,
                    target=target,
                    status=status,
                    origin=origin,
                    updated_by=written[s.id][0],
                    updated_at=written[s.id][1],
                    version=written[s.id][2],
                )
                for s in segments
                if s.id in written
            ),
            key=lambda segment: segment.position,
        )

    def save(self, segment: StoredSegment, expected_version: int) -> StoredSegment:
        """A compare-and-set on the version: the UPDATE only matches the version the writer saw."""
        values = {
            "target": segment.target,
            "status": segment.status.value,
            "origin": segment.origin.code(),
            "translatable": segment.translatable,
            "updated_by": segment.updated_by,
            "updated_at": now(),
        }
        return save_versioned(self._session, segment.id, expected_version, values)


class SqlEventRepository:
    written_by_database = False
    """The app writes the history (see ``server_history`` for a team server, whose triggers do)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def annotate(self, *, status: str = "", target: str = "") -> None:
        """Nothing to do: here the app writes the events and their notes itself."""

    def add(self, event: Event) -> None:
        self.add_many([event])

    def add_many(self, events: Sequence[Event]) -> None:
        """One multi-row INSERT, sent at once (so events keep the order of the calls that wrote them)."""
        if not events:
            return
        moment = now()
        self._session.execute(
            insert(EVENTS),
            [
                {
                    "segment_id": event.segment_id,
                    "kind": event.kind.value,
                    "user": event.user,
                    "role": event.role,
                    "at": event.at or moment,
                    "old": event.old,
                    "new": event.new,
                    "comment": event.comment,
                }
                for event in events
            ],
        )

    def for_segment(self, segment_id: int) -> list[Event]:
        self._session.flush()
        query = select(EventRow).where(EventRow.segment_id == segment_id).order_by(EventRow.id)
        return [event_from_row(row) for row in self._session.scalars(query)]


class SqlCommentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, comment: Comment) -> Comment:
        row = CommentRow(
            segment_id=comment.segment_id,
            author=comment.author,
            at=comment.at or now(),
            text=comment.text,
            resolved=comment.resolved,
            kind=comment.kind.value,
            category=comment.category.value if comment.category else "",
            severity=comment.severity.value if comment.severity else "",
            reply_to=comment.reply_to,
            resolved_by=comment.resolved_by,
            resolved_at=comment.resolved_at,
        )
        self._session.add(row)
        self._session.flush()
        self._session.refresh(row, ["author", "at"])  # a team server writes its own (trigger)
        return comment_from_row(row)

    def for_segment(self, segment_id: int) -> list[Comment]:
        query = select(CommentRow).where(CommentRow.segment_id == segment_id).order_by(CommentRow.id)
        return [comment_from_row(row) for row in self._session.scalars(query)]
