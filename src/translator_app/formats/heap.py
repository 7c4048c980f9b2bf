"""Giving memory that C code freed back to the system while a large document is read.

glibc keeps the memory libxml2 (under lxml and python-docx) frees for its own later use, and Python objects
come from separate arenas that never reuse it. A reader that takes a document's tree apart as it makes the
segments would otherwise hold the tree's pages and the segments at once at its peak. ``malloc_trim`` returns
the freed pages; where the C library has no such call (macOS, Windows, musl), nothing happens.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

__all__ = ["give_back_freed_memory"]


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    return trim


_TRIM = _malloc_trim()


def give_back_freed_memory() -> None:
    """Return the C heap's free pages to the system (a few milliseconds on a heap of hundreds of MB)."""
    if _TRIM is not None:
        _TRIM(0)
