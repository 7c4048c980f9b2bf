"""The memory look-up as it was before bitmaps, kept as ``bench_memory.py``'s baseline.

It ranks the same candidates as ``PairIndex.candidates`` (best 200 by Dice of words, length filter) the way
the previous version did: shared words counted per unit in Python (``Counter.update`` over each query word's
positions, held as int32 arrays), units then taken by falling shared count until no unit sharing fewer words
can enter the best 200. It runs on the bitmaps' positions, copied into arrays once, so both are timed on the
same index in the same process.
"""

from __future__ import annotations

from array import array
from collections import Counter
from functools import partial
from itertools import compress
from operator import eq, le

from rapidfuzz import fuzz, process

from translator_app.domain.matching import normalise
from translator_app.persistence.tm_index import CANDIDATES, PairIndex, index_words, length_bounds, unpack


class WordCountBaseline:
    """The previous candidate ranking over one ``PairIndex`` (base units only, no delta)."""

    def __init__(self, index: PairIndex) -> None:
        self.index = index
        self.positions: dict[str, array[int]] = {
            word: unpack(index.postings, index.starts, slot).to_array()
            for word, slot in index.vocabulary.items()
            if index.starts[slot + 1] > index.starts[slot]
        }

    def candidates(self, query: str, threshold: float, limit: int = CANDIDATES) -> list[int]:
        words = index_words(query) - self.index.stop
        if not words:
            return []
        shared: Counter[int] = Counter()
        for word in words:
            positions = self.positions.get(word)
            if positions is not None:
                shared.update(positions)
        query_words, (shortest, longest) = len(words), length_bounds(len(query), threshold)
        buckets: list[list[int]] = [[] for _ in range(query_words + 1)]
        for position in compress(shared, map(partial(le, 2), shared.values())):
            buckets[shared[position]].append(position)
        ranked: list[tuple[float, int]] = []
        lengths, counts = self.index.lengths, self.index.word_counts
        for count in range(query_words, 0, -1):
            if len(ranked) >= limit and -ranked[limit - 1][0] > 2.0 * count / (query_words + count):
                break
            if count == 1:
                buckets[1] = list(compress(shared, map(partial(eq, 1), shared.values())))
            scale = -2.0 * count
            for position in buckets[count]:
                if shortest <= lengths[position] <= longest:
                    ranked.append((scale / (query_words + counts[position]), position))
            ranked.sort()
            del ranked[limit:]
        return [position for _, position in ranked]

    def search(self, source: str, threshold: float, limit: int) -> list[tuple[int, float]]:
        query = normalise(source)
        positions = self.candidates(query, threshold)
        texts = [self.index.text(p) for p in positions]
        found = process.extract(query, texts, scorer=fuzz.ratio, limit=limit, score_cutoff=threshold)
        return [(self.index.unit_id(positions[slot]), float(ratio)) for _, ratio, slot in found]
