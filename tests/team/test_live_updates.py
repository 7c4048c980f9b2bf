"""What one desktop commits reaches the others' change feeds (LISTEN/NOTIFY on a connection of its own), also
when the change comes from psql; a cut connection is reported, retried, and followed by a full refresh."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator

import psycopg
import pytest
from tests.pg_server import PostgresServer
from tests.team.conftest import RawConnect, sid, signed_in

from translator_app.domain.changes import Change, ChangeKind, FeedState
from translator_app.domain.models import Segment
from translator_app.persistence.change_feed import PgChangeFeed, parse
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.services.workspace import Workspace

pytestmark = pytest.mark.postgres

WAIT = 10.0
"""Generous: the machine is shared. How fast delivery is, bench/bench_team.py measures."""


class Inbox:
    """What a subscriber received, in order, with a wait for the next of a kind."""

    def __init__(self) -> None:
        self.changes: queue.Queue[Change] = queue.Queue()
        self.states: queue.Queue[FeedState] = queue.Queue()

    def next_change(self, kind: ChangeKind, author: str | None = None) -> Change:
        while True:
            change = self.changes.get(timeout=WAIT)
            if change.kind is kind and author in (None, change.author):
                return change

    def next_state(self) -> FeedState:
        return self.states.get(timeout=WAIT)


@pytest.fixture
def rui_listening(rui: Workspace) -> Iterator[tuple[Workspace, Inbox]]:
    assert rui.changes is not None
    inbox = Inbox()
    rui.changes.subscribe(inbox.changes.put, inbox.states.put)
    rui.changes.start()
    assert inbox.next_state() is FeedState.CONNECTED
    yield rui, inbox


def test_a_save_by_one_login_reaches_the_other_logins_feed(
    segments: list[Segment], ana: Workspace, rui_listening: tuple[Workspace, Inbox]
) -> None:
    rui, inbox = rui_listening
    saved = ana.editing.edit(
        sid(segments[1]), "Horizon Bleu opens an office in Dakar", ana.actor, confirm=True
    ).segment
    change = inbox.next_change(ChangeKind.SEGMENTS)
    assert change == Change(ChangeKind.SEGMENTS, saved.release_id, (sid(saved),), "ana")
    assert rui.releases.segment(sid(saved)).target == "Horizon Bleu opens an office in Dakar"

    ana.reviewing.comments.add(sid(saved), "Is 'office' right for 'bureau'?", ana.actor)
    assert inbox.next_change(ChangeKind.COMMENTS).segment_ids == (sid(saved),)
    rui.review.approve([sid(saved)], rui.actor)  # rui's own commits come back too: another window of rui's
    assert inbox.next_change(ChangeKind.SEGMENTS).author == "rui"


def test_a_change_made_with_psql_is_announced_too(
    segments: list[Segment], raw: RawConnect, rui_listening: tuple[Workspace, Inbox]
) -> None:
    _, inbox = rui_listening
    raw("ana").execute(
        "UPDATE segments SET target = 'Contact: press office', status = 'draft' WHERE id = %s",
        [segments[4].id],
    )
    assert inbox.next_change(ChangeKind.SEGMENTS) == Change(
        ChangeKind.SEGMENTS, segments[4].release_id, (sid(segments[4]),), "ana"
    )


def test_a_rolled_back_change_is_never_announced(
    segments: list[Segment], raw: RawConnect, rui_listening: tuple[Workspace, Inbox]
) -> None:
    _, inbox = rui_listening
    sql = raw("ana")
    sql.autocommit = False
    sql.execute("UPDATE segments SET target = 'never mind' WHERE id = %s", [segments[2].id])
    sql.rollback()
    sql.execute("UPDATE segments SET target = 'this one' WHERE id = %s", [segments[3].id])
    sql.commit()
    assert inbox.next_change(ChangeKind.SEGMENTS).segment_ids == (sid(segments[3]),)


def test_a_release_imported_elsewhere_and_a_sign_off_are_announced(
    ana: Workspace, rui_listening: tuple[Workspace, Inbox]
) -> None:
    from tests.factories import add_release

    _, inbox = rui_listening
    release, segments = add_release(ana, "Second release")
    assert inbox.next_change(ChangeKind.RELEASE) == Change(ChangeKind.RELEASE, release.id, None, "ana")
    announced: set[int] = set()
    while len(announced) < len(segments):
        added = inbox.next_change(ChangeKind.SEGMENTS_ADDED)
        assert added.release_id == release.id and added.segment_ids is not None
        announced |= set(added.segment_ids)
    assert announced == {sid(s) for s in segments}


def test_a_bulk_change_says_refresh_the_release_instead_of_listing_every_id(
    segments: list[Segment], raw: RawConnect, rui_listening: tuple[Workspace, Inbox]
) -> None:
    _, inbox = rui_listening
    release = segments[0].release_id
    sql = raw("ana")
    sql.execute(
        "INSERT INTO segments (release_id, position, block, kind, source, separator, target, status, origin, "
        "translatable, version, updated_by, updated_at, archived) "
        "SELECT %s, 100 + n, 0, 'paragraph', 'Phrase ' || n, '', '', 'new', 'none', true, 1, '', now(), "
        "false FROM generate_series(1, 2000) AS n",
        [release],
    )
    assert inbox.next_change(ChangeKind.SEGMENTS_ADDED) == Change(
        ChangeKind.SEGMENTS_ADDED, release, None, "ana"
    )


def test_a_lost_connection_is_reported_retried_and_followed_by_a_refresh(
    postgres_server: PostgresServer, team_url: str, raw: RawConnect, segments: list[Segment]
) -> None:
    with signed_in(team_url, "rui") as rui:
        feed = rui.changes
        assert isinstance(feed, PgChangeFeed)
        inbox = Inbox()
        feed.subscribe(inbox.changes.put, inbox.states.put)
        feed.start()
        assert inbox.next_state() is FeedState.CONNECTED
        database = team_url.rsplit("/", 1)[1]
        with psycopg.connect(postgres_server.conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false'.encode())
            admin.execute("SELECT pg_terminate_backend(%s)", [feed.backend_pid])
            assert inbox.next_state() is FeedState.LOST
            time.sleep(1.5)  # several attempts fail meanwhile: still one LOST, not one per attempt
            assert inbox.states.empty()
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true'.encode())
        assert inbox.next_state() is FeedState.RESTORED
        assert inbox.next_change(ChangeKind.REFRESH) == Change(ChangeKind.REFRESH)
        raw("ana").execute("UPDATE segments SET target = 'after the cut' WHERE id = %s", [segments[1].id])
        assert inbox.next_change(ChangeKind.SEGMENTS).segment_ids == (sid(segments[1]),)


def test_a_subscriber_that_fails_does_not_stop_the_others(
    ana: Workspace, rui: Workspace, segments: list[Segment]
) -> None:
    assert rui.changes is not None
    received = threading.Event()

    def broken(_: Change) -> None:
        raise RuntimeError("a bug in one panel")

    connected = threading.Event()
    rui.changes.subscribe(broken)
    rui.changes.subscribe(lambda change: received.set(), lambda state: connected.set())
    rui.changes.start()
    assert connected.wait(WAIT)
    ana.editing.edit(sid(segments[1]), "Horizon Bleu in Dakar", ana.actor)
    assert received.wait(WAIT)


def test_payloads_from_a_newer_server_are_ignored_not_fatal() -> None:
    assert parse('{"kind": "something-new", "release": 1}') is None
    assert parse("not json") is None
    assert parse('{"kind": "segments", "release": 3, "segments": [1, 2], "author": "ana"}') == Change(
        ChangeKind.SEGMENTS, 3, (1, 2), "ana"
    )


def test_a_notification_brings_another_desktops_save_into_the_open_release(
    segments: list[Segment], ana: Workspace, rui_listening: tuple[Workspace, Inbox]
) -> None:
    """The whole path without Qt: ana saves; rui's feed hands the ids over to rui's thread (here the test's,
    in the window a queued signal), where the owner of the open release reads them again."""
    rui, inbox = rui_listening
    release_id = segments[0].release_id
    opened = OpenRelease(rui.releases.segments_by_id)
    opened.load(rui.releases.release(release_id), rui.releases.segments(release_id))
    events: list[ReleaseChange] = []
    opened.changed.connect(events.append)

    ana.editing.edit(sid(segments[3]), "« We will be closer to the communities », said Ms Diallo.", ana.actor)
    change = inbox.next_change(ChangeKind.SEGMENTS, "ana")
    assert change.release_id == release_id and change.segment_ids is not None
    assert opened.refresh(change.segment_ids) == {sid(segments[3])}
    held = opened.segment(sid(segments[3]))
    assert held is not None and held.target.startswith("« We will be closer") and held.updated_by == "ana"
    assert events[-1] == ReleaseChange(frozenset({sid(segments[3])}), external=True)
    assert opened.refresh(change.segment_ids) == frozenset(), "the same version again changes nothing"


def test_a_desktops_own_commits_are_marked_own_and_another_window_of_the_same_login_is_not(
    segments: list[Segment], ana: Workspace, team_url: str
) -> None:
    assert ana.changes is not None
    inbox = Inbox()
    ana.changes.subscribe(inbox.changes.put, inbox.states.put)
    ana.changes.start()
    assert inbox.next_state() is FeedState.CONNECTED
    ana.editing.edit(sid(segments[1]), "Horizon Bleu in Dakar", ana.actor)
    assert inbox.next_change(ChangeKind.SEGMENTS).own, "ana's window has it already"
    with signed_in(team_url, "ana") as second_window:
        second_window.editing.edit(sid(segments[2]), "Lyon/Dakar, 4 February", second_window.actor)
        change = inbox.next_change(ChangeKind.SEGMENTS)
    assert change.segment_ids == (sid(segments[2]),) and change.author == "ana" and not change.own
