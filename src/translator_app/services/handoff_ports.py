"""What the hand-off services (merge, update) need from storage beyond the common unit of work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from translator_app.domain.models import Block, Segment, StoredRelease, StoredSegment
from translator_app.services.ports import UnitOfWork


class RevisionRepository(Protocol):
    def park(self, release_id: int) -> None: ...

    def move(
        self, segment: StoredSegment, expected_version: int, *, archived: bool = False
    ) -> StoredSegment: ...

    def keep_place(self, segment: StoredSegment) -> None: ...

    def add(self, release_id: int, segments: Sequence[Segment], user: str) -> list[StoredSegment]: ...

    def replace_document(self, release: StoredRelease, blocks: Sequence[Block]) -> None: ...

    def archived(self, release_id: int) -> list[StoredSegment]: ...


class HandoffUnitOfWork(UnitOfWork, Protocol):
    @property
    def revisions(self) -> RevisionRepository: ...

    def __enter__(self) -> HandoffUnitOfWork: ...


HandoffUnitOfWorkFactory = Callable[[], HandoffUnitOfWork]
