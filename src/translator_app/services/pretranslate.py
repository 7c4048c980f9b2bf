"""Pre-translating a release: 100% memory matches first, then the MT cache, then the engine in batches.

Every segment without a confirmed target gets a ``draft`` with its origin (``tm:100``, ``mt:deepl``), through
the same optimistic write and events as an edit. The run is built to be interrupted: the cost is shown before
anything is sent, each batch commits on its own, a cancel is honoured between batches, and a failure (no key,
quota, network) ends the run with a code while everything done so far stays. Running it again sends only what
is still missing, and nothing at all when the cache holds it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import Origin, OriginKind, Release, Segment
from translator_app.domain.tags import check_tags
from translator_app.mt.base import GlossaryHost, MtError, MtProvider, MtRequest, UsageInfo, mt_origin
from translator_app.mt.glossary_sync import GlossaryState
from translator_app.mt.payload import billable_characters, build_context, plan_batches
from translator_app.services.actor import Actor
from translator_app.services.mt_setup import (
    CacheKey,
    ExactMatches,
    NoExactMatches,
    applied_formality,
    cache_key,
    cached_translations,
    fill_draft,
    fillable,
    preceding_sources,
    prepare_glossary,
    remember,
)
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory

TM_EXACT = Origin(OriginKind.TM, score=100)
CHUNK = 50
"""Segments written per transaction when no engine is involved (memory and cache fills)."""

Progress = Callable[[int, int], None]
"""Called with (segments done, segments to do) after every committed step."""


def NO_PROGRESS(done: int, total: int) -> None:
    """The default: nobody is watching."""


def NOT_CANCELLED() -> bool:
    return False


@dataclass(frozen=True)
class CostEstimate:
    """What the engine part will bill, next to what the account has left, shown before it starts."""

    characters: int
    segments: int
    requests: int
    usage: UsageInfo

    @property
    def within_quota(self) -> bool:
        remaining = self.usage.remaining
        return remaining is None or self.characters <= remaining


@dataclass(frozen=True)
class SegmentIssue:
    """Something the translator must look at on one segment (a tag the engine lost or broke)."""

    segment_id: int
    position: int
    code: str
    tag: str = ""


@dataclass
class PretranslateReport:
    release_id: int
    total: int = 0
    from_tm: int = 0
    from_cache: int = 0
    from_mt: int = 0
    skipped: int = 0
    """Segments someone changed during the run: their edit was kept."""
    requests: int = 0
    billed_characters: int = 0
    estimate: CostEstimate | None = None
    glossary: GlossaryState | None = None
    formality: str = ""
    cancelled: bool = False
    failure: ErrorCode | None = None
    failure_details: dict[str, Any] = field(default_factory=dict)
    issues: list[SegmentIssue] = field(default_factory=list)

    @property
    def filled(self) -> int:
        return self.from_tm + self.from_cache + self.from_mt

    @property
    def done(self) -> int:
        return self.filled + self.skipped


@dataclass
class _Run:
    """One run's fixed inputs and its report, so the steps share them without long argument lists."""

    release: Release
    segments: list[Segment]
    key: CacheKey
    actor: Actor
    progress: Progress
    cancelled: Callable[[], bool]
    report: PretranslateReport

    def stop_requested(self) -> bool:
        if self.cancelled():
            self.report.cancelled = True
            return True
        return False

    def fail(self, error: MtError) -> None:
        self.report.failure = error.code
        self.report.failure_details = dict(error.details)


class PretranslateService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        provider: MtProvider,
        glossaries: GlossaryHost | None = None,
        memory: ExactMatches | None = None,
        *,
        batch_size: int = 50,
    ) -> None:
        self._uow = uow
        self._provider = provider
        self._glossaries = glossaries
        self._memory = memory or NoExactMatches()
        self._batch_size = batch_size

    def run(
        self,
        release_id: int,
        actor: Actor,
        *,
        use_tm: bool = True,
        use_mt: bool = True,
        progress: Progress = NO_PROGRESS,
        cancelled: Callable[[], bool] = NOT_CANCELLED,
        approve_cost: Callable[[CostEstimate], bool] | None = None,
    ) -> PretranslateReport:
        """Fill the release's open segments; returns what happened, including why it stopped early."""
        with self._uow() as uow:
            release = uow.releases.get(release_id)
            segments = uow.segments.for_release(release_id)
            key = cache_key(uow, self._provider, release)
        run = _Run(release, segments, key, actor, progress, cancelled, PretranslateReport(release_id))
        todo = [s for s in segments if fillable(s)]
        run.report.total = len(todo)
        progress(0, len(todo))
        if use_tm and todo:
            matches = self._memory.exact(release.source_lang, release.target_lang, [s.source for s in todo])
            hits = [(s, matches[s.source]) for s in todo if s.source in matches]
            todo = [s for s in todo if s.source not in matches]
            if not self._write(run, hits, TM_EXACT, "tm"):
                return run.report
        memory_drafts = [s for s in todo if s.origin.kind is OriginKind.TM]
        run.report.skipped += len(memory_drafts)
        todo = [s for s in todo if s.origin.kind is not OriginKind.TM]
        if not use_mt or not todo:
            return run.report
        with self._uow() as uow:
            cached = cached_translations(uow, key, [s.source for s in todo])
        hits = [(s, cached[s.source]) for s in todo if s.source in cached]
        todo = [s for s in todo if s.source not in cached]
        if self._write(run, hits, mt_origin(self._provider.name), "cache") and todo:
            self._translate(run, todo, approve_cost)
        return run.report

    def _write(self, run: _Run, fills: Sequence[tuple[Segment, str]], origin: Origin, source: str) -> bool:
        """Write fills in chunks, one transaction each; False when cancelled before the end."""
        report = run.report
        for start in range(0, len(fills), CHUNK):
            if run.stop_requested():
                return False
            with self._uow() as uow:
                for segment, target in fills[start : start + CHUNK]:
                    if not fill_draft(uow, segment, target, origin, run.actor):
                        report.skipped += 1
                    elif source == "tm":
                        report.from_tm += 1
                    else:
                        report.from_cache += 1
                uow.commit()
            run.progress(report.done, report.total)
        return True

    def _prepare(self, run: _Run, sources: Sequence[str], segments: int, batches: int) -> bool:
        """Glossary up to date, formality decided, cost estimated against the quota; False on failure."""
        try:
            with self._uow() as uow:
                run.report.glossary = prepare_glossary(uow, self._glossaries, run.release)
            run.report.formality = applied_formality(self._provider, run.key)
            characters = sum(billable_characters(source) for source in sources)
            run.report.estimate = CostEstimate(characters, segments, batches, self._provider.usage())
        except MtError as error:
            run.fail(error)
            return False
        return True

    def _translate(
        self, run: _Run, todo: list[Segment], approve_cost: Callable[[CostEstimate], bool] | None
    ) -> None:
        """Ask the engine for the distinct sources still missing, batch by batch, committing each."""
        by_source: dict[str, list[Segment]] = {}
        for segment in todo:
            by_source.setdefault(segment.source, []).append(segment)
        sources = list(by_source)
        batches = plan_batches(sources, max_texts=self._batch_size)
        if not self._prepare(run, sources, len(todo), len(batches)):
            return
        report = run.report
        assert report.estimate is not None
        if approve_cost is not None and not approve_cost(report.estimate):
            report.cancelled = True
            return
        glossary_id = report.glossary.glossary_id if report.glossary else ""
        origin = mt_origin(self._provider.name)
        key = run.key
        for batch in batches:
            if run.stop_requested():
                return
            texts = [sources[i] for i in batch]
            first = by_source[texts[0]][0]
            request = MtRequest(
                texts,
                key.source_lang,
                key.target_lang,
                context=build_context(run.release.title, preceding_sources(run.segments, first)),
                formality=report.formality,
                glossary_id=glossary_id,
            )
            try:
                results = self._provider.translate(request)
            except MtError as error:
                run.fail(error)
                return
            report.requests += 1
            with self._uow() as uow:
                for source, result in zip(texts, results, strict=True):
                    report.billed_characters += result.billed_characters
                    remember(uow, key, source, result)
                    for segment in by_source[source]:
                        _fill_translation(uow, run, segment, result.text, origin)
                uow.commit()
            run.progress(report.done, report.total)


def _fill_translation(uow: UnitOfWork, run: _Run, segment: Segment, target: str, origin: Origin) -> None:
    """Fill one segment from the engine, reporting any tag it lost or broke (the draft is still written)."""
    assert segment.id is not None
    report = run.report
    if not target.strip():
        report.issues.append(SegmentIssue(segment.id, segment.position, "empty-result"))
        report.skipped += 1
        return
    for finding in check_tags(segment.source, target):
        report.issues.append(SegmentIssue(segment.id, segment.position, finding.problem.value, finding.tag))
    if fill_draft(uow, segment, target, origin, run.actor):
        report.from_mt += 1
    else:
        report.skipped += 1
