"""What the services need from storage, as Protocols: any store that keeps these promises will do."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from types import TracebackType
from typing import Protocol

from translator_app.domain.models import (
    Block,
    Comment,
    Event,
    GridRow,
    Origin,
    Release,
    ReleaseSummary,
    Segment,
    SegmentStatus,
    StoredRelease,
    StoredSegment,
)
from translator_app.mt.glossary_sync import GlossaryRecords
from translator_app.services.memory_ports import TermRepository, TmRepository
from translator_app.services.review_ports import ReviewRepository


class ReleaseRepository(Protocol):
    def add(
        self, release: Release, blocks: Sequence[Block], segments: Sequence[Segment]
    ) -> StoredRelease: ...

    def get(self, release_id: int) -> StoredRelease: ...

    def header(self, release_id: int) -> StoredRelease:
        """The release without the original file's bytes (``original`` is None)."""
        ...

    def blocks(self, release_id: int) -> list[Block]: ...

    def summaries(self) -> list[ReleaseSummary]: ...


class SegmentRepository(Protocol):
    def get(self, segment_id: int) -> StoredSegment: ...

    def for_release(self, release_id: int, status: SegmentStatus | None = None) -> list[StoredSegment]: ...

    def grid_rows(self, release_id: int) -> list[GridRow]:
        """The release's live segments as a grid shows them, in document order."""
        ...

    def neighbour_sources(self, segment: Segment) -> tuple[str, str]:
        """Sources of the translatable segments just before and after ``segment`` ("" at an end)."""
        ...

    def sources_before(self, segment: Segment, count: int) -> list[str]:
        """The sources of the ``count`` translatable segments just before ``segment``, in document order."""
        ...

    def repetitions(
        self, segment: StoredSegment, statuses: Collection[SegmentStatus]
    ) -> list[StoredSegment]:
        """The release's other live, translatable segments in ``statuses`` with the same sentence as
        ``segment`` (``domain.repetitions.repetition_key``), in document order."""
        ...

    def lock_repetitions(self, segment: StoredSegment) -> None:
        """Lock ``segment`` and the copies of its sentence in one order, for the rest of the transaction
        (before a confirmation writes it and fills them)."""
        ...

    def set_targets(
        self, segments: Sequence[StoredSegment], target: str, status: SegmentStatus, origin: Origin, user: str
    ) -> list[StoredSegment]:
        """Write one target, status and origin to ``segments`` in bulk; a segment whose stored version moved
        on since it was read is skipped. Returns the segments as written, in document order."""
        ...

    def save(self, segment: StoredSegment, expected_version: int) -> StoredSegment:
        """Write target, status, origin, translatable; ConflictError if the stored version moved on."""
        ...


class EventRepository(Protocol):
    """The history. Where the database writes it itself (a team server's triggers, with the server's user and
    clock) ``written_by_database`` is True: the app then adds no event, and says why a write happens through
    :meth:`annotate` just before it."""

    @property
    def written_by_database(self) -> bool: ...

    def annotate(self, *, status: str = "", target: str = "") -> None:
        """The comment the database puts on the status and target events of the next segment write."""
        ...

    def add(self, event: Event) -> None: ...

    def add_many(self, events: Sequence[Event]) -> None: ...

    def for_segment(self, segment_id: int) -> list[Event]: ...


class CommentRepository(Protocol):
    def add(self, comment: Comment) -> Comment: ...

    def for_segment(self, segment_id: int) -> list[Comment]: ...


class MtRepository(GlossaryRecords, Protocol):
    """Machine translations already paid for, release formality, and glossary versions and remote ids."""

    def cached(
        self,
        provider: str,
        source_lang: str,
        target_lang: str,
        formality: str,
        model: str,
        glossary_version: int,
        wanted: Mapping[str, str],
    ) -> dict[str, str]:
        """Source → target for the sources of ``wanted`` (source → glossary-terms key) already paid for."""
        ...

    def store(
        self,
        provider: str,
        source_lang: str,
        target_lang: str,
        formality: str,
        model: str,
        glossary_version: int,
        glossary_terms: str,
        source: str,
        target: str,
        billed_characters: int,
    ) -> None: ...

    def release_formality(self, release_id: int) -> str: ...

    def set_release_formality(self, release_id: int, formality: str) -> None: ...

    def glossary_language_pairs(self) -> list[tuple[str, str]]: ...


class UnitOfWork(Protocol):
    """One transaction: everything done inside commits together or not at all."""

    @property
    def releases(self) -> ReleaseRepository: ...

    @property
    def segments(self) -> SegmentRepository: ...

    @property
    def events(self) -> EventRepository: ...

    @property
    def comments(self) -> CommentRepository: ...

    @property
    def tm(self) -> TmRepository: ...

    @property
    def terms(self) -> TermRepository: ...

    @property
    def mt_cache(self) -> MtRepository: ...

    @property
    def review(self) -> ReviewRepository: ...

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...
