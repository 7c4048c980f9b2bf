"""What the suggestions panel shows, and the small interface through which suggestion sources plug in.

A source (translation memory, machine translation, glossary, repetitions) turns a :class:`SuggestionRequest`
into :class:`SuggestionItem` values. Sources are called off the GUI thread, so they get plain data, never a
widget or a model; the window merges their items, best first, and numbers them for Ctrl+1…9.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class SuggestionKind(StrEnum):
    TM = "tm"
    MT = "mt"
    TERM = "term"
    REPETITION = "repetition"


class DiffKind(StrEnum):
    """How a stretch of a match's source differs from the segment's source."""

    INSERTED = "inserted"
    DELETED = "deleted"
    CHANGED = "changed"


@dataclass(frozen=True)
class DiffSpan:
    """Characters ``start``–``end`` of the suggestion's source that differ from the current source."""

    start: int
    end: int
    kind: DiffKind = DiffKind.CHANGED


@dataclass(frozen=True)
class SuggestionItem:
    """One proposal: a memory match with its score, an MT output, a term, or a repetition."""

    kind: SuggestionKind
    source: str
    target: str
    score: int | None = None
    diff: tuple[DiffSpan, ...] = ()
    #: Where it comes from, for the tooltip: the memory's name, the MT provider, the glossary.
    origin: str = ""
    #: A memory unit a reviewer approved.
    approved: bool = False
    #: When set, the text ``diff`` indexes: the match's source with the current source's extra words
    #: spliced in.
    diff_text: str = ""
    #: A memory unit stored for another variant of the languages (``en-GB`` serving ``en``): the variant, as
    #: ``fr → en-GB`` or ``en-GB``, and the points already taken off ``score`` for it.
    variant: str = ""
    language_penalty: int = 0

    @property
    def replaces_target(self) -> bool:
        """Matches and MT replace the whole target; a term goes in at the cursor."""
        return self.kind is not SuggestionKind.TERM


@dataclass(frozen=True)
class SuggestionRequest:
    """What a source needs to know about the segment, as plain data safe to hand to another thread."""

    segment_id: int
    release_id: int
    source: str
    source_lang: str
    target_lang: str
    context: tuple[str, ...] = field(default=())
    repetitions: tuple[str, ...] = field(default=())
    """Confirmed targets of the same sentence elsewhere in the release (read from the open release)."""


class SuggestionSource(Protocol):
    """Anything that proposes translations; called on a worker thread, may be slow, may raise."""

    def suggest(self, request: SuggestionRequest) -> list[SuggestionItem]: ...


_KIND_ORDER = {
    SuggestionKind.REPETITION: 0,
    SuggestionKind.TM: 1,
    SuggestionKind.MT: 2,
    SuggestionKind.TERM: 3,
}


def ranked(items: Iterable[SuggestionItem], limit: int = 9) -> list[SuggestionItem]:
    """Best first: repetitions, then memory matches by score, MT, terms; duplicates of a target dropped."""
    ordered = sorted(items, key=lambda item: (_KIND_ORDER[item.kind], -(item.score or 0)))
    seen: set[tuple[SuggestionKind, str]] = set()
    kept: list[SuggestionItem] = []
    for item in ordered:
        key = (item.kind if item.kind is SuggestionKind.TERM else SuggestionKind.TM, item.target)
        if key in seen:
            continue
        seen.add(key)
        kept.append(item)
    return kept[:limit]


def collect(sources: Sequence[SuggestionSource], request: SuggestionRequest) -> list[SuggestionItem]:
    """Ask every source (on the worker thread); one failing source does not hide the others."""
    items: list[SuggestionItem] = []
    for source in sources:
        try:
            items.extend(source.suggest(request))
        except Exception:
            continue
    return ranked(items)
