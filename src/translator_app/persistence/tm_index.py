"""The fuzzy-match index of one language pair: a word-level inverted index of roaring bitmaps.

Why this shape: scoring every unit with rapidfuzz costs ~0.6 s at a million units; a character-trigram
index in pure Python takes minutes and gigabytes to build, and SQLite FTS5 ranks candidates 30–100×
slower. A word index narrows a look-up to a few hundred candidates; keeping each word's units as a
compressed bitmap (pyroaring, about 1 MB in the installer) lets C do the counting that took 30–60 ms in
Python at a million units, and keeps numpy and its 40 MB of BLAS out of the installed app:

- every unit's source is normalised (``domain.matching.normalise``) and cut into distinct words; a word
  found in more than 5% of a large memory (articles, prepositions) is a *stop word* and not indexed;
- each word's units (their positions in id order) form one bitmap, serialised one after the other in a
  single ``bytes`` buffer (``starts[w]:starts[w+1]``) and read back only for the words of a query;
- a query ranks units by the Dice coefficient ``2·shared / (words in query + words in unit)`` of their
  words (see ``tm_ranking``: the bitmaps are added up in C, then units are visited best Dice first), skips
  those whose length alone rules out the threshold, and rescores the best ``CANDIDATES`` with rapidfuzz's
  ``fuzz.ratio``, the base of the score users see;
- units added after the bitmaps were built go to a small *delta* (a bitmap per word, in memory) searched
  alongside and merged when it grows; the normalised sources stay in memory as one UTF-8 buffer with
  offsets, which also serves concordance search (``find`` over the whole memory takes milliseconds).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat

from pyroaring import AbstractBitMap, BitMap, FrozenBitMap
from rapidfuzz import fuzz, process

from translator_app.domain.matching import normalise
from translator_app.persistence.tm_ranking import best_by_dice, shared_planes

CANDIDATES = 200
"""How many units, best by Dice, are rescored exactly."""
STOP_SHARE = 0.05
STOP_MIN_UNITS = 500
"""A word is a stop word when it is in more than STOP_SHARE of the units and in more than STOP_MIN_UNITS."""
SEPARATOR = b"\n"
"""Ends each source in the buffer; ``normalise`` leaves no line break in a text."""

_WORDS = re.compile(r"\w\w+|\d")

ID_TYPE = "q"
"""Unit ids and byte offsets: 64-bit."""
POSITION_TYPE = "i"
"""Lengths and word counts: 32-bit."""
BITMAP_TYPE = "I"
"""Positions while building: unsigned 32-bit, the type pyroaring reads in one call."""
_EMPTY = array(BITMAP_TYPE)


def index_words(normalised: str) -> set[str]:
    """The distinct words of a normalised text (one-letter words only when they are digits)."""
    return set(_WORDS.findall(normalised))


def pack(bitmaps: Iterable[AbstractBitMap]) -> tuple[bytes, array[int]]:
    """Bitmaps serialised back to back, with the offset of each (an empty bitmap takes no byte)."""
    return _join(map(_serialise, bitmaps))


def _serialise(bitmap: AbstractBitMap) -> bytes:
    if not bitmap:
        return b""
    if isinstance(bitmap, BitMap):
        bitmap.run_optimize()
    return bitmap.serialize()


def _join(pieces: Iterable[bytes]) -> tuple[bytes, array[int]]:
    kept: list[bytes] = []
    starts, end = _zero(), 0
    for piece in pieces:
        kept.append(piece)
        end += len(piece)
        starts.append(end)
    return b"".join(kept), starts


def unpack(data: bytes, starts: array[int], slot: int) -> FrozenBitMap:
    """The bitmap ``slot`` of a ``pack`` buffer (read in place, without a copy of its bytes)."""
    start, end = starts[slot], starts[slot + 1]
    if end == start:
        return FrozenBitMap()
    with memoryview(data) as view:
        return FrozenBitMap.deserialize(view[start:end])  # type: ignore[arg-type]


def _ids() -> array[int]:
    return array(ID_TYPE)


def _positions() -> array[int]:
    return array(POSITION_TYPE)


def _zero() -> array[int]:
    return array(ID_TYPE, [0])


def _bitmaps(lists: list[array[int]]) -> list[BitMap]:
    """Each list of positions as a bitmap, each list emptied as soon as converted (half the peak memory)."""
    bitmaps: list[BitMap] = []
    for slot, positions in enumerate(lists):
        bitmaps.append(BitMap(positions))
        lists[slot] = _EMPTY
    return bitmaps


@dataclass
class PairIndex:
    """Bitmaps for the units indexed so far, plus a delta of units added since.

    Positions count base units first, then the delta's; ``lengths``, ``word_counts`` and ``by_word_count``
    cover both, the rest only the base units.
    """

    ids: array[int] = field(default_factory=_ids)
    lengths: array[int] = field(default_factory=_positions)
    word_counts: array[int] = field(default_factory=_positions)
    """Distinct indexed (non-stop) words of each unit."""
    offsets: array[int] = field(default_factory=_zero)
    blob: bytearray = field(default_factory=bytearray)
    """The normalised sources in UTF-8, each followed by SEPARATOR (half the size of a Python str)."""
    vocabulary: dict[str, int] = field(default_factory=dict)
    starts: array[int] = field(default_factory=_zero)
    postings: bytes = b""
    """``pack``-ed bitmaps, one per word of ``vocabulary`` (empty for stop words)."""
    by_word_count: list[BitMap] = field(default_factory=list)
    """``by_word_count[k]``: the units of ``k`` indexed words."""
    stop: frozenset[str] = frozenset()
    delta_ids: list[int] = field(default_factory=list)
    delta_texts: list[str] = field(default_factory=list)
    delta_postings: dict[str, BitMap] = field(default_factory=dict)
    dropped: BitMap = field(default_factory=BitMap)
    """Positions of deleted units (and of corrected ones, whose new source comes under a new position):
    never offered again."""

    @property
    def size(self) -> int:
        return len(self.ids) + len(self.delta_ids)

    @property
    def last_id(self) -> int:
        if self.delta_ids:
            return self.delta_ids[-1]
        return self.ids[-1] if self.ids else 0

    def text(self, position: int) -> str:
        """The normalised source at ``position`` (base units first, then the delta)."""
        base = len(self.ids)
        if position >= base:
            return self.delta_texts[position - base]
        return self.blob[self.offsets[position] : self.offsets[position + 1] - 1].decode("utf-8")

    def unit_id(self, position: int) -> int:
        base = len(self.ids)
        return self.delta_ids[position - base] if position >= base else self.ids[position]

    # --- building -------------------------------------------------------------------------------------

    @classmethod
    def build(cls, units: Iterable[tuple[int, str]]) -> PairIndex:
        """The index of ``(id, source)`` pairs given in increasing id order (one bitmap per word)."""
        appenders: dict[str, Callable[[int], None]] = {}  # word -> its positions' append, in slot order
        lists: list[array[int]] = []
        index = cls()
        ids, lengths, counts = index.ids, index.lengths, index.word_counts
        offsets, blob = index.offsets, index.blob
        for position, (unit_id, source) in enumerate(units):
            text = normalise(source)
            words = index_words(text)
            for word in words.difference(appenders):
                lists.append(array(BITMAP_TYPE))
                appenders[word] = lists[-1].append
            for append in map(appenders.__getitem__, words):
                append(position)
            counts.append(len(words))
            lengths.append(len(text))
            ids.append(unit_id)
            blob += text.encode("utf-8")
            blob += SEPARATOR
            offsets.append(len(blob))
        vocabulary = dict(zip(appenders, range(len(lists)), strict=True))
        del appenders
        bitmaps = _bitmaps(lists)
        index.stop = _drop_stop_words(vocabulary, bitmaps, counts, len(ids))
        index.vocabulary = vocabulary
        index.postings, index.starts = pack(bitmaps)
        del bitmaps
        index.by_word_count = rows_by_word_count(counts)
        return index

    def drop(self, unit_ids: Iterable[int]) -> None:
        """Leave these units out of every search from now on (a scan of the ids: removals are rare)."""
        wanted = set(unit_ids)
        if not wanted:
            return
        base = len(self.ids)
        self.dropped.update(position for position, unit_id in enumerate(self.ids) if unit_id in wanted)
        self.dropped.update(base + n for n, unit_id in enumerate(self.delta_ids) if unit_id in wanted)

    def add(self, unit_id: int, source: str) -> None:
        """Index one more unit (into the delta), in the order the database gives them."""
        text = normalise(source)
        position = self.size
        words = index_words(text) - self.stop
        for word in words:
            posting = self.delta_postings.get(word)
            if posting is None:
                posting = self.delta_postings[word] = BitMap()
            posting.add(position)
        while len(self.by_word_count) <= len(words):
            self.by_word_count.append(BitMap())
        self.by_word_count[len(words)].add(position)
        self.delta_ids.append(unit_id)
        self.delta_texts.append(text)
        self.lengths.append(len(text))
        self.word_counts.append(len(words))

    def merge(self) -> None:
        """Fold the delta into the packed bitmaps and the text buffer."""
        if not self.delta_ids:
            return
        grown: dict[int, BitMap] = {}
        for word, positions in self.delta_postings.items():
            grown[self.vocabulary.setdefault(word, len(self.vocabulary))] = positions
        slots = range(len(self.vocabulary))
        self.postings, self.starts = _join(map(self._merged_piece, slots, repeat(grown)))
        for text in self.delta_texts:
            self.blob += text.encode("utf-8")
            self.blob += SEPARATOR
            self.offsets.append(len(self.blob))
        self.ids.fromlist(self.delta_ids)
        self.delta_ids, self.delta_texts, self.delta_postings = [], [], {}

    def _merged_piece(self, slot: int, grown: dict[int, BitMap]) -> bytes:
        """The packed bitmap of ``slot`` with the delta's positions added (copied as it is when none)."""
        known = slot < len(self.starts) - 1
        piece = self.postings[self.starts[slot] : self.starts[slot + 1]] if known else b""
        extra = grown.get(slot)
        if extra is None:
            return piece
        return _serialise(extra | FrozenBitMap.deserialize(piece) if piece else extra)

    # --- searching ------------------------------------------------------------------------------------

    def posting(self, word: str) -> AbstractBitMap | None:
        """The positions of the units holding ``word`` (base and delta), or None."""
        slot = self.vocabulary.get(word)
        base = unpack(self.postings, self.starts, slot) if slot is not None else None
        delta = self.delta_postings.get(word)
        if delta:
            return delta | base if base else delta
        return base or None

    def candidates(self, query: str, threshold: float, limit: int = CANDIDATES) -> list[int]:
        """Positions of the units sharing most words with ``query`` whose length allows ``threshold``:
        the best ``limit`` by Dice, earlier units first at equal Dice."""
        words = index_words(query) - self.stop
        postings = [posting for posting in map(self.posting, words) if posting]
        if not postings:
            return []
        shortest, longest = length_bounds(len(query), threshold)
        lengths = self.lengths

        dropped = self.dropped

        def keep(positions: Iterable[int]) -> list[int]:
            kept = [position for position in positions if shortest <= lengths[position] <= longest]
            return [position for position in kept if position not in dropped] if dropped else kept

        return best_by_dice(shared_planes(postings), len(words), self.by_word_count, keep, limit)

    def search(self, source: str, threshold: float, limit: int) -> list[tuple[int, float]]:
        """``(unit id, fuzz.ratio)`` of the best ``limit`` units at or above ``threshold``, best first."""
        query = normalise(source)
        positions = self.candidates(query, threshold)
        texts = [self.text(p) for p in positions]
        found = process.extract(query, texts, scorer=fuzz.ratio, limit=limit, score_cutoff=threshold)
        return [(self.unit_id(positions[slot]), float(ratio)) for _, ratio, slot in found]

    def find(self, phrase: str, limit: int) -> list[int]:
        """Ids of units whose normalised source contains ``phrase`` (normalised), in id order."""
        needle = normalise(phrase)
        if not needle:
            return []
        encoded = needle.encode("utf-8")
        found: list[int] = []
        start = self.blob.find(encoded)
        while start >= 0 and len(found) < limit:
            position = bisect_right(self.offsets, start) - 1
            if position not in self.dropped:
                found.append(self.ids[position])
            start = self.blob.find(encoded, self.offsets[position + 1])
        base = len(self.ids)
        for number, (unit_id, text) in enumerate(zip(self.delta_ids, self.delta_texts, strict=True)):
            if len(found) >= limit:
                break
            if needle in text and base + number not in self.dropped:
                found.append(unit_id)
        return found


def rows_by_word_count(counts: array[int]) -> list[BitMap]:
    """``rows[k]``: the positions whose count is ``k``."""
    lists = [array(BITMAP_TYPE) for _ in range(max(counts, default=-1) + 1)]
    appenders = [row.append for row in lists]
    for position, count in enumerate(counts):
        appenders[count](position)
    return _bitmaps(lists)


def length_allows(length: int, size: int, threshold: float) -> bool:
    """Whether a text of ``length`` characters can reach ``threshold`` against one of ``size``: the
    ratio is at most ``200·shorter / (sum of lengths)``."""
    return 200.0 * min(length, size) / max(length + size, 1) >= threshold


def length_bounds(size: int, threshold: float) -> tuple[int, int]:
    """The shortest and longest unit lengths that ``length_allows``, found once per query so that the
    ranking loop compares two integers instead of dividing (estimated, then settled on the exact test)."""
    if threshold <= 0:
        return 0, 2**62
    if threshold > 100 or not length_allows(size, size, threshold):
        return 1, 0
    shortest = max(int(threshold * size / (200.0 - threshold)) - 1, 0)
    while not length_allows(shortest, size, threshold):
        shortest += 1
    while shortest > 0 and length_allows(shortest - 1, size, threshold):
        shortest -= 1
    longest = int(size * (200.0 - threshold) / threshold) + 1
    while not length_allows(longest, size, threshold):
        longest -= 1
    while length_allows(longest + 1, size, threshold):
        longest += 1
    return shortest, longest


def _drop_stop_words(
    vocabulary: dict[str, int], bitmaps: list[BitMap], counts: array[int], size: int
) -> frozenset[str]:
    """Empty the bitmaps of words too frequent to narrow a search, and take them off the counts."""
    if not size:
        return frozenset()
    ceiling = max(STOP_SHARE * size, STOP_MIN_UNITS)
    stopped = [word for word, slot in vocabulary.items() if len(bitmaps[slot]) > ceiling]
    planes = shared_planes(bitmaps[vocabulary[word]] for word in stopped)
    for bit, plane in enumerate(planes):
        weight = 1 << bit
        for position in plane:
            counts[position] -= weight
    for word in stopped:
        bitmaps[vocabulary[word]] = BitMap()
    return frozenset(stopped)
