"""Exporting the approved version of a release, in its own format or another one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import markdown

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Block, Release, Segment, SegmentStatus
from translator_app.formats import generic
from translator_app.formats.atomic import write_atomically
from translator_app.formats.base import TextChooser
from translator_app.formats.registry import get_format
from translator_app.services.ports import UnitOfWorkFactory

EXPORT_FORMATS = ("txt", "md", "html", "docx")
SAME_FORMAT = {"txt": "text", "md": "markdown", "html": "html", "docx": "docx"}


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: str
    written: int
    unapproved: list[int]
    """Numbers (1-based positions) of translatable segments exported without approval."""


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
    ) -> ExportReport:
        """Refuse while translatable segments are not approved, unless told otherwise; write atomically."""
        if format_name not in EXPORT_FORMATS:
            raise DomainError(
                ErrorCode.BAD_INPUT, problem="unsupported-format", format=format_name, name=path
            )
        with self._uow() as uow:
            release = uow.releases.get(release_id)
            blocks = uow.releases.blocks(release_id)
            segments = uow.segments.for_release(release_id)
        waiting = [
            s.position + 1 for s in segments if s.translatable and s.status is not SegmentStatus.APPROVED
        ]
        if waiting and not allow_unapproved:
            shown = ", ".join(f"#{n}" for n in waiting[:20]) + (" …" if len(waiting) > 20 else "")
            raise DomainError(ErrorCode.EXPORT_BLOCKED, count=len(waiting), numbers=shown)
        choose = segment_chooser(allow_unapproved, keep_untranslatable)
        data = render(release, blocks, segments, choose, format_name)
        try:
            write_atomically(path, data)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise DomainError(ErrorCode.WRITE_FAILED, path=str(path), reason=reason) from None
        written = sum(1 for s in segments if choose(s) is not None)
        return ExportReport(path, format_name, written, waiting)


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
            body = markdown.markdown(source, extensions=["tables", "sane_lists"])
        else:
            body = generic.render_html(blocks, segments, choose)
        return generic.html_page(release.title, release.target_lang, body).encode("utf-8")
    raise DomainError(
        ErrorCode.BAD_INPUT, problem="unsupported-format", format=f"{release.format} → {format_name}", name=""
    )


def _escaped(text: str | None) -> str | None:
    return None if text is None else generic.escape_outside_tags(text)
