"""What the memory and glossary services need from storage and from the fuzzy index, as Protocols."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from translator_app.domain.matching import TmUnit
from translator_app.domain.terms import Term

Pair = tuple[str, str]


class TmRepository(Protocol):
    def add(self, unit: TmUnit) -> TmUnit: ...

    def add_many(self, units: Sequence[TmUnit]) -> int:
        """Insert without reading back (bulk import); returns how many were written."""
        ...

    def update(self, unit: TmUnit) -> TmUnit: ...

    def get_many(self, ids: Sequence[int]) -> list[TmUnit]:
        """The units with these ids that still exist, in no particular order."""
        ...

    def get(self, unit_id: int) -> TmUnit: ...

    def for_segment(self, segment_id: int) -> TmUnit | None: ...

    def search(
        self, source_lang: str, target_lang: str, text: str, limit: int, offset: int = 0
    ) -> list[TmUnit]:
        """The pair's units whose source or target contains ``text`` (any case), newest first."""
        ...

    def delete(self, ids: Sequence[int]) -> int:
        """Remove these units; returns how many existed."""
        ...

    def highest_id(self) -> int:
        """The highest unit id in the table (0 when empty), every pair together."""
        ...

    def with_hashes(self, source_lang: str, target_lang: str, hashes: Sequence[str]) -> list[TmUnit]:
        """The units of the pair whose source has one of these ``source_hash`` keys."""
        ...

    def iterate(self, source_lang: str, target_lang: str) -> Iterator[TmUnit]:
        """Every unit of the pair in id order, streamed (exports of a million units)."""
        ...

    def with_target_containing(
        self, source_lang: str, target_lang: str, phrase: str, limit: int
    ) -> list[TmUnit]: ...

    def pairs(self) -> list[tuple[str, str, int]]:
        """The language pairs with units, and how many each has."""
        ...


class TermRepository(Protocol):
    def add(self, term: Term) -> Term: ...

    def update(self, term: Term) -> Term: ...

    def delete(self, term_id: int) -> None: ...

    def get(self, term_id: int) -> Term: ...

    def for_pair(self, source_lang: str, target_lang: str) -> list[Term]: ...

    def pairs(self) -> list[Pair]: ...

    def version(self, source_lang: str, target_lang: str) -> int:
        """The pair's glossary version (0 before any change)."""
        ...

    def bump_version(self, source_lang: str, target_lang: str) -> int:
        """Count one more change of the pair's glossary; the MT glossary sync keys its cache on it."""
        ...


class FuzzyIndex(Protocol):
    """A fast candidate finder over the units' sources; the database stays the truth."""

    def search(
        self, source_lang: str, target_lang: str, text: str, threshold: float, limit: int
    ) -> list[tuple[int, float]]: ...

    def find(self, source_lang: str, target_lang: str, phrase: str, limit: int) -> list[int]: ...

    def units_added(self, source_lang: str, target_lang: str) -> None: ...

    def units_removed(self, unit_ids: Sequence[int], highest_left: int) -> None:
        """Deleted units; ``highest_left`` is the highest unit id the table still holds."""
        ...
