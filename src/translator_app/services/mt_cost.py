"""What a pre-translation will bill, against what the account has left, decided before anything is sent.

The quota is compared before spending, never discovered by a 456 halfway: when the estimate exceeds what
is left, the user either stops (nothing sent) or chooses to translate what fits: the distinct sources in
document order, up to the characters left, so the release is filled from its beginning and a later run
(next period, or after a top-up) continues where this one stopped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from translator_app.domain.words import word_count
from translator_app.mt.base import UsageInfo


class CostChoice(StrEnum):
    SEND = "send"
    """Send everything; refused (nothing sent) when the estimate exceeds what is left."""
    UP_TO_QUOTA = "up-to-quota"
    """Send the sources that fit in what is left, in document order."""
    DECLINE = "decline"


@dataclass(frozen=True)
class CostEstimate:
    """What the engine part will bill, next to what the account has left, shown before it starts."""

    characters: int
    segments: int
    requests: int
    usage: UsageInfo
    fitting_characters: int = 0
    fitting_segments: int = 0
    """What "translate what fits" would send: the longest run of sources, in document order, within quota."""
    words: int = 0
    """Words of the text sent (the same count as the status bar's and the review report's)."""

    @property
    def within_quota(self) -> bool:
        remaining = self.usage.remaining
        return remaining is None or self.characters <= remaining


@dataclass(frozen=True)
class SourceCost:
    """One distinct source: its estimated characters and how many segments it fills."""

    source: str
    characters: int
    segments: int


def fitting(costs: Sequence[SourceCost], remaining: int | None) -> list[SourceCost]:
    """The longest prefix of ``costs`` (document order) whose characters stay within ``remaining``."""
    if remaining is None:
        return list(costs)
    chosen: list[SourceCost] = []
    total = 0
    for cost in costs:
        if total + cost.characters > remaining:
            break
        total += cost.characters
        chosen.append(cost)
    return chosen


def estimate(costs: Sequence[SourceCost], requests: int, usage: UsageInfo) -> CostEstimate:
    fits = fitting(costs, usage.remaining)
    return CostEstimate(
        characters=sum(c.characters for c in costs),
        segments=sum(c.segments for c in costs),
        requests=requests,
        usage=usage,
        fitting_characters=sum(c.characters for c in fits),
        fitting_segments=sum(c.segments for c in fits),
        words=sum(word_count(c.source) for c in costs),
    )


def send_all_unless_short(estimate: CostEstimate) -> CostChoice:
    """The default when nobody is asked: send, which the quota check refuses if it is short."""
    return CostChoice.SEND
