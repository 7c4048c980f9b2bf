"""The translation memory, the glossary and the release's own repetitions as suggestion sources for the panel.

Both run on the worker thread that collects suggestions: they get a :class:`SuggestionRequest` (plain data)
and call the workspace's services, which open their own units of work. Memory matches carry their score,
whether a reviewer approved the unit, and the word diff of the match's source against the current source,
merged into one text so the panel can strike out what the memory has and the segment lacks (deleted) and
show in green what the segment adds (inserted).
"""

from __future__ import annotations

from collections.abc import Sequence

from translator_app.domain.languages import canonical
from translator_app.domain.matching import DiffOp, Match
from translator_app.domain.matching import DiffSpan as WordSpan
from translator_app.services.glossary import GlossaryService
from translator_app.services.memory import MemoryService
from translator_app.ui.panels.suggestion_items import (
    DiffKind,
    DiffSpan,
    SuggestionItem,
    SuggestionKind,
    SuggestionRequest,
)


def merged_diff(candidate: str, spans: Sequence[WordSpan]) -> tuple[str, tuple[DiffSpan, ...]]:
    """The match's source with the inserted words spliced in, and the marked spans of that text.

    EQUAL and DELETE spans index ``candidate``; INSERT spans carry words of the current source, placed
    where they occur in the sequence of operations.
    """
    parts: list[str] = []
    marks: list[DiffSpan] = []
    length = 0
    last = 0
    space_due = False

    def add(text: str) -> None:
        nonlocal length
        parts.append(text)
        length += len(text)

    ordered = list(spans)
    for i in range(len(ordered) - 1):  # a replaced word reads better struck out first, then its successor
        if ordered[i].op is DiffOp.INSERT and ordered[i + 1].op is DiffOp.DELETE:
            ordered[i], ordered[i + 1] = ordered[i + 1], ordered[i]
    for span in ordered:
        if span.op is DiffOp.INSERT:
            words = span.text.strip()
            if parts and not parts[-1][-1:].isspace() and words[:1].isalnum():
                add(" ")
            marks.append(DiffSpan(length, length + len(words), DiffKind.INSERTED))
            add(words)
            space_due = True
            continue
        gap = candidate[last : span.start]
        if space_due and not gap[:1].isspace() and (gap or candidate[span.start : span.start + 1]).isalnum():
            gap = " " + gap
        space_due = False
        add(gap)
        if span.op is DiffOp.DELETE:
            marks.append(DiffSpan(length, length + span.end - span.start, DiffKind.DELETED))
        add(candidate[span.start : span.end])
        last = span.end
    tail = candidate[last:]
    if tail and space_due and tail[:1].isalnum():
        tail = " " + tail
    add(tail)
    return "".join(parts), tuple(marks)


def variant_of(match: Match, source_lang: str, target_lang: str) -> str:
    """The languages of a unit of another variant, as shown beside its score: the side(s) that differ."""
    if not match.language_penalty:
        return ""
    unit = match.unit
    source_differs = canonical(unit.source_lang).lower() != canonical(source_lang).lower()
    target_differs = canonical(unit.target_lang).lower() != canonical(target_lang).lower()
    if source_differs and target_differs:
        return f"{unit.source_lang} → {unit.target_lang}"
    return unit.source_lang if source_differs else unit.target_lang


def match_item(match: Match, source_lang: str = "", target_lang: str = "") -> SuggestionItem:
    """A memory match as the panel shows it (with the unit's variant when it is not the pair asked for)."""
    unit = match.unit
    text, marks = merged_diff(unit.source, match.diff)
    origin = f"{unit.updated_by or unit.created_by}"
    return SuggestionItem(
        SuggestionKind.TM,
        unit.source,
        unit.target,
        score=match.score,
        diff=marks,
        origin=origin,
        approved=unit.approved,
        diff_text=text,
        variant=variant_of(match, source_lang, target_lang),
        language_penalty=match.language_penalty,
    )


class MemorySource:
    """The best memory matches of the segment (its neighbours count for 101%)."""

    def __init__(self, memory: MemoryService, limit: int = 5) -> None:
        self._memory = memory
        self._limit = limit

    def suggest(self, request: SuggestionRequest) -> list[SuggestionItem]:
        self._memory.refresh(request.source_lang, request.target_lang)  # a unit confirmed a moment ago counts
        matches = self._memory.suggestions(request.segment_id, self._limit)
        return [match_item(m, request.source_lang, request.target_lang) for m in matches]


class GlossarySource:
    """The glossary terms found in the source, each with its expected target (inserted at the cursor)."""

    def __init__(self, glossary: GlossaryService) -> None:
        self._glossary = glossary

    def suggest(self, request: SuggestionRequest) -> list[SuggestionItem]:
        hits = self._glossary.hits(request.source, request.source_lang, request.target_lang)
        items: list[SuggestionItem] = []
        seen: set[int | None] = set()
        for hit in hits:
            if hit.term.id in seen and hit.term.id is not None:
                continue
            seen.add(hit.term.id)
            items.append(
                SuggestionItem(SuggestionKind.TERM, hit.text, hit.term.target_term, origin=hit.term.note)
            )
        return items


class RepetitionSource:
    """The same sentence elsewhere in the release with a confirmed translation (exact, 100%).

    The request carries those translations, read from the open release on the GUI thread when it was made,
    so that :meth:`suggest` can run on a worker.
    """

    def suggest(self, request: SuggestionRequest) -> list[SuggestionItem]:
        return [
            SuggestionItem(SuggestionKind.REPETITION, request.source, target, score=100)
            for target in request.repetitions
        ]
