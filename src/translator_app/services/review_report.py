"""The review report of a release (``export RELEASE --format report``): HTML, or CSV for a ``.csv`` path.

Per translatable segment: source, target, status, translator, reviewer, comments, QA findings and the
errors reviewers recorded. The summary gives counts per status, source words and the quality score: error
points per 1,000 source words, weighted minor 1, major 5, critical 10 (see ``domain.review``), passing at
or below a threshold (10 by default; ``--report-threshold``). It also says who signed the release off.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from translator_app.domain.models import Comment, Event, EventKind, Release, Role, SegmentStatus
from translator_app.domain.qa import Finding, QaOptions
from translator_app.domain.review import DEFAULT_THRESHOLD, QualityScore, quality_score
from translator_app.domain.words import word_count
from translator_app.formats.spreadsheet_cells import safe_cell
from translator_app.services.files import write_output
from translator_app.services.ports import UnitOfWorkFactory
from translator_app.services.qa import GlossaryMatchers, segments_findings
from translator_app.services.signoff import SignoffState, signoff_state

Describe = Callable[[Finding], str]
DECISIONS = frozenset({SegmentStatus.APPROVED.value, SegmentStatus.REJECTED.value})


def plain_finding(finding: Finding) -> str:
    """The wording used when the caller gives none: ``error number-missing: 23``."""
    detail = f": {finding.detail}" if finding.detail else ""
    return f"{finding.severity.value} {finding.code.value}{detail}"


@dataclass(frozen=True)
class ReportOptions:
    threshold: float = DEFAULT_THRESHOLD
    describe: Describe = plain_finding
    qa: QaOptions = field(default_factory=QaOptions)


@dataclass(frozen=True)
class ReportRow:
    number: int
    segment_id: int
    source: str
    target: str
    status: SegmentStatus
    translator: str
    reviewer: str
    comments: list[Comment]
    findings: list[Finding]

    @property
    def errors(self) -> list[str]:
        """Recorded errors as ``category/severity`` (either part may be missing)."""
        return [
            "/".join(part.value for part in (c.category, c.severity) if part is not None)
            for c in self.comments
            if c.category is not None or c.severity is not None
        ]


@dataclass(frozen=True)
class ReviewReport:
    release: Release
    rows: list[ReportRow]
    counts: dict[SegmentStatus, int]
    untranslatable: int
    score: QualityScore
    signoff: SignoffState


def _translator(events: list[Event]) -> str:
    changes = [e for e in events if e.kind is EventKind.TARGET]
    by_translators = [e for e in changes if e.role != Role.REVIEWER.value]
    chosen = by_translators or changes
    return chosen[-1].user if chosen else ""


def _reviewer(events: list[Event]) -> str:
    decisions = [e for e in events if e.kind is EventKind.STATUS and e.new in DECISIONS]
    return decisions[-1].user if decisions else ""


def build_report(uow_factory: UnitOfWorkFactory, release_id: int, options: ReportOptions) -> ReviewReport:
    with uow_factory() as uow:
        release = uow.releases.get(release_id)
        segments = uow.segments.for_release(release_id)
        events = uow.review.events_for_release(release_id)
        comments = uow.review.comments_for_release(release_id)
        terms = GlossaryMatchers().get(uow, release)
        findings = {r.segment_id: r.findings for r in segments_findings(release, segments, terms, options.qa)}
        state = signoff_state(uow, release_id)
    rows = []
    counts = dict.fromkeys(SegmentStatus, 0)
    words = 0
    for segment in segments:
        if not segment.translatable:
            continue
        counts[segment.status] += 1
        words += word_count(segment.source)
        mine = events.get(segment.id, [])
        rows.append(
            ReportRow(
                segment.position + 1,
                segment.id,
                segment.source,
                segment.target,
                segment.status,
                _translator(mine),
                _reviewer(mine),
                comments.get(segment.id, []),
                findings.get(segment.id, []),
            )
        )
    severities = [c.severity for row in rows for c in row.comments]
    untranslatable = sum(1 for s in segments if not s.translatable)
    score = quality_score(severities, words, options.threshold)
    return ReviewReport(release, rows, counts, untranslatable, score, state)


def _signoff_line(state: SignoffState) -> str:
    signed = state.signed_off
    if signed is not None:
        return f"signed off by {signed.user} on {signed.at.isoformat() if signed.at else '?'}"
    if state.latest is not None:
        return f"reopened (signed off by {state.latest.user}, then changed)"
    return "not signed off"


def _comment_text(comment: Comment) -> str:
    state = " (resolved)" if comment.resolved else ""
    return f"{comment.author} [{comment.kind.value}]: {comment.text}{state}"


def summary(report: ReviewReport) -> list[tuple[str, str]]:
    """The summary as label/value pairs, shared by both layouts."""
    score = report.score
    pairs = [(f"segments {status.value}", str(count)) for status, count in report.counts.items()]
    pairs += [
        ("segments not to translate", str(report.untranslatable)),
        ("source words", str(score.words)),
        ("error points", str(score.points)),
        ("error points per 1,000 words", f"{score.per_thousand:.2f}"),
        ("threshold", f"{score.threshold:g}"),
        ("result", "pass" if score.passed else "fail"),
        ("sign-off", _signoff_line(report.signoff)),
    ]
    return pairs


def render_csv(report: ReviewReport, describe: Describe) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["number", "segment", "status", "source", "target", "translator", "reviewer"]
    writer.writerow([*header, "comments", "qa findings", "errors"])
    for row in report.rows:
        writer.writerow(
            safe_cell(cell)
            for cell in [
                row.number,
                row.segment_id,
                row.status.value,
                row.source,
                row.target,
                row.translator,
                row.reviewer,
                " | ".join(_comment_text(c) for c in row.comments),
                " | ".join(describe(f) for f in row.findings),
                " | ".join(row.errors),
            ]
        )
    writer.writerow([])
    for label, value in summary(report):
        writer.writerow(["summary", safe_cell(label), safe_cell(value)])
    return out.getvalue()


def _cell(items: list[str]) -> str:
    return "<br>".join(escape(item) for item in items)


def render_html(report: ReviewReport, describe: Describe) -> str:
    release = report.release
    title = escape(f"Review report: {release.title}")
    result = "pass" if report.score.passed else "fail"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{title}</title>",
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
        "td,th{border:1px solid #bbb;padding:4px;vertical-align:top}"
        ".fail{color:#b00}.pass{color:#070}</style>",
        "</head><body>",
        f"<h1>{title}</h1>",
        f"<p>{escape(release.source_lang)} → {escape(release.target_lang)}; "
        f'result: <strong class="{result}">{result}</strong></p>',
        '<table class="summary">',
    ]
    lines += [
        f"<tr><th>{escape(label)}</th><td>{escape(value)}</td></tr>" for label, value in summary(report)
    ]
    lines.append("</table>")
    lines.append('<table class="segments"><tr><th>#</th><th>status</th><th>source</th><th>target</th>')
    lines.append("<th>translator</th><th>reviewer</th><th>comments</th><th>QA</th><th>errors</th></tr>")
    for row in report.rows:
        lines.append(
            f'<tr class="{row.status.value}"><td>{row.number}</td><td>{row.status.value}</td>'
            f"<td>{escape(row.source)}</td><td>{escape(row.target)}</td>"
            f"<td>{escape(row.translator)}</td><td>{escape(row.reviewer)}</td>"
            f"<td>{_cell([_comment_text(c) for c in row.comments])}</td>"
            f"<td>{_cell([describe(f) for f in row.findings])}</td><td>{_cell(row.errors)}</td></tr>"
        )
    lines += ["</table>", "</body></html>", ""]
    return "\n".join(lines)


def write_review_report(
    uow_factory: UnitOfWorkFactory, release_id: int, path: Path, options: ReportOptions
) -> ReviewReport:
    """Build the report and write it atomically: CSV when ``path`` ends with ``.csv``, else HTML."""
    report = build_report(uow_factory, release_id, options)
    as_csv = path.suffix.lower() == ".csv"
    text = render_csv(report, options.describe) if as_csv else render_html(report, options.describe)
    write_output(path, text.encode("utf-8"))
    return report
