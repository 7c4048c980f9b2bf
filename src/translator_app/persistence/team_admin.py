"""Setting up and running a team database: ``admin init`` as its owner, users managed by admins.

``initialise`` is idempotent: group roles that exist are kept, the schema is migrated (only the owner may:
clients have no DDL rights), then the rules of :mod:`translator_app.persistence.team_schema` are installed
again. User management goes through server functions that only admins may call; a password travels as a
SCRAM verifier computed here by libpq, never in clear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.team import GROUPS, TeamRole
from translator_app.persistence.mapping import aware
from translator_app.persistence.migrate import current_revision, upgrade
from translator_app.persistence.server_history import server_message
from translator_app.persistence.team_schema import TEAM_SETUP_VERSION, create_groups, install

USER_NAME = re.compile(r"^[a-z][a-z0-9._-]{0,62}$")


@dataclass(frozen=True)
class InitReport:
    owner: str
    groups_created: list[str]
    from_revision: str | None
    to_revision: str
    setup_version: int


@dataclass(frozen=True)
class TeamUser:
    """A login of the team: its role from group membership now, and whether it may still sign in."""

    login: str
    role: TeamRole | None
    active: bool
    created_at: datetime | None
    created_by: str
    managed: bool
    """Created with ``admin add-user`` (False: a login a DBA added to a group by hand)."""


def _owner(connection: Connection) -> tuple[str, str, bool]:
    login, owner, superuser = connection.execute(
        text(
            "SELECT session_user::text, pg_get_userbyid(d.datdba)::text, r.rolsuper "
            "FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = session_user"
        )
    ).one()
    return str(login), str(owner), bool(superuser)


def initialise(engine: Engine) -> InitReport:
    """Group roles, schema at head, rules and privileges; refused unless run by the database's owner."""
    with engine.begin() as connection:
        login, owner, superuser = _owner(connection)
        if login != owner and not superuser:
            raise DomainError(ErrorCode.NOT_DATABASE_OWNER, owner=owner, login=login)
        created = create_groups(connection, login, superuser)
    before = current_revision(engine)
    report = upgrade(engine)
    with engine.begin() as connection:
        schema, database = connection.execute(text("SELECT current_schema(), current_database()")).one()
        install(connection, str(schema), str(database))
    return InitReport(login, created, before, report.to_revision, TEAM_SETUP_VERSION)


def check_user_name(name: str) -> str:
    if not USER_NAME.match(name) or name.startswith(("pg_", "translator_app_")):
        raise DomainError(ErrorCode.BAD_USER_NAME, name=name)
    return name


def scram_verifier(engine: Engine, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``login``, computed by libpq on this machine."""
    raw = engine.raw_connection()
    try:
        driver: Any = raw.driver_connection
        verifier: bytes = driver.pgconn.encrypt_password(
            password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
        )
    finally:
        raw.close()
    return verifier.decode("ascii")


def add_user(engine: Engine, login: str, password: str, role: TeamRole) -> None:
    check_user_name(login)
    verifier = scram_verifier(engine, login, password)
    _call(
        engine,
        "SELECT translator_app_add_login(:login, :verifier, :role)",
        login=login,
        verifier=verifier,
        role=role.value,
    )


def set_role(engine: Engine, login: str, role: TeamRole) -> None:
    _call(engine, "SELECT translator_app_set_role(:login, :role)", login=login, role=role.value)


def disable_user(engine: Engine, login: str) -> None:
    _call(engine, "SELECT translator_app_disable_login(:login)", login=login)


def users(engine: Engine) -> list[TeamUser]:
    """Managed users, and any other login that is a member of a group (added by hand), by name."""
    query = text(
        """
        WITH members AS (
            SELECT DISTINCT m.rolname::text AS login
              FROM pg_auth_members a
              JOIN pg_roles g ON g.oid = a.roleid
              JOIN pg_roles m ON m.oid = a.member
             WHERE g.rolname = ANY(:groups) AND m.rolname <> ALL(:groups)
        ), everyone AS (
            SELECT login FROM team_users UNION SELECT login FROM members
        )
        SELECT e.login, translator_app_team_role(e.login::name), coalesce(r.rolcanlogin, false),
               u.created_at, coalesce(u.created_by, ''), u.login IS NOT NULL
          FROM everyone e
          LEFT JOIN team_users u ON u.login = e.login
          LEFT JOIN pg_roles r ON r.rolname = e.login
         ORDER BY e.login
        """
    )
    with engine.connect() as connection:
        rows = connection.execute(query, {"groups": list(GROUPS)}).all()
    return [
        TeamUser(
            login=str(login),
            role=TeamRole(role) if role else None,
            active=bool(can_login) and bool(role),
            created_at=aware(created_at),
            created_by=str(created_by),
            managed=bool(managed),
        )
        for login, role, can_login, created_at, created_by, managed in rows
    ]


def _call(engine: Engine, statement: str, **values: str) -> None:
    try:
        with engine.begin() as connection:
            connection.execute(text(statement), values)
    except DBAPIError as error:
        raise DomainError(ErrorCode.SERVER_REFUSED, reason=server_message(error)) from None
