"""Work off the GUI thread: tasks on Qt's thread pool whose results come back by signal.

Each task belongs to a *channel* ("suggestions", "history", "import"…). Only the latest task of a channel may
deliver: when the user moves to another segment before the suggestions for the previous one arrive, the late
result is dropped instead of landing beside the wrong segment. A caller may also pass ``still_wanted`` to
check, at delivery time, that the result is for what is on screen now.

The runner owns its tasks' lifetime: :meth:`TaskRunner.shutdown` (the window closing) cancels every task,
lets none deliver afterwards, and waits a bounded time for them to stop, so that no worker is left running
Python when the window or the process goes away.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from translator_app.ui.common.signal_gate import SignalGate

Deliver = Callable[[Any], None]
Fail = Callable[[BaseException], None]
Progress = Callable[[str, int, int], None]

#: How long closing the window waits for its tasks to notice the cancel (they check every few ms).
SHUTDOWN_WAIT_MS = 3000


class Cancelled(Exception):
    """Raised inside a task (by :meth:`TaskHandle.check`) once the user pressed Cancel."""


class _Signals(QObject):
    succeeded = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, str, int, int)


class _InFlight:
    """The runner's tasks started and not yet returned, counted so that shutdown can wait for them."""

    def __init__(self) -> None:
        self._done = threading.Condition()
        self._handles: set[TaskHandle] = set()

    def enter(self, handle: TaskHandle) -> None:
        with self._done:
            self._handles.add(handle)

    def leave(self, handle: TaskHandle) -> None:
        with self._done:
            self._handles.discard(handle)
            if not self._handles:
                self._done.notify_all()

    def cancel_all(self) -> None:
        with self._done:
            for handle in self._handles:
                handle.cancel()

    def count(self) -> int:
        with self._done:
            return len(self._handles)

    def wait(self, seconds: float) -> bool:
        with self._done:
            return self._done.wait_for(lambda: not self._handles, timeout=max(0.0, seconds))


class TaskHandle:
    """What the running function sees: a cancel flag and a way to report progress."""

    def __init__(self, channel: str, key: object, signals: _Signals, gate: SignalGate) -> None:
        self.channel = channel
        self.key = key
        self.cancelled = False
        self._signals = signals
        self._gate = gate

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        """Stop here when cancelled (call it between steps of long work)."""
        if self.cancelled:
            raise Cancelled

    def report(self, text: str, done: int = 0, total: int = 0) -> None:
        """Progress for the GUI: ``total`` 0 means "busy, no known length"."""
        self._gate.emit(self._signals.progressed, self, text, done, total)


class _Task(QRunnable):
    def __init__(
        self,
        handle: TaskHandle,
        work: Callable[[TaskHandle], Any],
        signals: _Signals,
        gate: SignalGate,
        in_flight: _InFlight,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._handle = handle
        self._work = work
        self._signals = signals
        self._gate = gate
        self._in_flight = in_flight

    def run(self) -> None:
        handle = self._handle
        try:
            if handle.cancelled:  # superseded or shut down while it waited for a thread
                raise Cancelled
            result = self._work(handle)
        except BaseException as error:
            self._gate.emit(self._signals.failed, handle, error)
        else:
            self._gate.emit(self._signals.succeeded, handle, result)
        finally:
            self._in_flight.leave(handle)


class TaskRunner(QObject):
    """Starts tasks and hands their results to callbacks on the GUI thread, dropping stale ones."""

    #: A channel's task finished or was dropped (tests and progress widgets watch it).
    settled = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._gate = SignalGate(self)
        self._in_flight = _InFlight()
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
        handle = TaskHandle(channel, key, self._signals, self._gate)
        if not self._gate.open:  # the window is closing: nothing new starts
            handle.cancel()
            return handle
        self._latest[channel] = handle
        self._callbacks[id(handle)] = (on_done, on_error, on_progress, still_wanted)
        self._in_flight.enter(handle)
        self._pool.start(_Task(handle, work, self._signals, self._gate, self._in_flight))
        return handle

    def busy(self, channel: str) -> bool:
        return channel in self._latest

    def current(self, channel: str) -> TaskHandle | None:
        """The running task of a channel (its handle exists before the task starts)."""
        return self._latest.get(channel)

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until the pool is idle (benchmarks and tests; never on a user's action)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def running(self) -> int:
        """Tasks started (or queued) and not yet returned."""
        return self._in_flight.count()

    def shutdown(self) -> None:
        """Cancel every task and deliver nothing from now on (callbacks, progress, ``settled``): what
        the tasks would hand back belongs to a window that is going away. Nothing new starts either."""
        self._gate.close()
        self._in_flight.cancel_all()
        for handle in self._latest.values():
            handle.cancel()
        self._latest.clear()
        self._callbacks.clear()

    def wait_stopped(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """After :meth:`shutdown`: block until this runner's own tasks returned; False at the timeout."""
        return self._in_flight.wait(timeout_ms / 1000)

    def _take(self, handle: TaskHandle) -> tuple[Deliver, Fail | None, Progress | None] | None:
        if not self._gate.open:  # posted just before the shutdown: the window no longer wants it
            return None
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


def shut_down_runners(owner: QObject, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Shut down every task runner under ``owner`` (the closing window), then wait for their tasks, all
    within one ``timeout_ms``; False when some task was still running at the end."""
    runners = owner.findChildren(TaskRunner)
    for runner in runners:
        runner.shutdown()
    deadline = time.monotonic() + timeout_ms / 1000
    stopped = True
    for runner in runners:
        stopped = runner.wait_stopped(int(max(0.0, deadline - time.monotonic()) * 1000)) and stopped
    return stopped
