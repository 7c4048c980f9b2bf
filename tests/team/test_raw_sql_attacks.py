"""A translator with psql (raw SQL through psycopg, not the app) cannot do what only reviewers and admins may,
nor touch the history; what they may do is recorded in their own name and at the server's time."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from tests.team.conftest import RawConnect, sid

from translator_app.domain.models import Segment
from translator_app.services.workspace import Workspace

pytestmark = pytest.mark.postgres


SIGNOFF = (
    'INSERT INTO signoffs (release_id, "user", at, version_mark, event_mark) VALUES (%s, %s, now(), 0, 0)'
)


def translate(workspace: Workspace, segment: Segment, text: str = "Horizon Bleu opens an office") -> Segment:
    return workspace.editing.edit(sid(segment), text, workspace.actor, confirm=True).segment


def status_of(raw: RawConnect, segment_id: int) -> str:
    row = raw("rui").execute("SELECT status FROM segments WHERE id = %s", [segment_id]).fetchone()
    assert row is not None
    return str(row[0])


def events_of(raw: RawConnect, segment_id: int) -> list[tuple[object, ...]]:
    return (
        raw("rui")
        .execute(
            'SELECT kind, "user", role, old, new, comment FROM events WHERE segment_id = %s ORDER BY id',
            [segment_id],
        )
        .fetchall()
    )


def test_a_translator_cannot_approve_or_reject_with_an_update(
    raw: RawConnect, ana: Workspace, segments: list[Segment]
) -> None:
    segment = translate(ana, segments[1])
    sql = raw("ana")
    for status in ("approved", "rejected"):
        with pytest.raises(errors.InsufficientPrivilege, match="only a reviewer"):
            sql.execute("UPDATE segments SET status = %s WHERE id = %s", [status, segment.id])
    with pytest.raises(errors.InsufficientPrivilege, match="only a reviewer"):
        sql.execute(
            "INSERT INTO segments (release_id, position, block, kind, source, separator, target, status, "
            "origin, translatable, version, updated_by, updated_at, archived) VALUES "
            "(%s, 99, 0, 'paragraph', 'x', '', 'y', 'approved', 'human', true, 1, 'ana', now(), false)",
            [segment.release_id],
        )
    assert status_of(raw, sid(segment)) == "translated"


def test_a_translator_cannot_rewrite_an_approved_target_and_keep_the_approval(
    raw: RawConnect, ana: Workspace, rui: Workspace, segments: list[Segment]
) -> None:
    segment = translate(ana, segments[1])
    rui.review.approve([sid(segment)], rui.actor)
    with pytest.raises(errors.InsufficientPrivilege, match="only a reviewer"):
        raw("ana").execute("UPDATE segments SET target = 'Something else' WHERE id = %s", [segment.id])
    raw("ana").execute(
        "UPDATE segments SET target = 'Something else', status = 'translated' WHERE id = %s", [segment.id]
    )
    assert status_of(raw, sid(segment)) == "translated"


def test_the_history_cannot_be_written_changed_or_erased_by_a_translator(
    raw: RawConnect, ana: Workspace, segments: list[Segment]
) -> None:
    segment = translate(ana, segments[1])
    before = events_of(raw, sid(segment))
    sql = raw("ana")
    attempts = [
        (
            'INSERT INTO events (segment_id, kind, "user", role, at, old, new, comment) '
            "VALUES (%s, 'status', 'rui', 'reviewer', now(), 'translated', 'approved', '')",
            [segment.id],
        ),
        ("UPDATE events SET \"user\" = 'rui' WHERE segment_id = %s", [segment.id]),
        ("UPDATE events SET at = now() - interval '1 year' WHERE segment_id = %s", [segment.id]),
        ("DELETE FROM events WHERE segment_id = %s", [segment.id]),
        ("TRUNCATE events", None),
    ]
    for statement, values in attempts:
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            sql.execute(statement.encode(), values)  # type: ignore[arg-type]
    assert events_of(raw, sid(segment)) == before


def test_not_even_a_reviewer_or_the_owner_may_change_the_history(
    raw: RawConnect, ana: Workspace, segments: list[Segment]
) -> None:
    segment = translate(ana, segments[1])
    with pytest.raises(errors.InsufficientPrivilege):
        raw("rui").execute("DELETE FROM events WHERE segment_id = %s", [segment.id])
    owner = raw("rt_owner")  # owns the tables, so privileges do not stop it: the trigger does
    with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
        owner.execute("UPDATE events SET \"user\" = 'someone' WHERE segment_id = %s", [segment.id])
    with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
        owner.execute("DELETE FROM events WHERE segment_id = %s", [segment.id])
    with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
        owner.execute("TRUNCATE events CASCADE")
    assert [e[1] for e in events_of(raw, sid(segment))] == ["ana", "ana"]


def test_a_change_is_recorded_under_the_login_and_the_server_clock_whatever_the_client_writes(
    raw: RawConnect, ana: Workspace, segments: list[Segment]
) -> None:
    segment = segments[2]
    sql = raw("ana")
    server_now = sql.execute("SELECT now()").fetchone()
    sql.execute(
        "UPDATE segments SET target = 'Lyon/Dakar, 4 February', status = 'draft', updated_by = 'rui', "
        "updated_at = '2001-01-01', version = 1 WHERE id = %s",
        [segment.id],
    )
    row = sql.execute(
        "SELECT updated_by, updated_at, version FROM segments WHERE id = %s", [segment.id]
    ).fetchone()
    assert row is not None and server_now is not None
    assert row[0] == "ana" and row[1] >= server_now[0] and row[2] == segment.version + 1
    events = (
        raw("rui")
        .execute('SELECT kind, "user", role, at FROM events WHERE segment_id = %s ORDER BY id', [segment.id])
        .fetchall()
    )
    assert [(kind, user, role) for kind, user, role, _ in events] == [
        ("target", "ana", "translator"),
        ("status", "ana", "translator"),
    ]
    assert all(at >= server_now[0] for *_, at in events)


def test_a_translator_cannot_sign_off_nor_delete_a_release(
    raw: RawConnect, ana: Workspace, rui: Workspace, segments: list[Segment]
) -> None:
    for segment in segments[1:]:
        translate(ana, segment, f"Translation of {segment.position}")
    rui.review.approve([sid(s) for s in segments[1:]], rui.actor, override="checked by hand")
    release = segments[1].release_id
    sql = raw("ana")
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        sql.execute(
            SIGNOFF,
            [release, "rui"],
        )
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        sql.execute("DELETE FROM releases WHERE id = %s", [release])
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        sql.execute("DELETE FROM segments WHERE release_id = %s", [release])
    assert raw("rui").execute("SELECT count(*) FROM signoffs").fetchone() == (0,)
    assert raw("rui").execute(
        "SELECT count(*) FROM segments WHERE release_id = %s", [release]
    ).fetchone() == (5,)


def test_a_reviewer_signs_off_with_raw_sql_but_the_server_writes_name_time_and_marks(
    raw: RawConnect, ana: Workspace, rui: Workspace, segments: list[Segment]
) -> None:
    for segment in segments[1:]:
        translate(ana, segment, f"Translation of {segment.position}")
    release = segments[1].release_id
    sql = raw("rui")
    with pytest.raises(errors.CheckViolation, match="not approved"):
        sql.execute(
            SIGNOFF,
            [release, "rui"],
        )
    rui.review.approve([sid(s) for s in segments[1:]], rui.actor, override="checked by hand")
    sql.execute(
        'INSERT INTO signoffs (release_id, "user", at, version_mark, event_mark) '
        "VALUES (%s, 'ana', '2001-01-01', 0, 0)",
        [release],
    )
    state = rui.reviewing.signoff.state(release or 0)
    assert state.signed_off is not None and state.signed_off.user == "rui"
    assert state.signed_off.at is not None and state.signed_off.at.year > 2001


def test_only_an_admin_deletes_a_release_and_the_deletion_is_kept(
    raw: RawConnect, ana: Workspace, segments: list[Segment]
) -> None:
    translate(ana, segments[1])
    release = segments[1].release_id
    with pytest.raises(errors.InsufficientPrivilege):
        raw("rui").execute("DELETE FROM releases WHERE id = %s", [release])
    raw("ada").execute("DELETE FROM releases WHERE id = %s", [release])
    assert raw("ana").execute("SELECT count(*) FROM segments").fetchone() == (0,)
    assert raw("ana").execute("SELECT release_id, deleted_by FROM team_deleted_releases").fetchall() == [
        (release, "ada")
    ]


def test_a_translator_cannot_delete_a_releases_file_and_an_update_replaces_it_in_place(
    raw: RawConnect, ana: Workspace, tmp_path: Path
) -> None:
    first = tmp_path / "communique.md"
    first.write_text("# Horizon Bleu\n\nLe bureau ouvre.\n", encoding="utf-8")
    release = ana.importing.import_file(first, "fr", "en", ana.actor)
    file_of = "SELECT original FROM release_files WHERE release_id = %s"
    sql = raw("ana")
    for attack in ("DELETE FROM release_files WHERE release_id = %s", "TRUNCATE release_files"):
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            sql.execute(attack.replace("%s", str(release.id)).encode())
    assert raw("rui").execute(file_of, [release.id]).fetchone() == (first.read_bytes(),)

    revised = tmp_path / "communique-v2.md"
    revised.write_text("# Horizon Bleu\n\nLe bureau ouvre demain.\n", encoding="utf-8")
    ana.handoff.updating.update_file(revised, release.id or 0, ana.actor)  # a translator's update, no DELETE
    assert raw("rui").execute(file_of, [release.id]).fetchone() == (revised.read_bytes(),)

    raw("ada").execute("DELETE FROM releases WHERE id = %s", [release.id])  # the file goes with the release
    assert raw("ana").execute("SELECT count(*) FROM release_files").fetchone() == (0,)


def test_comments_carry_the_login_and_only_reviewers_resolve_others_threads(
    raw: RawConnect, ana: Workspace, rui: Workspace, segments: list[Segment]
) -> None:
    target = sid(segments[2])
    rui_sql, ana_sql = raw("rui"), raw("ana")
    insert = "INSERT INTO comments (segment_id, author, at, text, resolved) VALUES (%s, %s, %s, %s, false)"
    rui_sql.execute(insert, [target, "ana", "2030-01-01", "Check the date"])
    ana_sql.execute(insert, [target, "rui", "2001-01-01", "Done?"])
    rows = ana_sql.execute("SELECT id, author FROM comments ORDER BY id").fetchall()
    assert [author for _, author in rows] == ["rui", "ana"]  # not the names the clients wrote
    recent = "SELECT count(*) FROM comments WHERE at BETWEEN now() - interval '1 minute' AND now()"
    assert ana_sql.execute(recent).fetchone() == (2,)  # not the times they wrote either
    reviewers, mine = rows[0][0], rows[1][0]
    with pytest.raises(errors.InsufficientPrivilege, match="only a reviewer resolves"):
        ana_sql.execute("UPDATE comments SET resolved = true WHERE id = %s", [reviewers])
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        ana_sql.execute("UPDATE comments SET text = 'changed' WHERE id = %s", [reviewers])
    with pytest.raises(errors.InsufficientPrivilege, match="only a reviewer"):
        ana_sql.execute(
            "INSERT INTO comments (segment_id, author, at, text, resolved, kind) "
            "VALUES (%s, 'ana', now(), 'x', false, 'rejection')",
            [target],
        )
    ana_sql.execute(insert, [target, "Lea Roux", "2001-01-01", "From the Word file"])
    outside = ana_sql.execute("SELECT author FROM comments WHERE text = 'From the Word file'").fetchone()
    assert outside == ("Lea Roux (via ana)",)  # a name without a login here is kept, with who brought it in
    ana_sql.execute("UPDATE comments SET resolved = true, resolved_by = 'rui' WHERE id = %s", [mine])
    rui_sql.execute("UPDATE comments SET resolved = true WHERE id = %s", [reviewers])
    assert ana_sql.execute("SELECT resolved_by FROM comments ORDER BY id").fetchall() == [
        ("rui",),
        ("ana",),
        ("",),
    ]


def test_a_translator_cannot_borrow_a_reviewers_role_or_name(raw: RawConnect) -> None:
    sql = raw("ana")
    with pytest.raises(errors.InsufficientPrivilege):
        sql.execute("SET ROLE translator_app_reviewer")
    with pytest.raises(errors.InsufficientPrivilege):
        sql.execute("SET SESSION AUTHORIZATION rui")
    with pytest.raises(psycopg.Error):
        sql.execute("SELECT translator_app_add_login('eve', 'SCRAM-SHA-256$x', 'admin')")
    with pytest.raises(errors.InsufficientPrivilege):
        sql.execute("INSERT INTO team_presence (login, client, release_id) VALUES ('rui', 'x', 1)")


def test_every_table_has_its_privileges_written_down() -> None:
    """A table added by a migration without a line in TABLE_PRIVILEGES would be closed to everyone."""
    from translator_app.persistence.schema import Base
    from translator_app.persistence.team_schema import TABLE_PRIVILEGES, TEAM_TABLES

    team_tables = {
        line.split(".")[1].split(" ")[0] for line in TEAM_TABLES.splitlines() if "TABLE IF" in line
    }
    assert set(TABLE_PRIVILEGES) == set(Base.metadata.tables) | team_tables | {"alembic_version"}
