"""Read-side use cases: the list of releases and the segments of one."""

from __future__ import annotations

from collections.abc import Sequence

from translator_app.domain.errors import NotFoundError
from translator_app.domain.models import (
    Block,
    Event,
    GridRow,
    Release,
    ReleaseSummary,
    Segment,
    SegmentStatus,
    StoredRelease,
    StoredSegment,
)
from translator_app.formats.inline import TagTable, segment_tag_tables
from translator_app.services.ports import UnitOfWorkFactory


class ReleaseQueries:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def summaries(self) -> list[ReleaseSummary]:
        """Every release with its segment counts per status, newest first."""
        with self._uow() as uow:
            return uow.releases.summaries()

    def release(self, release_id: int) -> StoredRelease:
        """The release's title, languages and format, without the original file (exports read that)."""
        with self._uow() as uow:
            return uow.releases.header(release_id)

    def segments(self, release_id: int, status: SegmentStatus | None = None) -> list[StoredSegment]:
        """The release's segments in document order, optionally only those in one status."""
        with self._uow() as uow:
            uow.releases.header(release_id)
            return uow.segments.for_release(release_id, status)

    def grid_rows(self, release_id: int) -> list[GridRow]:
        """The release's segments as its grid shows them, in document order: no datetime to parse and one
        small tuple each, so on SQLite a third less time than :meth:`segments` at 100,000 segments
        (``bench/bench_open.py``). Read the full segment with :meth:`segment` when one is opened."""
        with self._uow() as uow:
            uow.releases.header(release_id)
            return uow.segments.grid_rows(release_id)

    def segment(self, segment_id: int) -> StoredSegment:
        with self._uow() as uow:
            return uow.segments.get(segment_id)

    def segments_by_id(self, segment_ids: Sequence[int]) -> list[StoredSegment]:
        """The stored state of these segments, in one transaction; ids no longer stored are left out."""
        found = []
        with self._uow() as uow:
            for segment_id in segment_ids:
                try:
                    found.append(uow.segments.get(segment_id))
                except NotFoundError:
                    continue
        return found

    def tag_tables(self, release_id: int) -> dict[int, TagTable]:
        """What the tags of each segment stand for (bold, a link, inline code…), by segment id, for the
        preview to render them; empty for formats whose tags it cannot show (text, Word)."""
        with self._uow() as uow:
            return segment_tag_tables(uow.releases.blocks(release_id), uow.segments.for_release(release_id))

    def events(self, segment_id: int) -> list[Event]:
        """The segment's review trail, oldest first (the window's History panel shows it)."""
        with self._uow() as uow:
            uow.segments.get(segment_id)
            return uow.events.for_segment(segment_id)


class ReleaseCreation:
    """Stores a parsed document as a new release, in one transaction."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def create(self, release: Release, blocks: list[Block], segments: list[Segment]) -> StoredRelease:
        with self._uow() as uow:
            stored = uow.releases.add(release, blocks, segments)
            uow.commit()
            return stored
