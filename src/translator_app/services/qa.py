"""Running the QA checks on stored segments: one target as it is typed, one segment, or a whole release.

The checks themselves are pure (``domain.qa``); this module feeds them the release's languages and the
language pair's glossary. The glossary matcher is kept between calls and rebuilt only when the version of a
glossary it reads moves, so the window can call :meth:`QaService.check_text` on every pause in typing.

What is checked when:

- as the translator types (:meth:`QaService.check_text`), an empty target of a segment still to do (new, or
  a draft emptied again) is no finding: nobody has translated it yet, and a red "target is empty" beside a
  segment nobody touched only gets in the way. A confirmed target emptied in the editor is still an error;
- the release (:meth:`QaService.check_release`, the QA filter, the review report) checks every translatable
  segment that has a target, whatever its status: drafts from the memory or DeepL included, so a machine draft
  still in the source language is reported (target equal to source, words left untranslated);
- with ``untranslated=True`` (the QA panel's "Check the whole release", ``qa --untranslated``: the check
  before sign-off) each translatable segment without a target is reported as empty too.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.languages import pair_penalty
from translator_app.domain.models import Release, Segment, SegmentStatus, StoredRelease, StoredSegment
from translator_app.domain.qa import Finding, QaCode, QaOptions, check_consistency, check_segment, errors
from translator_app.domain.qa_findings import finding
from translator_app.domain.terms import Term, TermMatcher
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory


@dataclass(frozen=True)
class SegmentFindings:
    """The findings of one segment; ``number`` is its 1-based position, as the grid and messages show it."""

    segment_id: int
    number: int
    findings: list[Finding]

    @property
    def has_errors(self) -> bool:
        return any(f.blocking for f in self.findings)


class GlossaryMatchers:
    """Term matchers per language pair, rebuilt when a glossary they read changes (thread-safe).

    A pair's matcher also reads the term bases of other variants of its languages (``fr-FR``/``en-GB`` for
    ``fr → en``, codes compared as BCP 47 tags, see ``domain.languages``); for one source term, the closest
    variant's entry wins."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[object, TermMatcher]] = {}
        self._lock = threading.Lock()

    def get(self, uow: UnitOfWork, release: Release) -> TermMatcher:
        return self.for_pair(uow, release.source_lang, release.target_lang)

    def for_pair(self, uow: UnitOfWork, source_lang: str, target_lang: str) -> TermMatcher:
        pair = (source_lang, target_lang)
        serving = [(pair, 0)] + [
            (stored, penalty)
            for stored in uow.terms.pairs()
            if stored != pair and (penalty := pair_penalty(pair, stored)) is not None
        ]
        serving.sort(key=lambda item: item[1])
        key = tuple((stored, uow.terms.version(*stored)) for stored, _ in serving)
        with self._lock:
            cached = self._cache.get(pair)
        if cached is not None and cached[0] == key:
            return cached[1]
        terms: list[Term] = []
        seen: set[str] = set()
        for stored, _ in serving:
            for term in uow.terms.for_pair(*stored):
                if term.source_term.casefold() not in seen:
                    seen.add(term.source_term.casefold())
                    terms.append(term)
        matcher = TermMatcher(terms, source_lang)
        with self._lock:
            self._cache[pair] = (key, matcher)
        return matcher


def findings_for(
    segment: Segment, release: Release, terms: TermMatcher, options: QaOptions, target: str | None = None
) -> list[Finding]:
    """The segment's findings for ``target`` (its stored target when None)."""
    text = segment.target if target is None else target
    return check_segment(
        segment.source, text, release.source_lang, release.target_lang, terms=terms, options=options
    )


CHECKED_STATUSES = frozenset(SegmentStatus)
"""Consistency looks at copies in any status; :func:`checked` then keeps those with a target."""
TO_DO = frozenset({SegmentStatus.NEW, SegmentStatus.DRAFT})


def checked(segment: Segment) -> bool:
    """Segments the batch checks: translatable ones with a target, drafts included (an untranslated segment
    has nothing to check)."""
    return segment.translatable and bool(segment.target.strip())


def untranslated(segment: Segment) -> bool:
    return segment.translatable and not segment.target.strip()


def release_findings(
    uow: UnitOfWork,
    release_id: int,
    matchers: GlossaryMatchers,
    options: QaOptions,
    *,
    empty: bool = False,
) -> list[SegmentFindings]:
    """Every checked segment of the release with its findings (consistency across the release included);
    with ``empty``, every untranslated segment too, as an empty target."""
    release = uow.releases.get(release_id)
    terms = matchers.get(uow, release)
    segments = uow.segments.for_release(release_id)
    results = segments_findings(release, segments, terms, options)
    if empty:
        results += [
            SegmentFindings(s.id, s.position + 1, [finding(QaCode.TARGET_EMPTY)])
            for s in segments
            if untranslated(s)
        ]
        results.sort(key=lambda r: r.number)
    return results


def segments_findings(
    release: Release, segments: Sequence[StoredSegment], terms: TermMatcher, options: QaOptions
) -> list[SegmentFindings]:
    """What :func:`release_findings` returns, for the release's segments already read."""
    kept = [s for s in segments if checked(s)]
    across = check_consistency((s.position + 1, s.source, s.target) for s in kept)
    results = []
    for segment in kept:
        found = findings_for(segment, release, terms, options) + across.get(segment.position + 1, [])
        results.append(SegmentFindings(segment.id, segment.position + 1, found))
    return results


def approval_errors(
    uow: UnitOfWork, segments: Sequence[StoredSegment], matchers: GlossaryMatchers, options: QaOptions
) -> dict[int, list[Finding]]:
    """The error-level findings of each segment about to be approved (segments without errors left out)."""
    blocked: dict[int, list[Finding]] = {}
    releases: dict[int, tuple[StoredRelease, TermMatcher]] = {}
    for segment in segments:
        if segment.release_id not in releases:
            release = uow.releases.header(segment.release_id)
            releases[segment.release_id] = (release, matchers.get(uow, release))
        release, terms = releases[segment.release_id]
        found = errors(findings_for(segment, release, terms, options))
        if found:
            blocked[segment.id] = found
    return blocked


class QaService:
    """QA for the window (as the translator types), the ``qa`` command and the review report."""

    def __init__(self, uow: UnitOfWorkFactory, options: QaOptions | None = None) -> None:
        self._uow = uow
        self.options = options or QaOptions()
        self.matchers = GlossaryMatchers()

    def check_text(self, segment_id: int, target: str) -> list[Finding]:
        """The findings for a target being typed (not yet saved); spans index ``target``.

        Cheap enough to call after each pause in typing: two small reads and the checks on one sentence.
        Consistency with the rest of the release is left to :meth:`check_segment` once the target is saved.
        An empty target of a segment still to do has no finding (nobody translated it yet).
        """
        with self._uow() as uow:
            segment = uow.segments.get(segment_id)
            if not target.strip() and segment.status in TO_DO:
                return []
            release = uow.releases.header(segment.release_id)
            return findings_for(segment, release, self.matchers.get(uow, release), self.options, target)

    def check_segment(self, segment_id: int) -> list[Finding]:
        """The stored target's findings, with consistency against the release's other segments (found
        through the repetition index: the same cost at 500 segments as at 100,000)."""
        with self._uow() as uow:
            segment = uow.segments.get(segment_id)
            if not segment.translatable:
                return []
            release = uow.releases.header(segment.release_id)
            found = findings_for(segment, release, self.matchers.get(uow, release), self.options)
            if not checked(segment):
                return found
            # Consistency only compares a segment with the copies of its source (the same whitespace rule as
            # repetitions), so an indexed look-up of those copies stands in for the whole release.
            peers = [segment, *uow.segments.repetitions(segment, CHECKED_STATUSES)]
            across = check_consistency((s.position + 1, s.source, s.target) for s in peers if checked(s))
            return found + across.get(segment.position + 1, [])

    def check_release(self, release_id: int, *, untranslated: bool = False) -> list[SegmentFindings]:
        """Every segment of the release with a target (drafts included) that has findings, in document
        order; with ``untranslated``, the segments without a target as well (before sign-off)."""
        with self._uow() as uow:
            found = release_findings(uow, release_id, self.matchers, self.options, empty=untranslated)
            return [r for r in found if r.findings]


@dataclass(frozen=True)
class BatchApproval:
    """What a batch approval did: the segments approved and those held back by QA errors."""

    approved: list[StoredSegment]
    held: list[SegmentFindings]


class QaGate:
    """Approval's QA gate: an error-level finding blocks approval unless the reviewer gives a reason."""

    def __init__(self, options: QaOptions | None = None) -> None:
        self.options = options or QaOptions()
        self.matchers = GlossaryMatchers()

    def blocking(self, uow: UnitOfWork, segment: StoredSegment) -> list[Finding]:
        return self.blocking_many(uow, [segment]).get(segment.id, [])

    def blocking_many(self, uow: UnitOfWork, segments: Sequence[StoredSegment]) -> dict[int, list[Finding]]:
        """The error-level findings per segment id (segments without errors left out)."""
        return approval_errors(uow, segments, self.matchers, self.options)

    def admit(self, uow: UnitOfWork, segment: StoredSegment, override: str | None) -> str:
        """The override reason to record ("" when the segment has no error); QA_BLOCKED without a reason."""
        found = self.blocking(uow, segment)
        if not found:
            return ""
        if override is None:
            codes = ", ".join(sorted({f.code.value for f in found}))
            number = segment.position + 1
            raise DomainError(ErrorCode.QA_BLOCKED, segment=segment.id, number=number, codes=codes)
        return override


def override_reason(override: str | None) -> str | None:
    """A given override must say why: an empty or blank reason is refused."""
    if override is None:
        return None
    text = override.strip()
    if not text:
        raise DomainError(ErrorCode.OVERRIDE_REASON_REQUIRED)
    return text
