"""``translator-app``: the desktop window by default, subcommands for headless work."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.exc import DBAPIError

from translator_app.app import StartOptions
from translator_app.cli import admin_commands
from translator_app.cli.commands import COMMANDS, UsageError, build_parser
from translator_app.cli.messages import describe
from translator_app.display import has_display
from translator_app.domain.errors import DomainError
from translator_app.settings import Settings

NO_DISPLAY = (
    "translator-app: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it "
    "in a desktop session, or use a command such as `translator-app releases`"
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command == "gui" and not has_display():
        if not getattr(args, "self_test", False):
            print(NO_DISPLAY, file=sys.stderr)  # before Qt, whose own message is an abort about xcb
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the window's self-test needs no screen
    settings = Settings.load()
    start = StartOptions(
        args.db, args.user, args.role, args.max_file_mb, args.max_segments, admin_commands.terminal_password
    )
    in_window = command == "gui" and not getattr(args, "self_test", False)
    if in_window:  # a desktop launcher has no terminal: the window asks, and says why it cannot open
        from translator_app.ui.launch import ask_password_in_window

        start = replace(start, ask_password=ask_password_in_window)
    try:
        if command == "admin":
            return admin_commands.run(args, settings)
        workspace = start.open(settings)
        args.start = start
        try:
            return COMMANDS[command](workspace, args)
        finally:
            workspace.close()
    except DomainError as error:
        print(f"translator-app: {describe(error)}", file=sys.stderr)
        if in_window:
            from translator_app.ui.launch import refuse_in_window

            refuse_in_window(error)
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
