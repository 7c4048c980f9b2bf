"""Repetitions: identical translatable sources in one release, so one confirmation can fill the others."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from translator_app.domain.models import Segment


def repetition_key(source: str) -> str:
    """Sources that differ only in surrounding whitespace are the same sentence."""
    return " ".join(source.split())


def link_repetitions(segments: Iterable[Segment]) -> dict[str, list[Segment]]:
    """Group the translatable segments by normalised source; only groups of two or more are returned."""
    groups: dict[str, list[Segment]] = defaultdict(list)
    for segment in segments:
        if segment.translatable and segment.source.strip():
            groups[repetition_key(segment.source)].append(segment)
    return {key: members for key, members in groups.items() if len(members) > 1}
