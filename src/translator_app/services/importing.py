"""Importing a file as a new release: read, detect the format, parse, store, all or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Release, StoredRelease
from translator_app.formats.document import ParsedDocument
from translator_app.formats.limits import Limits, check_size, reading
from translator_app.formats.registry import detect_format, get_format
from translator_app.services.actor import Actor
from translator_app.services.files import read_input
from translator_app.services.ports import UnitOfWorkFactory

#: Told the stage an import reaches ("reading", "parsing", "storing"); it may raise to stop the import
#: before anything is stored (the window's Cancel button does).
StageCallback = Callable[[str], None]

LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?$")


def check_language(code: str) -> str:
    """A BCP-47-like code (``fr``, ``en-GB``, ``pt_BR``), lower-cased language, upper-cased region."""
    if not LANGUAGE.match(code or ""):
        raise DomainError(ErrorCode.BAD_INPUT, problem="bad-language", name=code or "(none)")
    language, _, region = code.replace("_", "-").partition("-")
    return f"{language.lower()}-{region.upper()}" if region else language.lower()


#: Told what the import did that the user should know, as a code with its data (``encoding-guessed``).
NoticeCallback = Callable[[str, dict[str, Any]], None]


def check_has_text(document: ParsedDocument, name: str) -> None:
    """A file that was read but holds no text to translate (only code, markup or images) is refused as such,
    not as an empty file."""
    if not any(segment.source.strip() for segment in document.segments):
        raise DomainError(ErrorCode.BAD_INPUT, problem="nothing-to-translate", name=name)


class ImportService:
    def __init__(self, uow: UnitOfWorkFactory, limits: Limits | None = None) -> None:
        self._uow = uow
        self.limits = limits or Limits()
        """The file size and segment count allowed (Preferences, ``--max-file-mb``, ``--max-segments``)."""

    def import_file(
        self,
        path: Path,
        source_lang: str,
        target_lang: str,
        actor: Actor,
        *,
        title: str | None = None,
        format_name: str = "auto",
        on_stage: StageCallback | None = None,
        on_notice: NoticeCallback | None = None,
    ) -> StoredRelease:
        """Read ``path`` and store it as a release; any refusal leaves the database as it was."""
        if on_stage is not None:
            on_stage("reading")
        with reading(path.name, self.limits):
            data = read_input(path)
        return self.import_bytes(
            data,
            path.name,
            source_lang,
            target_lang,
            actor,
            title=title,
            format_name=format_name,
            on_stage=on_stage,
            on_notice=on_notice,
        )

    def import_bytes(
        self,
        data: bytes,
        filename: str,
        source_lang: str,
        target_lang: str,
        actor: Actor,
        *,
        title: str | None = None,
        format_name: str = "auto",
        on_stage: StageCallback | None = None,
        on_notice: NoticeCallback | None = None,
    ) -> StoredRelease:
        source = check_language(source_lang)
        target = check_language(target_lang)
        if source == target:
            raise DomainError(ErrorCode.BAD_INPUT, problem="same-languages", name=source)
        chosen = detect_format(data, filename) if format_name == "auto" else format_name
        if on_stage is not None:
            on_stage("parsing")
        with reading(filename, self.limits):
            check_size(len(data), filename)
            document = get_format(chosen).parse(data, filename, source)
        check_has_text(document, filename)
        if document.encoding_guessed and on_notice is not None:
            on_notice("encoding-guessed", {"name": filename, "encoding": document.encoding})
        release = Release(
            title=(title or document.title or Path(filename).stem).strip()[:500],
            source_lang=source,
            target_lang=target,
            format=chosen,
            created_by=actor.user,
            original_name=filename,
            original=data,
            skeleton=document.skeleton,
        )
        if on_stage is not None:
            on_stage("storing")
        with self._uow() as uow:
            stored = uow.releases.add(release, document.blocks, document.segments)
            uow.commit()
            return stored
