"""Repetitions: identical translatable sources in one release, so one confirmation can fill the others.

Two sources are the same sentence when they differ only in whitespace (around, between words, of any Unicode
kind: a no-break space counts as a space); case, tags and punctuation still tell sentences apart. Storage
keeps a short hash of that key beside each source so the copies of a sentence are found through an index.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

_SPACE = re.compile(r"\s")
"""What ``str.split()`` splits on (the same characters: ``str.isspace``)."""
PIECE = 1 << 16
"""Characters of a long source collapsed at a time for its hash: the key of a 48 MB paragraph is never made
whole (its list of words alone took hundreds of megabytes)."""


def repetition_key(source: str) -> str:
    """The source with its whitespace collapsed: what two copies of one sentence have in common."""
    return " ".join(source.split())


def repetition_hash(source: str) -> int:
    """A signed 64-bit hash of :func:`repetition_key` (fits SQLite's INTEGER and PostgreSQL's BIGINT).

    Different sentences may share a hash, so a look-up by hash is always checked against the key itself.
    """
    digest = hashlib.blake2b(digest_size=8)
    joined = False
    for words in _collapsed_pieces(source):
        if words:
            digest.update((" " + words if joined else words).encode("utf-8"))
            joined = True
    return int.from_bytes(digest.digest(), "big", signed=True)


def _collapsed_pieces(source: str) -> Iterator[str]:
    """:func:`repetition_key` of ``source`` in consecutive pieces cut at whitespace (so no word is cut):
    joined by single spaces, the non-empty ones make the key."""
    start = 0
    while start < len(source):
        end = start + PIECE
        if end < len(source):
            space = _SPACE.search(source, end)
            end = space.start() if space else len(source)
        yield repetition_key(source[start:end])
        start = end
