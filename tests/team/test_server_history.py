"""The app on a team server writes no event itself: each change appears once in the history, written by the
database under the login and the server's clock, with the app's reason (a rejection's, a revert's) on it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tests.team.conftest import sid

from translator_app.domain.models import Block, EventKind, Release, Segment, SegmentStatus
from translator_app.services.workspace import Workspace

pytestmark = pytest.mark.postgres


def test_edit_review_and_revert_leave_one_event_per_change_in_the_servers_words(
    ana: Workspace, rui: Workspace, segments: list[Segment]
) -> None:
    segment = sid(segments[2])
    started = datetime.now(UTC) - timedelta(seconds=5)
    ana.editing.edit(segment, "Lyon/Dakar, 4 February", ana.actor)
    ana.editing.edit(segment, "Lyon/Dakar, 4 February – Horizon Bleu opened", ana.actor, confirm=True)
    rui.review.reject(segment, "Keep the en dash, but say 'regional office'.", rui.actor)
    ana.editing.edit(segment, "Lyon/Dakar, 4 February – Horizon Bleu opened its regional office", ana.actor)
    rui.reviewing.history.revert(segment, rui.actor, to_version=2)

    events = rui.releases.events(segment)
    assert [(e.kind, e.user, e.role, e.old, e.new, e.comment) for e in events] == [
        (EventKind.TARGET, "ana", "translator", "", "Lyon/Dakar, 4 February", ""),
        (EventKind.STATUS, "ana", "translator", "new", "draft", ""),
        (
            EventKind.TARGET,
            "ana",
            "translator",
            "Lyon/Dakar, 4 February",
            "Lyon/Dakar, 4 February – Horizon Bleu opened",
            "",
        ),
        (EventKind.STATUS, "ana", "translator", "draft", "translated", ""),
        (
            EventKind.STATUS,
            "rui",
            "reviewer",
            "translated",
            "rejected",
            "Keep the en dash, but say 'regional office'.",
        ),
        (
            EventKind.TARGET,
            "ana",
            "translator",
            "Lyon/Dakar, 4 February – Horizon Bleu opened",
            "Lyon/Dakar, 4 February – Horizon Bleu opened its regional office",
            "",
        ),
        (EventKind.STATUS, "ana", "translator", "rejected", "draft", ""),
        (
            EventKind.TARGET,
            "rui",
            "reviewer",
            "Lyon/Dakar, 4 February – Horizon Bleu opened its regional office",
            "Lyon/Dakar, 4 February – Horizon Bleu opened",
            "revert:3",
        ),
    ]
    assert all(e.at is not None and e.at >= started for e in events)
    [reason] = ana.reviewing.comments.comments(segment)
    assert (reason.author, reason.text) == ("rui", "Keep the en dash, but say 'regional office'.")


def test_a_note_goes_with_one_write_only(ana: Workspace, rui: Workspace, segments: list[Segment]) -> None:
    """An override's reason goes on the approval that needed it, not on the next one in the transaction."""
    blocked, clean = sid(segments[2]), sid(segments[1])
    ana.editing.edit(blocked, "Lyon/Dakar – the foundation opened its office.", ana.actor, confirm=True)
    ana.editing.edit(clean, "Horizon Bleu Foundation opens an office in Dakar", ana.actor, confirm=True)
    rui.review.approve([blocked, clean], rui.actor, override="The date is in the headline")
    notes = {s: [e.comment for e in rui.releases.events(s) if e.new == "approved"] for s in (blocked, clean)}
    assert notes == {blocked: ["The date is in the headline"], clean: [""]}


def test_repetitions_filled_by_a_confirm_are_recorded_once_each(ana: Workspace) -> None:
    sentence = "Nous serons plus proches des communautés."
    blocks = [Block(position=i) for i in range(3)]
    release = ana.creation.create(
        Release("Twice the same", "fr", "en", created_by="ana"),
        blocks,
        [
            Segment(position=i, block=i, source=source)
            for i, source in enumerate([sentence, "Merci.", sentence])
        ],
    )
    assert release.id is not None
    first, _, repeated = ana.releases.segments(release.id)
    ana.editing.edit(sid(first), "We will be closer to the communities.", ana.actor, confirm=True)
    assert ana.releases.segment(sid(repeated)).status is SegmentStatus.DRAFT
    for segment in (first, repeated):
        kinds = [(e.kind, e.user) for e in ana.releases.events(sid(segment))]
        assert kinds == [(EventKind.TARGET, "ana"), (EventKind.STATUS, "ana")]
