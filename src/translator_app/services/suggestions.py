"""Machine-translation suggestions on demand: the active segment, and the next few prefetched.

Meant to run in a worker thread while the translator types: each call opens its own units of work, answers
from the cache when it can, and otherwise sends one request for all the segments asked (the active one and
those after it), so moving to the next segment usually finds its suggestion ready. Every answer names its
segment, so a result arriving after the translator moved on is shown for that segment only. A failure never
raises: the result carries its code (no key, quota, unavailable), and editing goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import StoredRelease, StoredSegment
from translator_app.domain.tags import check_tags
from translator_app.mt.base import (
    GlossaryHost,
    MtError,
    MtProvider,
    MtRequest,
    MtTranslation,
    Suggestion,
    SuggestionResult,
    mt_origin,
)
from translator_app.mt.payload import build_context, plan_batches
from translator_app.services.mt_setup import (
    CONTEXT_SEGMENTS,
    CacheKey,
    cache_key,
    cached_translations,
    prepare_glossary,
    remember,
    with_glossary,
)
from translator_app.services.ports import UnitOfWorkFactory

MT_SCORE = 70
"""Where an MT suggestion ranks among the others: below a good memory match, above a weak one."""


@dataclass(frozen=True)
class _ReleaseView:
    release: StoredRelease
    key: CacheKey


class MtSuggestions:
    """The MT suggestion source for the editor (a :class:`~translator_app.mt.base.SuggestionSource`)."""

    def __init__(
        self, uow: UnitOfWorkFactory, provider: MtProvider, glossaries: GlossaryHost | None = None
    ) -> None:
        self._uow = uow
        self._provider = provider
        self._glossaries = glossaries

    def suggest(self, segment_ids: Sequence[int]) -> list[SuggestionResult]:
        """One result per id, in order: from the cache, else from one engine request for the misses."""
        asked: list[tuple[StoredSegment, int]] = []
        releases: dict[int, StoredRelease] = {}
        with self._uow() as uow:
            for segment_id in segment_ids:
                segment = uow.segments.get(segment_id)
                if segment.release_id not in releases:
                    releases[segment.release_id] = uow.releases.header(segment.release_id)
                asked.append((segment, segment.release_id))
        views = {
            release_id: _ReleaseView(release, cache_key(self._uow, self._provider, self._glossaries, release))
            for release_id, release in releases.items()
        }
        answers: dict[int, SuggestionResult] = {}
        for release_id, view in views.items():
            wanted = [s for s, r in asked if r == release_id and s.translatable]
            missing = self._from_cache(view.key, wanted, answers)
            if missing:
                answers.update(self._translate(view, missing))
        return [answers.get(s.id, SuggestionResult(s.id)) for s, _ in asked]

    def _from_cache(
        self, key: CacheKey, segments: list[StoredSegment], answers: dict[int, SuggestionResult]
    ) -> list[StoredSegment]:
        """Answer from the cache what it holds under ``key``; the segments still missing."""
        with self._uow() as uow:
            cached = cached_translations(uow, key, list(dict.fromkeys(s.source for s in segments)))
        for segment in segments:
            if segment.source in cached:
                answers[segment.id] = self._result(segment, cached[segment.source], True)
        return [s for s in segments if s.source not in cached]

    def _result(self, segment: StoredSegment, target: str, cached: bool) -> SuggestionResult:
        suggestion = Suggestion(
            segment_id=segment.id,
            source=segment.source,
            target=target,
            origin=mt_origin(self._provider.name),
            score=MT_SCORE,
            tag_problems=tuple(check_tags(segment.source, target)),
            cached=cached,
        )
        return SuggestionResult(segment.id, (suggestion,))

    def _translate(self, view: _ReleaseView, missing: list[StoredSegment]) -> dict[int, SuggestionResult]:
        """Ask the engine for the distinct missing sources; on failure every one of them says why."""
        answers: dict[int, SuggestionResult] = {}
        translated: dict[str, str] = {}
        try:
            with self._uow() as uow:
                glossary = prepare_glossary(uow, self._glossaries, view.release)
            key = with_glossary(view.key, glossary)
            missing = self._from_cache(key, missing, answers)  # the synced glossary may be what was cached
            glossary_id = glossary.glossary_id if glossary else ""
            sources = list(dict.fromkeys(s.source for s in missing))
            for batch in plan_batches(sources):
                texts = [sources[i] for i in batch]
                first = next(s for s in missing if s.source == texts[0])
                with self._uow() as uow:
                    before = uow.segments.sources_before(first, CONTEXT_SEGMENTS)
                context = build_context(view.release.title, before)
                results, glossary_id, key = self._send(view, key, texts, context, glossary_id)
                with self._uow() as uow:
                    for source, result in zip(texts, results, strict=True):
                        remember(uow, key, source, result)
                        translated[source] = result.text
                    uow.commit()
        except MtError as error:
            failure: MtError | None = error
        else:
            failure = None
        for segment in missing:
            if segment.source in translated:
                answers[segment.id] = self._result(segment, translated[segment.source], False)
            elif failure is not None:
                answers[segment.id] = SuggestionResult(
                    segment.id, failure=failure.code, details=dict(failure.details)
                )
        return answers

    def _send(
        self, view: _ReleaseView, key: CacheKey, texts: list[str], context: str, glossary_id: str
    ) -> tuple[list[MtTranslation], str, CacheKey]:
        """One request; a glossary the engine lost is rebuilt once and the request sent again."""
        request = MtRequest(
            texts,
            key.source_lang,
            key.target_lang,
            context=context,
            formality=key.formality.sent,
            glossary_id=glossary_id,
        )
        try:
            return self._provider.translate(request), glossary_id, key
        except MtError as error:
            if error.code is not ErrorCode.MT_GLOSSARY_NOT_FOUND or not glossary_id:
                raise
        with self._uow() as uow:
            glossary = prepare_glossary(uow, self._glossaries, view.release, gone=glossary_id)
        key = with_glossary(key, glossary)
        glossary_id = glossary.glossary_id if glossary else ""
        return self._provider.translate(replace(request, glossary_id=glossary_id)), glossary_id, key
