"""A small French → English release for the review tests: one segment with a QA error, one clean."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import open_test_workspace, store_release

from translator_app.domain.models import Origin, OriginKind, Release, Role, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace

S = SegmentStatus
HUMAN = Origin(OriginKind.HUMAN)
T = S.TRANSLATED
P = SegmentKind.PARAGRAPH

#: Row 0 lost its e-mail address (a QA error); row 1 is clean; row 2 is new; row 3 approved.
REVIEW_ROWS = [
    ("Écrivez à presse@horizon.org.", "Write to press@horizon.org.", S.TRANSLATED, HUMAN, True, P),
    ("Le bureau coordonnera six pays.", "The office will coordinate six countries.", T, HUMAN, True, P),
    ("Écrivez à contact@horizon.org avant le 12 mai.", "", S.NEW, Origin(), True, P),
    ("Le bureau ouvre en mars.", "The office opens in March.", S.APPROVED, HUMAN, True, P),
]


def review_release(workspace: Workspace) -> Release:
    return store_release(workspace, "Horizon Bleu : contacts", REVIEW_ROWS)


def other_workspace(tmp_path: Path, role: Role, user: str = "marc") -> Workspace:
    """Another user on the same database file."""
    return open_test_workspace(tmp_path, role, user)
