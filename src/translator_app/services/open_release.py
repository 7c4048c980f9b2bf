"""The release open in a window: one owner of its segments, and the one place where every change arrives.

Qt-free and evented, in the spirit of napari's models. The window's writes (edit, confirm, approve, reject,
revert, undo, approve-all, replace-all, merge, pre-translation, an update from a revised source) go through
services that return every segment they changed; :meth:`OpenRelease.apply` takes them in once and emits one
:class:`ReleaseChange` with the changed ids. The grid model, the counts, the preview and the side panels only
adapt those events; none of them keeps a copy of a segment or writes one.

Changes made elsewhere (another desktop's commit, announced later through PostgreSQL's LISTEN/NOTIFY, or any
write that bypassed this window) enter through :meth:`OpenRelease.refresh` (ids: the segments are read again)
or :meth:`OpenRelease.apply_external` (segments already read). When such a change hits the segment being
edited while it holds unsaved typing, the typing is not overwritten: a pending :class:`Conflict` (their
version against the user's text) is recorded for the window to settle.

Everything here runs on one thread (the GUI thread in the window): results of work done on a worker are
handed over on that thread before they are applied.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from translator_app.domain import workflow
from translator_app.domain.models import SegmentStatus, StoredRelease, StoredSegment
from translator_app.domain.words import word_count
from translator_app.services.evented import Emitter
from translator_app.services.repetitions import repetition_key

#: Releases up to this size have their words counted as they load; a longer one is counted in slices
#: (:meth:`OpenRelease.count_words`) once its first screen is shown: about 4 microseconds a segment.
WORDS_COUNTED_AT_ONCE = 5000


#: Reads the stored state of segments by id (the workspace's release queries in the window).
SegmentReader = Callable[[Sequence[int]], list[StoredSegment]]


@dataclass(frozen=True)
class ReleaseChange:
    """One event of the open release: the segments that changed, or ``reset`` when all of them did."""

    ids: frozenset[int] = frozenset()
    reset: bool = False
    external: bool = False
    """The change was made outside this window (another desktop, a command, a second workspace)."""


@dataclass(frozen=True)
class Conflict:
    """A change that met the user's unsaved text: theirs is stored (and shown), the user's text kept here.

    ``mine`` is empty when there is nothing of the user's to keep (a decision refused because the segment
    moved on): the window only says what happened.
    """

    theirs: StoredSegment
    mine: str
    confirm: bool
    changed_by: str

    @property
    def segment_id(self) -> int:
        return self.theirs.id

    @property
    def holds_text(self) -> bool:
        """The user's text waits here: it must not be saved behind their back."""
        return bool(self.mine)


@dataclass(frozen=True)
class Typing:
    """What the open editor holds for a segment, typed but perhaps not stored yet."""

    segment_id: int
    text: str


@dataclass
class _Batch:
    ids: set[int] = field(default_factory=set)
    external: bool = True
    depth: int = 0


class OpenRelease:
    """The segments of the release on screen, their repetition groups and the pending conflicts."""

    def __init__(self, reader: SegmentReader | None = None) -> None:
        self._reader = reader
        self.release: StoredRelease | None = None
        self._segments: list[StoredSegment] = []
        self._rows: dict[int, int] = {}
        self._words: dict[int, int] = {}
        """Source words by segment id, counted when first asked for (the rows in view)."""
        self._tally: Counter[SegmentStatus] = Counter()
        self._word_tally: Counter[SegmentStatus] | None = Counter()
        """Words per status; None until :meth:`count_words` has counted a long release's."""
        self._words_next = 0
        self._groups: dict[str, tuple[int, ...]] = {}
        self._conflicts: dict[int, Conflict] = {}
        self._batch = _Batch()
        self.typing: Typing | None = None
        #: Just before the whole release is replaced (a load or a reload): editors still open must close.
        self.resetting: Emitter[None] = Emitter()
        #: After segments changed: their ids, or a reset.
        self.changed: Emitter[ReleaseChange] = Emitter()
        #: A pending conflict of this segment id appeared or was settled.
        self.conflicts_changed: Emitter[int] = Emitter()

    # --- reading -----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._segments)

    def segments(self) -> Sequence[StoredSegment]:
        """Every segment in document order (a read-only view: change them through :meth:`apply`)."""
        return tuple(self._segments)

    def segment_at(self, row: int) -> StoredSegment:
        return self._segments[row]

    def row_of(self, segment_id: int) -> int | None:
        return self._rows.get(segment_id)

    def segment(self, segment_id: int) -> StoredSegment | None:
        row = self._rows.get(segment_id)
        return self._segments[row] if row is not None else None

    def repetitions_of(self, segment_id: int) -> list[StoredSegment]:
        """The release's other translatable segments with the same source (a confirmation fills them)."""
        segment = self.segment(segment_id)
        if segment is None or not segment.translatable:
            return []
        ids = self._groups.get(repetition_key(segment.source), ())
        return [self._segments[self._rows[i]] for i in ids if i != segment_id]

    def words_of(self, segment_id: int) -> int:
        """The source words of a held segment (counted when first asked for, then kept)."""
        words = self._words.get(segment_id)
        if words is None:
            segment = self.segment(segment_id)
            words = word_count(segment.source) if segment is not None else 0
            self._words[segment_id] = words
        return words

    def confirmed_repetitions(self, segment_id: int) -> list[str]:
        """Targets of the segment's repetitions that someone confirmed (offered as 100% suggestions)."""
        return [s.target for s in self.repetitions_of(segment_id) if s.status in workflow.CONFIRMED]

    def counts(self) -> dict[SegmentStatus, int]:
        """Segments per status among those to translate (kept up to date with each change, not recounted)."""
        return {status: self._tally.get(status, 0) for status in SegmentStatus}

    def word_counts(self) -> dict[SegmentStatus, int] | None:
        """Source words per status among the segments to translate (the domain's one word count), kept up
        to date with each change; None while a long release's words are still being counted."""
        tally = self._word_tally
        if tally is None:
            return None
        return {status: tally.get(status, 0) for status in SegmentStatus}

    def count_words(self, limit: int) -> bool:
        """Count the words of up to ``limit`` more segments; True once every segment's are counted and the
        totals per status are ready (the window calls it while idle after opening a long release)."""
        if self._word_tally is not None:
            return True
        segments, words = self._segments, self._words
        end = min(len(segments), self._words_next + limit)
        for segment in segments[self._words_next : end]:
            if segment.id not in words:
                words[segment.id] = word_count(segment.source)
        self._words_next = end
        if end < len(segments):
            return False
        tally: Counter[SegmentStatus] = Counter()
        for segment in segments:
            if segment.translatable:
                tally[segment.status] += self.words_of(segment.id)
        self._word_tally = tally
        return True

    # --- loading -----------------------------------------------------------------------------------------

    def load(self, release: StoredRelease | None, segments: Sequence[StoredSegment]) -> None:
        """Hold another release (or the same one read again): one reset event. Pending conflicts and the
        typing belong to the release that goes."""
        self.resetting.emit(None)
        self.release = release
        self._segments = list(segments)
        self._rows = {s.id: row for row, s in enumerate(self._segments)}
        self._words = {}
        translatable = [s for s in self._segments if s.translatable]
        self._tally = Counter(s.status for s in translatable)
        self._word_tally, self._words_next = None, 0
        if len(self._segments) <= WORDS_COUNTED_AT_ONCE:
            self.count_words(len(self._segments))
        groups: dict[str, list[int]] = defaultdict(list)
        for segment in translatable:
            groups[" ".join(segment.source.split())].append(segment.id)  # repetition_key, inlined
        self._groups = {key: tuple(ids) for key, ids in groups.items() if len(ids) > 1}
        settled = list(self._conflicts)
        self._conflicts.clear()
        self.typing = None
        self.changed.emit(ReleaseChange(frozenset(self._rows), reset=True))
        for segment_id in settled:
            self.conflicts_changed.emit(segment_id)

    def clear(self) -> None:
        """No release open."""
        self.load(None, [])

    # --- changes -----------------------------------------------------------------------------------------

    def apply(self, segments: Iterable[StoredSegment]) -> frozenset[int]:
        """Take in what a write of this window stored; one event for all of them. Returns the ids that
        changed: segments of other releases, unknown ids and versions not newer than the one held are left
        out (the same write applied twice changes nothing)."""
        return self._take(segments, external=False)

    def apply_external(self, segments: Iterable[StoredSegment]) -> frozenset[int]:
        """Take in segments changed outside this window (another desktop's commit, a command, a merge run by
        someone else). When one of them is the segment being typed in, with text not stored yet, the text
        is kept and a pending conflict records theirs against it."""
        return self._take(segments, external=True)

    def refresh(self, segment_ids: Iterable[int]) -> frozenset[int]:
        """Read the given segments again and take in what changed (the entry point for "these ids changed
        elsewhere", e.g. a PostgreSQL notification); ids of other releases are ignored."""
        if self._reader is None:
            raise RuntimeError("this open release was built without a way to read segments")
        wanted = [i for i in dict.fromkeys(segment_ids) if i in self._rows]
        if not wanted:
            return frozenset()
        return self.apply_external(self._reader(wanted))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Changes applied inside are announced as one event at the end (an undo of Replace all, say)."""
        self._batch.depth += 1
        try:
            yield
        finally:
            self._batch.depth -= 1
            if not self._batch.depth:
                ids, external = frozenset(self._batch.ids), self._batch.external
                self._batch = _Batch()
                if ids:
                    self.changed.emit(ReleaseChange(ids, external=external))

    def _take(self, segments: Iterable[StoredSegment], *, external: bool) -> frozenset[int]:
        changed: set[int] = set()
        conflicts: list[int] = []
        for segment in segments:
            row = self._rows.get(segment.id)
            if row is None:
                continue
            held = self._segments[row]
            if segment.version <= held.version:
                continue
            typing = self.typing
            if external and self._unsaved_typing_on(held) and typing and typing.text != segment.target:
                self._conflicts[segment.id] = Conflict(segment, typing.text, False, segment.updated_by)
                conflicts.append(segment.id)
            self._segments[row] = segment
            self._recount(held, segment)
            changed.add(segment.id)
        if changed:
            if self._batch.depth:
                self._batch.ids |= changed
                self._batch.external = self._batch.external and external
            else:
                self.changed.emit(ReleaseChange(frozenset(changed), external=external))
        for segment_id in conflicts:
            self.conflicts_changed.emit(segment_id)
        return frozenset(changed)

    def _recount(self, held: StoredSegment, segment: StoredSegment) -> None:
        """Keep the tallies right as ``held`` becomes ``segment`` (its status, source or translatability
        changed); called once ``segment`` is in place."""
        same_source = held.source == segment.source
        words = self._word_tally  # None while counting: the count at the end sees the new segment
        if held.translatable:
            self._tally[held.status] -= 1
            if words is not None:
                words[held.status] -= self.words_of(held.id) if same_source else word_count(held.source)
        if not same_source:
            self._words.pop(segment.id, None)
        if segment.translatable:
            self._tally[segment.status] += 1
            if words is not None:
                words[segment.status] += self.words_of(segment.id)
        if not same_source or held.translatable != segment.translatable:
            self._regroup(held, segment)

    def _regroup(self, held: StoredSegment, segment: StoredSegment) -> None:
        """A source or translatability changed (an updated release, Ctrl+Shift+X): move the segment between
        repetition groups."""
        old_key, new_key = repetition_key(held.source), repetition_key(segment.source)
        if held.translatable:
            left = tuple(i for i in self._groups.get(old_key, ()) if i != segment.id)
            if len(left) > 1:
                self._groups[old_key] = left
            else:
                self._groups.pop(old_key, None)
        if segment.translatable:
            same = [s.id for s in self._segments if s.translatable and repetition_key(s.source) == new_key]
            if len(same) > 1:
                self._groups[new_key] = tuple(same)

    # --- typing and conflicts ------------------------------------------------------------------------------

    def note_typing(self, segment_id: int | None, text: str = "") -> None:
        """What the open editor holds now (None: no editor open). Cheap: called on every keystroke."""
        self.typing = Typing(segment_id, text) if segment_id is not None else None

    def unsaved_typing(self) -> Typing | None:
        """The editor's text when it differs from the stored target (what a crash or a reset would lose)."""
        typing = self.typing
        if typing is None:
            return None
        held = self.segment(typing.segment_id)
        return typing if held is not None and typing.text != held.target else None

    def _unsaved_typing_on(self, held: StoredSegment) -> bool:
        typing = self.typing
        return typing is not None and typing.segment_id == held.id and typing.text != held.target

    def conflict(self, segment_id: int) -> Conflict | None:
        return self._conflicts.get(segment_id)

    def conflicts(self) -> list[Conflict]:
        """The pending conflicts, in document order."""
        return sorted(self._conflicts.values(), key=lambda c: c.theirs.position)

    def record_conflict(self, conflict: Conflict) -> None:
        """A write refused because the segment moved on (or a change that met unsaved typing)."""
        self._conflicts[conflict.segment_id] = conflict
        self.conflicts_changed.emit(conflict.segment_id)

    def settle_conflict(self, segment_id: int) -> Conflict | None:
        """The user chose (their text or the stored one): the conflict is no longer pending."""
        conflict = self._conflicts.pop(segment_id, None)
        if conflict is not None:
            self.conflicts_changed.emit(segment_id)
        return conflict
