"""Confirming a repeated sentence on a team server: the copies are filled by one UPDATE, whose row triggers
write each copy's history as the login at the server's time and whose statement trigger announces them; the
confirmation hands back the copies exactly as the server stored them."""

from __future__ import annotations

import json

import pytest
from tests.team.conftest import RawConnect, sid

from translator_app.domain.models import Block, Release, Segment, SegmentStatus
from translator_app.persistence.team_schema import CHANNEL
from translator_app.services.workspace import Workspace

pytestmark = pytest.mark.postgres

SOURCES = ["Contact presse", "Qui sommes nous", "Contact  presse ", "Contact presse", "Contact\u00a0presse"]
COPIES = [2, 3, 4]
"""Positions of the copies of the first sentence (whitespace aside)."""


def store(workspace: Workspace) -> list[Segment]:
    release = workspace.creation.create(
        Release(title="Contact", source_lang="fr", target_lang="en", created_by=workspace.actor.user),
        [Block(i) for i in range(len(SOURCES))],
        [Segment(i, i, source) for i, source in enumerate(SOURCES)],
    )
    assert release.id is not None
    return workspace.releases.segments(release.id)


def test_each_filled_copy_gets_its_history_from_the_server_and_is_announced(
    raw: RawConnect, ana: Workspace, rui: Workspace
) -> None:
    segments = store(ana)
    listener = raw("rui")
    listener.execute(f"LISTEN {CHANNEL}")
    confirmed = sid(segments[0])
    saved = ana.editing.edit(confirmed, "Press contact", ana.actor, confirm=True)

    copies = [sid(segments[i]) for i in COPIES]
    assert [sid(s) for s in saved.repetitions] == copies
    assert list(saved.repetitions) == [rui.releases.segment(i) for i in copies]  # as the server stored them
    draft_by_ana = {(SegmentStatus.DRAFT, "ana", 2)}
    assert {(s.status, s.updated_by, s.version) for s in saved.repetitions} == draft_by_ana

    history = "SELECT kind, \"user\", role, old, new, at FROM events WHERE segment_id = %s ORDER BY id"
    for copy in saved.repetitions:
        events = raw("rui").execute(history, [copy.id]).fetchall()
        assert [row[:5] for row in events] == [
            ("target", "ana", "translator", "", "Press contact"),
            ("status", "ana", "translator", "new", "draft"),
        ]  # written once, by the trigger: the app added none of its own
        assert {row[5] for row in events} == {copy.updated_at}  # the server's clock, as handed back

    payloads = [json.loads(n.payload) for n in listener.notifies(timeout=10, stop_after=2)]
    segment_lists = sorted(p["segments"] for p in payloads if p["kind"] == "segments")
    assert segment_lists == [[confirmed], copies]  # the fill is one statement: one notice names every copy
    assert {p["author"] for p in payloads} == {"ana"}
