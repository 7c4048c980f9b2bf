"""The subcommands: argument parsing and one small function per command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from translator_app.app import StartOptions
from translator_app.cli import admin_commands, handoff_commands, memory_commands, mt_commands, review_commands
from translator_app.cli.shared import print_json
from translator_app.domain.models import Role, Segment, SegmentStatus
from translator_app.domain.review import ErrorCategory, ErrorSeverity
from translator_app.formats.limits import DEFAULT_MAX_FILE_MB, DEFAULT_MAX_SEGMENTS
from translator_app.formats.registry import FORMAT_NAMES
from translator_app.samples import SAMPLE_NAME, sample_release
from translator_app.services.exporting import ALL_EXPORT_FORMATS, REPORT_FORMAT
from translator_app.services.handoff_export import HANDOFF_FORMATS
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings


class SelfTestAction(argparse.Action):
    """``--self-test``, like ``--version``: run the installed copy's self-check at once and exit with its
    status (no workspace of the user's is opened; see :mod:`translator_app.selftest`)."""

    def __init__(
        self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None
    ) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from translator_app.selftest import run_self_test  # Qt loads only for the check

        parser.exit(run_self_test())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="translator-app", description="Translate and review press releases."
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: $TRANSLATOR_APP_DB or the SQLite file in your data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="who is acting (default: your login name); on a team server the login, which the server checks",
    )
    parser.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help="role in force (default: saved setting); on a team server the server's role, checked",
    )
    parser.add_argument(
        "--max-file-mb",
        type=int,
        metavar="MB",
        help=f"largest release file imported or merged (default: Preferences, else {DEFAULT_MAX_FILE_MB})",
    )
    parser.add_argument(
        "--max-segments",
        type=int,
        metavar="N",
        help="most segments per release, or entries per glossary file (default: Preferences, else "
        f"{DEFAULT_MAX_SEGMENTS:,})",
    )
    parser.add_argument(
        "--self-test",
        action=SelfTestAction,
        help="check this installation in a temporary workspace (window offscreen), print the checks and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("file", nargs="?", type=Path, metavar="FILE", help="import this file and open it")
    gui.add_argument("--from", dest="source_lang", metavar="LANG", help="source language of FILE")
    gui.add_argument("--to", dest="target_lang", metavar="LANG", help="target language of FILE")
    gui.add_argument("--release", type=int, metavar="ID", help="open on this release")
    gui.add_argument("--sample", action="store_true", help="open on the sample release (imported once)")
    gui.add_argument("--self-test", action="store_true", help="open offscreen, check, and exit")

    imp = sub.add_parser("import", help="import a file as a new release; prints its id")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--from", dest="source_lang", metavar="LANG")
    imp.add_argument("--to", dest="target_lang", metavar="LANG")
    imp.add_argument("--title", metavar="T")
    imp.add_argument("--format", dest="format_name", default="auto", choices=["auto", *FORMAT_NAMES])
    imp.add_argument(
        "--update",
        type=int,
        metavar="RELEASE",
        help="re-import FILE as the revised source of RELEASE (keeps the work on unchanged segments)",
    )

    export = sub.add_parser("export", help="write the approved translation of a release")
    export.add_argument("release", type=int, metavar="RELEASE")
    export.add_argument("--format", dest="format_name", required=True, choices=ALL_EXPORT_FORMATS)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    export.add_argument(
        "--allow-unapproved",
        action="store_true",
        help="write current targets (or sources) where segments are not approved",
    )
    export.add_argument(
        "--keep-untranslatable",
        action="store_true",
        help="also write segments marked not to translate (the web page's menu)",
    )
    export.add_argument(
        "--report-threshold",
        type=float,
        metavar="POINTS",
        help="report: most error points per 1,000 words that still pass (default 10; minor 1, major 5, "
        "critical 10)",
    )

    releases = sub.add_parser("releases", help="releases with their counts per status")
    releases.add_argument("--json", action="store_true")

    segments = sub.add_parser("segments", help="the segments of a release")
    segments.add_argument("release", type=int, metavar="RELEASE")
    segments.add_argument("--status", choices=[s.value for s in SegmentStatus])
    segments.add_argument("--json", action="store_true")

    edit = sub.add_parser("edit", help="set a segment's target")
    edit.add_argument("segment", type=int, metavar="SEGMENT")
    edit.add_argument("--target", required=True, metavar="TEXT")
    edit.add_argument("--confirm", action="store_true", help="confirm the translation (status translated)")
    edit.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="refuse with a conflict if the segment is no longer at version N",
    )

    mark = sub.add_parser("mark", help="mark a segment to translate or to leave as it is")
    mark.add_argument("segment", type=int, metavar="SEGMENT")
    mark.add_argument("--translatable", required=True, choices=["yes", "no"])

    approve = sub.add_parser(
        "approve", help="approve segments, or a release's translated segments (reviewer)"
    )
    approve.add_argument("ids", type=int, nargs="+", metavar="ID")
    approve.add_argument(
        "--all-translated", action="store_true", help="ID is a release: approve all its translated segments"
    )
    approve.add_argument(
        "--override", metavar="REASON", help="approve despite QA errors, for this reason (recorded)"
    )

    reject = sub.add_parser("reject", help="send a segment back to the translator (reviewer)")
    reject.add_argument("segment", type=int, metavar="SEGMENT")
    reject.add_argument("--comment", required=True, metavar="TEXT")
    reject.add_argument("--category", choices=review_commands.CATEGORIES, help="MQM error category")
    reject.add_argument("--severity", choices=review_commands.SEVERITIES, help="error severity")

    prefs = sub.add_parser("preferences", help="show or save your preferences")
    prefs.add_argument(
        "--set-role", choices=[r.value for r in Role], help="the role used when --role is absent"
    )
    COMMANDS.update(memory_commands.register(sub))
    COMMANDS.update(mt_commands.register(sub))
    COMMANDS.update(review_commands.register(sub))
    COMMANDS.update(handoff_commands.register(sub))
    admin_commands.register(sub)
    return parser


def segment_json(segment: Segment) -> dict[str, Any]:
    return {
        "id": segment.id,
        "position": segment.position,
        "block": segment.block,
        "kind": segment.kind.value,
        "source": segment.source,
        "target": segment.target,
        "status": segment.status.value,
        "translatable": segment.translatable,
        "origin": segment.origin.code(),
        "version": segment.version,
        "updated_by": segment.updated_by,
        "updated_at": segment.updated_at.isoformat() if segment.updated_at else None,
    }


class UsageError(Exception):
    """Arguments that parse but do not fit together: exit status 2."""


def sample_release_id(workspace: Workspace) -> int | None:
    """The sample release of this workspace, imported (French to English) the first time."""
    for summary in workspace.releases.summaries():
        if summary.release.original_name == SAMPLE_NAME:
            return summary.release.id
    return workspace.importing.import_file(sample_release(), "fr", "en", workspace.actor).id


def cmd_gui(workspace: Workspace, args: argparse.Namespace) -> int:
    from translator_app.ui.launch import run_gui  # Qt loads only when a window is wanted

    start: StartOptions | None = getattr(args, "start", None)
    if getattr(args, "sample", False):
        args.release = sample_release_id(workspace)
    elif getattr(args, "file", None) is not None:
        if not (args.source_lang and args.target_lang):
            raise UsageError("gui FILE needs --from LANG and --to LANG")
        args.release = workspace.importing.import_file(
            args.file, args.source_lang, args.target_lang, workspace.actor
        ).id
    return run_gui(
        workspace,
        release_id=getattr(args, "release", None),
        self_test=getattr(args, "self_test", False),
        opener=start.open if start is not None else None,
        database_fixed=start.database_fixed() if start is not None else "",
    )


def cmd_releases(workspace: Workspace, args: argparse.Namespace) -> int:
    summaries = workspace.releases.summaries()
    if args.json:
        print_json(
            [
                {
                    "id": s.release.id,
                    "title": s.release.title,
                    "source_lang": s.release.source_lang,
                    "target_lang": s.release.target_lang,
                    "format": s.release.format,
                    "segments": s.total + s.untranslatable,
                    "untranslatable": s.untranslatable,
                    "counts": {status.value: count for status, count in s.counts.items()},
                    "last_change": s.last_change.isoformat() if s.last_change else None,
                }
                for s in summaries
            ]
        )
        return 0
    for s in summaries:
        counts = "  ".join(f"{status.value} {count}" for status, count in s.counts.items())
        pair = f"{s.release.source_lang}→{s.release.target_lang}"
        print(f"{s.release.id:>5}  {pair}  {s.release.title}  [{counts}]")
    return 0


def cmd_segments(workspace: Workspace, args: argparse.Namespace) -> int:
    status = SegmentStatus(args.status) if args.status else None
    segments = workspace.releases.segments(args.release, status)
    if args.json:
        print_json([segment_json(s) for s in segments])
        return 0
    for s in segments:
        flag = " " if s.translatable else "×"
        print(f"{s.id:>6} {s.position:>4} {flag} {s.status.value:<10} {s.source}")
        if s.target:
            print(f"{'':>13}→ {s.target}")
    return 0


def cmd_edit(workspace: Workspace, args: argparse.Namespace) -> int:
    saved = workspace.editing.edit(
        args.segment, args.target, workspace.actor, confirm=args.confirm, expected_version=args.expect_version
    ).segment
    print(f"segment {saved.id}: {saved.status.value} (version {saved.version})")
    return 0


def cmd_mark(workspace: Workspace, args: argparse.Namespace) -> int:
    saved = workspace.editing.set_translatable(args.segment, args.translatable == "yes", workspace.actor)
    state = "to translate" if saved.translatable else "not to translate"
    print(f"segment {saved.id}: {state} (version {saved.version})")
    return 0


def cmd_approve(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.all_translated:
        if len(args.ids) != 1:
            print("translator-app: --all-translated takes exactly one release id", file=sys.stderr)
            return 2
        if args.override is not None:
            raise UsageError("--override applies to segments named one by one, not to --all-translated")
        review_commands.report_batch(workspace.review.approve_all_clean(args.ids[0], workspace.actor))
        return 0
    else:
        approved = workspace.review.approve(args.ids, workspace.actor, override=args.override)
    print(f"approved {len(approved)} segment(s)")
    return 0


def cmd_reject(workspace: Workspace, args: argparse.Namespace) -> int:
    saved = workspace.review.reject(
        args.segment,
        args.comment,
        workspace.actor,
        category=ErrorCategory(args.category) if args.category else None,
        severity=ErrorSeverity(args.severity) if args.severity else None,
    )
    print(f"segment {saved.id}: {saved.status.value}")
    return 0


def cmd_import(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.update is not None:
        return handoff_commands.cmd_update(workspace, args)
    if not (args.source_lang and args.target_lang):
        raise UsageError("import FILE needs --from LANG and --to LANG (or --update RELEASE)")
    release = workspace.importing.import_file(
        args.file,
        args.source_lang,
        args.target_lang,
        workspace.actor,
        title=args.title,
        format_name=args.format_name,
        on_notice=print_notice,
    )
    print(release.id)
    return 0


def print_notice(code: str, details: dict[str, Any]) -> None:
    """What the import did that the user should know, on stderr (stdout carries the release id)."""
    if code == "encoding-guessed":
        name, encoding = details.get("name"), details.get("encoding")
        print(
            f"translator-app: note: {name} is not UTF-8; it was read as {encoding}, the encoding its text "
            "reads best in: check the segments",
            file=sys.stderr,
        )


def cmd_export(workspace: Workspace, args: argparse.Namespace) -> int:
    report = workspace.exporting.export(
        args.release,
        args.format_name,
        args.output,
        allow_unapproved=args.allow_unapproved,
        keep_untranslatable=args.keep_untranslatable,
        report=review_commands.report_options(args) if args.format_name == REPORT_FORMAT else None,
    )
    if report.unapproved and report.format not in (REPORT_FORMAT, *HANDOFF_FORMATS):
        numbers = ", ".join(f"#{n}" for n in report.unapproved)
        print(
            f"translator-app: warning: {len(report.unapproved)} segment(s) not approved: {numbers}",
            file=sys.stderr,
        )
    print(f"wrote {report.path} ({report.written} segments)")
    if report.signed_off_by:
        print(f"signed off by {report.signed_off_by}")
    return 0


def cmd_preferences(workspace: Workspace, args: argparse.Namespace) -> int:
    settings = Settings.load()
    if args.set_role:
        settings.role = args.set_role
        settings.save()
    actor = workspace.actor
    if actor.from_server and actor.team_role is not None:
        print(f"user: {actor.user} (from the server)")
        saved = settings.role_in_force.value
        print(f"role: {actor.team_role.value} (from the server; the saved {saved} is for one-person use)")
    else:
        print(f"role: {settings.role_in_force.value}")
    print(f"database: {workspace.location}")
    return 0


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "import": cmd_import,
    "export": cmd_export,
    "releases": cmd_releases,
    "segments": cmd_segments,
    "edit": cmd_edit,
    "mark": cmd_mark,
    "approve": cmd_approve,
    "reject": cmd_reject,
    "preferences": cmd_preferences,
}
