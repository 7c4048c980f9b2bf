"""Pairing the segments of a release with those of its revised source, for a re-import.

Sources are compared normalised (tags removed, case folded, spaces collapsed) so a re-segmented tag or a
doubled space does not make a sentence look new. difflib finds the runs that stayed; inside a replaced run
old and new segments are paired in order while they still look alike (a changed sentence), the rest are
removed or added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from translator_app.domain.tags import strip_tags

SIMILAR = 0.5
"""Least similarity (difflib ratio of the normalised sources) for a pair to count as one changed segment."""
_SPACES = re.compile(r"\s+")


class Fate(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class Pair:
    """An old segment (index into the old list) and a new one (index into the new list); one may be None."""

    fate: Fate
    old: int | None
    new: int | None


def normalise(source: str) -> str:
    return _SPACES.sub(" ", strip_tags(source)).strip().casefold()


def _similarity(a: str, b: str) -> float:
    """The difflib ratio of two normalised sources."""
    return SequenceMatcher(a=a, b=b, autojunk=False).ratio()


def align(old: list[str], new: list[str]) -> list[Pair]:
    """Every old and every new source in exactly one pair, in the new document's order (removed ones where
    they stood)."""
    old_keys, new_keys = [normalise(s) for s in old], [normalise(s) for s in new]
    matcher = SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    pairs: list[Pair] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                fate = Fate.UNCHANGED if old[i] == new[j] else Fate.CHANGED
                pairs.append(Pair(fate, i, j))
            continue
        pairs += _pair_run(old_keys, new_keys, list(range(i1, i2)), list(range(j1, j2)))
    return pairs


def _pair_run(old: list[str], new: list[str], olds: list[int], news: list[int]) -> list[Pair]:
    """Inside a replaced run: pair in order while alike; an unlike old is removed, an unlike new added.

    ``old`` and ``new`` are the normalised sources.
    """
    pairs: list[Pair] = []
    while olds and news:
        i, j = olds[0], news[0]
        if _similarity(old[i], new[j]) >= SIMILAR:
            pairs.append(Pair(Fate.CHANGED, i, j))
            olds.pop(0)
            news.pop(0)
        elif len(news) > 1 and _similarity(old[i], new[news[1]]) >= SIMILAR:
            pairs.append(Pair(Fate.ADDED, None, news.pop(0)))
        else:
            pairs.append(Pair(Fate.REMOVED, olds.pop(0), None))
    pairs += [Pair(Fate.REMOVED, i, None) for i in olds]
    pairs += [Pair(Fate.ADDED, None, j) for j in news]
    return pairs
