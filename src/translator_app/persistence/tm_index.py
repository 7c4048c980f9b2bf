"""The fuzzy-match index of one language pair: a word-level inverted index in flat ``array`` buffers.

Why this shape: scoring every unit with rapidfuzz costs ~0.4 s at a million units; a character-trigram
index in pure Python takes minutes and gigabytes to build, and SQLite FTS5 ranks candidates 30–100×
slower. A word index in flat arrays builds in seconds, loads from one file, and narrows a look-up to a few
hundred candidates. It needs nothing beyond the standard library (``array``, ``collections.Counter``,
``bisect``), which keeps numpy and its 40 MB of BLAS out of the installed app:

- every unit's source is normalised (``domain.matching.normalise``) and cut into distinct words; a word
  found in more than 5% of a large memory (articles, prepositions) is a *stop word* and not indexed;
- the postings of all words sit in one int32 array, ordered by word (CSR layout:
  ``starts[w]:starts[w+1]``);
- a query counts, in C (``Counter.update`` over array slices), the words each unit shares with it, then
  ranks units by the Dice coefficient ``2·shared / (words in query + words in unit)``, visiting units
  by falling shared count and stopping once no unit with fewer shared words can enter the best
  ``CANDIDATES`` (a unit sharing ``s`` words scores at most ``2s / (query words + s)``); units whose
  length alone rules out the threshold are skipped; the candidates are rescored with rapidfuzz's
  ``fuzz.ratio``, the base of the score users see;
- units added after the arrays were built go to a small *delta* (plain dicts) searched alongside and
  merged into the arrays when it grows; the normalised sources stay in memory as one UTF-8 buffer with
  offsets, which also serves concordance search (``bytes.find`` over the whole memory takes milliseconds).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from operator import eq, le

from rapidfuzz import fuzz, process

from translator_app.domain.matching import normalise

CANDIDATES = 200
"""How many units, best by Dice, are rescored exactly."""
STOP_SHARE = 0.05
STOP_MIN_UNITS = 500
"""A word is a stop word when it is in more than STOP_SHARE of the units and in more than STOP_MIN_UNITS."""
SEPARATOR = "\n"

_WORDS = re.compile(r"\w\w+|\d")

ID_TYPE = "q"
"""Unit ids and byte offsets: 64-bit."""
POSITION_TYPE = "i"
"""Unit positions, lengths and word counts: 32-bit (two billion units is beyond any memory)."""


def index_words(normalised: str) -> set[str]:
    """The distinct words of a normalised text (one-letter words only when they are digits)."""
    return set(_WORDS.findall(normalised))


def _ids() -> array[int]:
    return array(ID_TYPE)


def _positions() -> array[int]:
    return array(POSITION_TYPE)


def _zero() -> array[int]:
    return array(ID_TYPE, [0])


@dataclass
class PairIndex:
    """Arrays for the units indexed so far, plus a delta of units added since."""

    ids: array[int] = field(default_factory=_ids)
    lengths: array[int] = field(default_factory=_positions)
    word_counts: array[int] = field(default_factory=_positions)
    offsets: array[int] = field(default_factory=_zero)
    blob: bytes = b""
    """The normalised sources in UTF-8, each followed by SEPARATOR (half the size of a Python str)."""
    vocabulary: dict[str, int] = field(default_factory=dict)
    starts: array[int] = field(default_factory=_zero)
    postings: array[int] = field(default_factory=_positions)
    stop: frozenset[str] = frozenset()
    delta_ids: list[int] = field(default_factory=list)
    delta_texts: list[str] = field(default_factory=list)
    delta_counts: list[int] = field(default_factory=list)
    delta_postings: dict[str, list[int]] = field(default_factory=dict)

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
        """Arrays for ``(id, source)`` pairs given in increasing id order (one posting list per word)."""
        vocabulary: dict[str, int] = {}
        lists: list[array[int]] = []
        counts, lengths, ids = _positions(), _positions(), _ids()
        offsets, blob = _zero(), bytearray()
        for position, (unit_id, source) in enumerate(units):
            text = normalise(source).replace(SEPARATOR, " ")
            words = index_words(text)
            for word in words:
                slot = vocabulary.get(word)
                if slot is None:
                    slot = vocabulary[word] = len(lists)
                    lists.append(_positions())
                lists[slot].append(position)
            counts.append(len(words))
            lengths.append(len(text))
            ids.append(unit_id)
            blob += (text + SEPARATOR).encode("utf-8")
            offsets.append(len(blob))
        index = cls(ids=ids, lengths=lengths, offsets=offsets, blob=bytes(blob))
        del blob
        index.stop = _drop_stop_words(vocabulary, lists, counts, len(ids))
        index._set_postings(vocabulary, lists, counts)
        return index

    def add(self, unit_id: int, source: str) -> None:
        """Index one more unit (into the delta); ids must keep increasing."""
        text = normalise(source).replace(SEPARATOR, " ")
        position = self.size
        words = index_words(text) - self.stop
        for word in words:
            self.delta_postings.setdefault(word, []).append(position)
        self.delta_ids.append(unit_id)
        self.delta_texts.append(text)
        self.delta_counts.append(len(words))

    def merge(self) -> None:
        """Fold the delta into the arrays (one copy of the postings, word by word)."""
        if not self.delta_ids:
            return
        lists = [
            self.postings[self.starts[slot] : self.starts[slot + 1]] for slot in range(len(self.starts) - 1)
        ]
        for word, positions in self.delta_postings.items():
            slot = self.vocabulary.get(word)
            if slot is None:
                slot = self.vocabulary[word] = len(lists)
                lists.append(_positions())
            lists[slot].fromlist(positions)
        encoded = [(text + SEPARATOR).encode("utf-8") for text in self.delta_texts]
        end = self.offsets[-1]
        for piece in encoded:
            end += len(piece)
            self.offsets.append(end)
        self.blob += b"".join(encoded)
        self.lengths.extend(len(text) for text in self.delta_texts)
        self.ids.fromlist(self.delta_ids)
        counts = self.word_counts
        counts.fromlist(self.delta_counts)
        self.delta_ids, self.delta_texts, self.delta_counts, self.delta_postings = [], [], [], {}
        self._set_postings(self.vocabulary, lists, counts)

    def _set_postings(self, vocabulary: dict[str, int], lists: list[array[int]], counts: array[int]) -> None:
        """CSR postings from one list per word id."""
        postings, starts = _positions(), _zero()
        for positions in lists:
            postings.extend(positions)
            starts.append(len(postings))
        self.postings, self.starts, self.vocabulary, self.word_counts = postings, starts, vocabulary, counts

    # --- searching ------------------------------------------------------------------------------------

    def candidates(self, query: str, threshold: float, limit: int = CANDIDATES) -> list[int]:
        """Positions of the units sharing most words with ``query`` whose length allows ``threshold``."""
        words = index_words(query) - self.stop
        if not words:
            return []
        shared = self._shared_words(words)
        query_words, lengths = len(words), length_bounds(len(query), threshold)
        # Most units share a single word with the query: they are sorted out (in C) only when the units
        # sharing more leave room for them among the best ``limit``.
        buckets: list[list[int]] = [[] for _ in range(query_words + 1)]
        for position in compress(shared, map(partial(le, 2), shared.values())):
            buckets[shared[position]].append(position)
        ranked: list[tuple[float, int]] = []  # (-Dice, position): best first, earlier units first
        for count in range(query_words, 0, -1):
            if len(ranked) >= limit and -ranked[limit - 1][0] > 2.0 * count / (query_words + count):
                break  # a unit sharing ``count`` words or fewer cannot beat the candidates already held
            if count == 1:
                buckets[1] = list(compress(shared, map(partial(eq, 1), shared.values())))
            self._rank(buckets[count], count, query_words, lengths, ranked)
            ranked.sort()
            del ranked[limit:]
        return [position for _, position in ranked]

    def _shared_words(self, words: set[str]) -> Counter[int]:
        """How many of ``words`` each unit holds, for the units holding at least one."""
        shared: Counter[int] = Counter()
        for word in words:
            slot = self.vocabulary.get(word)
            if slot is not None:
                shared.update(self.postings[self.starts[slot] : self.starts[slot + 1]])
            delta = self.delta_postings.get(word)
            if delta:
                shared.update(delta)
        return shared

    def _rank(
        self,
        positions: list[int],
        shared: int,
        query_words: int,
        lengths: tuple[int, int],
        ranked: list[tuple[float, int]],
    ) -> None:
        """Append ``(-Dice, position)`` for the ``positions`` sharing ``shared`` words whose length is
        within ``lengths`` (shortest, longest)."""
        base = len(self.ids)
        shortest, longest = lengths
        in_delta = [position for position in positions if position >= base] if self.delta_ids else []
        if in_delta:
            positions = [position for position in positions if position < base]
        scale = -2.0 * shared
        for position, length, unit_words in zip(
            positions,
            map(self.lengths.__getitem__, positions),
            map(self.word_counts.__getitem__, positions),
            strict=True,
        ):
            if shortest <= length <= longest:
                ranked.append((scale / (query_words + unit_words), position))
        for position in in_delta:
            if shortest <= len(self.delta_texts[position - base]) <= longest:
                ranked.append((scale / (query_words + self.delta_counts[position - base]), position))

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
            found.append(self.ids[position])
            start = self.blob.find(encoded, self.offsets[position + 1])
        for unit_id, text in zip(self.delta_ids, self.delta_texts, strict=True):
            if len(found) >= limit:
                break
            if needle in text:
                found.append(unit_id)
        return found


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
    vocabulary: dict[str, int], lists: list[array[int]], counts: array[int], size: int
) -> frozenset[str]:
    """Empty the posting lists of words too frequent to narrow a search, and take them off the counts."""
    if not size:
        return frozenset()
    ceiling = max(STOP_SHARE * size, STOP_MIN_UNITS)
    stopped = [word for word, slot in vocabulary.items() if len(lists[slot]) > ceiling]
    removed: Counter[int] = Counter()
    for word in stopped:
        slot = vocabulary[word]
        removed.update(lists[slot])
        lists[slot] = _positions()
    for position, count in removed.items():
        counts[position] -= count
    return frozenset(stopped)
