"""Find and replace over segments, without Qt: the query, matching, and tag-safe replacement.

Replacement never touches a tag: the text between tags is searched and replaced piece by piece, so a regular
expression such as ``\\d+`` cannot renumber ``<g1>``, and a pattern cannot match across a tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from translator_app.domain.letter_case import follow_case
from translator_app.domain.models import Segment
from translator_app.domain.tags import TAG


class Scope(StrEnum):
    SOURCE = "source"
    TARGET = "target"


class BadPattern(ValueError):
    """The regular expression does not compile; the message says why."""


@dataclass(frozen=True)
class SearchQuery:
    text: str
    scope: Scope = Scope.TARGET
    match_case: bool = False
    whole_word: bool = False
    regex: bool = False

    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern; BadPattern when a regular expression is malformed."""
        body = self.text if self.regex else re.escape(self.text)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        flags = 0 if self.match_case else re.IGNORECASE
        try:
            return re.compile(body, flags)
        except re.error as error:
            raise BadPattern(str(error)) from None


def _pieces(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into (is_tag, piece)."""
    pieces: list[tuple[bool, str]] = []
    last = 0
    for match in TAG.finditer(text):
        if match.start() > last:
            pieces.append((False, text[last : match.start()]))
        pieces.append((True, match.group(0)))
        last = match.end()
    if last < len(text):
        pieces.append((False, text[last:]))
    return pieces


def find_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where ``pattern`` matches ``text`` outside tags, as (start, end) offsets into ``text``."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for is_tag, piece in _pieces(text):
        if not is_tag:
            spans += [
                (offset + m.start(), offset + m.end()) for m in pattern.finditer(piece) if m.end() > m.start()
            ]
        offset += len(piece)
    return spans


def searched_text(segment: Segment, scope: Scope) -> str:
    return segment.source if scope is Scope.SOURCE else segment.target


def matches(pattern: re.Pattern[str], segment: Segment, scope: Scope) -> bool:
    return bool(find_spans(pattern, searched_text(segment, scope)))


@dataclass(frozen=True)
class Replaced:
    """A text after replacement: where the matches were in the old text and what was written in the new."""

    text: str
    found: tuple[tuple[int, int], ...] = ()
    written: tuple[tuple[int, int], ...] = ()

    @property
    def count(self) -> int:
        return len(self.found)


def replaced(
    pattern: re.Pattern[str], text: str, replacement: str, regex: bool, preserve_case: bool = False
) -> Replaced:
    """``text`` with every match outside tags replaced.

    With ``regex`` the replacement may use group references (``\\1``); otherwise it is taken literally. With
    ``preserve_case`` each replacement is written in the letter case of the text it replaces
    (:func:`follow_case`: ``Programme`` → ``Program``, ``PROGRAMME`` → ``PROGRAM``).
    """
    out: list[str] = []
    found: list[tuple[int, int]] = []
    written: list[tuple[int, int]] = []
    offset = length = 0
    for is_tag, piece in _pieces(text):
        last = 0
        for match in [] if is_tag else pattern.finditer(piece):
            new = match.expand(replacement) if regex else replacement
            if preserve_case:
                new = follow_case(match.group(0), new)
            out.append(piece[last : match.start()])
            length += match.start() - last
            found.append((offset + match.start(), offset + match.end()))
            written.append((length, length + len(new)))
            out.append(new)
            length += len(new)
            last = match.end()
        out.append(piece[last:])
        length += len(piece) - last
        offset += len(piece)
    return Replaced("".join(out), tuple(found), tuple(written))


def replace_in(pattern: re.Pattern[str], text: str, replacement: str, regex: bool) -> tuple[str, int]:
    """``text`` with every match outside tags replaced; returns the new text and the number of matches."""
    result = replaced(pattern, text, replacement, regex)
    return result.text, result.count
