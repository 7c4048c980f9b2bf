"""Storage side of re-importing an updated release: move, revise, archive and add segments in place.

Positions are unique per release, so a re-import first parks every live segment on a negative position
(``-1_000_000 - id``), then writes the final ones; archived segments rest on ``-id``, out of the way of both.
Every write to a segment is a compare-and-set on its version, like an edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from translator_app.domain.errors import NotFoundError
from translator_app.domain.models import Block, Segment, StoredRelease, StoredSegment
from translator_app.persistence.mapping import SEGMENT_COLUMNS, SEGMENTS, segment_from_values
from translator_app.persistence.repositories import (
    insert_blocks,
    now,
    save_versioned,
    segment_values,
    source_values,
)
from translator_app.persistence.schema import BlockRow, ReleaseFileRow, ReleaseRow, SegmentRow

_PARKED = 1_000_000


def write_original(session: Session, release_id: int, original: bytes | None) -> None:
    """Replace the file a release was imported from (None: no file). Updated in place, added when the release
    had none, never deleted: on a team server only an admin deletes a release's file (with the release)."""
    written = session.execute(
        update(ReleaseFileRow).where(ReleaseFileRow.release_id == release_id).values(original=original)
    )
    if written.rowcount == 0 and original is not None:  # type: ignore[attr-defined]
        session.execute(insert(ReleaseFileRow).values(release_id=release_id, original=original))


class SqlRevisionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def park(self, release_id: int) -> None:
        """Free every position of the release's live segments before they are written again."""
        self._session.execute(
            update(SegmentRow)
            .where(SegmentRow.release_id == release_id, SegmentRow.archived.is_(False))
            .values(position=-_PARKED - SegmentRow.id)
            .execution_options(synchronize_session=False)
        )

    def move(self, segment: StoredSegment, expected_version: int, *, archived: bool = False) -> StoredSegment:
        """Write a segment's place, kind, source and separator (and status, target) with a version check."""
        values = {
            "position": -segment.id if archived else segment.position,
            "block": segment.block,
            "kind": segment.kind.value,
            **source_values(segment.source),
            "separator": segment.separator,
            "target": segment.target,
            "status": segment.status.value,
            "origin": segment.origin.code(),
            "updated_by": segment.updated_by,
            "updated_at": now(),
            "archived": archived,
        }
        return save_versioned(self._session, segment.id, expected_version, values)

    def keep_place(self, segment: StoredSegment) -> None:
        """Give an unchanged segment its new position, block and separator without touching its version."""
        self._session.execute(
            update(SegmentRow)
            .where(SegmentRow.id == segment.id)
            .values(position=segment.position, block=segment.block, separator=segment.separator)
            .execution_options(synchronize_session=False)
        )

    def add(self, release_id: int, segments: Sequence[Segment], user: str) -> list[StoredSegment]:
        """Insert new segments; returns them with their ids, in the order given."""
        if not segments:
            return []
        moment = now()
        statement = insert(SEGMENTS).returning(*SEGMENT_COLUMNS, sort_by_parameter_order=True)
        rows = self._session.execute(
            statement, [segment_values(release_id, segment, user, moment) for segment in segments]
        )
        return [segment_from_values(row) for row in rows]

    def replace_document(self, release: StoredRelease, blocks: Sequence[Block]) -> None:
        """The release's original bytes, skeleton and blocks become those of the new source."""
        row = self._session.get(ReleaseRow, release.id)
        if row is None:
            raise NotFoundError("release", release.id)
        write_original(self._session, release.id, release.original)
        row.original_name = release.original_name
        row.skeleton = release.skeleton
        self._session.execute(delete(BlockRow).where(BlockRow.release_id == release.id))
        insert_blocks(self._session, release.id, blocks)
        self._session.flush()

    def archived(self, release_id: int) -> list[StoredSegment]:
        """The segments archived by earlier updates, most recent id last."""
        query = (
            select(*SEGMENT_COLUMNS)
            .where(SEGMENTS.c.release_id == release_id, SEGMENTS.c.archived.is_(True))
            .order_by(SEGMENTS.c.id)
        )
        return [segment_from_values(row) for row in self._session.execute(query)]
