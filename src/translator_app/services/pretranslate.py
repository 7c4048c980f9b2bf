"""Pre-translating a release: 100% memory matches first, then fuzzy ones from a chosen score, then the MT
cache, then the engine in batches.

Every segment without a confirmed target gets a ``draft`` with its origin (``tm:100``, ``tm:87``,
``mt:deepl``), through the same optimistic write and events as an edit. The run is built to be interrupted:
the cost is compared with the quota before anything is sent (see :mod:`~translator_app.services.mt_cost`),
each batch commits on its own, a cancel stops any pending request or back-off within a fraction of a
second (the provider polls the same check), and a failure (no key, quota, network) ends the run with a code
while everything done so far stays. A glossary the engine no longer has is rebuilt once and the batch sent
again. Running it again sends only what is still missing, and nothing at all when the cache holds it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import Origin, OriginKind, StoredRelease, StoredSegment
from translator_app.domain.tags import check_tags
from translator_app.mt.base import (
    GlossaryHost,
    MtCancelled,
    MtError,
    MtProvider,
    MtRequest,
    MtTranslation,
    mt_origin,
)
from translator_app.mt.glossary_sync import GlossaryState
from translator_app.mt.payload import billable_characters, build_context, plan_batches
from translator_app.services.actor import Actor
from translator_app.services.mt_cost import (
    CostChoice,
    CostEstimate,
    SourceCost,
    estimate,
    fitting,
    send_all_unless_short,
)
from translator_app.services.mt_setup import (
    CacheKey,
    ExactMatches,
    Formality,
    NoExactMatches,
    cache_key,
    cached_translations,
    fill_draft,
    fillable,
    preceding_sources,
    prepare_glossary,
    remember,
    with_glossary,
)
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory

__all__ = ["CostChoice", "CostEstimate", "PretranslateReport", "PretranslateService"]

TM_EXACT = Origin(OriginKind.TM, score=100)
TM_CONTEXT = Origin(OriginKind.TM, score=101)
EXACT_ONLY = 100
CONTEXT_ONLY = 101
"""The default minimum score: exact memory matches only (fuzzy ones wait for the translator)."""
CHUNK = 50
"""Segments written per transaction when no engine is involved (memory and cache fills)."""

Progress = Callable[[int, int], None]
"""Called with (segments done, segments to do) after every committed step."""
log = logging.getLogger(__name__)


def NO_PROGRESS(done: int, total: int) -> None:
    """The default: nobody is watching."""


def NOT_CANCELLED() -> bool:
    return False


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
    from_fuzzy: int = 0
    """Of ``from_tm``, the drafts from a fuzzy match (below 100%), each marked with its score."""
    from_cache: int = 0
    from_mt: int = 0
    skipped: int = 0
    """Segments someone changed during the run: their edit was kept."""
    over_quota: int = 0
    """Segments left as they were because they did not fit in the quota (translate what fits)."""
    requests: int = 0
    billed_characters: int = 0
    estimate: CostEstimate | None = None
    glossary: GlossaryState | None = None
    formality: Formality = field(default_factory=Formality)
    cancelled: bool = False
    failure: ErrorCode | None = None
    failure_details: dict[str, Any] = field(default_factory=dict)
    issues: list[SegmentIssue] = field(default_factory=list)
    changed_segments: list[StoredSegment] = field(default_factory=list)
    """The segments filled, as stored (a window applies them without reading the release again)."""

    @property
    def filled(self) -> int:
        return self.from_tm + self.from_cache + self.from_mt

    @property
    def done(self) -> int:
        return self.filled + self.skipped


@dataclass
class _Run:
    """One run's fixed inputs and its report, so the steps share them without long argument lists."""

    release: StoredRelease
    segments: list[StoredSegment]
    actor: Actor
    progress: Progress
    cancelled: Callable[[], bool]
    report: PretranslateReport
    key: CacheKey | None = None
    glossary_rebuilt: bool = False
    min_score: int = EXACT_ONLY
    """A lost remote glossary is rebuilt once per run; lost again, the run stops and says so."""

    def stop_requested(self) -> bool:
        if self.cancelled():
            self.report.cancelled = True
            return True
        return False

    def fail(self, error: MtError) -> None:
        if isinstance(error, MtCancelled):
            self.report.cancelled = True
            return
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
        approve_cost: Callable[[CostEstimate], CostChoice] = send_all_unless_short,
        min_score: int = EXACT_ONLY,
    ) -> PretranslateReport:
        """Fill the release's open segments; returns what happened, including why it stopped early.

        ``min_score`` below 100 also fills from fuzzy memory matches at or above it (before any engine is
        asked), each draft marked with its score. ``cancelled`` is asked between steps and, through the
        provider, while a request or a back-off is pending. ``approve_cost`` sees the estimate before
        anything is sent and chooses.
        """
        with self._uow() as uow:
            release = uow.releases.get(release_id)
            segments = uow.segments.for_release(release_id)
        run = _Run(release, segments, actor, progress, cancelled, PretranslateReport(release_id))
        run.min_score = min_score if use_tm else EXACT_ONLY
        with self._provider.interruptible(cancelled):
            try:
                self._run(run, use_tm, use_mt, approve_cost)
            except MtError as error:
                run.fail(error)
        return run.report

    def _run(
        self, run: _Run, use_tm: bool, use_mt: bool, approve_cost: Callable[[CostEstimate], CostChoice]
    ) -> None:
        release = run.release
        todo = [s for s in run.segments if fillable(s)]
        run.report.total = len(todo)
        run.progress(0, len(todo))
        if use_tm and todo:
            matches = self._memory.exact(release.source_lang, release.target_lang, [s.source for s in todo])
            hits = [(s, matches[s.source]) for s in todo if s.source in matches]
            todo = [s for s in todo if s.source not in matches]
            in_context = self._in_context(run, [s for s, _ in hits])
            if not self._write(
                run, [(s, in_context[s.id]) for s, _ in hits if s.id in in_context], TM_CONTEXT, "tm"
            ):
                return
            if not self._write(run, [(s, t) for s, t in hits if s.id not in in_context], TM_EXACT, "tm"):
                return
            if run.min_score < EXACT_ONLY and todo:
                without_match = self._fill_fuzzy(run, todo)
                if without_match is None:
                    return
                todo = without_match
        memory_drafts = [s for s in todo if s.origin.kind is OriginKind.TM]
        run.report.skipped += len(memory_drafts)
        todo = [s for s in todo if s.origin.kind is not OriginKind.TM]
        if not use_mt or not todo:
            return
        run.key = cache_key(self._uow, self._provider, self._glossaries, release)
        run.report.formality = run.key.formality
        missing = self._fill_from_cache(run, todo)
        if missing:
            self._translate(run, missing, approve_cost)

    def _in_context(self, run: _Run, exact: list[StoredSegment]) -> dict[int, str]:
        """Of the segments with an exact match, those whose match also had the same neighbours (101%, a
        context match), with that unit's target."""
        if not exact:
            return {}
        neighbours = _neighbour_sources(run.segments)
        queries = [(s.source, neighbours.get(s.id, ("", ""))) for s in exact]
        release = run.release
        found = self._memory.best(release.source_lang, release.target_lang, queries, CONTEXT_ONLY)
        return {s.id: match[0] for s, match in zip(exact, found, strict=True) if match is not None}

    def _fill_fuzzy(self, run: _Run, todo: list[StoredSegment]) -> list[StoredSegment] | None:
        """Fill from the best memory match at or above the run's minimum score, each draft marked with its
        score; returns the segments still without one, or None when cancelled."""
        release, report = run.release, run.report
        neighbours = _neighbour_sources(run.segments)
        left: list[StoredSegment] = []
        for start in range(0, len(todo), CHUNK):
            if run.stop_requested():
                return None
            chunk = todo[start : start + CHUNK]
            queries = [(s.source, neighbours.get(s.id, ("", ""))) for s in chunk]
            found: list[tuple[StoredSegment, str, int]] = []
            best = self._memory.best(release.source_lang, release.target_lang, queries, run.min_score)
            for segment, match in zip(chunk, best, strict=True):
                if match is None:
                    left.append(segment)
                else:
                    found.append((segment, *match))
            with self._uow() as uow:
                for segment, target, score in found:
                    saved = fill_draft(uow, segment, target, Origin(OriginKind.TM, score=score), run.actor)
                    if saved is None:
                        report.skipped += 1
                        continue
                    report.changed_segments.append(saved)
                    report.from_tm += 1
                    if score < EXACT_ONLY:
                        report.from_fuzzy += 1
                uow.commit()
            run.progress(report.done, report.total)
        return left

    def _fill_from_cache(self, run: _Run, todo: list[StoredSegment]) -> list[StoredSegment] | None:
        """Fill what the cache holds under the run's key; the rest, or None when cancelled."""
        assert run.key is not None
        with self._uow() as uow:
            cached = cached_translations(uow, run.key, list(dict.fromkeys(s.source for s in todo)))
        hits = [(s, cached[s.source]) for s in todo if s.source in cached]
        if not self._write(run, hits, mt_origin(self._provider.name), "cache"):
            return None
        return [s for s in todo if s.source not in cached]

    def _write(
        self, run: _Run, fills: Sequence[tuple[StoredSegment, str]], origin: Origin, source: str
    ) -> bool:
        """Write fills in chunks, one transaction each; False when cancelled before the end."""
        report = run.report
        for start in range(0, len(fills), CHUNK):
            if run.stop_requested():
                return False
            with self._uow() as uow:
                for segment, target in fills[start : start + CHUNK]:
                    saved = fill_draft(uow, segment, target, origin, run.actor)
                    if saved is None:
                        report.skipped += 1
                        continue
                    report.changed_segments.append(saved)
                    if source == "tm":
                        report.from_tm += 1
                    else:
                        report.from_cache += 1
                uow.commit()
            run.progress(report.done, report.total)
        return True

    def _sync_glossary(self, run: _Run, gone: str = "") -> str:
        """The remote glossary to send (rebuilt if ``gone``), with the run's key following what it holds."""
        assert run.key is not None
        with self._uow() as uow:
            state = prepare_glossary(uow, self._glossaries, run.release, gone=gone)
        run.report.glossary = state
        run.key = with_glossary(run.key, state)
        return state.glossary_id if state is not None else ""

    def _translate(
        self, run: _Run, todo: list[StoredSegment], approve_cost: Callable[[CostEstimate], CostChoice]
    ) -> None:
        """Sync the glossary, re-check the cache, weigh the cost, then send the batches, committing each."""
        glossary_id = self._sync_glossary(run)
        remaining = self._fill_from_cache(run, todo)  # the synced glossary may be what was cached with
        if not remaining:
            return
        by_source: dict[str, list[StoredSegment]] = {}
        for segment in remaining:
            by_source.setdefault(segment.source, []).append(segment)
        costs = [SourceCost(s, billable_characters(s), len(seen)) for s, seen in by_source.items()]
        report = run.report
        report.estimate = estimate(
            costs,
            len(plan_batches(list(by_source), max_texts=self._batch_size)),
            self._provider.usage(),
        )
        choice = approve_cost(report.estimate)
        if choice is CostChoice.DECLINE:
            report.cancelled = True
            return
        if choice is CostChoice.SEND and not report.estimate.within_quota:
            report.failure = ErrorCode.MT_QUOTA_SHORT
            report.failure_details = {
                "needed": report.estimate.characters,
                "left": report.estimate.usage.remaining,
                "fits": report.estimate.fitting_segments,
                "segments": report.estimate.segments,
            }
            return
        chosen = [c.source for c in fitting(costs, report.estimate.usage.remaining)]
        report.over_quota = report.estimate.segments - sum(len(by_source[s]) for s in chosen)
        for batch in plan_batches(chosen, max_texts=self._batch_size):
            if run.stop_requested():
                return
            texts = [chosen[i] for i in batch]
            results, glossary_id = self._send(run, texts, by_source[texts[0]][0], glossary_id)
            report.requests += 1
            assert run.key is not None
            with self._uow() as uow:
                for source, result in zip(texts, results, strict=True):
                    report.billed_characters += result.billed_characters
                    remember(uow, run.key, source, result)
                    for segment in by_source[source]:
                        _fill_translation(uow, run, segment, result.text, mt_origin(self._provider.name))
                uow.commit()
            run.progress(report.done, report.total)

    def _send(
        self, run: _Run, texts: list[str], first: StoredSegment, glossary_id: str
    ) -> tuple[list[MtTranslation], str]:
        """One batch; a glossary the engine lost is rebuilt once per run and the batch sent again."""
        assert run.key is not None
        for attempt in range(2):
            request = MtRequest(
                texts,
                run.key.source_lang,
                run.key.target_lang,
                context=build_context(run.release.title, preceding_sources(run.segments, first)),
                formality=run.key.formality.sent,
                glossary_id=glossary_id,
            )
            try:
                return self._provider.translate(request), glossary_id
            except MtCancelled as cancelled:
                cancelled.when_answered(self._keeper(run.key, texts))
                raise
            except MtError as error:
                if error.code is not ErrorCode.MT_GLOSSARY_NOT_FOUND:
                    raise
                error.details["pair"] = f"{run.key.source_lang}>{run.key.target_lang}"
                if attempt or run.glossary_rebuilt or not glossary_id:
                    raise
                log.info("glossary %s gone at the provider: rebuilding it", glossary_id)
                run.glossary_rebuilt = True
                glossary_id = self._sync_glossary(run, gone=glossary_id)
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _keeper(self, key: CacheKey, texts: list[str]) -> Callable[[list[MtTranslation]], None]:
        """Cache a cancelled request's answer if it still arrives: it is billed, so it is kept."""

        def keep(results: list[MtTranslation]) -> None:
            try:
                with self._uow() as uow:
                    for source, result in zip(texts, results, strict=True):
                        remember(uow, key, source, result)
                    uow.commit()
            except Exception:  # the workspace may be closed by then; the answer is only a saving
                log.info("a cancelled request's late answer could not be cached", exc_info=True)

        return keep


def _neighbour_sources(segments: Sequence[StoredSegment]) -> dict[int, tuple[str, str]]:
    """Each translatable segment's neighbouring translatable sources (what a 101% match compares), as the
    memory stores them with every unit."""
    live = sorted((s for s in segments if s.translatable), key=lambda s: s.position)
    sources = ["", *(s.source for s in live), ""]
    return {s.id: (sources[i], sources[i + 2]) for i, s in enumerate(live)}


def _fill_translation(
    uow: UnitOfWork, run: _Run, segment: StoredSegment, target: str, origin: Origin
) -> None:
    """Fill one segment from the engine, reporting any tag it lost or broke (the draft is still written)."""
    report = run.report
    if not target.strip():
        report.issues.append(SegmentIssue(segment.id, segment.position, "empty-result"))
        report.skipped += 1
        return
    for finding in check_tags(segment.source, target):
        report.issues.append(SegmentIssue(segment.id, segment.position, finding.problem.value, finding.tag))
    saved = fill_draft(uow, segment, target, origin, run.actor)
    if saved is None:
        report.skipped += 1
        return
    report.changed_segments.append(saved)
    report.from_mt += 1
