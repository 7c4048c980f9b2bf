"""A gate between worker threads and a QObject's signals, closed before that object goes away.

A worker that emits on a QObject deleted meanwhile (its window closed) raises "Signal source has been
deleted" on its own thread, where nobody catches it. Emitting through an open gate, under the gate's lock,
and closing the gate on the GUI thread before the object is deleted means a late emit is simply dropped.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, SignalInstance


class SignalGate:
    """Emits while open; :meth:`close` waits for an emit in progress, then lets none through."""

    def __init__(self, owner: QObject | None = None) -> None:
        self._lock = threading.Lock()
        self._open = True
        if owner is not None:  # emitted before the owner's children (the signal sources) are deleted
            owner.destroyed.connect(self.close)

    @property
    def open(self) -> bool:
        return self._open

    def emit(self, signal: SignalInstance, *args: Any) -> bool:
        """Emit ``signal`` unless the gate is closed; True when it was emitted."""
        with self._lock:
            if not self._open:
                return False
            signal.emit(*args)
            return True

    def close(self, *_ignored: object) -> None:
        with self._lock:
            self._open = False
