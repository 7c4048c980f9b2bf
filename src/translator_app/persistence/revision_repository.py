"""Storage side of re-importing an updated release: move, revise, archive and add segments in place.

Positions are unique per release, so a re-import first parks every live segment on a negative position
(``-1_000_000 - id``), then writes the final ones; archived segments rest on ``-id``, out of the way of both.
Every write to a segment is a compare-and-set on its version, like an edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from translator_app.domain.errors import ConflictError, NotFoundError
from translator_app.domain.models import Block, Release, Segment
from translator_app.persistence.mapping import segment_from_row
from translator_app.persistence.repositories import now
from translator_app.persistence.schema import BlockRow, ReleaseRow, SegmentRow

_PARKED = 1_000_000


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

    def move(self, segment: Segment, expected_version: int, *, archived: bool = False) -> Segment:
        """Write a segment's place, kind, source and separator (and status, target) with a version check."""
        assert segment.id is not None
        values = {
            "position": -segment.id if archived else segment.position,
            "block": segment.block,
            "kind": segment.kind.value,
            "source": segment.source,
            "separator": segment.separator,
            "target": segment.target,
            "status": segment.status.value,
            "origin": segment.origin.code(),
            "updated_by": segment.updated_by,
            "updated_at": now(),
            "archived": archived,
            "version": SegmentRow.version + 1,
        }
        result = self._session.execute(
            update(SegmentRow)
            .where(SegmentRow.id == segment.id, SegmentRow.version == expected_version)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            current = self._session.get(SegmentRow, segment.id, populate_existing=True)
            if current is None:
                raise NotFoundError("segment", segment.id)
            raise ConflictError(segment.id, expected_version, current.version, current.updated_by)
        return self._get(segment.id)

    def keep_place(self, segment: Segment) -> None:
        """Give an unchanged segment its new position, block and separator without touching its version."""
        assert segment.id is not None
        self._session.execute(
            update(SegmentRow)
            .where(SegmentRow.id == segment.id)
            .values(position=segment.position, block=segment.block, separator=segment.separator)
            .execution_options(synchronize_session=False)
        )

    def add(self, release_id: int, segments: Sequence[Segment], user: str) -> list[Segment]:
        """Insert new segments; returns them with their ids."""
        moment = now()
        added = []
        for segment in segments:
            row = SegmentRow(
                release_id=release_id,
                position=segment.position,
                block=segment.block,
                kind=segment.kind.value,
                source=segment.source,
                separator=segment.separator,
                target=segment.target,
                status=segment.status.value,
                origin=segment.origin.code(),
                translatable=segment.translatable,
                version=1,
                updated_by=user,
                updated_at=moment,
                archived=False,
            )
            self._session.add(row)
            self._session.flush()
            added.append(segment_from_row(row))
        return added

    def replace_document(self, release: Release, blocks: Sequence[Block]) -> None:
        """The release's original bytes, skeleton and blocks become those of the new source."""
        assert release.id is not None
        row = self._session.get(ReleaseRow, release.id)
        if row is None:
            raise NotFoundError("release", release.id)
        row.original = release.original
        row.original_name = release.original_name
        row.skeleton = release.skeleton
        self._session.execute(delete(BlockRow).where(BlockRow.release_id == release.id))
        if blocks:
            self._session.execute(
                insert(BlockRow),
                [
                    {
                        "release_id": release.id,
                        "position": b.position,
                        "kind": b.kind.value,
                        "skeleton": b.skeleton,
                    }
                    for b in blocks
                ],
            )
        self._session.flush()

    def archived(self, release_id: int) -> list[Segment]:
        """The segments archived by earlier updates, most recent id last."""
        query = (
            select(SegmentRow)
            .where(SegmentRow.release_id == release_id, SegmentRow.archived.is_(True))
            .order_by(SegmentRow.id)
        )
        return [segment_from_row(row) for row in self._session.scalars(query)]

    def _get(self, segment_id: int) -> Segment:
        row = self._session.get(SegmentRow, segment_id, populate_existing=True)
        if row is None:
            raise NotFoundError("segment", segment_id)
        return segment_from_row(row)
