"""Two desktops on one team server, in one test process: a translator's window (ana) and a reviewer's (rui),
each on its own connections. What one commits shows in the other within a second; typing is never
overwritten; who is where shows in the grid; a cut feed says so, comes back and catches up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url
from tests.factories import add_release
from tests.pg_server import PostgresServer
from tests.team.conftest import signed_in
from tests.ui.window_helpers import editor_of, open_window

from translator_app.domain.changes import FeedState
from translator_app.domain.models import Segment, SegmentStatus, StoredRelease
from translator_app.persistence.change_feed import PgChangeFeed
from translator_app.ui.grid.segment_model import PRESENCE_ROLE, Column
from translator_app.ui.main_window import MainWindow
from translator_app.ui.releases.release_list import SUMMARIES_DELAY_MS

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

LIVE_MS = 1000
"""A change shows on the other desktop within this (the brief's promise)."""
SLOW_MS = 10_000
"""For what waits on a reconnection or a poll (the machine is shared)."""

Raw = Callable[[str], psycopg.Connection[tuple[object, ...]]]


@dataclass
class Desks:
    ana: MainWindow
    rui: MainWindow
    release: StoredRelease
    segments: list[Segment]
    raw: Raw
    database: str


@pytest.fixture
def desks(qtbot: Any, postgres_server: PostgresServer, postgres_url: str) -> Iterator[Desks]:
    database = make_url(postgres_url).database or ""
    opened: list[psycopg.Connection[tuple[object, ...]]] = []

    def raw(login: str) -> psycopg.Connection[tuple[object, ...]]:
        connection = psycopg.connect(postgres_server.conninfo(database, login), autocommit=True)
        opened.append(connection)
        return connection

    with signed_in(postgres_url, "ana") as ana, signed_in(postgres_url, "rui") as rui:
        release, segments = add_release(ana)
        assert isinstance(release, StoredRelease)
        windows = [open_window(qtbot, workspace, release.id) for workspace in (ana, rui)]
        for window in windows:
            feed = window.workspace.changes
            assert feed is not None
            qtbot.waitUntil(lambda feed=feed: feed.state is FeedState.CONNECTED, timeout=SLOW_MS)
        try:
            yield Desks(windows[0], windows[1], release, segments, raw, database)
        finally:
            for window in windows:
                window.close()
            qtbot.wait(SUMMARIES_DELAY_MS + 200)  # the lists' pending re-reads, while the database exists
            for connection in opened:
                connection.close()


def target_in_grid(window: MainWindow, row: int) -> str:
    return str(window.segment_model.index(row, Column.TARGET).data() or "")


def test_a_confirmation_a_comment_and_a_new_release_show_on_the_other_desktop(
    qtbot: Any, desks: Desks
) -> None:
    ana, rui = desks.ana, desks.rui
    assert ana.live is not None and rui.live is not None
    reads_before = ana.live.reads
    rui.session.go_to_row(1)

    editor = editor_of(qtbot, ana) if ana.session.go_to_row(1) else None
    assert editor is not None
    editor.replace_all_text("Horizon Bleu Foundation opens an office in Dakar")
    ana.commands.confirm.trigger()

    qtbot.waitUntil(
        lambda: target_in_grid(rui, 1) == "Horizon Bleu Foundation opens an office in Dakar", timeout=LIVE_MS
    )
    assert rui.release.counts()[SegmentStatus.TRANSLATED] == 1
    qtbot.waitUntil(  # rui has the segment open: its history shows ana's change, with the diff
        lambda: any(e.event.user == "ana" for e in rui.side.history.entries), timeout=LIVE_MS
    )
    qtbot.waitUntil(lambda: "opens an office in Dakar" in rui.side.history.diff_text(), timeout=LIVE_MS)
    qtbot.waitUntil(lambda: rui.status.share_label.text().startswith("25%"), timeout=LIVE_MS)
    tip = rui.segment_model.index(1, Column.TARGET).data(3)  # the tooltip says who changed it
    assert "ana" in str(tip)
    assert ana.live.reads == reads_before, "ana's own save is not read back from the server"
    assert ana.live.passed_over >= 1

    assert ana.session.go_to_row(1)  # the confirmation moved ana on: back to the segment rui has open
    ana.review_panels.post_comment("Is “office” right for “bureau”?", None)
    qtbot.waitUntil(
        lambda: any("Is “office” right" in row for row in rui.side.comments.rows()), timeout=LIVE_MS
    )

    second, _ = add_release(ana.workspace, "Horizon Bleu à Nairobi")
    qtbot.waitUntil(lambda: rui.releases.visible_count() == 2, timeout=LIVE_MS)
    assert rui.releases.current_release_id() == desks.release.id, "the selection stays"
    assert rui.current_release is not None and rui.current_release.id == desks.release.id
    assert second.id is not None and rui.releases.select_release(second.id)


def test_an_update_made_with_psql_shows_in_the_grid(qtbot: Any, desks: Desks) -> None:
    desks.raw("ana").execute(
        "UPDATE segments SET target = 'Contact: press office', status = 'draft' WHERE id = %s",
        [desks.segments[4].id],
    )
    for window in (desks.rui, desks.ana):  # ana's window too: psql is not one of its connections
        qtbot.waitUntil(lambda w=window: target_in_grid(w, 4) == "Contact: press office", timeout=LIVE_MS)
    assert desks.rui.release.counts()[SegmentStatus.DRAFT] == 1


def test_a_save_elsewhere_never_overwrites_what_is_being_typed(qtbot: Any, desks: Desks) -> None:
    ana, rui = desks.ana, desks.rui
    assert rui.session.go_to_row(2)
    mine = editor_of(qtbot, rui)
    qtbot.keyClicks(mine, "Lyon/Dakar, 4 February")
    rui.session.keeper.cancel_draft()  # still typing: the idle save has not come yet

    assert ana.session.go_to_row(2)
    theirs = editor_of(qtbot, ana)
    theirs.replace_all_text("Lyon/Dakar, 4 February – The Horizon Bleu Foundation opened its office.")
    ana.commands.confirm.trigger()

    qtbot.waitUntil(lambda: rui.conflict_banner.isVisible(), timeout=LIVE_MS)
    text = rui.conflict_banner.text()
    assert "changed by ana" in text
    assert "The Horizon Bleu Foundation opened its office." in text
    assert "Your text: “Lyon/Dakar, 4 February”" in text
    assert rui.session.editor() is mine and mine.text() == "Lyon/Dakar, 4 February", "typing intact"
    assert target_in_grid(rui, 2).endswith("opened its office."), "the grid shows what is stored"

    rui.session.save_draft()  # an idle save now would overwrite theirs behind rui's back: it waits
    stored = rui.workspace.releases.segment(desks.segments[2].id or 0)
    assert stored.target.endswith("opened its office.")

    qtbot.mouseClick(rui.conflict_banner.mine_button, Qt.MouseButton.LeftButton)  # rui chooses, knowingly
    stored = rui.workspace.releases.segment(desks.segments[2].id or 0)
    assert stored.target == "Lyon/Dakar, 4 February" and stored.updated_by == "rui"
    qtbot.waitUntil(lambda: target_in_grid(ana, 2) == "Lyon/Dakar, 4 February", timeout=LIVE_MS)


def test_the_other_desktops_place_shows_in_the_grid_and_the_status_bar(qtbot: Any, desks: Desks) -> None:
    ana, rui = desks.ana, desks.rui
    assert ana.session.go_to_row(3)
    qtbot.waitUntil(
        lambda: rui.segment_model.index(3, Column.NUMBER).data(PRESENCE_ROLE) == ("ana",), timeout=SLOW_MS
    )
    assert "ana" in str(rui.segment_model.index(3, Column.NUMBER).data(3))
    assert rui.session.go_to_row(3)
    qtbot.waitUntil(lambda: rui.live_status.presence_text() == "ana is editing segment 4", timeout=SLOW_MS)
    qtbot.waitUntil(
        lambda: ana.segment_model.index(3, Column.NUMBER).data(PRESENCE_ROLE) == ("rui",), timeout=SLOW_MS
    )

    assert ana.session.go_to_row(1)
    qtbot.waitUntil(
        lambda: not rui.segment_model.index(3, Column.NUMBER).data(PRESENCE_ROLE), timeout=SLOW_MS
    )
    assert rui.segment_model.index(1, Column.NUMBER).data(PRESENCE_ROLE) == ("ana",)
    assert rui.live_status.presence_text() == ""

    ana.close()  # leaving: gone from the other's grid at once
    qtbot.waitUntil(
        lambda: not rui.segment_model.index(1, Column.NUMBER).data(PRESENCE_ROLE), timeout=SLOW_MS
    )


def test_a_cut_feed_says_so_comes_back_and_shows_what_changed_meanwhile(
    qtbot: Any, postgres_server: PostgresServer, desks: Desks
) -> None:
    rui = desks.rui
    feed = rui.workspace.changes
    assert isinstance(feed, PgChangeFeed)
    sql = desks.raw("ana")
    with psycopg.connect(postgres_server.conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{desks.database}" ALLOW_CONNECTIONS false'.encode())
        admin.execute("SELECT pg_terminate_backend(%s)", [feed.backend_pid])
        qtbot.waitUntil(
            lambda: rui.live_status.connection_text() == "Live updates lost – retrying…", timeout=SLOW_MS
        )
        sql.execute(
            "UPDATE segments SET target = 'Written while the feed was down', status = 'draft' WHERE id = %s",
            [desks.segments[3].id],
        )
        qtbot.wait(300)
        assert target_in_grid(rui, 3) == "", "nothing can arrive while the feed is down"
        admin.execute(f'ALTER DATABASE "{desks.database}" ALLOW_CONNECTIONS true'.encode())
    qtbot.waitUntil(lambda: rui.live_status.connection_text() == "Live updates restored", timeout=SLOW_MS)
    qtbot.waitUntil(lambda: target_in_grid(rui, 3) == "Written while the feed was down", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: rui.live_status.connection_text() == "", timeout=SLOW_MS)


def test_a_burst_of_saves_elsewhere_is_read_in_one_go(qtbot: Any, desks: Desks) -> None:
    rui = desks.rui
    assert rui.live is not None
    reads, acted = rui.live.reads, rui.live.acted
    sql = desks.raw("ana")
    ids = [s.id for s in desks.segments[1:]]
    for n in range(3):  # twelve commits, one after the other, as a Replace all of someone else's would send
        for segment_id in ids:
            sql.execute(
                "UPDATE segments SET target = %s, status = 'draft' WHERE id = %s", [f"pass {n}", segment_id]
            )
    qtbot.waitUntil(lambda: all(target_in_grid(rui, row) == "pass 2" for row in range(1, 5)), timeout=LIVE_MS)
    qtbot.wait(200)
    assert rui.live.reads - reads <= 4, "gathered, not one read per commit"
    assert rui.live.acted - acted <= 4


def test_a_release_renamed_or_deleted_with_psql_follows_in_the_list_and_the_header(
    qtbot: Any, desks: Desks
) -> None:
    ana, rui = desks.ana, desks.rui
    second, _ = add_release(ana.workspace, "Horizon Bleu à Nairobi")
    qtbot.waitUntil(lambda: rui.releases.visible_count() == 2, timeout=LIVE_MS)
    admin = desks.raw("ada")
    admin.execute(
        "UPDATE releases SET title = 'Horizon Bleu opens in Dakar' WHERE id = %s", [desks.release.id]
    )
    qtbot.waitUntil(lambda: rui.release_title.text() == "Horizon Bleu opens in Dakar", timeout=LIVE_MS)
    assert rui.releases.current_release_id() == desks.release.id
    assert rui.windowTitle().startswith("rui — Horizon Bleu opens in Dakar")  # login first

    admin.execute("DELETE FROM releases WHERE id = %s", [desks.release.id])
    qtbot.waitUntil(lambda: rui.releases.visible_count() == 1, timeout=LIVE_MS)
    qtbot.waitUntil(
        lambda: rui.current_release is not None and rui.current_release.id == second.id, timeout=LIVE_MS
    )
    assert rui.releases.current_release_id() == second.id
    assert rui.status.currentMessage() == "“Horizon Bleu opens in Dakar” was deleted on the server."


def test_a_window_on_an_empty_workspace_opens_the_first_release_imported_elsewhere(
    qtbot: Any, postgres_url: str
) -> None:
    with signed_in(postgres_url, "ana") as ana, signed_in(postgres_url, "rui") as rui:
        window = open_window(qtbot, rui)
        try:
            assert window.current_release is None and window.pages.currentIndex() == 1
            assert rui.changes is not None
            qtbot.waitUntil(lambda: rui.changes.state is FeedState.CONNECTED, timeout=SLOW_MS)
            release, _ = add_release(ana)
            qtbot.waitUntil(lambda: window.current_release is not None, timeout=LIVE_MS)
            assert window.current_release is not None and window.current_release.id == release.id
            assert window.pages.currentIndex() == 0 and window.segment_model.rowCount() == 5
        finally:
            window.close()
            qtbot.wait(SUMMARIES_DELAY_MS + 200)
