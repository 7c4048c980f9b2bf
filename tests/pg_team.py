"""A team on the throwaway server, as ``admin init`` and ``admin add-user`` would leave it.

An owner login (``CREATEROLE``, owner of the databases) sets up a template database once; each test gets a
copy (``CREATE DATABASE … TEMPLATE``, fast) with the same group roles and logins, which are cluster-wide.
Every login has a password, kept in the harness's ``.pgpass``: the tests sign in as a desktop would.
"""

from __future__ import annotations

import os
import secrets
import uuid

import psycopg

from tests.pg_server import PostgresServer
from translator_app.domain.team import TeamRole
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.team_admin import add_user, initialise

OWNER = "rt_owner"
TEMPLATE = "team_template"
PEOPLE = {
    "ana": TeamRole.TRANSLATOR,
    "mika": TeamRole.TRANSLATOR,
    "rui": TeamRole.REVIEWER,
    "ada": TeamRole.ADMIN,
}
"""The logins every test database knows: two translators, a reviewer, an admin."""


def set_up_team(server: PostgresServer, people: dict[str, TeamRole] = PEOPLE) -> dict[str, str]:
    """Owner, template database set up with ``admin init``, and the people; returns their passwords.

    Sets ``PGPASSFILE`` (the harness's passwords) and ``PGUSER`` (the owner: a URL without a login, as the
    tests' raw engines use, signs in as the owner, who may look at everything).
    """
    passwords = {OWNER: secrets.token_urlsafe(12)}
    server.create_login(OWNER, passwords[OWNER], "CREATEROLE")
    os.environ["PGPASSFILE"] = str(server.pgpass)
    os.environ["PGUSER"] = OWNER
    superuser(server, f'CREATE DATABASE "{TEMPLATE}" OWNER "{OWNER}"')
    engine = create_database_engine(server.url(TEMPLATE, OWNER))
    try:
        initialise(engine)
        for login, role in people.items():
            passwords[login] = secrets.token_urlsafe(12)
            add_user(engine, login, passwords[login], role)
            server.remember_password(login, passwords[login])
    finally:
        engine.dispose()
    return passwords


def superuser(server: PostgresServer, statement: str) -> None:
    with psycopg.connect(server.conninfo("postgres"), autocommit=True) as connection:
        connection.execute(statement.encode())


def new_database(server: PostgresServer, *, set_up: bool = True) -> str:
    """A fresh database owned by the owner: a copy of the set-up template, or empty."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    template = f' TEMPLATE "{TEMPLATE}"' if set_up else ""
    superuser(server, f'CREATE DATABASE "{name}" OWNER "{OWNER}"{template}')
    return name


def drop_database(server: PostgresServer, name: str) -> None:
    superuser(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
