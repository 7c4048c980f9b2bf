"""Machine-translation suggestions on demand: the active segment, and the next few prefetched.

Meant to run in a worker thread while the translator types: each call opens its own units of work, answers
from the cache when it can, and otherwise sends one request for all the segments asked (the active one and
those after it), so moving to the next segment usually finds its suggestion ready. Every answer names its
segment, so a result arriving after the translator moved on is shown for that segment only. A failure never
raises: the result carries its code (no key, quota, unavailable), and editing goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translator_app.domain.models import Release, Segment
from translator_app.domain.tags import check_tags
from translator_app.mt.base import (
    GlossaryHost,
    MtError,
    MtProvider,
    MtRequest,
    Suggestion,
    SuggestionResult,
    mt_origin,
)
from translator_app.mt.payload import build_context, plan_batches
from translator_app.services.mt_setup import (
    CONTEXT_SEGMENTS,
    CacheKey,
    applied_formality,
    cache_key,
    cached_translations,
    prepare_glossary,
    remember,
)
from translator_app.services.ports import UnitOfWorkFactory

MT_SCORE = 70
"""Where an MT suggestion ranks among the others: below a good memory match, above a weak one."""


@dataclass(frozen=True)
class _ReleaseView:
    release: Release
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
        views: dict[int, _ReleaseView] = {}
        asked: list[tuple[Segment, _ReleaseView]] = []
        with self._uow() as uow:
            for segment_id in segment_ids:
                segment = uow.segments.get(segment_id)
                assert segment.release_id is not None
                view = views.get(segment.release_id)
                if view is None:
                    release = uow.releases.get(segment.release_id)
                    view = _ReleaseView(release, cache_key(uow, self._provider, release))
                    views[segment.release_id] = view
                asked.append((segment, view))
            answers: dict[int, SuggestionResult] = {}
            for view in views.values():
                sources = [s.source for s, v in asked if v is view and s.translatable]
                cached = cached_translations(uow, view.key, sources)
                for segment, _ in (pair for pair in asked if pair[1] is view):
                    if segment.source in cached:
                        answers[self._id(segment)] = self._result(segment, cached[segment.source], True)
        for view in views.values():
            missing = [s for s, v in asked if v is view and s.translatable and self._id(s) not in answers]
            if missing:
                answers.update(self._translate(view, missing))
        return [answers.get(self._id(s), SuggestionResult(self._id(s))) for s, _ in asked]

    @staticmethod
    def _id(segment: Segment) -> int:
        assert segment.id is not None
        return segment.id

    def _result(self, segment: Segment, target: str, cached: bool) -> SuggestionResult:
        suggestion = Suggestion(
            segment_id=self._id(segment),
            source=segment.source,
            target=target,
            origin=mt_origin(self._provider.name),
            score=MT_SCORE,
            tag_problems=tuple(check_tags(segment.source, target)),
            cached=cached,
        )
        return SuggestionResult(self._id(segment), (suggestion,))

    def _translate(self, view: _ReleaseView, missing: list[Segment]) -> dict[int, SuggestionResult]:
        """Ask the engine for the distinct missing sources; on failure every one of them says why."""
        sources = list(dict.fromkeys(s.source for s in missing))
        key = view.key
        translated: dict[str, str] = {}
        try:
            with self._uow() as uow:
                glossary = prepare_glossary(uow, self._glossaries, view.release)
            formality = applied_formality(self._provider, key)
            for batch in plan_batches(sources):
                texts = [sources[i] for i in batch]
                first = next(s for s in missing if s.source == texts[0])
                with self._uow() as uow:
                    before = uow.segments.sources_before(first, CONTEXT_SEGMENTS)
                request = MtRequest(
                    texts,
                    key.source_lang,
                    key.target_lang,
                    context=build_context(view.release.title, before),
                    formality=formality,
                    glossary_id=glossary.glossary_id if glossary else "",
                )
                results = self._provider.translate(request)
                with self._uow() as uow:
                    for source, result in zip(texts, results, strict=True):
                        remember(uow, key, source, result)
                        translated[source] = result.text
                    uow.commit()
        except MtError as error:
            failure: MtError | None = error
        else:
            failure = None
        answers: dict[int, SuggestionResult] = {}
        for segment in missing:
            if segment.source in translated:
                answers[self._id(segment)] = self._result(segment, translated[segment.source], False)
            elif failure is not None:
                answers[self._id(segment)] = SuggestionResult(
                    self._id(segment), failure=failure.code, details=dict(failure.details)
                )
        return answers
