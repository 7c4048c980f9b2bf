"""Who the server says we are, and whether its database is a team workspace this app can work with.

Read on every start on PostgreSQL, before anything else: the login (``session_user``), its group role, the
team setup version and the schema revision. A client never migrates a team database: it tells the user
what the owner has to run.
"""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.team import GROUPS, ServerIdentity, TeamRole
from translator_app.persistence.migrate import alembic_config
from translator_app.persistence.team_schema import TEAM_SETUP_VERSION


def read_identity(connection: Connection, location: str) -> ServerIdentity:
    """The login and its role; TEAM_NOT_SET_UP when ``admin init`` never ran on this database."""
    login, set_up, groups = connection.execute(
        text(
            "SELECT session_user::text, to_regclass('team_setup') IS NOT NULL, "
            "ARRAY(SELECT rolname::text FROM pg_roles WHERE rolname = ANY(:groups))"
        ),
        {"groups": list(GROUPS)},
    ).one()
    if not set_up or set(groups) != set(GROUPS):
        raise DomainError(ErrorCode.TEAM_NOT_SET_UP, url=location)
    memberships = connection.execute(
        text("SELECT " + ", ".join(f"pg_has_role('{r.group}', 'MEMBER')" for r in reversed(TeamRole)))
    ).one()
    held = next((role for role, member in zip(reversed(TeamRole), memberships, strict=True) if member), None)
    return ServerIdentity(str(login), held)


def check_versions(connection: Connection, location: str) -> None:
    """Refuse a schema or team setup that is older (the owner upgrades it) or newer (update the app)."""
    found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    setup = connection.execute(text("SELECT version FROM team_setup")).scalar()
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    known = {revision.revision for revision in script.walk_revisions()}
    if found is not None and found not in known:
        raise DomainError(ErrorCode.DATABASE_TOO_NEW, revision=found, known=head)
    if setup is not None and setup > TEAM_SETUP_VERSION:
        raise DomainError(
            ErrorCode.DATABASE_TOO_NEW, revision=f"team setup {setup}", known=TEAM_SETUP_VERSION
        )
    if found != head or setup != TEAM_SETUP_VERSION:
        raise DomainError(
            ErrorCode.SCHEMA_OUTDATED,
            url=location,
            found=f"revision {found or 'none'}, team setup {setup or 'none'}",
            needed=f"revision {head}, team setup {TEAM_SETUP_VERSION}",
        )
