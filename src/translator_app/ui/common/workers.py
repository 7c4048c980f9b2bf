"""Work off the GUI thread: tasks on Qt's thread pool whose results come back by signal.

Each task belongs to a *channel* ("suggestions", "history", "import"…). Only the latest task of a channel may
deliver: when the user moves to another segment before the suggestions for the previous one arrive, the late
result is dropped instead of landing beside the wrong segment. A caller may also pass ``still_wanted`` to
check, at delivery time, that the result is for what is on screen now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Deliver = Callable[[Any], None]
Fail = Callable[[BaseException], None]
Progress = Callable[[str, int, int], None]


class Cancelled(Exception):
    """Raised inside a task (by :meth:`TaskHandle.check`) once the user pressed Cancel."""


class _Signals(QObject):
    succeeded = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, str, int, int)


class TaskHandle:
    """What the running function sees: a cancel flag and a way to report progress."""

    def __init__(self, channel: str, key: object, signals: _Signals) -> None:
        self.channel = channel
        self.key = key
        self.cancelled = False
        self._signals = signals

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        """Stop here when cancelled (call it between steps of long work)."""
        if self.cancelled:
            raise Cancelled

    def report(self, text: str, done: int = 0, total: int = 0) -> None:
        """Progress for the GUI: ``total`` 0 means "busy, no known length"."""
        self._signals.progressed.emit(self, text, done, total)


class _Task(QRunnable):
    def __init__(self, handle: TaskHandle, work: Callable[[TaskHandle], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._handle = handle
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._handle)
        except BaseException as error:
            self._signals.failed.emit(self._handle, error)
        else:
            self._signals.succeeded.emit(self._handle, result)


class TaskRunner(QObject):
    """Starts tasks and hands their results to callbacks on the GUI thread, dropping stale ones."""

    #: A channel's task finished or was dropped (tests and progress widgets watch it).
    settled = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.progressed.connect(self._on_progress)
        self._latest: dict[str, TaskHandle] = {}
        self._callbacks: dict[
            int, tuple[Deliver, Fail | None, Progress | None, Callable[[], bool] | None]
        ] = {}
        self.dropped = 0

    def submit(
        self,
        channel: str,
        key: object,
        work: Callable[[TaskHandle], Any],
        on_done: Deliver,
        on_error: Fail | None = None,
        on_progress: Progress | None = None,
        still_wanted: Callable[[], bool] | None = None,
    ) -> TaskHandle:
        """Run ``work(handle)`` on the pool; any earlier task of ``channel`` is superseded (and cancelled)."""
        previous = self._latest.get(channel)
        if previous is not None:
            previous.cancel()
        handle = TaskHandle(channel, key, self._signals)
        self._latest[channel] = handle
        self._callbacks[id(handle)] = (on_done, on_error, on_progress, still_wanted)
        self._pool.start(_Task(handle, work, self._signals))
        return handle

    def busy(self, channel: str) -> bool:
        return channel in self._latest

    def current(self, channel: str) -> TaskHandle | None:
        """The running task of a channel (its handle exists before the task starts)."""
        return self._latest.get(channel)

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until the pool is idle (benchmarks and shutdown; never on a user's action)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def _take(self, handle: TaskHandle) -> tuple[Deliver, Fail | None, Progress | None] | None:
        callbacks = self._callbacks.pop(id(handle), None)
        current = self._latest.get(handle.channel) is handle
        if current:
            del self._latest[handle.channel]
        if callbacks is None or not current or (callbacks[3] is not None and not callbacks[3]()):
            self.dropped += 1
            self.settled.emit(handle.channel)
            return None
        return callbacks[0], callbacks[1], callbacks[2]

    def _on_succeeded(self, handle: TaskHandle, result: object) -> None:
        callbacks = self._take(handle)
        if callbacks is not None:
            callbacks[0](result)
            self.settled.emit(handle.channel)

    def _on_failed(self, handle: TaskHandle, error: BaseException) -> None:
        callbacks = self._take(handle)
        if callbacks is None:
            return
        if callbacks[1] is not None:
            callbacks[1](error)
        self.settled.emit(handle.channel)

    def _on_progress(self, handle: TaskHandle, text: str, done: int, total: int) -> None:
        callbacks = self._callbacks.get(id(handle))
        if callbacks is not None and callbacks[2] is not None and self._latest.get(handle.channel) is handle:
            callbacks[2](text, done, total)
