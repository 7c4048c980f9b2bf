"""Exporting the approved version of a release, in its own format or another one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from translator_app.domain.errors import DomainError, ErrorCode, bad_input
from translator_app.domain.models import Block, Release, Segment, SegmentKind, SegmentStatus
from translator_app.domain.segmentation import unwrap_lines
from translator_app.domain.tags import strip_tags
from translator_app.formats import generic, markdown_html
from translator_app.formats.base import TextChooser
from translator_app.formats.html import sanitize_fragment
from translator_app.formats.registry import get_format
from translator_app.services.files import write_output
from translator_app.services.handoff_export import HANDOFF_FORMATS, write_handoff
from translator_app.services.ports import UnitOfWorkFactory
from translator_app.services.review_report import ReportOptions, write_review_report
from translator_app.services.signoff import shown_numbers, signoff_state

EXPORT_FORMATS = ("txt", "md", "html", "docx")
REPORT_FORMAT = "report"
"""The review report (HTML, or CSV for a ``.csv`` path): not a translation, so not in EXPORT_FORMATS."""
ALL_EXPORT_FORMATS = (*EXPORT_FORMATS, REPORT_FORMAT, *HANDOFF_FORMATS)
SAME_FORMAT = {"txt": "text", "md": "markdown", "html": "html", "docx": "docx"}
OWN_FORMAT_ONLY = ("docx",)
"""Formats rebuilt from the release's own original only (a Word file needs a Word original)."""


def export_formats_for(release_format: str) -> tuple[str, ...]:
    """The translation exports a release of ``release_format`` can be written as."""
    return tuple(f for f in EXPORT_FORMATS if f not in OWN_FORMAT_ONLY or SAME_FORMAT[f] == release_format)


def check_export_pair(release: Release, format_name: str, path: Path) -> None:
    """Refuse, in one clear line, a translation export this release cannot be written as."""
    if format_name not in export_formats_for(release.format):
        raise bad_input(
            "unsupported-export",
            path.name,
            release_format=release.format,
            format=format_name,
            choices=", ".join(export_formats_for(release.format)),
        )


def shown_title(release: Release, segments: list[Segment], choose: TextChooser) -> str:
    """The page title in the exported language: the headline's chosen text, else the release's title."""
    headline = next((s for s in segments if s.kind is SegmentKind.TITLE), None)
    if headline is not None:
        parts = [choose(s) for s in segments if s.block == headline.block]
        text = " ".join(unwrap_lines(strip_tags(p)) for p in parts if p)
        if text.strip():
            return " ".join(text.split())
    return release.title


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: str
    written: int
    unapproved: list[int]
    """Numbers (1-based positions) of translatable segments exported without approval."""
    signed_off_by: str = ""
    """Who signed the release off (empty when no sign-off holds for what was exported)."""
    signed_off_at: datetime | None = None


def segment_chooser(allow_unapproved: bool, keep_untranslatable: bool) -> TextChooser:
    """Approved targets; with ``allow_unapproved``, the current target or else the source."""

    def choose(segment: Segment) -> str | None:
        if not segment.translatable:
            return segment.source if keep_untranslatable else None
        if segment.status is SegmentStatus.APPROVED:
            return segment.target
        if not allow_unapproved:
            return None
        return segment.target if segment.target.strip() else segment.source

    return choose


class ExportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def export(
        self,
        release_id: int,
        format_name: str,
        path: Path,
        *,
        allow_unapproved: bool = False,
        keep_untranslatable: bool = False,
        report: ReportOptions | None = None,
    ) -> ExportReport:
        """Refuse while translatable segments are not approved, unless told otherwise; write atomically.

        ``report`` format: the review report (``services.review_report``), written whatever the statuses.
        """
        if format_name == REPORT_FORMAT:
            return self._review_report(release_id, path, report or ReportOptions())
        if format_name in HANDOFF_FORMATS:
            handed = write_handoff(self._uow, release_id, format_name, path)
            return ExportReport(path, format_name, handed.written, handed.unapproved)
        if format_name not in EXPORT_FORMATS:
            raise DomainError(
                ErrorCode.BAD_INPUT, problem="unsupported-format", format=format_name, name=path
            )
        with self._uow() as uow:
            release = uow.releases.get(release_id)
            check_export_pair(release, format_name, path)
            blocks = uow.releases.blocks(release_id)
            segments = uow.segments.for_release(release_id)
            signed = signoff_state(uow, release_id).signed_off
        waiting = [
            s.position + 1 for s in segments if s.translatable and s.status is not SegmentStatus.APPROVED
        ]
        if waiting and not allow_unapproved:
            raise DomainError(ErrorCode.EXPORT_BLOCKED, count=len(waiting), numbers=shown_numbers(waiting))
        choose = segment_chooser(allow_unapproved, keep_untranslatable)
        data = render(release, blocks, list[Segment](segments), choose, format_name)
        write_output(path, data)
        written = sum(1 for s in segments if choose(s) is not None)
        if signed is None:
            return ExportReport(path, format_name, written, waiting)
        return ExportReport(path, format_name, written, waiting, signed.user, signed.at)

    def _review_report(self, release_id: int, path: Path, options: ReportOptions) -> ExportReport:
        built = write_review_report(self._uow, release_id, path, options)
        waiting = [row.number for row in built.rows if row.status is not SegmentStatus.APPROVED]
        signed = built.signoff.signed_off
        by, at = (signed.user, signed.at) if signed is not None else ("", None)
        return ExportReport(path, REPORT_FORMAT, len(built.rows), waiting, by, at)


def render(
    release: Release, blocks: list[Block], segments: list[Segment], choose: TextChooser, format_name: str
) -> bytes:
    """The release's own writer when the format matches, else a generic one from the block kinds."""
    if SAME_FORMAT[format_name] == release.format:
        return get_format(release.format).render(release, blocks, segments, choose)
    if format_name == "txt":
        return generic.render_plain(blocks, segments, choose).encode("utf-8")
    if format_name == "md":
        return generic.render_markdown(blocks, segments, choose).encode("utf-8")
    if format_name == "html":
        if release.format == "markdown":
            escaped: TextChooser = lambda s: _escaped(choose(s))  # noqa: E731
            source = get_format("markdown").render(release, blocks, segments, escaped).decode("utf-8")
            body = sanitize_fragment(markdown_html.to_html(source))
        else:
            body = generic.render_html(blocks, segments, choose)
        title = shown_title(release, segments, choose)
        return generic.html_page(title, release.target_lang, body).encode("utf-8")
    check_export_pair(release, format_name, Path(release.original_name or release.title))
    raise AssertionError("unreachable: check_export_pair refuses every other pair")


def _escaped(text: str | None) -> str | None:
    return None if text is None else generic.escape_outside_tags(text)
