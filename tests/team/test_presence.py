"""Who has which segment open, told to the others at once (two real connections); stale desktops fade out."""

from __future__ import annotations

import pytest
from tests.team.conftest import RawConnect, sid, signed_in
from tests.team.test_live_updates import Inbox

from translator_app.domain.changes import ChangeKind, FeedState
from translator_app.domain.models import Segment
from translator_app.services.workspace import Workspace

pytestmark = pytest.mark.postgres


def test_each_desktop_sees_where_the_others_are(
    segments: list[Segment], ana: Workspace, rui: Workspace, team_url: str, raw: RawConnect
) -> None:
    assert ana.presence is not None and rui.presence is not None and rui.changes is not None
    release = segments[0].release_id or 0
    inbox = Inbox()
    rui.changes.subscribe(inbox.changes.put, inbox.states.put)
    rui.changes.start()
    assert inbox.next_state() is FeedState.CONNECTED

    ana.presence.open(release, sid(segments[2]))
    change = inbox.next_change(ChangeKind.PRESENCE, "ana")
    assert (change.release_id, change.segment_ids, change.author) == (release, (sid(segments[2]),), "ana")
    [seen] = rui.presence.others(release)
    assert (seen.login, seen.segment_id, seen.client) == ("ana", sid(segments[2]), ana.presence.client)

    rui.presence.open(release, sid(segments[3]))
    assert [(p.login, p.segment_id) for p in ana.presence.others(release)] == [("rui", sid(segments[3]))]

    ana.presence.open(release, sid(segments[4]))
    assert inbox.next_change(ChangeKind.PRESENCE, "ana").segment_ids == (sid(segments[4]),)
    assert [p.segment_id for p in rui.presence.others(release)] == [sid(segments[4])]

    with signed_in(team_url, "ana") as second_window:
        assert second_window.presence is not None
        second_window.presence.open(release, sid(segments[1]))
        assert sorted((p.login, p.segment_id) for p in ana.presence.others(release)) == [
            ("ana", sid(segments[1])),
            ("rui", sid(segments[3])),
        ]
    assert inbox.next_change(ChangeKind.PRESENCE, "ana").segment_ids in {(sid(segments[1]),), None}

    ana.presence.leave()
    assert inbox.next_change(ChangeKind.PRESENCE, "ana").author == "ana"
    assert rui.presence.others(release) == []

    raw("rt_owner").execute("UPDATE team_presence SET seen_at = now() - interval '1 minute'")
    assert ana.presence.others(release) == []  # rui's desktop stopped beating a minute ago: gone


def test_presence_is_written_in_the_logins_name_only(segments: list[Segment], raw: RawConnect) -> None:
    release = segments[0].release_id
    sql = raw("ana")
    sql.execute("SELECT translator_app_presence_beat('my-window', %s, %s)", [release, segments[1].id])
    assert raw("rui").execute("SELECT login, client FROM team_presence").fetchall() == [("ana", "my-window")]
