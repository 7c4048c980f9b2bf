"""``translator-app``: the desktop window by default, subcommands for headless work."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from translator_app.app import login_name, open_workspace, resolve_database_url
from translator_app.cli import admin_commands
from translator_app.cli.commands import COMMANDS, UsageError, build_parser
from translator_app.cli.messages import describe
from translator_app.domain.errors import DomainError
from translator_app.domain.models import Role
from translator_app.formats.limits import Limits
from translator_app.mt.base import MtOptions
from translator_app.settings import Settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    settings = Settings.load()
    try:
        if command == "admin":
            return admin_commands.run(args, settings)
        workspace = open_workspace(
            resolve_database_url(args.db, settings.database_url),
            args.user,
            Role(args.role) if args.role else None,
            fuzzy_threshold=settings.fuzzy_threshold,
            mt_options=MtOptions(settings.deepl_model, settings.deepl_context),
            default_user=settings.user or login_name(),
            default_role=settings.role_in_force,
            ask_password=admin_commands.terminal_password,
            limits=Limits.of(
                args.max_file_mb or settings.max_file_mb, args.max_segments or settings.max_segments
            ),
        )
        try:
            return COMMANDS[command](workspace, args)
        finally:
            workspace.close()
    except DomainError as error:
        print(f"translator-app: {describe(error)}", file=sys.stderr)
        return 1
    except DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        print(f"translator-app: database error: {reason}", file=sys.stderr)
        return 1
    except UsageError as error:
        print(f"translator-app: {error}", file=sys.stderr)
        return 2


def run() -> None:
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error of ours; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 0
    sys.exit(status)
