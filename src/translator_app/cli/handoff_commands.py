"""Hand-off subcommands: ``merge FILE [--force] [--tracked-changes accept|refuse]`` and ``import --update``.

``import`` and its ``--update`` option are declared in :mod:`translator_app.cli.commands`; ``--from``/``--to``
are optional there (a re-import takes the release's languages), and ``cmd_import`` hands an update over to
:func:`cmd_update`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from translator_app.cli.shared import Handler
from translator_app.services.workspace import Workspace


def register(sub: Any) -> dict[str, Handler]:
    """Add ``merge``; returns the handlers to merge into COMMANDS."""
    merge = sub.add_parser(
        "merge", help="bring back a returned XLIFF file or review table (the file names its release)"
    )
    merge.add_argument("file", type=Path, metavar="FILE")
    merge.add_argument("--force", action="store_true", help="also overwrite approved segments")
    merge.add_argument(
        "--tracked-changes",
        choices=("accept", "refuse"),
        default="accept",
        help="a review table's Track Changes: take them as accepted (default), or refuse the table while any"
        " are left",
    )
    return {"merge": cmd_merge}


def cmd_merge(workspace: Workspace, args: argparse.Namespace) -> int:
    report = workspace.handoff.merging.merge_file(
        args.file, workspace.actor, force=args.force, refuse_tracked=args.tracked_changes == "refuse"
    )
    print(
        f"release {report.release_id}: {len(report.changed)} segment(s) changed, "
        f"{report.comments_added} comment(s) added ({report.kind}, as {workspace.actor.user})"
    )
    if report.protected:
        shown = ", ".join(str(n) for n in report.protected)
        print(f"left {len(report.protected)} approved segment(s) as they were (--force overwrites): {shown}")
    if report.edited_since:
        shown = ", ".join(str(n) for n in report.edited_since)
        print(
            f"left {len(report.edited_since)} segment(s) changed here since the export as they were "
            f"(--force overwrites): {shown}"
        )
    return 0


def cmd_update(workspace: Workspace, args: argparse.Namespace) -> int:
    summary = workspace.handoff.updating.update_file(args.file, args.update, workspace.actor)
    print(
        f"release {summary.release_id} updated: {summary.unchanged} unchanged, {summary.changed} changed, "
        f"{summary.added} added, {summary.removed} removed"
    )
    return 0
