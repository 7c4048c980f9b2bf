"""The fuzzy-match index of one language pair: a word-level inverted index in numpy arrays.

Why this shape: scoring every unit with rapidfuzz costs ~0.6 s at a million units; a character-trigram
index in pure Python takes minutes and gigabytes to build, and SQLite FTS5 ranks candidates 30–100×
slower. A word index in flat arrays builds in seconds, loads from one file, and narrows a look-up to a few
hundred candidates:

- every unit's source is normalised (``domain.matching.normalise``) and cut into distinct words; a word
  found in more than 5% of a large memory (articles, prepositions) is a *stop word* and not indexed;
- the postings of all words sit in one int32 array, ordered by word (CSR layout:
  ``starts[w]:starts[w+1]``);
- a query counts the words each unit shares with it, ranks units by the Dice coefficient ``2·shared /
  (words in query + words in unit)``, drops units whose length alone rules out the threshold, and rescores
  the best ``CANDIDATES`` with rapidfuzz's ``fuzz.ratio``, the base of the score users see;
- units added after the arrays were built go to a small *delta* (plain dicts) searched alongside and
  merged into the arrays when it grows; the normalised sources stay in memory as one UTF-8 buffer with
  offsets, which also serves concordance search (``bytes.find`` over the whole memory takes milliseconds).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from translator_app.domain.matching import normalise

CANDIDATES = 200
"""How many units, best by Dice, are rescored exactly."""
STOP_SHARE = 0.05
STOP_MIN_UNITS = 500
"""A word is a stop word when it is in more than STOP_SHARE of the units and in more than STOP_MIN_UNITS."""
SEPARATOR = "\n"

_WORDS = re.compile(r"\w\w+|\d")

Ints = npt.NDArray[np.int64]
Int32s = npt.NDArray[np.int32]


def index_words(normalised: str) -> set[str]:
    """The distinct words of a normalised text (one-letter words only when they are digits)."""
    return set(_WORDS.findall(normalised))


@dataclass
class PairIndex:
    """Arrays for the units indexed so far, plus a delta of units added since."""

    ids: Ints = field(default_factory=lambda: np.zeros(0, np.int64))
    lengths: Int32s = field(default_factory=lambda: np.zeros(0, np.int32))
    word_counts: Int32s = field(default_factory=lambda: np.zeros(0, np.int32))
    offsets: Ints = field(default_factory=lambda: np.zeros(1, np.int64))
    blob: bytes = b""
    """The normalised sources in UTF-8, each followed by SEPARATOR (half the size of a Python str)."""
    vocabulary: dict[str, int] = field(default_factory=dict)
    starts: Ints = field(default_factory=lambda: np.zeros(1, np.int64))
    postings: Int32s = field(default_factory=lambda: np.zeros(0, np.int32))
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
        return int(self.ids[-1]) if len(self.ids) else 0

    def text(self, position: int) -> str:
        """The normalised source at ``position`` (base units first, then the delta)."""
        base = len(self.ids)
        if position >= base:
            return self.delta_texts[position - base]
        return self.blob[int(self.offsets[position]) : int(self.offsets[position + 1]) - 1].decode("utf-8")

    def unit_id(self, position: int) -> int:
        base = len(self.ids)
        return self.delta_ids[position - base] if position >= base else int(self.ids[position])

    # --- building -------------------------------------------------------------------------------------

    @classmethod
    def build(cls, units: Iterable[tuple[int, str]]) -> PairIndex:
        """Arrays for ``(id, source)`` pairs given in increasing id order (compact buffers, no dicts)."""
        vocabulary: dict[str, int] = {}
        word_ids, positions, counts, lengths = array("i"), array("i"), array("i"), array("i")
        ids, offsets, blob = array("q"), array("q", [0]), bytearray()
        for position, (unit_id, source) in enumerate(units):
            text = normalise(source).replace(SEPARATOR, " ")
            words = index_words(text)
            for word in words.difference(vocabulary):
                vocabulary[word] = len(vocabulary)
            word_ids.extend(map(vocabulary.__getitem__, words))
            positions.extend([position] * len(words))
            counts.append(len(words))
            lengths.append(len(text))
            ids.append(unit_id)
            blob += (text + SEPARATOR).encode("utf-8")
            offsets.append(len(blob))
        index = cls(
            ids=np.frombuffer(ids, np.int64).copy(),
            lengths=np.frombuffer(lengths, np.int32).copy(),
            offsets=np.frombuffer(offsets, np.int64).copy(),
            blob=bytes(blob),
        )
        del blob
        index._set_postings(
            np.frombuffer(word_ids, np.int32),
            np.frombuffer(positions, np.int32),
            list(vocabulary),
            np.frombuffer(counts, np.int32),
            recompute_stop=True,
        )
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
        """Fold the delta into the arrays (a sort of all postings: about a second per million units)."""
        if not self.delta_ids:
            return
        words = list(self.vocabulary)
        for word in self.delta_postings:
            if word not in self.vocabulary:
                self.vocabulary[word] = len(words)
                words.append(word)
        base_words = np.repeat(np.arange(len(self.starts) - 1, dtype=np.int32), np.diff(self.starts))
        delta_words = np.fromiter(
            (self.vocabulary[w] for w, units in self.delta_postings.items() for _ in units), np.int32
        )
        delta_units = np.fromiter((u for units in self.delta_postings.values() for u in units), np.int32)
        counts = np.concatenate([self.word_counts, np.asarray(self.delta_counts, np.int32)])
        encoded = [(text + SEPARATOR).encode("utf-8") for text in self.delta_texts]
        self.blob += b"".join(encoded)
        sizes = np.fromiter((len(e) for e in encoded), np.int64, count=len(encoded))
        self.offsets = np.concatenate([self.offsets, self.offsets[-1] + np.cumsum(sizes)]).astype(np.int64)
        new_lengths = np.fromiter((len(t) for t in self.delta_texts), np.int32, count=len(self.delta_texts))
        self.lengths = np.concatenate([self.lengths, new_lengths])
        self.ids = np.concatenate([self.ids, np.asarray(self.delta_ids, np.int64)])
        self.delta_ids, self.delta_texts, self.delta_counts, self.delta_postings = [], [], [], {}
        self._set_postings(
            np.concatenate([base_words, delta_words]),
            np.concatenate([self.postings, delta_units]),
            words,
            counts,
            recompute_stop=False,
        )

    def _set_postings(
        self, word_ids: Int32s, positions: Int32s, words: list[str], counts: Int32s, recompute_stop: bool
    ) -> None:
        """CSR postings from parallel (word, unit position) arrays; frequent words dropped on a build."""
        size = len(self.ids)
        if recompute_stop and size:
            frequency = np.bincount(word_ids, minlength=len(words))
            stopped = frequency > max(STOP_SHARE * size, STOP_MIN_UNITS)
            if stopped.any():
                self.stop = self.stop | {words[i] for i in np.flatnonzero(stopped)}
                keep = ~stopped[word_ids]
                counts = counts - np.bincount(positions[~keep], minlength=size).astype(np.int32)
                word_ids, positions = word_ids[keep], positions[keep]
        order = np.argsort(word_ids, kind="stable")
        self.postings = positions[order].astype(np.int32)
        self.starts = np.concatenate([[0], np.cumsum(np.bincount(word_ids, minlength=len(words)))]).astype(
            np.int64
        )
        self.vocabulary = {word: i for i, word in enumerate(words)}
        self.word_counts = np.asarray(counts, np.int32).copy()

    # --- searching ------------------------------------------------------------------------------------

    def candidates(self, query: str, threshold: float, limit: int = CANDIDATES) -> list[int]:
        """Positions of the units sharing most words with ``query`` whose length allows ``threshold``."""
        words = index_words(query) - self.stop
        if not words:
            return []
        base = len(self.ids)
        known = [self.vocabulary[w] for w in words if w in self.vocabulary]
        shared_positions: Ints = np.zeros(0, np.int64)
        shared_counts: Ints = np.zeros(0, np.int64)
        if known and base:
            lists = [self.postings[self.starts[w] : self.starts[w + 1]] for w in known]
            hits = np.concatenate(lists)
            if len(hits) * 8 < base:
                shared_positions, shared_counts = np.unique(hits, return_counts=True)
            else:
                counts = np.bincount(hits, minlength=base)
                shared_positions = np.flatnonzero(counts)
                shared_counts = counts[shared_positions]
        extra: dict[int, int] = {}
        for word in words:
            for position in self.delta_postings.get(word, ()):
                extra[position] = extra.get(position, 0) + 1
        if extra:
            shared_positions = np.concatenate([shared_positions, np.fromiter(extra.keys(), np.int64)])
            shared_counts = np.concatenate([shared_counts, np.fromiter(extra.values(), np.int64)])
        if not len(shared_positions):
            return []
        lengths, unit_words = self._lengths_and_words(shared_positions, base)
        size = len(query)
        possible = 200.0 * np.minimum(lengths, size) / np.maximum(lengths + size, 1) >= threshold
        shared_positions, shared_counts = shared_positions[possible], shared_counts[possible]
        dice = 2.0 * shared_counts / (len(words) + unit_words[possible])
        if len(dice) > limit:
            best = np.argpartition(-dice, limit)[:limit]
            shared_positions, dice = shared_positions[best], dice[best]
        return [int(p) for p in shared_positions[np.argsort(-dice, kind="stable")]]

    def _lengths_and_words(self, positions: Ints, base: int) -> tuple[Ints, Ints]:
        in_base = positions < base
        lengths = np.empty(len(positions), np.int64)
        words = np.empty(len(positions), np.int64)
        lengths[in_base] = self.lengths[positions[in_base]]
        words[in_base] = self.word_counts[positions[in_base]]
        for slot in np.flatnonzero(~in_base):
            delta = int(positions[slot]) - base
            lengths[slot] = len(self.delta_texts[delta])
            words[slot] = self.delta_counts[delta]
        return lengths, words

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
            position = int(np.searchsorted(self.offsets, start, side="right")) - 1
            found.append(int(self.ids[position]))
            start = self.blob.find(encoded, int(self.offsets[position + 1]))
        for unit_id, text in zip(self.delta_ids, self.delta_texts, strict=True):
            if len(found) >= limit:
                break
            if needle in text:
                found.append(unit_id)
        return found
