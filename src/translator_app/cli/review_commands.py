"""Review subcommands: ``qa``, ``signoff``, ``history``, ``revert``, ``comment``, ``comments``, ``resolve``.

``approve --override``, ``reject --category --severity`` and ``export --format report`` live with their
commands in ``commands.py``; the helpers they need (report options, batch approval output) are here.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from translator_app.cli.qa_messages import describe_finding
from translator_app.cli.shared import Handler, print_json
from translator_app.domain.models import Comment
from translator_app.domain.review import DEFAULT_THRESHOLD, ErrorCategory, ErrorSeverity
from translator_app.services.history import HistoryEntry
from translator_app.services.qa import BatchApproval, SegmentFindings
from translator_app.services.review_report import ReportOptions
from translator_app.services.workspace import Workspace

CATEGORIES = [c.value for c in ErrorCategory]
SEVERITIES = [s.value for s in ErrorSeverity]


def register(sub: Any) -> dict[str, Handler]:
    """Add the review subcommands; returns the handlers to merge into COMMANDS."""
    qa = sub.add_parser("qa", help="run the QA checks on every segment with a target, drafts too")
    qa.add_argument("release", type=int, metavar="RELEASE")
    qa.add_argument("--json", action="store_true")
    qa.add_argument(
        "--untranslated",
        action="store_true",
        help="report the segments without a target too (the check before sign-off)",
    )

    signoff = sub.add_parser("signoff", help="sign a fully approved release off (reviewer)")
    signoff.add_argument("release", type=int, metavar="RELEASE")
    signoff.add_argument("--status", action="store_true", help="only show whether it is signed off")

    history = sub.add_parser("history", help="every change of a segment, with word diffs")
    history.add_argument("segment", type=int, metavar="SEGMENT")
    history.add_argument("--json", action="store_true")

    revert = sub.add_parser("revert", help="put back an earlier target of a segment (recorded)")
    revert.add_argument("segment", type=int, metavar="SEGMENT")
    which = revert.add_mutually_exclusive_group(required=True)
    which.add_argument("--to-event", type=int, metavar="N", help="the target as it was after event N")
    which.add_argument("--to-version", type=int, metavar="N", help="target version N (0: the first)")
    revert.add_argument("--expect-version", type=int, metavar="N", help="refuse if no longer at version N")

    comment = sub.add_parser("comment", help="comment on a segment, or reply to a comment")
    comment.add_argument("segment", type=int, metavar="SEGMENT")
    comment.add_argument("--text", required=True, metavar="T")
    comment.add_argument("--reply-to", type=int, metavar="COMMENT")
    comment.add_argument("--category", choices=CATEGORIES, help="error category (reviewer)")
    comment.add_argument("--severity", choices=SEVERITIES, help="error severity (reviewer)")

    comments = sub.add_parser("comments", help="a segment's comment threads")
    comments.add_argument("segment", type=int, metavar="SEGMENT")
    comments.add_argument("--json", action="store_true")

    resolve = sub.add_parser("resolve", help="mark a comment thread resolved")
    resolve.add_argument("comment", type=int, metavar="COMMENT")
    resolve.add_argument("--reopen", action="store_true", help="mark it unresolved again")
    return {
        "qa": cmd_qa,
        "signoff": cmd_signoff,
        "history": cmd_history,
        "revert": cmd_revert,
        "comment": cmd_comment,
        "comments": cmd_comments,
        "resolve": cmd_resolve,
    }


def report_options(args: argparse.Namespace) -> ReportOptions:
    """``export --format report``: the threshold asked for, findings worded in English."""
    threshold = getattr(args, "report_threshold", None)
    return ReportOptions(
        threshold=DEFAULT_THRESHOLD if threshold is None else threshold, describe=describe_finding
    )


def findings_json(results: list[SegmentFindings]) -> list[dict[str, Any]]:
    return [
        {
            "segment": result.segment_id,
            "number": result.number,
            "code": f.code.value,
            "severity": f.severity.value,
            "message": describe_finding(f),
            "detail": f.detail,
            "start": f.start,
            "end": f.end,
        }
        for result in results
        for f in result.findings
    ]


def cmd_qa(workspace: Workspace, args: argparse.Namespace) -> int:
    results = workspace.reviewing.qa.check_release(args.release, untranslated=args.untranslated)
    if args.json:
        print_json(findings_json(results))
        return 0
    for row in findings_json(results):
        print(f"#{row['number']:<4} ({row['segment']}) {row['severity']:<7} {row['code']}: {row['message']}")
    errors = sum(1 for r in results for f in r.findings if f.blocking)
    print(f"{sum(len(r.findings) for r in results)} finding(s), {errors} error(s)")
    return 0


def report_batch(batch: BatchApproval) -> None:
    """``approve RELEASE --all-translated``: what was approved, and what QA errors held back."""
    print(f"approved {len(batch.approved)} segment(s)")
    if batch.held:
        numbers = ", ".join(f"#{h.number}" for h in batch.held)
        print(
            f"translator-app: {len(batch.held)} segment(s) held back by QA errors: {numbers} "
            "(fix them, or approve each with --override REASON)",
            file=sys.stderr,
        )


def cmd_signoff(workspace: Workspace, args: argparse.Namespace) -> int:
    service = workspace.reviewing.signoff
    if not args.status:
        signed = service.sign_off(args.release, workspace.actor)
        when = signed.at.isoformat() if signed.at else ""
        print(f"release {args.release} signed off by {signed.user} ({when})")
        return 0
    state = service.state(args.release)
    current = state.signed_off
    if current is not None:
        print(f"signed off by {current.user} ({current.at.isoformat() if current.at else ''})")
    elif state.latest is not None:
        by = state.reopened_by
        why = f" by a change to segment {by.segment_id} by {by.user}" if by is not None else ""
        print(f"reopened{why}: signed off by {state.latest.user} before")
    else:
        print(f"not signed off; {len(state.pending)} segment(s) still to approve")
    return 0


def entry_json(entry: HistoryEntry) -> dict[str, Any]:
    event = entry.event
    return {
        "event": event.id,
        "kind": event.kind.value,
        "user": event.user,
        "role": event.role,
        "at": event.at.isoformat() if event.at else None,
        "old": event.old,
        "new": event.new,
        "comment": event.comment,
        "diff": [{"change": piece.change.value, "text": piece.text} for piece in entry.diff],
        "reverted_to": entry.reverted_to,
        "override": entry.override,
    }


def _diff_text(entry: HistoryEntry) -> str:
    marks = {"equal": "{}", "deleted": "[-{}-]", "inserted": "{{+{}+}}"}
    return "".join(marks[piece.change.value].format(piece.text) for piece in entry.diff)


def cmd_history(workspace: Workspace, args: argparse.Namespace) -> int:
    found = workspace.reviewing.history.history(args.segment)
    if args.json:
        print_json([entry_json(e) for e in found])
        return 0
    for entry in found:
        e = entry.event
        when = e.at.strftime("%Y-%m-%d %H:%M") if e.at else ""
        what = _diff_text(entry) if entry.diff else f"{e.old} → {e.new}"
        note = f"  ({e.comment})" if e.comment else ""
        print(f"{e.id:>6}  {when}  {e.user} ({e.role or '?'})  {e.kind.value}: {what}{note}")
    return 0


def cmd_revert(workspace: Workspace, args: argparse.Namespace) -> int:
    saved = workspace.reviewing.history.revert(
        args.segment,
        workspace.actor,
        to_event=args.to_event,
        to_version=args.to_version,
        expected_version=args.expect_version,
    )
    print(f"segment {saved.id}: {saved.status.value} (version {saved.version})")
    return 0


def comment_json(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "segment": comment.segment_id,
        "author": comment.author,
        "at": comment.at.isoformat() if comment.at else None,
        "text": comment.text,
        "kind": comment.kind.value,
        "category": comment.category.value if comment.category else None,
        "severity": comment.severity.value if comment.severity else None,
        "reply_to": comment.reply_to,
        "resolved": comment.resolved,
        "resolved_by": comment.resolved_by,
    }


def cmd_comment(workspace: Workspace, args: argparse.Namespace) -> int:
    added = workspace.reviewing.comments.add(
        args.segment,
        args.text,
        workspace.actor,
        reply_to=args.reply_to,
        category=ErrorCategory(args.category) if args.category else None,
        severity=ErrorSeverity(args.severity) if args.severity else None,
    )
    print(f"comment {added.id} on segment {added.segment_id}")
    return 0


def cmd_comments(workspace: Workspace, args: argparse.Namespace) -> int:
    threads = workspace.reviewing.comments.threads(args.segment)
    if args.json:
        print_json([[comment_json(c) for c in thread.comments] for thread in threads])
        return 0
    for thread in threads:
        for depth, c in enumerate(thread.comments):
            tags = "/".join(p.value for p in (c.category, c.severity) if p is not None)
            extra = f" [{tags}]" if tags else ""
            done = " (resolved)" if c.resolved else ""
            print(f"{'  ' if depth else ''}{c.id:>5} {c.author} {c.kind.value}{extra}: {c.text}{done}")
    return 0


def cmd_resolve(workspace: Workspace, args: argparse.Namespace) -> int:
    thread = workspace.reviewing.comments.resolve(args.comment, workspace.actor, resolved=not args.reopen)
    state = "reopened" if args.reopen else "resolved"
    print(f"{state} {len(thread)} comment(s)")
    return 0
