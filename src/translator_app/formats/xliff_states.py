"""Segment statuses as XLIFF 2.1 and 1.2 states, both ways.

Out: ``new``/``draft`` are work not confirmed, ``translated`` is confirmed, ``approved`` is final; a rejection
is a confirmed translation sent back (2.1: ``subState="rt:rejected"``, 1.2: ``state-qualifier="x-rejected"``).
Back: an outside translator confirms or not, never approves (the file's ``final`` or ``signed-off`` counts as
confirmed), and an empty target means no translation.
"""

from __future__ import annotations

from translator_app.domain.models import Segment, SegmentStatus
from translator_app.formats.xliff_common import XliffFile

REJECTED_2 = "rt:rejected"
REJECTED_12 = "x-rejected"

STATES_2 = {
    SegmentStatus.NEW: "initial",
    SegmentStatus.DRAFT: "initial",
    SegmentStatus.TRANSLATED: "translated",
    SegmentStatus.APPROVED: "final",
    SegmentStatus.REJECTED: "translated",
}
STATES_12 = {
    SegmentStatus.NEW: "new",
    SegmentStatus.DRAFT: "needs-review-translation",
    SegmentStatus.TRANSLATED: "translated",
    SegmentStatus.APPROVED: "signed-off",
    SegmentStatus.REJECTED: "translated",
}
CONFIRMED_2 = frozenset({"translated", "reviewed", "final"})
CONFIRMED_12 = frozenset({"translated", "final", "signed-off"})


def is_12(version: str) -> bool:
    return version.startswith("1.")


def state_of(status: SegmentStatus, version: str = "2.1") -> tuple[str, str]:
    """The state and sub-state (2.1 ``subState``, 1.2 ``state-qualifier``) a status is written as."""
    if is_12(version):
        return STATES_12[status], REJECTED_12 if status is SegmentStatus.REJECTED else ""
    return STATES_2[status], REJECTED_2 if status is SegmentStatus.REJECTED else ""


def exported_state(file: XliffFile, segment: Segment) -> tuple[str, str]:
    """What the export wrote for the segment as it is now: the file changed nothing when it still says so."""
    return state_of(segment.status, file.version)


def status_from_state(version: str, state: str, target: str) -> SegmentStatus:
    """What an outside translator's state means here: they confirm, they never approve."""
    if not target.strip():
        return SegmentStatus.NEW
    confirmed = CONFIRMED_12 if is_12(version) else CONFIRMED_2
    return SegmentStatus.TRANSLATED if state in confirmed else SegmentStatus.DRAFT
