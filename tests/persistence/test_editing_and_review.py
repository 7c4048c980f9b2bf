"""Edits, approvals and rejections on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.factories import add_release

from translator_app.app import open_workspace
from translator_app.domain.errors import ConflictError, DomainError, ErrorCode
from translator_app.domain.models import EventKind, Role, SegmentStatus
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.workspace import Workspace


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.fixture
def reviewer(db_url: str, translator: Workspace) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "rui", Role.REVIEWER)
    yield workspace
    workspace.close()


def events_of(db_url: str, segment_id: int) -> list:
    engine = create_database_engine(db_url)
    try:
        with SqlUnitOfWorkFactory(engine, db_url)() as uow:
            return uow.events.for_segment(segment_id)
    finally:
        engine.dispose()


def test_every_status_change_leaves_an_event(db_url: str, translator: Workspace, reviewer: Workspace) -> None:
    _, segments = add_release(translator)
    sid = segments[1].id
    assert sid is not None
    translator.editing.edit(sid, "Blue Horizon opens an office", translator.actor)
    translator.editing.edit(
        sid, "Blue Horizon Foundation opens an office in Dakar", translator.actor, confirm=True
    )
    reviewer.review.reject(sid, "Keep the full name: Horizon Bleu Foundation", reviewer.actor)
    translator.editing.edit(
        sid, "Horizon Bleu Foundation opens an office in Dakar", translator.actor, confirm=True
    )
    reviewer.review.approve([sid], reviewer.actor)

    events = events_of(db_url, sid)
    statuses = [(e.old, e.new, e.user) for e in events if e.kind is EventKind.STATUS]
    assert statuses == [
        ("new", "draft", "ana"),
        ("draft", "translated", "ana"),
        ("translated", "rejected", "rui"),
        ("rejected", "translated", "ana"),
        ("translated", "approved", "rui"),
    ]
    targets = [e.new for e in events if e.kind is EventKind.TARGET]
    assert targets[-1] == "Horizon Bleu Foundation opens an office in Dakar"
    rejection = next(e for e in events if e.new == "rejected")
    assert rejection.comment == "Keep the full name: Horizon Bleu Foundation"
    assert rejection.role == "reviewer"
    final = reviewer.releases.segment(sid)
    assert final.status is SegmentStatus.APPROVED
    assert final.version == 6


def test_translator_approval_is_refused_and_changes_nothing(db_url: str, translator: Workspace) -> None:
    _, segments = add_release(translator)
    sid = segments[2].id
    assert sid is not None
    before = translator.editing.edit(sid, "Lyon/Dakar, 4 February –", translator.actor, confirm=True).segment
    with pytest.raises(DomainError) as caught:
        translator.review.approve([sid], translator.actor)
    assert caught.value.code is ErrorCode.ROLE_FORBIDDEN
    after = translator.releases.segment(sid)
    assert (after.status, after.version, after.target) == (before.status, before.version, before.target)
    assert len(events_of(db_url, sid)) == 2


def test_two_people_editing_the_same_segment_the_stale_one_gets_a_conflict(
    translator: Workspace, reviewer: Workspace
) -> None:
    _, segments = add_release(translator)
    sid = segments[3].id
    assert sid is not None
    seen_by_ana = translator.releases.segment(sid)
    seen_by_rui = reviewer.releases.segment(sid)
    translator.editing.edit(
        sid,
        "“We will be closer to communities,” said Ms Diallo.",
        translator.actor,
        confirm=True,
        expected_version=seen_by_ana.version,
    )
    with pytest.raises(ConflictError) as caught:
        reviewer.editing.edit(sid, "We'll be nearer.", reviewer.actor, expected_version=seen_by_rui.version)
    assert caught.value.changed_by == "ana"
    assert caught.value.current_version == seen_by_rui.version + 1
    stored = reviewer.releases.segment(sid)
    assert stored.target == "“We will be closer to communities,” said Ms Diallo."
    assert stored.status is SegmentStatus.TRANSLATED


def test_a_batch_approval_is_all_or_nothing(translator: Workspace, reviewer: Workspace) -> None:
    _, segments = add_release(translator)
    first, second = segments[1].id, segments[2].id
    assert first is not None and second is not None
    translator.editing.edit(first, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True)
    translator.editing.edit(second, "Lyon/Dakar, 4 February –", translator.actor)  # a draft only
    with pytest.raises(DomainError) as caught:
        reviewer.review.approve([first, second], reviewer.actor)
    assert caught.value.code is ErrorCode.TRANSITION_NOT_ALLOWED
    assert reviewer.releases.segment(first).status is SegmentStatus.TRANSLATED


def test_editing_an_approved_segment_sends_it_back_to_translated(
    translator: Workspace, reviewer: Workspace
) -> None:
    release, segments = add_release(translator)
    sid = segments[1].id
    assert sid is not None and release.id is not None
    translator.editing.edit(sid, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True)
    assert len(reviewer.review.approve_all_translated(release.id, reviewer.actor)) == 1
    edited = translator.editing.edit(sid, "Horizon Bleu opens a Dakar office", translator.actor).segment
    assert edited.status is SegmentStatus.TRANSLATED


def test_release_summaries_count_segments_per_status(translator: Workspace) -> None:
    release, segments = add_release(translator)
    assert segments[1].id is not None
    translator.editing.edit(segments[1].id, "Horizon Bleu opens an office", translator.actor, confirm=True)
    summary = next(s for s in translator.releases.summaries() if s.release.id == release.id)
    assert summary.counts[SegmentStatus.TRANSLATED] == 1
    assert summary.counts[SegmentStatus.NEW] == 3
    assert summary.untranslatable == 1
    assert summary.total == 4
    assert summary.last_change is not None and summary.last_change.tzinfo is not None


def test_a_reviewer_cannot_approve_or_reject_a_version_they_did_not_see(
    translator: Workspace, reviewer: Workspace
) -> None:
    _, segments = add_release(translator)
    sid = segments[1].id
    assert sid is not None
    judged = translator.editing.edit(
        sid, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True
    ).segment
    translator.editing.edit(sid, "Horizon Bleu closes its Dakar office", translator.actor, confirm=True)
    with pytest.raises(ConflictError):
        reviewer.review.approve([sid], reviewer.actor, seen_versions={sid: judged.version})
    with pytest.raises(ConflictError):
        reviewer.review.reject(sid, "Wrong verb", reviewer.actor, seen_version=judged.version)
    stored = reviewer.releases.segment(sid)
    assert (
        stored.status is SegmentStatus.TRANSLATED and stored.target == "Horizon Bleu closes its Dakar office"
    )
    approved = reviewer.review.approve([sid], reviewer.actor, seen_versions={sid: stored.version})
    assert approved[0].status is SegmentStatus.APPROVED
