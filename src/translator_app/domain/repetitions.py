"""Repetitions: identical translatable sources in one release, so one confirmation can fill the others.

Two sources are the same sentence when they differ only in whitespace (around, between words, of any Unicode
kind: a no-break space counts as a space); case, tags and punctuation still tell sentences apart. Storage
keeps a short hash of that key beside each source so the copies of a sentence are found through an index.
"""

from __future__ import annotations

import hashlib


def repetition_key(source: str) -> str:
    """The source with its whitespace collapsed: what two copies of one sentence have in common."""
    return " ".join(source.split())


def repetition_hash(source: str) -> int:
    """A signed 64-bit hash of :func:`repetition_key` (fits SQLite's INTEGER and PostgreSQL's BIGINT).

    Different sentences may share a hash, so a look-up by hash is always checked against the key itself.
    """
    digest = hashlib.blake2b(repetition_key(source).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
