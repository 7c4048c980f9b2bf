"""Setting up a server is a command: ``admin init`` as the owner (idempotent), then admins add, change and
disable users; a user then signs in with the password they were given, and a disabled one no longer can."""

from __future__ import annotations

import io
import json
import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url
from tests.pg_server import PostgresServer
from tests.pg_team import OWNER

from translator_app.app import open_workspace
from translator_app.cli import main
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Role

pytestmark = pytest.mark.postgres


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


def fresh_name(prefix: str) -> str:
    """Logins are per server, not per database: each test invents its own."""
    return f"{prefix}{uuid.uuid4().hex[:6]}"


def test_init_sets_up_an_empty_database_and_running_it_again_changes_nothing(
    capsys: pytest.CaptureFixture[str], postgres_empty_url: str
) -> None:
    owner_url = as_login(postgres_empty_url, OWNER)
    assert main(["admin", "init", owner_url]) == 0
    first = capsys.readouterr().out
    assert "schema migrated from revision none to" in first and "team setup 1" in first
    assert main(["admin", "init", owner_url]) == 0
    second = capsys.readouterr().out
    assert "group roles already there" in second and "schema already at revision" in second
    workspace = open_workspace(postgres_empty_url, "ana", None)
    try:
        assert (workspace.actor.user, workspace.actor.role) == ("ana", Role.TRANSLATOR)
    finally:
        workspace.close()


def test_init_by_someone_else_than_the_owner_is_refused(
    capsys: pytest.CaptureFixture[str], postgres_empty_url: str
) -> None:
    assert main(["admin", "init", as_login(postgres_empty_url, "ana")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"only the owner of the database ({OWNER}) sets it up" in err


def test_an_admin_adds_a_user_who_signs_in_with_the_password_shown_once(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    name = fresh_name("lea")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: a password is generated
    assert main(["--db", postgres_url, "--user", "ada", "admin", "add-user", name, "--role", "reviewer"]) == 0
    out = capsys.readouterr().out
    password = out.rsplit(": ", 1)[1].strip()
    assert f"added {name} as reviewer" in out and len(password) >= 16
    database = make_url(postgres_url).database
    with psycopg.connect(
        f"host=127.0.0.1 port={postgres_server.port} dbname={database} user={name} password={password}"
    ) as connection:
        assert connection.execute("SELECT translator_app_team_role()").fetchone() == ("reviewer",)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(
            f"host=127.0.0.1 port={postgres_server.port} dbname={database} user={name} password=wrong"
        )

    assert main(["--db", postgres_url, "--user", "ada", "admin", "users", "--json"]) == 0
    listed = {u["login"]: u for u in json.loads(capsys.readouterr().out)}
    assert (
        listed[name]["role"] == "reviewer"
        and listed[name]["active"]
        and listed["ana"]["role"] == "translator"
    )


def test_a_password_given_on_stdin_is_used_and_never_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, postgres_url: str
) -> None:
    name = fresh_name("tom")
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery staple\n"))
    argv = ["--db", postgres_url, "--user", "ada", "admin", "add-user", name, "--role", "translator"]
    assert main([*argv, "--password-stdin"]) == 0
    captured = capsys.readouterr()
    assert "correct horse" not in captured.out + captured.err


def test_a_translator_cannot_manage_users(capsys: pytest.CaptureFixture[str], postgres_url: str) -> None:
    name = fresh_name("eve")
    assert main(["--db", postgres_url, "--user", "ana", "admin", "add-user", name, "--role", "admin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "permission denied for function translator_app_add_login" in err
    assert main(["--db", postgres_url, "--user", "ana", "admin", "set-role", "ana", "--role", "admin"]) == 1
    assert "permission denied" in capsys.readouterr().err


def test_set_role_changes_what_the_server_allows_and_disable_keeps_the_name_in_the_history(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    from tests.factories import add_release

    name = fresh_name("max")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert (
        main(["--db", postgres_url, "--user", "ada", "admin", "add-user", name, "--role", "translator"]) == 0
    )
    password = capsys.readouterr().out.rsplit(": ", 1)[1].strip()
    postgres_server.remember_password(name, password)

    workspace = open_workspace(postgres_url, name, None)
    try:
        assert workspace.actor.role is Role.TRANSLATOR
        segment = add_release(workspace)[1][1]
        workspace.editing.edit(segment.id or 0, "Horizon Bleu opens an office in Dakar", workspace.actor)
    finally:
        workspace.close()
    assert main(["--db", postgres_url, "--user", "ada", "admin", "set-role", name, "--role", "reviewer"]) == 0
    capsys.readouterr()
    workspace = open_workspace(postgres_url, name, Role.REVIEWER)
    workspace.close()

    assert main(["--db", postgres_url, "--user", "ada", "admin", "disable-user", name]) == 0
    assert "the history keeps the name" in capsys.readouterr().out
    with pytest.raises(DomainError) as refused:
        open_workspace(postgres_url, name, None)
    assert refused.value.code is ErrorCode.DATABASE_UNAVAILABLE and "not permitted to log in" in str(
        refused.value.details["reason"]
    )
    rui = open_workspace(postgres_url, "rui", None)
    try:
        assert [e.user for e in rui.releases.events(segment.id or 0)] == [name, name]
    finally:
        rui.close()
    assert main(["--db", postgres_url, "--user", "ada", "admin", "users"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.startswith(name)]
    assert line.endswith("(disabled)")


def test_admin_commands_need_a_team_database(capsys: pytest.CaptureFixture[str], sqlite_url: str) -> None:
    assert main(["--db", sqlite_url, "admin", "users"]) == 1
    assert "admin users needs a PostgreSQL team database" in capsys.readouterr().err
