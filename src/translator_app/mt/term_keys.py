"""Which glossary entries can change a translation: the part of the glossary a cache row depends on.

A cached translation was made with the glossary that was sent; only the entries whose source term occurs in
the sentence can have changed the answer. So the cache keys each row by a hash of *those* entries: adding,
correcting or removing a term makes only the sentences that contain it miss, and an unrelated change (a new
term for another subject) costs nothing.

"Occurs" is deliberately generous (case-folded substring, tags removed): the engine matches inflected and
differently cased forms, and a false "occurs" only costs a re-translation, while a missed one would serve
a translation made with a term the glossary no longer has.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable

from translator_app.domain.segmentation import unwrap_lines
from translator_app.domain.tags import strip_tags


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


class TermKeys:
    """The glossary in effect for a run, ready to key many sources."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._entries = sorted({(source, target) for source, target in entries if source.strip()})
        self._folded = [_fold(source) for source, _ in self._entries]

    def occurring(self, source: str) -> list[tuple[str, str]]:
        """The entries whose source term occurs in ``source`` (sorted, so the key is stable)."""
        if not self._entries:
            return []
        text = _fold(strip_tags(unwrap_lines(source)))
        return [entry for entry, term in zip(self._entries, self._folded, strict=True) if term in text]

    def key(self, source: str) -> str:
        """Empty when no entry occurs (then any glossary gives the same answer), else a SHA-256 of them."""
        found = self.occurring(source)
        if not found:
            return ""
        joined = "\n".join(f"{term}\t{target}" for term, target in found)
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()

    def keys(self, sources: Iterable[str]) -> dict[str, str]:
        return {source: self.key(source) for source in sources}


NO_TERMS = TermKeys(())
