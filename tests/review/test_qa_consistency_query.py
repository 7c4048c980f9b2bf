"""Checking one saved segment finds the same inconsistencies as checking the whole release, though it reads
only the copies of its source (SQLite and PostgreSQL)."""

from __future__ import annotations

from tests.review.conftest import tools

from translator_app.domain.models import Block, Release, Segment, SegmentStatus
from translator_app.domain.qa import QaCode
from translator_app.services.workspace import Workspace

T, N = SegmentStatus.TRANSLATED, SegmentStatus.NEW
#: (source, target, status, translatable)
ROWS = [
    ("Agir", "Take action", T, True),
    ("Qui sommes nous", "Who we are", T, True),
    ("  Agir ", "Act", T, True),
    ("Agir", "Take action", SegmentStatus.APPROVED, True),
    ("Qui sommes nous", "Who we are", SegmentStatus.DRAFT, True),
    ("Agir", "", N, True),
    ("Agir", "Do", T, False),
    ("agir", "act", T, True),
]


def test_one_segment_is_checked_against_the_copies_of_its_source_as_the_release_check_does(
    translator: Workspace, reviewer: Workspace
) -> None:
    segments = [
        Segment(i, i, source, target=target, status=status, translatable=translatable)
        for i, (source, target, status, translatable) in enumerate(ROWS)
    ]
    release = reviewer.creation.create(  # on a team server only a reviewer stores an approved segment
        Release(title="Agir", source_lang="fr", target_lang="en"),
        [Block(i) for i in range(len(ROWS))],
        segments,
    )
    assert release.id is not None
    qa = tools(translator).qa
    whole = {found.segment_id: found.findings for found in qa.check_release(release.id)}
    inconsistent = {
        segment.position
        for segment in translator.releases.segments(release.id)
        if any(f.code is QaCode.INCONSISTENT_TRANSLATION for f in whole.get(segment.id or 0, []))
    }
    assert inconsistent == {0, 2, 3}
    for segment in translator.releases.segments(release.id):
        if segment.translatable and segment.status is not N:
            assert qa.check_segment(segment.id or 0) == whole.get(segment.id or 0, []), segment.source
