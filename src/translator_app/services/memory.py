"""The translation memory: units stored as segments are confirmed, fuzzy look-ups, concordance, TMX.

Look-ups take exact candidates from the database (by source hash, so a unit confirmed a moment ago is found at
once) and fuzzy ones from the index, score them all with ``domain.matching.score`` (see there how the
percentage is computed), and return the best few, approved units first at equal score.

Language codes are BCP 47 tags compared as ``domain.languages`` says: a search in ``fr → en`` also reads the
units stored under ``fr-FR``/``en-GB`` (or ``FR``/``en_gb``), each such match losing a point per side whose
variant differs (shown in ``Match.language_penalty``), so the exact variant ranks first. The stored pairs are
listed once and kept for a few minutes (a TMX import lists them again), never per keystroke.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.languages import VARIANT_PENALTY, canonical, language_penalty, pair_penalty
from translator_app.domain.matching import (
    DEFAULT_THRESHOLD,
    EXACT,
    Match,
    TmUnit,
    diff_words,
    rank,
    score,
    source_hash,
)
from translator_app.domain.models import SegmentStatus, StoredSegment
from translator_app.formats.tmx import TmxEntry, read_tmx, write_tmx
from translator_app.services.actor import Actor
from translator_app.services.memory_ports import FuzzyIndex
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory

FUZZY_CANDIDATES = 20
"""Units rescored with the full score (penalties can reorder the index's best few)."""
IMPORT_BATCH = 100
"""Units written per statement on import; the progress callback is called before each, so a cancel it
raises stops the import within a fraction of a second (a statement of 2,000 units took 1.5 s to build)."""
EXPORT_PROGRESS_EVERY = 500
PAIRS_TTL = 300.0
"""Seconds the list of stored language pairs is trusted (another desktop may import a new pair meanwhile)."""
Pair = tuple[str, str]
MAX_LANGUAGE = 20
"""Characters in a language code (the column's size)."""
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportReport:
    source_lang: str
    target_lang: str
    added: int
    merged: int
    skipped: int


@dataclass(frozen=True)
class UnitPage:
    """A page of units for the memory manager; ``more`` says that the next page has some too."""

    units: list[TmUnit]
    more: bool


@dataclass(frozen=True)
class ConcordanceHit:
    """A unit holding the searched phrase; spans are ``(start, end)`` offsets to highlight."""

    unit: TmUnit
    source_spans: list[tuple[int, int]]
    target_spans: list[tuple[int, int]]


def remember_segment(uow: UnitOfWork, segment: StoredSegment, actor: Actor) -> TmUnit | None:
    """Store or update the unit of a confirmed, approved or rejected segment, in the caller's transaction.

    A segment keeps one unit, updated when its target is confirmed again; a unit with the same source and
    target (from another release or a TMX import) is reused rather than duplicated.
    """
    if not segment.target.strip():
        return None
    mine = uow.tm.for_segment(segment.id)
    if segment.status is SegmentStatus.REJECTED:
        if mine is not None and mine.approved:
            return uow.tm.update(replace(mine, approved=False, updated_by=actor.user))
        return mine
    if segment.status not in (SegmentStatus.TRANSLATED, SegmentStatus.APPROVED):
        return None
    release = uow.releases.header(segment.release_id)
    before, after = uow.segments.neighbour_sources(segment)
    approved = segment.status is SegmentStatus.APPROVED
    if mine is None:
        same = uow.tm.with_hashes(release.source_lang, release.target_lang, [source_hash(segment.source)])
        mine = next((u for u in same if u.target == segment.target), None)
        approved = approved or (mine is not None and mine.approved and mine.target == segment.target)
    if mine is not None:
        return uow.tm.update(
            replace(
                mine,
                target=segment.target,
                approved=approved,
                context_before=before,
                context_after=after,
                release_id=segment.release_id,
                segment_id=segment.id,
                updated_by=actor.user,
                updated_at=None,
            )
        )
    unit = TmUnit(
        release.source_lang,
        release.target_lang,
        segment.source,
        segment.target,
        before,
        after,
        approved,
        segment.release_id,
        segment.id,
        created_by=actor.user,
        updated_by=actor.user,
    )
    return uow.tm.add(unit)


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text``, ignoring case, runs of spaces, tags and the apostrophe's shape."""
    words = [re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in phrase.split()]
    if not words:
        return []
    pattern = re.compile(r"(?:\s|<[^>]{1,12}>)+".join(words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


class MemoryService:
    def __init__(self, uow: UnitOfWorkFactory, index: FuzzyIndex, threshold: int = DEFAULT_THRESHOLD) -> None:
        self._uow = uow
        self._index = index
        self.threshold = threshold
        """Matches below this score are not offered (70 by default, as most CAT tools)."""
        self._stored: tuple[float, set[Pair]] | None = None
        self._lock = threading.Lock()

    def serving_pairs(self, source_lang: str, target_lang: str) -> list[tuple[Pair, int]]:
        """The stored pairs whose units serve ``source_lang → target_lang``, each with its penalty, the pair
        asked for first (units confirmed in a release are stored under exactly its codes)."""
        wanted = (source_lang, target_lang)
        found = {wanted: 0}
        for pair in sorted(self._stored_pairs()):
            penalty = pair_penalty(wanted, pair)
            if penalty is not None and pair not in found:
                found[pair] = penalty
        return sorted(found.items(), key=lambda item: (item[1], item[0] != wanted))

    def _stored_pairs(self) -> set[Pair]:
        with self._lock:
            cached = self._stored
        if cached is not None and time.monotonic() - cached[0] < PAIRS_TTL:
            return cached[1]
        with self._uow() as uow:
            pairs = {(s, t) for s, t, _ in uow.tm.pairs()}
        with self._lock:
            self._stored = (time.monotonic(), pairs)
        return pairs

    def _pairs_changed(self, pair: Pair | None = None) -> None:
        """A new pair may exist: add it (no query), or forget the list so the next look-up reads it."""
        with self._lock:
            if pair is None or self._stored is None:
                self._stored = None
            else:
                self._stored[1].add(pair)

    def lookup(
        self,
        source: str,
        source_lang: str,
        target_lang: str,
        *,
        context: tuple[str, str] | None = None,
        limit: int = 5,
        threshold: int | None = None,
    ) -> list[Match]:
        """The best matches for ``source``, each with its score and word diff, best first."""
        floor = self.threshold if threshold is None else threshold
        matches = []
        for pair, penalty in self.serving_pairs(source_lang, target_lang):
            # The index scores 0–100: a floor of 101 (context matches only) asks it for the identical ones.
            fuzzy = self._index.search(*pair, source, min(EXACT, floor + penalty), FUZZY_CANDIDATES)
            with self._uow() as uow:
                units = uow.tm.with_hashes(*pair, [source_hash(source)])
                known = {u.id for u in units}
                units += [u for u in uow.tm.get_many([i for i, _ in fuzzy if i not in known])]
            for unit in units:
                value = score(
                    source,
                    unit.source,
                    context=context,
                    candidate_context=(unit.context_before, unit.context_after),
                )
                if penalty:
                    value = min(value, EXACT) - penalty
                if value >= floor:
                    matches.append(Match(unit, value, diff_words(source, unit.source), penalty))
        distinct: list[Match] = []
        targets: set[str] = set()
        for match in rank(matches):
            if match.unit.target not in targets:
                targets.add(match.unit.target)
                distinct.append(match)
        return distinct[:limit]

    def refresh(self, source_lang: str, target_lang: str) -> None:
        """Let the next look-up see units committed a moment ago (the editor asks before each segment)."""
        self._index.units_added(source_lang, target_lang)
        self._pairs_changed((source_lang, target_lang))

    def exact(self, source_lang: str, target_lang: str, sources: Sequence[str]) -> dict[str, str]:
        """Source → the best 100% match's target (approved first, then the newest), for pre-translation.
        Only the pair's own codes count (in any case or spelling): another variant is never a 100% match."""
        wanted = {source_hash(source): source for source in sources}
        same = [pair for pair, penalty in self.serving_pairs(source_lang, target_lang) if penalty == 0]
        with self._uow() as uow:
            units = [u for pair in same for u in uow.tm.with_hashes(*pair, list(wanted))]
        found: dict[str, str] = {}
        for match in rank([Match(unit, 100, []) for unit in units]):
            source = wanted.get(source_hash(match.unit.source))
            if source is not None and source not in found and score(source, match.unit.source) >= 100:
                found[source] = match.unit.target
        return found

    def best(
        self, source_lang: str, target_lang: str, queries: Sequence[tuple[str, tuple[str, str]]], floor: int
    ) -> list[tuple[str, int] | None]:
        """For each (source, neighbouring sources), the best match's target and score at or above
        ``floor``: pre-translation from a fuzzy score. Units committed a moment ago count."""
        self.refresh(source_lang, target_lang)
        found: list[tuple[str, int] | None] = []
        for source, context in queries:
            matches = self.lookup(source, source_lang, target_lang, context=context, limit=1, threshold=floor)
            found.append((matches[0].unit.target, matches[0].score) if matches else None)
        return found

    def suggestions(self, segment_id: int, limit: int = 5) -> list[Match]:
        """The matches for a segment of a release, with its neighbours as context (for 101% matches)."""
        with self._uow() as uow:
            segment = uow.segments.get(segment_id)
            release = uow.releases.header(segment.release_id)
            context = uow.segments.neighbour_sources(segment)
        return self.lookup(
            segment.source, release.source_lang, release.target_lang, context=context, limit=limit
        )

    def concordance(
        self, phrase: str, source_lang: str, target_lang: str, limit: int = 50
    ) -> list[ConcordanceHit]:
        """Units whose source or target contains ``phrase``, with the occurrences marked."""
        units: list[TmUnit] = []
        found: set[int | None] = set()
        for pair, _ in self.serving_pairs(source_lang, target_lang):
            ids = self._index.find(*pair, phrase, limit)
            with self._uow() as uow:
                for unit in uow.tm.get_many(ids) + uow.tm.with_target_containing(*pair, phrase, limit):
                    if unit.id not in found:
                        found.add(unit.id)
                        units.append(unit)
        hits = [
            ConcordanceHit(u, phrase_spans(u.source, phrase), phrase_spans(u.target, phrase)) for u in units
        ]
        return [h for h in sorted(hits, key=lambda h: h.unit.id or 0) if h.source_spans or h.target_spans][
            :limit
        ]

    # --- the memory manager ------------------------------------------------------------------------

    def pairs(self) -> list[tuple[str, str, int]]:
        """The stored language pairs with their number of units."""
        with self._uow() as uow:
            return uow.tm.pairs()

    def browse(
        self, source_lang: str, target_lang: str, text: str = "", limit: int = 200, offset: int = 0
    ) -> UnitPage:
        """The pair's units holding ``text`` in their source or target (all when blank), newest first."""
        with self._uow() as uow:
            units = uow.tm.search(source_lang, target_lang, text, limit + 1, offset)
        return UnitPage(units[:limit], len(units) > limit)

    def edit_unit(self, unit_id: int, source: str, target: str, approved: bool, actor: Actor) -> TmUnit:
        """Correct a unit. A new source makes a new unit in its place (the index only ever appends:
        the old id is dropped from look-ups, the new one is read on the next search)."""
        source, target = source.strip(), target.strip()
        if not source or not target:
            raise DomainError(ErrorCode.BAD_INPUT, problem="empty-unit", name=str(unit_id))
        with self._uow() as uow:
            unit = uow.tm.get(unit_id)
            changed = replace(unit, target=target, approved=approved, updated_by=actor.user, updated_at=None)
            if unit.source == source:
                saved = uow.tm.update(changed)
                uow.commit()
                return saved
            uow.tm.delete([unit_id])
            highest_left = uow.tm.highest_id()
            saved = uow.tm.add(replace(changed, id=None, source=source))
            uow.commit()
        self._index.units_removed([unit_id], highest_left)
        self._index.units_added(unit.source_lang, unit.target_lang)
        return saved

    def delete_units(self, ids: Sequence[int], actor: Actor) -> int:
        """Remove units for good (the look-ups skip the ids the index still holds); returns how many."""
        del actor  # the memory keeps no trail of removals; the release segments keep theirs
        with self._uow() as uow:
            removed = uow.tm.delete(list(ids))
            highest_left = uow.tm.highest_id()
            uow.commit()
        self._index.units_removed(list(ids), highest_left)
        return removed

    def export_tmx(
        self, path: Path, source_lang: str, target_lang: str, progress: Progress | None = None
    ) -> int:
        """Write the pair's units as TMX 1.4b, streamed; returns how many. ``progress(done, total)`` may
        raise to stop: the file is written beside and renamed at the end, so a stopped export leaves none."""
        with self._uow() as uow:
            total = next((n for s, t, n in uow.tm.pairs() if (s, t) == (source_lang, target_lang)), 0)
            units = uow.tm.iterate(source_lang, target_lang)
            if progress is not None:
                units = _reporting(units, total, progress)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{path.name}.part")
            try:
                count = write_tmx(partial, units, source_lang)
                partial.replace(path)
            finally:
                partial.unlink(missing_ok=True)
            return count

    def import_tmx(
        self,
        path: Path,
        actor: Actor,
        source_lang: str | None = None,
        target_lang: str | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import a TMX file in one transaction: all its units (duplicates merged) or, on any error, none."""
        if not path.is_file():
            raise DomainError(
                ErrorCode.BAD_INPUT, problem="unreadable", name=path.name, reason="no such file"
            )
        pair: list[str] = [canonical(source_lang or ""), canonical(target_lang or "")]
        added = merged = skipped = 0
        position = [0, 0]

        def reached(done: int, total: int) -> None:
            position[:] = [done, total]
            if progress is not None:
                progress(done, total)

        with self._uow() as uow:
            batch: list[TmUnit] = []
            for entry in read_tmx(path, path.name, reached):
                unit = _unit_of(entry, pair, actor)
                if unit is None:
                    skipped += 1
                    continue
                batch.append(unit)
                if len(batch) >= IMPORT_BATCH:
                    reached(*position)  # where the caller's cancel stops the import, before each write
                    added, merged = _store(uow, batch, added, merged)
                    batch = []
            added, merged = _store(uow, batch, added, merged)
            if added + merged == 0 and skipped:
                raise DomainError(
                    ErrorCode.BAD_INPUT, problem="language-mismatch", name=path.name, found="-".join(pair)
                )
            if added + merged == 0:
                raise DomainError(ErrorCode.BAD_INPUT, problem="no-units", name=path.name)
            uow.commit()
        self._index.units_added(pair[0], pair[1])
        self._pairs_changed()
        return ImportReport(pair[0], pair[1], added, merged, skipped)


def _reporting(units: Iterator[TmUnit], total: int, progress: Progress) -> Iterator[TmUnit]:
    for done, unit in enumerate(units, start=1):
        if done % EXPORT_PROGRESS_EVERY == 0:
            progress(done, total)
        yield unit
    progress(total, total)


def same_language(a: str, b: str) -> bool:
    """``fr`` is ``fr-FR`` and ``FR``; ``en-GB`` is not ``en-US``."""
    penalty = language_penalty(a, b)
    return penalty is not None and penalty <= VARIANT_PENALTY


def _unit_of(entry: TmxEntry, pair: list[str], actor: Actor) -> TmUnit | None:
    """The entry as a unit of ``pair``; the first entry fixes any language not given by the caller (in
    BCP 47's usual case: a file's ``FR``/``EN-GB`` is stored as ``fr``/``en-GB``)."""
    if not pair[0]:
        srclang = next((lang for lang in entry.variants if same_language(lang, entry.srclang)), None)
        pair[0] = canonical(srclang or next(iter(entry.variants)))
    if not pair[1]:
        others = [lang for lang in entry.variants if not same_language(lang, pair[0])]
        if not others:
            return None
        pair[1] = canonical(others[0])
    if any(len(lang) > MAX_LANGUAGE for lang in pair):
        raise DomainError(ErrorCode.BAD_INPUT, problem="bad-language", name=max(pair, key=len)[:40])
    source = next((t for lang, t in entry.variants.items() if same_language(lang, pair[0])), None)
    target = next((t for lang, t in entry.variants.items() if same_language(lang, pair[1])), None)
    if not source or not target:
        return None
    return TmUnit(
        pair[0],
        pair[1],
        source,
        target,
        entry.context_before,
        entry.context_after,
        entry.approved,
        created_by=entry.created_by or actor.user,
        created_at=entry.created_at,
        updated_by=entry.updated_by or entry.created_by or actor.user,
        updated_at=entry.updated_at,
    )


def _store(uow: UnitOfWork, batch: list[TmUnit], added: int, merged: int) -> tuple[int, int]:
    """Add the batch's new units; a unit with the same source and target as a stored one is merged into it."""
    if not batch:
        return added, merged
    pair = batch[0].source_lang, batch[0].target_lang
    stored = {
        (source_hash(u.source), u.target): u
        for u in uow.tm.with_hashes(*pair, [source_hash(u.source) for u in batch])
    }
    new: dict[tuple[str, str], TmUnit] = {}
    for unit in batch:
        key = (source_hash(unit.source), unit.target)
        existing = stored.get(key)
        if existing is not None:
            if unit.approved and not existing.approved:
                stored[key] = uow.tm.update(replace(existing, approved=True))
            merged += 1
        elif key in new:
            new[key].approved = new[key].approved or unit.approved
            merged += 1
        else:
            new[key] = unit
    return added + uow.tm.add_many(list(new.values())), merged
