"""On a team server the login is the user and group membership the role; a disagreeing --user or --role is
refused with one line, by the command line and by the window's start-up alike."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from tests.pg_server import PostgresServer
from tests.team.conftest import signed_in

from translator_app.app import open_workspace
from translator_app.cli import main
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Role
from translator_app.domain.team import ServerIdentity, TeamRole
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.team_admin import initialise
from translator_app.services.identity import team_actor

pytestmark = pytest.mark.postgres


def test_the_server_says_who_is_signed_in_and_as_what(team_url: str) -> None:
    with signed_in(team_url, "ana") as ana, signed_in(team_url, "ada") as ada:
        assert (ana.actor.user, ana.actor.role, ana.actor.team_role) == (
            "ana",
            Role.TRANSLATOR,
            TeamRole.TRANSLATOR,
        )
        assert (ada.actor.user, ada.actor.role, ada.actor.team_role) == ("ada", Role.REVIEWER, TeamRole.ADMIN)
        assert ana.identity_from_server and ana.actor.from_server
        assert "ana@" in ana.location and ana.changes is not None and ana.presence is not None


def test_a_one_person_workspace_keeps_the_chosen_name_and_role(sqlite_url: str) -> None:
    workspace = open_workspace(sqlite_url, None, Role.REVIEWER, default_user="Marie")
    try:
        assert (workspace.actor.user, workspace.actor.role) == ("Marie", Role.REVIEWER)
        assert not workspace.identity_from_server and workspace.changes is None and workspace.presence is None
    finally:
        workspace.close()


def test_a_translator_login_claiming_the_reviewer_role_is_refused(
    capsys: pytest.CaptureFixture[str], team_url: str
) -> None:
    code = main(["--db", team_url, "--user", "ana", "--role", "reviewer", "releases"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "--role reviewer disagrees with the server: ana is a translator" in err
    with pytest.raises(DomainError) as refused:
        open_workspace(team_url, "ana", Role.REVIEWER)
    assert refused.value.code is ErrorCode.ROLE_MISMATCH


def test_a_user_name_that_is_not_the_login_is_refused(
    capsys: pytest.CaptureFixture[str], postgres_server: PostgresServer, team_url: str
) -> None:
    as_ana = team_url.replace("postgresql+psycopg://", "postgresql+psycopg://ana@")
    code = main(["--db", as_ana, "--user", "rui", "releases"])
    err = capsys.readouterr().err
    assert code == 1 and "--user rui disagrees with the server: it signed you in as ana" in err
    assert main(["--db", as_ana, "--user", "ana", "--role", "translator", "releases"]) == 0


def test_an_admin_works_as_a_reviewer_and_may_say_so() -> None:
    identity = ServerIdentity("ada", TeamRole.ADMIN)
    assert team_actor(identity, "ada", Role.REVIEWER, "db").role is Role.REVIEWER
    with pytest.raises(DomainError) as refused:
        team_actor(identity, None, Role.TRANSLATOR, "db")
    assert refused.value.code is ErrorCode.ROLE_MISMATCH
    with pytest.raises(DomainError) as orphan:
        team_actor(ServerIdentity("eve", None), None, None, "db")
    assert orphan.value.code is ErrorCode.NO_TEAM_ROLE


def test_a_database_never_set_up_is_named_with_what_to_run(
    capsys: pytest.CaptureFixture[str], postgres_empty_url: str
) -> None:
    assert main(["--db", postgres_empty_url, "--user", "ana", "releases"]) == 1
    assert "not set up for Release Translator: its owner runs 'translator-app admin init URL'" in (
        capsys.readouterr().err
    )


def test_a_client_on_an_older_setup_is_told_to_ask_the_owner_and_init_brings_it_up(
    capsys: pytest.CaptureFixture[str], team_url: str
) -> None:
    owner = create_database_engine(team_url)  # PGUSER: the owner
    try:
        with owner.begin() as connection:
            connection.execute(sa.text("UPDATE team_setup SET version = 0"))
        assert main(["--db", team_url, "--user", "ana", "releases"]) == 1
        err = capsys.readouterr().err
        assert "needs revision" in err and "the database owner runs 'translator-app admin init URL'" in err
        with pytest.raises(DomainError) as refused:
            initialise(create_database_engine(team_url.replace("//", "//ana@", 1)))
        assert refused.value.code is ErrorCode.NOT_DATABASE_OWNER
        initialise(owner)
    finally:
        owner.dispose()
    assert main(["--db", team_url, "--user", "ana", "releases"]) == 0


def test_a_login_outside_the_team_groups_cannot_even_connect(
    postgres_server: PostgresServer, team_url: str
) -> None:
    postgres_server.create_login("outsider", "a-password-of-its-own")
    owner = create_database_engine(team_url)
    try:
        initialise(owner)  # the copy of the template keeps no database privileges: init sets them again
    finally:
        owner.dispose()
    with pytest.raises(DomainError) as refused:
        open_workspace(team_url, "outsider", None)
    assert refused.value.code is ErrorCode.DATABASE_UNAVAILABLE
    assert "permission denied for database" in str(refused.value.details["reason"])


def test_preferences_say_the_role_comes_from_the_server(
    capsys: pytest.CaptureFixture[str], team_url: str
) -> None:
    assert main(["--db", team_url, "--user", "rui", "preferences", "--set-role", "translator"]) == 0
    out = capsys.readouterr().out
    assert "user: rui (from the server)" in out and "role: reviewer (from the server;" in out
    assert "database: postgresql+psycopg://rui@" in out
