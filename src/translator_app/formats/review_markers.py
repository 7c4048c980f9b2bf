"""Inline tags as a reviewer reads them in Word: ``⟨1⟩bold words⟨/1⟩``, ``⟨2/⟩`` for a standalone element.

Raw ``<g1>`` looks like broken HTML to a reviewer and invites "fixing"; the marker keeps the tag's number, so
the table reads back exactly what was written, and a marker moved with its words moves the formatting.
The mathematical angle brackets (U+27E8, U+27E9) do not occur in press releases, so nothing else is read
as a marker.
"""

from __future__ import annotations

import re

from translator_app.domain.tags import TagKind, find_tags

OPEN, CLOSE = "\u27e8", "\u27e9"
_MARKER = re.compile(rf"{OPEN}(/?)(\d{{1,4}})(/?){CLOSE}")


def marker(kind: TagKind, number: int) -> str:
    if kind is TagKind.OPEN:
        return f"{OPEN}{number}{CLOSE}"
    if kind is TagKind.CLOSE:
        return f"{OPEN}/{number}{CLOSE}"
    return f"{OPEN}{number}/{CLOSE}"


def pieces(text: str) -> list[tuple[str, bool]]:
    """The text cut into ``(piece, is_marker)``, tags shown as markers (for styling them apart)."""
    found: list[tuple[str, bool]] = []
    position = 0
    for tag in find_tags(text):
        if tag.start > position:
            found.append((text[position : tag.start], False))
        found.append((marker(tag.kind, tag.number), True))
        position = tag.end
    if position < len(text):
        found.append((text[position:], False))
    return found


def to_markers(text: str) -> str:
    return "".join(piece for piece, _ in pieces(text))


def from_markers(text: str) -> str:
    """Markers back to tags; a malformed one (``⟨1/1⟩``) stays text for the tag check to catch."""

    def tag(match: re.Match[str]) -> str:
        closing, number, standalone = match.groups()
        if closing and standalone:
            return match.group()
        if closing:
            return f"</g{number}>"
        return f"<x{number}/>" if standalone else f"<g{number}>"

    return _MARKER.sub(tag, text)
