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
from translator_app.domain.models import Origin, OriginKind, Release, Segment, SegmentStatus
from translator_app.mt.base import GlossaryHost, MtProvider, MtTranslation
from translator_app.mt.glossary_sync import GlossaryState, sync_glossary
from translator_app.services.actor import Actor
from translator_app.services.editing import record_change
from translator_app.services.ports import UnitOfWork

CONTEXT_SEGMENTS = 8
"""At most this many segments before a batch are offered as context (then cut to a character budget)."""

MACHINE_FILLED = frozenset({OriginKind.MT, OriginKind.TM})


class ExactMatches(Protocol):
    """100% translation-memory matches, looked up before any engine is asked (the TM service plugs in)."""

    def exact(self, source_lang: str, target_lang: str, sources: Sequence[str]) -> dict[str, str]:
        """Source → the memory's target, for the sources that have an exact match."""
        ...


class NoExactMatches:
    """The default until a memory is wired in: no match, every segment goes to MT."""

    def exact(self, source_lang: str, target_lang: str, sources: Sequence[str]) -> dict[str, str]:
        return {}


@dataclass(frozen=True)
class CacheKey:
    """Everything under our control that changes an engine's answer (context deliberately not)."""

    provider: str
    source_lang: str
    target_lang: str
    formality: str
    glossary_version: int


def remember(uow: UnitOfWork, key: CacheKey, source: str, result: MtTranslation) -> None:
    """Keep an engine's answer under ``key``, so the same text is never paid for twice."""
    uow.mt_cache.store(
        key.provider,
        key.source_lang,
        key.target_lang,
        key.formality,
        key.glossary_version,
        source,
        result.text,
        result.billed_characters,
    )


def cached_translations(uow: UnitOfWork, key: CacheKey, sources: Sequence[str]) -> dict[str, str]:
    """Source → the engine's answer already paid for under ``key``, for the sources that have one."""
    return uow.mt_cache.cached(
        key.provider, key.source_lang, key.target_lang, key.formality, key.glossary_version, sources
    )


def cache_key(uow: UnitOfWork, provider: MtProvider, release: Release) -> CacheKey:
    """Keyed by the formality *asked* and the workspace glossary version: known without any request."""
    assert release.id is not None
    return CacheKey(
        provider.name,
        release.source_lang,
        release.target_lang,
        uow.mt_cache.release_formality(release.id),
        uow.mt_cache.glossary_version(release.source_lang, release.target_lang),
    )


def prepare_glossary(uow: UnitOfWork, host: GlossaryHost | None, release: Release) -> GlossaryState | None:
    """The pair's remote glossary, recreated first if the workspace glossary changed; commits the id."""
    if host is None:
        return None
    state = sync_glossary(uow.mt_cache, host, release.source_lang, release.target_lang)
    uow.commit()
    return state


def applied_formality(provider: MtProvider, key: CacheKey) -> str:
    """The formality to send: the release's, when the target language takes one (DeepL is asked once)."""
    if not key.formality or not provider.supports_formality(key.target_lang):
        return ""
    return key.formality


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


def fill_draft(uow: UnitOfWork, seen: Segment, target: str, origin: Origin, actor: Actor) -> bool:
    """Write ``target`` as a draft if the segment is still as ``seen``; events as for any edit.

    Someone who edited the segment in the meantime wins: the write is skipped (False), nothing is raised.
    The compare-and-set on ``seen.version`` is what detects such an edit, so nothing is read beforehand:
    a stored segment at that version is ``seen`` itself.
    """
    assert seen.id is not None
    if not fillable(seen, origin):
        return False
    if seen.target == target and seen.origin == origin:
        return uow.segments.get(seen.id).version == seen.version
    try:
        workflow.check(seen, workflow.Action.EDIT, actor.role)
    except DomainError:
        return False
    after = replace(seen, target=target, status=SegmentStatus.DRAFT, origin=origin, updated_by=actor.user)
    try:
        saved = uow.segments.save(after, seen.version)
    except ConflictError:
        return False
    record_change(uow, seen, saved, actor)
    return True
