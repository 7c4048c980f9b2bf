"""A word diff between two versions of a target, for the History panel and ``history --json``.

Unlike :func:`translator_app.domain.matching.diff_words`, which compares sources loosely to rank memory
matches, this one is exact: a changed capital, apostrophe or space kind is a change a reviewer must see.
Each word, tag or punctuation mark carries the whitespace after it, so a diff shows whole words changed
and the pieces put side by side rebuild both texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

_TOKEN = re.compile(r"(?:<[^<>]+>|[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]|_)\s*|\s+")


class Change(StrEnum):
    EQUAL = "equal"
    DELETED = "deleted"
    INSERTED = "inserted"


@dataclass(frozen=True)
class DiffPiece:
    change: Change
    text: str


def tokens(text: str) -> list[str]:
    """Words, tags and single punctuation marks with their trailing whitespace, in order."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[DiffPiece]:
    """Pieces in reading order: EQUAL and DELETED pieces rebuild ``old``, EQUAL and INSERTED ``new``."""
    before, after = tokens(old), tokens(new)
    pieces: list[DiffPiece] = []

    def add(change: Change, words: list[str]) -> None:
        if not words:
            return
        text = "".join(words)
        if pieces and pieces[-1].change is change:
            pieces[-1] = DiffPiece(change, pieces[-1].text + text)
        else:
            pieces.append(DiffPiece(change, text))

    matcher = SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            add(Change.EQUAL, before[a_start:a_end])
            continue
        add(Change.DELETED, before[a_start:a_end])
        add(Change.INSERTED, after[b_start:b_end])
    return pieces


def rebuild(pieces: list[DiffPiece], side: Change) -> str:
    """The old (``side`` DELETED) or new (``side`` INSERTED) text back from the pieces."""
    return "".join(p.text for p in pieces if p.change in (Change.EQUAL, side))
