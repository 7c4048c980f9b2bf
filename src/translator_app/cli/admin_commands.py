"""``translator-app admin …``: set up a team server and manage its users, without opening a workspace.

``admin init URL`` is the database owner's (it creates the group roles, migrates the schema, installs the
rules); the user commands are for admins and run on the workspace's database (``--db``, ``TRANSLATOR_APP_DB``
or the preferences). Passwords come from libpq as for any connection: ``~/.pgpass``, ``PGPASSWORD``, the
keyring, or a prompt on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys
from typing import Any

from sqlalchemy import Engine

from translator_app.app import connect_team_server, resolve_database_url
from translator_app.cli.shared import print_json
from translator_app.credentials import PasswordAnswer, PasswordRequest, RefusedPassword, mask
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.team import GROUPS, TeamRole
from translator_app.persistence.team_admin import (
    InitReport,
    add_user,
    check_user_name,
    disable_user,
    initialise,
    set_role,
    users,
)
from translator_app.persistence.team_identity import check_versions, read_identity
from translator_app.persistence.team_urls import is_postgresql
from translator_app.settings import Settings

ROLES = [role.value for role in TeamRole]


def register(sub: Any) -> None:
    admin = sub.add_parser("admin", help="set up a team server (PostgreSQL) and manage its users")
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="as the database's owner: create the group roles, schema, permissions (idempotent)"
    )
    init.add_argument("url", metavar="URL", help="the team database, e.g. postgresql://owner@server/translations")
    add = actions.add_parser("add-user", help="create a login with a role; prints a generated password once")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of stdin"
    )
    role = actions.add_parser("set-role", help="give a user another role (or let a disabled one in again)")
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, choices=ROLES)
    disable = actions.add_parser("disable-user", help="stop a login; its name stays in the history")
    disable.add_argument("name", metavar="NAME")
    listing = actions.add_parser("users", help="the team's logins with their roles")
    listing.add_argument("--json", action="store_true")


def terminal_password(request: PasswordRequest) -> PasswordAnswer | None:
    """Ask on the terminal; None when there is none to ask on (a script, a desktop launcher). Never kept in
    the keyring from here: ``~/.pgpass`` is the terminal's place for it."""
    if not sys.stdin.isatty():
        return None
    if request.refused is RefusedPassword.TYPED:
        print(f"The server refused the password for {request.login}.", file=sys.stderr)
    elif request.refused is RefusedPassword.KEYRING:
        print(f"The server refused the password kept in the keyring for {request.login}.", file=sys.stderr)
    elif request.refused is RefusedPassword.GIVEN:
        print(
            f"The server refused the password ~/.pgpass, PGPASSWORD or the address gave for {request.login}.",
            file=sys.stderr,
        )
    password = getpass.getpass(f"Password for {request.location}: ")
    return PasswordAnswer(password) if password else None


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.admin_command == "init":
        url = args.url
        _require_team_url(url, "admin init")
        engine = connect_team_server(url, args.user, terminal_password)
        try:
            _print_init(initialise(engine), mask(url))
        finally:
            engine.dispose()
        return 0
    url = resolve_database_url(args.db, settings.database_url)
    _require_team_url(url, f"admin {args.admin_command}")
    engine = connect_team_server(url, args.user, terminal_password)
    try:
        location = engine.url.render_as_string(hide_password=True)
        with engine.connect() as connection:
            read_identity(connection, location)
            check_versions(connection, location)
        return ACTIONS[args.admin_command](engine, args)
    finally:
        engine.dispose()


def _require_team_url(url: str, what: str) -> None:
    if not is_postgresql(url):
        raise DomainError(ErrorCode.TEAM_DATABASE_NEEDED, what=what, url=mask(url))


def _print_init(report: InitReport, location: str) -> None:
    groups = ", ".join(GROUPS)
    if report.groups_created:
        print(f"group roles created: {', '.join(report.groups_created)}")
    else:
        print(f"group roles already there: {groups}")
    if report.from_revision == report.to_revision:
        print(f"schema already at revision {report.to_revision}")
    else:
        print(f"schema migrated from revision {report.from_revision or 'none'} to {report.to_revision}")
    print(
        f"permissions, history triggers and notifications installed (team setup {report.setup_version}); "
        f"owner {report.owner} is an admin"
    )
    print(f"{location} is ready: add people with 'translator-app --db URL admin add-user NAME --role ROLE'")


def _add_user(engine: Engine, args: argparse.Namespace) -> int:
    name = check_user_name(args.name)
    generated = False
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {name} (leave empty to generate one): ")
        if password and getpass.getpass("The same password again: ") != password:
            print("translator-app: the two passwords differ; nobody was added", file=sys.stderr)
            return 1
    else:
        password = ""
    if not password:
        password, generated = secrets.token_urlsafe(15), True
    add_user(engine, name, password, TeamRole(args.role))
    print(f"added {name} as {args.role}")
    if generated:
        print(f"password for {name} (shown once; hand it over privately): {password}")
    return 0


def _set_role(engine: Engine, args: argparse.Namespace) -> int:
    set_role(engine, args.name, TeamRole(args.role))
    print(f"{args.name} is now {args.role}")
    return 0


def _disable_user(engine: Engine, args: argparse.Namespace) -> int:
    disable_user(engine, args.name)
    print(f"{args.name} can no longer sign in; the history keeps the name")
    return 0


def _users(engine: Engine, args: argparse.Namespace) -> int:
    found = users(engine)
    if args.json:
        print_json(
            [
                {
                    "login": u.login,
                    "role": u.role.value if u.role else None,
                    "active": u.active,
                    "managed": u.managed,
                    "created_at": u.created_at.isoformat() if u.created_at else None,
                    "created_by": u.created_by,
                }
                for u in found
            ]
        )
        return 0
    for u in found:
        state = "" if u.active else "  (disabled)"
        print(f"{u.login:<24} {u.role.value if u.role else '-':<11}{state}")
    return 0


ACTIONS = {"add-user": _add_user, "set-role": _set_role, "disable-user": _disable_user, "users": _users}
