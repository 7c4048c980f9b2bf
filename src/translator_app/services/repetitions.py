"""Repetitions: identical translatable sources in one release, so one confirmation can fill the others."""

from __future__ import annotations


def repetition_key(source: str) -> str:
    """Sources that differ only in surrounding whitespace are the same sentence."""
    return " ".join(source.split())
