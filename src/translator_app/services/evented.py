"""A minimal event emitter without Qt, in the spirit of napari's evented models.

A Qt-free object announces what happened through emitters; Qt adapters (item models, panels) connect to them
and turn each event into Qt's own signals. Callbacks run synchronously, in the order they were connected, on
the thread that emits (the GUI thread for everything the window owns).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Emitter(Generic[T]):
    """The listeners of one kind of event."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> Callable[[T], object]:
        """Call ``callback`` with every event from now on; returns it (usable as a decorator)."""
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[T], object]) -> None:
        """Stop calling ``callback`` (nothing happens when it was not connected)."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, event: T) -> None:
        for callback in list(self._callbacks):  # a callback may disconnect itself
            callback(event)

    def __len__(self) -> int:
        return len(self._callbacks)
