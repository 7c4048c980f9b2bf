"""What pre-translation and on-demand suggestions share: a release's MT settings, context, and filling.

Both ask the same questions before calling an engine (which formality, which glossary version and id, what
text comes before) and both must key the cache the same way, or a suggestion paid for in the editor would
be paid for again by pre-translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from translator_app.domain import workflow
from translator_app.domain.errors import ConflictError, DomainError
from translator_app.domain.models import (
    Origin,
    OriginKind,
    Segment,
    SegmentStatus,
    StoredRelease,
    StoredSegment,
)
from translator_app.mt.base import GlossaryHost, MtError, MtProvider, MtTranslation
from translator_app.mt.glossary_sync import GlossaryState, expected_terms, sync_glossary
from translator_app.mt.term_keys import NO_TERMS, TermKeys
from translator_app.services.actor import Actor
from translator_app.services.editing import record_change
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory

CONTEXT_SEGMENTS = 8
"""At most this many segments before a batch are offered as context (then cut to a character budget)."""

MACHINE_FILLED = frozenset({OriginKind.MT, OriginKind.TM})


MatchQuery = tuple[str, tuple[str, str]]
"""A source and its neighbouring sources (before, after), which make a 101% match."""


class ExactMatches(Protocol):
    """Translation-memory matches, looked up before any engine is asked (the TM service plugs in)."""

    def exact(self, source_lang: str, target_lang: str, sources: Sequence[str]) -> dict[str, str]:
        """Source → the memory's target, for the sources that have an exact match."""
        ...

    def best(
        self, source_lang: str, target_lang: str, queries: Sequence[MatchQuery], floor: int
    ) -> list[tuple[str, int] | None]:
        """For each query, the best match's target and score at or above ``floor``, or None."""
        ...


class NoExactMatches:
    """The default until a memory is wired in: no match, every segment goes to MT."""

    def exact(self, source_lang: str, target_lang: str, sources: Sequence[str]) -> dict[str, str]:
        return {}

    def best(
        self, source_lang: str, target_lang: str, queries: Sequence[MatchQuery], floor: int
    ) -> list[tuple[str, int] | None]:
        return [None for _ in queries]


@dataclass(frozen=True)
class Formality:
    """The register a release asked for and the one actually sent (empty where the target has none)."""

    asked: str = ""
    sent: str = ""
    target: str = ""
    """The engine's name of the target language (``EN-GB``), for telling the user."""

    @property
    def not_applicable(self) -> bool:
        """Asked, but the target language has no formal register: sent without, cached without."""
        return bool(self.asked) and not self.sent


@dataclass(frozen=True)
class CacheKey:
    """Everything under our control that changes an engine's answer (context deliberately not).

    The glossary counts only through the entries that occur in a source (:class:`TermKeys`), and the
    formality only where the target language has one: so neither an unrelated glossary change nor a
    formality the target ignores re-bills a release.
    """

    provider: str
    source_lang: str
    target_lang: str
    formality: Formality
    model: str
    glossary_version: int
    terms: TermKeys = NO_TERMS


def remember(uow: UnitOfWork, key: CacheKey, source: str, result: MtTranslation) -> None:
    """Keep an engine's answer under ``key``, so the same text is never paid for twice."""
    uow.mt_cache.store(
        key.provider,
        key.source_lang,
        key.target_lang,
        key.formality.sent,
        key.model,
        key.glossary_version,
        key.terms.key(source),
        source,
        result.text,
        result.billed_characters,
    )


def cached_translations(uow: UnitOfWork, key: CacheKey, sources: Sequence[str]) -> dict[str, str]:
    """Source → the engine's answer already paid for under ``key``, for the sources that have one."""
    return uow.mt_cache.cached(
        key.provider,
        key.source_lang,
        key.target_lang,
        key.formality.sent,
        key.model,
        key.glossary_version,
        key.terms.keys(sources),
    )


def decide_formality(provider: MtProvider, target_lang: str, asked: str) -> Formality:
    """What to send for ``asked``: nothing where the target has no register (DeepL's language list, asked
    once per provider). If the list cannot be had, the asked value stands: the request will tell."""
    if not asked:
        return Formality()
    try:
        target = provider.target_name(target_lang)
        supported = provider.supports_formality(target_lang)
    except MtError:
        return Formality(asked, asked, target_lang)
    return Formality(asked, asked if supported else "", target)


def cache_key(
    uow_factory: UnitOfWorkFactory, provider: MtProvider, host: GlossaryHost | None, release: StoredRelease
) -> CacheKey:
    """The key a run starts with, known without a request unless a formality must be checked.

    Read in one transaction, then the formality decided outside it (it may ask the engine once).
    """
    with uow_factory() as uow:
        asked = uow.mt_cache.release_formality(release.id)
        version = uow.mt_cache.glossary_version(release.source_lang, release.target_lang)
        terms = expected_terms(uow.mt_cache, host, release.source_lang, release.target_lang)
    return CacheKey(
        provider.name,
        release.source_lang,
        release.target_lang,
        decide_formality(provider, release.target_lang, asked),
        provider.model,
        version,
        TermKeys(terms),
    )


def prepare_glossary(
    uow: UnitOfWork, host: GlossaryHost | None, release: StoredRelease, *, gone: str = ""
) -> GlossaryState | None:
    """The pair's remote glossary for this account, recreated first if the workspace glossary changed (or
    if ``gone`` says the provider lost it); commits the id."""
    if host is None:
        return None
    state = sync_glossary(uow.mt_cache, host, release.source_lang, release.target_lang, gone=gone)
    uow.commit()
    return state


def with_glossary(key: CacheKey, state: GlossaryState | None) -> CacheKey:
    """The key for what is actually sent once the glossary is synced (its version and entries)."""
    if state is None:
        return key
    return replace(key, glossary_version=state.version, terms=TermKeys(state.terms))


def preceding_sources(segments: Sequence[Segment], first: Segment) -> list[str]:
    """The translatable sources just before ``first`` in the document (navigation is no help as context)."""
    before = [s.source for s in segments if s.position < first.position and s.translatable]
    return before[-CONTEXT_SEGMENTS:]


def fillable(segment: Segment, by: Origin | None = None) -> bool:
    """New segments, and drafts a machine filled: a person's draft or a confirmed target is never replaced.

    An MT draft may be refreshed (by MT after a glossary change, or by an exact memory match); a memory
    draft only by the memory, never by MT. ``by`` is the origin of the new target, when known.
    """
    if not segment.translatable:
        return False
    if segment.status is SegmentStatus.NEW:
        return True
    if segment.status is not SegmentStatus.DRAFT or segment.origin.kind not in MACHINE_FILLED:
        return False
    return by is None or segment.origin.kind is OriginKind.MT or by.kind is OriginKind.TM


def fill_draft(
    uow: UnitOfWork, seen: StoredSegment, target: str, origin: Origin, actor: Actor
) -> StoredSegment | None:
    """Write ``target`` as a draft if the segment is still as ``seen``; events as for any edit. Returns the
    segment as stored (``seen`` itself when it already held that draft).

    Someone who edited the segment in the meantime wins: the write is skipped (None), nothing is raised.
    The compare-and-set on ``seen.version`` is what detects such an edit, so nothing is read beforehand:
    a stored segment at that version is ``seen`` itself.
    """
    if not fillable(seen, origin):
        return None
    if seen.target == target and seen.origin == origin:
        return seen if uow.segments.get(seen.id).version == seen.version else None
    try:
        workflow.check(seen, workflow.Action.EDIT, actor.role)
    except DomainError:
        return None
    after = replace(seen, target=target, status=SegmentStatus.DRAFT, origin=origin, updated_by=actor.user)
    try:
        saved = uow.segments.save(after, seen.version)
    except ConflictError:
        return None
    record_change(uow, seen, saved, actor)
    return saved
