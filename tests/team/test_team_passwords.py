"""On a team server the password comes from libpq's ``.pgpass``, the keyring or a prompt, and the workspace's
location never shows it."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url
from tests.cli.test_database_passwords import MemoryKeyring, memory_keyring
from tests.pg_server import PostgresServer
from tests.pg_team import OWNER

from translator_app.app import open_workspace
from translator_app.credentials import KEYRING_SERVICE, PasswordAnswer, PasswordRequest
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.team import TeamRole
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.team_admin import add_user

__all__ = ["memory_keyring"]


@pytest.mark.postgres
def test_the_workspace_location_hides_the_password(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    password = next(
        line.rsplit(":", 1)[1]
        for line in postgres_server.pgpass.read_text(encoding="utf-8").splitlines()
        if line.split(":")[3] == "ana"
    )
    url = make_url(postgres_url).set(username="ana", password=password).render_as_string(hide_password=False)
    workspace = open_workspace(url, None, None)
    try:
        assert password not in workspace.location and "ana:***@" in workspace.location
    finally:
        workspace.close()


@pytest.fixture
def kim(postgres_url: str) -> str:
    """A login whose password is in no ``.pgpass``: only the keyring or a prompt can give it."""
    owner = create_database_engine(make_url(postgres_url).set(username=OWNER).render_as_string(False))
    try:
        add_user(owner, "kim", "kims-password", TeamRole.TRANSLATOR)
    except DomainError:
        pass  # created by an earlier test of this session: logins are per server
    finally:
        owner.dispose()
    return "kim"


@pytest.mark.postgres
def test_the_keyring_or_a_prompt_supplies_a_password_libpq_does_not_have(
    postgres_url: str, kim: str, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(DomainError) as refused:
        open_workspace(postgres_url, kim, None)
    assert refused.value.code is ErrorCode.DATABASE_UNAVAILABLE

    asked: list[str] = []

    def answer(request: PasswordRequest) -> PasswordAnswer:
        asked.append(request.location)
        return PasswordAnswer("kims-password")

    workspace = open_workspace(postgres_url, kim, None, ask_password=answer)
    workspace.close()
    assert len(asked) == 1 and "kim@" in asked[0]

    as_kim = make_url(postgres_url).set(username=kim).render_as_string(hide_password=False)
    account = f"kim@127.0.0.1:{make_url(postgres_url).port}/{make_url(postgres_url).database}"
    memory_keyring.entries[(KEYRING_SERVICE, account)] = "kims-password"
    workspace = open_workspace(as_kim.replace("postgresql+psycopg", "postgresql"), None, None)
    try:
        assert workspace.actor.user == "kim"
    finally:
        workspace.close()
