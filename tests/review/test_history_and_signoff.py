"""History with revert to any earlier version (itself recorded), and release sign-off reopened by a change."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.review.conftest import sid, tools

from translator_app.domain.errors import ConflictError, DomainError, ErrorCode
from translator_app.domain.models import EventKind, Segment, SegmentStatus
from translator_app.services.workspace import Workspace

FIRST = "Horizon Bleu opens an office"
SECOND = "Horizon Bleu opens an office in Dakar"
THIRD = "The Horizon Bleu Foundation opens an office in Dakar"


def three_versions(translator: Workspace, target: int) -> None:
    translator.editing.edit(target, FIRST, translator.actor)
    translator.editing.edit(target, SECOND, translator.actor, confirm=True)
    translator.editing.edit(target, THIRD, translator.actor, confirm=True)


def test_versions_are_numbered_from_the_first_text(translator: Workspace, segments: list[Segment]) -> None:
    target = sid(segments[1])
    three_versions(translator, target)
    versions = tools(translator).history.versions(target)
    assert [(v.number, v.target) for v in versions] == [(0, ""), (1, FIRST), (2, SECOND), (3, THIRD)]
    assert all(v.user == "ana" for v in versions[1:])


def test_revert_to_a_version_is_recorded_and_sends_an_approved_segment_back(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    target = sid(segments[1])
    three_versions(translator, target)
    reviewer.review.approve([target], reviewer.actor)
    second = tools(translator).history.versions(target)[2]

    reverted = tools(reviewer).history.revert(target, reviewer.actor, to_version=2)
    assert (reverted.target, reverted.status) == (SECOND, SegmentStatus.TRANSLATED)
    history = tools(reviewer).history.history(target)
    target_event, status_event = history[-2], history[-1]
    assert (target_event.event.kind, target_event.event.old, target_event.event.new) == (
        EventKind.TARGET,
        THIRD,
        SECOND,
    )
    assert target_event.event.user == "rui" and target_event.event.role == "reviewer"
    assert target_event.reverted_to == second.event_id and status_event.reverted_to == second.event_id
    assert (status_event.event.old, status_event.event.new) == ("approved", "translated")
    assert not status_event.override
    assert [v.target for v in tools(reviewer).history.versions(target)][-1] == SECOND


def test_revert_to_an_event_and_to_the_first_version(translator: Workspace, segments: list[Segment]) -> None:
    target = sid(segments[1])
    three_versions(translator, target)
    history = tools(translator).history.history(target)
    confirm_of_second = next(e.event.id for e in history if e.event.new == "translated")
    assert confirm_of_second is not None
    back = tools(translator).history.revert(target, translator.actor, to_event=confirm_of_second)
    assert back.target == SECOND
    emptied = tools(translator).history.revert(target, translator.actor, to_version=0)
    assert (emptied.target, emptied.status) == ("", SegmentStatus.NEW)
    assert len(tools(translator).history.versions(target)) == 6


def test_revert_refuses_unknown_versions_and_stale_readers(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    target, other = sid(segments[1]), sid(segments[2])
    three_versions(translator, target)
    translator.editing.edit(other, "Lyon/Dakar, 4 February", translator.actor)
    foreign = tools(translator).history.history(other)[0].event.id
    for kwargs in ({"to_version": 9}, {"to_version": -1}, {"to_event": foreign}):
        with pytest.raises(DomainError) as caught:
            tools(translator).history.revert(target, translator.actor, **kwargs)
        assert caught.value.code is ErrorCode.NO_SUCH_VERSION
    seen = translator.releases.segment(target)
    reviewer.editing.edit(target, "Edited meanwhile", reviewer.actor)
    with pytest.raises(ConflictError):
        tools(translator).history.revert(
            target, translator.actor, to_version=1, expected_version=seen.version
        )
    assert translator.releases.segment(target).target == "Edited meanwhile"


def approve_everything(translator: Workspace, reviewer: Workspace, segments: list[Segment]) -> None:
    targets = {
        1: "Horizon Bleu opens an office in Dakar",
        2: "Lyon/Dakar, 4 February – The Horizon Bleu Foundation has opened its regional office.",
        3: "“We will be closer to communities,” said Ms Diallo.",
        4: "Contact: presse@horizon-bleu.example, +33 4 72 00 11 22",
    }
    for index, text in targets.items():
        translator.editing.edit(sid(segments[index]), text, translator.actor, confirm=True)
    reviewer.review.approve([sid(segments[i]) for i in targets], reviewer.actor)


def test_signoff_needs_every_translatable_segment_approved(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    release_id = segments[0].release_id or 0
    translator.editing.edit(
        sid(segments[1]), "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True
    )
    reviewer.review.approve([sid(segments[1])], reviewer.actor)
    with pytest.raises(DomainError) as caught:
        tools(reviewer).signoff.sign_off(release_id, reviewer.actor)
    assert caught.value.code is ErrorCode.SIGNOFF_INCOMPLETE
    assert caught.value.details["count"] == 3 and caught.value.details["numbers"] == "#3, #4, #5"
    assert tools(reviewer).signoff.state(release_id).signed_off is None


def test_signoff_is_recorded_reopened_by_a_later_edit_and_named_in_the_export(
    translator: Workspace, reviewer: Workspace, segments: list[Segment], tmp_path: Path
) -> None:
    release_id = segments[0].release_id or 0
    approve_everything(translator, reviewer, segments)
    service = tools(reviewer).signoff
    signed = service.sign_off(release_id, reviewer.actor)
    assert signed.user == "rui" and signed.at is not None
    assert service.sign_off(release_id, reviewer.actor).id == signed.id  # still holds: nothing new
    state = service.state(release_id)
    assert state.ready and state.signed_off == signed and state.reopened_by is None
    report = translator.exporting.export(release_id, "txt", tmp_path / "out.txt")
    assert (report.signed_off_by, report.signed_off_at) == ("rui", signed.at)

    translator.editing.edit(
        sid(segments[3]), "“We will be nearer to communities,” said Ms Diallo.", translator.actor
    )
    state = service.state(release_id)
    assert state.signed_off is None and state.latest == signed and not state.ready
    assert state.reopened_by is not None
    assert (state.reopened_by.user, state.reopened_by.segment_id) == ("ana", sid(segments[3]))
    report = translator.exporting.export(release_id, "txt", tmp_path / "again.txt", allow_unapproved=True)
    assert report.signed_off_by == ""

    reviewer.review.approve([sid(segments[3])], reviewer.actor)
    again = service.sign_off(release_id, reviewer.actor)
    assert again.id != signed.id and service.state(release_id).signed_off == again


def test_a_comment_does_not_reopen_a_signoff(
    translator: Workspace, reviewer: Workspace, segments: list[Segment]
) -> None:
    release_id = segments[0].release_id or 0
    approve_everything(translator, reviewer, segments)
    tools(reviewer).signoff.sign_off(release_id, reviewer.actor)
    tools(translator).comments.add(sid(segments[2]), "Nice work", translator.actor)
    assert tools(reviewer).signoff.state(release_id).signed_off is not None
