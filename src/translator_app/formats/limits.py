"""How much one file may hold, stated once and checked while the file is read, so memory stays bounded.

The defaults are far above any press release (a long one is 50 KB and 300 segments) and far below what would
exhaust a staff laptop: 50 MB for a release file (text, Markdown, HTML, Word, or a returned XLIFF file or
review table) and 200,000 segments per release; a glossary file may hold as many entries. Memories (TMX)
and glossaries (TBX, CSV) are read as a stream, one unit at a time, so their size is not limited.
Preferences and ``--max-file-mb``/``--max-segments`` change them.

The readers do not take the limits as an argument (a format's ``parse`` has a fixed signature): a service
puts them in force around its reading with :func:`reading`, and the readers ask :func:`current`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from translator_app.domain.errors import bad_input

MEGABYTE = 1024 * 1024
DEFAULT_MAX_FILE_MB = 50
DEFAULT_MAX_SEGMENTS = 200_000


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_FILE_MB * MEGABYTE
    max_segments: int = DEFAULT_MAX_SEGMENTS

    @classmethod
    def of(cls, max_file_mb: int | None = None, max_segments: int | None = None) -> Limits:
        """From the user's figures (megabytes, a count); a missing or non-positive one keeps the default."""
        return cls(
            (max_file_mb if max_file_mb and max_file_mb > 0 else DEFAULT_MAX_FILE_MB) * MEGABYTE,
            max_segments if max_segments and max_segments > 0 else DEFAULT_MAX_SEGMENTS,
        )


@dataclass(frozen=True)
class _Reading:
    limits: Limits
    name: str


_DEFAULT = _Reading(Limits(), "")
_current: ContextVar[_Reading] = ContextVar("reading", default=_DEFAULT)


@contextmanager
def reading(name: str, limits: Limits | None = None) -> Iterator[Limits]:
    """Put ``limits`` (the ones in force when None) in force while ``name`` is read."""
    chosen = limits or _current.get().limits
    token = _current.set(_Reading(chosen, name))
    try:
        yield chosen
    finally:
        _current.reset(token)


def current() -> Limits:
    return _current.get().limits


def check_size(size: int, name: str | None = None) -> None:
    """``too-large`` when a file of ``size`` bytes is over the limit."""
    limit = current().max_bytes
    if size > limit:
        raise bad_input("too-large", name or _current.get().name, size=size, limit=limit)


def check_count(count: int, name: str | None = None) -> None:
    """``too-many-segments`` as soon as a reader has produced more segments (or entries) than allowed."""
    limit = current().max_segments
    if count > limit:
        raise bad_input("too-many-segments", name or _current.get().name, limit=limit)


def most_pieces() -> int:
    """How many pieces a splitter needs at most to know that a text is over the segment limit."""
    return current().max_segments + 1


_LINE_WITH_TEXT = re.compile(r"^[^\S\n]*\S", re.MULTILINE)


def check_lines(text: str, name: str | None = None) -> None:
    """``too-many-lines`` for a text with more non-blank lines than a release may have segments: in plain
    text and Markdown nearly every line becomes at least one, and refusing here, before the line-by-line
    analysis, is what keeps a file of a million one-word lines from filling the memory."""
    limit = current().max_segments
    if text.count("\n") < limit:
        return
    for count, _ in enumerate(_LINE_WITH_TEXT.finditer(text), start=1):
        if count > limit:
            raise bad_input("too-many-lines", name or _current.get().name, limit=limit)
