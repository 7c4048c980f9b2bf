"""Writing a release for someone outside the app: XLIFF 2.1 (or 1.2) for a translator, a Word table for a
reviewer.

Neither is the finished translation, so neither waits for approvals: they carry every live segment with its
status, and the merge reads them back (:mod:`translator_app.services.merging`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Comment, Segment, SegmentStatus
from translator_app.formats.review_docx import write_table
from translator_app.formats.xliff import write_xliff
from translator_app.formats.xliff12 import write_xliff12
from translator_app.services.files import write_output
from translator_app.services.ports import UnitOfWorkFactory

XLIFF_FORMAT = "xliff"
XLIFF12_FORMAT = "xliff12"
REVIEW_TABLE_FORMAT = "review-docx"
HANDOFF_FORMATS = (XLIFF_FORMAT, XLIFF12_FORMAT, REVIEW_TABLE_FORMAT)


@dataclass(frozen=True)
class HandoffWritten:
    written: int
    unapproved: list[int]
    """Numbers (position + 1) of the translatable segments not approved yet."""


def write_handoff(
    uow_factory: UnitOfWorkFactory, release_id: int, format_name: str, path: Path
) -> HandoffWritten:
    """Write ``format_name`` (one of HANDOFF_FORMATS) for the release to ``path``, atomically."""
    with uow_factory() as uow:
        release = uow.releases.get(release_id)
        blocks = uow.releases.blocks(release_id)
        segments: list[Segment] = list(uow.segments.for_release(release_id))
        comments: dict[int, list[Comment]] = uow.review.comments_for_release(release_id)
    if format_name == XLIFF_FORMAT:
        data = write_xliff(release, blocks, segments, comments)
        written = len(segments)
    elif format_name == XLIFF12_FORMAT:
        data = write_xliff12(release, segments, comments)
        written = len(segments)
    elif format_name == REVIEW_TABLE_FORMAT:
        data = write_table(release, segments, comments)
        written = sum(1 for s in segments if s.translatable)
    else:
        raise DomainError(ErrorCode.BAD_INPUT, problem="unsupported-format", format=format_name, name=path)
    write_output(path, data)
    waiting = [s.position + 1 for s in segments if s.translatable and s.status is not SegmentStatus.APPROVED]
    return HandoffWritten(written, waiting)
