"""What every format module offers: read a file into a document, write a document back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from translator_app.domain.models import Block, Release, Segment
from translator_app.formats.document import ParsedDocument

TextChooser = Callable[[Segment], str | None]
"""Given a segment, the text to write for it (its target, or its source), or None to leave it out."""


class DocumentFormat(Protocol):
    name: str
    extensions: tuple[str, ...]

    def parse(self, data: bytes, name: str, source_lang: str) -> ParsedDocument:
        """Read a file's bytes; raise DomainError(BAD_INPUT) with a ``problem`` when it cannot."""
        ...

    def render(
        self, release: Release, blocks: list[Block], segments: list[Segment], choose: TextChooser
    ) -> bytes:
        """Rebuild the document with the chosen text of each segment, structure and formatting intact."""
        ...
