"""Ranking units by the Dice coefficient of their words with a query, on roaring bitmaps (pyroaring).

Why bitmaps: at a million units a query's posting lists hold some 170,000 positions. Counting them in Python
(``Counter.update``) took 30–60 ms a look-up; CRoaring adds them up as a bit-sliced counter in C in well under
a millisecond, whatever the size of the lists, and the ranking then reads in Python only the units that can
enter the best few.

- ``shared_planes`` adds the posting lists one by one into bit planes: a unit is in ``planes[b]`` when bit
  ``b`` of "how many query words it holds" is set (a binary adder whose digits are sets of units);
- ``holding_exactly`` reads the units sharing exactly ``s`` words off the planes;
- ``best_by_dice`` visits the cells (``s`` shared words, ``k`` words in the unit) best Dice ``2s / (q + k)``
  first, each cell being the units sharing ``s`` words intersected with the units of ``k`` words, and stops
  once the best ``limit`` are known: the answer, ties broken by position, is the one sorting every unit by
  Dice would give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from heapq import heapify, heappop, heappush

from pyroaring import AbstractBitMap, BitMap


def shared_planes(postings: Iterable[AbstractBitMap]) -> list[BitMap]:
    """Bit planes of how many of ``postings`` hold each unit."""
    planes: list[BitMap] = []
    for posting in postings:
        carry: AbstractBitMap = posting
        for plane in planes:
            overflow = plane & carry
            plane ^= carry
            carry = overflow
            if not carry:
                break
        else:
            if carry:
                planes.append(BitMap(carry))
    return planes


def holding_exactly(planes: Sequence[BitMap], shared: int) -> BitMap:
    """The units whose count in ``planes`` is exactly ``shared`` (at least 1)."""
    if shared >> len(planes):
        return BitMap()
    ones = [planes[bit] for bit in range(len(planes)) if shared >> bit & 1]
    zeros = [planes[bit] for bit in range(len(planes)) if not shared >> bit & 1]
    ones.sort(key=len)
    units = ones[0].intersection(*ones[1:]) if len(ones) > 1 else BitMap(ones[0])
    return units.difference(*zeros) if zeros and units else units


def best_by_dice(
    planes: Sequence[BitMap],
    query_words: int,
    by_word_count: Sequence[AbstractBitMap],
    keep: Callable[[Iterable[int]], list[int]],
    limit: int,
) -> list[int]:
    """The positions of the best ``limit`` units by Dice, best first and earlier units first at equal Dice.

    ``by_word_count[k]`` holds the units of ``k`` indexed words; ``keep`` filters a cell's positions (the
    length test), in order. A unit sharing ``s`` words has at least ``s`` words, so each ``s`` starts at
    ``k = s`` and moves to ``k + 1`` while units remain; cells of equal Dice are taken together and sorted
    by position.
    """
    most = min(query_words, (1 << len(planes)) - 1)
    # (minus Dice, shared, words, units left to visit): the units sharing ``shared`` words are read off the
    # planes only when their best cell comes up (the large sets of one or two shared words rarely do).
    cells: list[tuple[float, int, int, BitMap | None]] = [
        (_dice_key(shared, shared, query_words), shared, shared, None) for shared in range(1, most + 1)
    ]
    heapify(cells)
    ranked: list[int] = []
    while cells and len(ranked) < limit:
        key = cells[0][0]
        level: list[int] = []
        while cells and cells[0][0] == key:
            _, shared, words, units = heappop(cells)
            if units is None:
                units = holding_exactly(planes, shared)
            if words >= len(by_word_count) or not units:
                continue  # no unit has that many words, or none shares that many
            cell = units & by_word_count[words]
            if cell:
                level += keep(cell.to_array())
                units -= cell
            if units:
                heappush(cells, (_dice_key(shared, words + 1, query_words), shared, words + 1, units))
        level.sort()
        ranked += level
    return ranked[:limit]


def _dice_key(shared: int, words: int, query_words: int) -> float:
    """Minus the Dice coefficient, computed as a brute-force ranking would (equal fractions, equal floats)."""
    return -2.0 * shared / (query_words + words)
