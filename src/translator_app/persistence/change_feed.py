"""Listening to the team database's ``NOTIFY`` on a connection of its own, in a background thread.

The triggers of :mod:`translator_app.persistence.team_schema` send one compact JSON payload per change at
commit. This thread waits on psycopg's ``Connection.notifies()``, turns payloads into
:class:`~translator_app.services.live.Change` values and hands them to the subscribers. When the connection
breaks it says LOST, retries with a growing pause, and once back says RESTORED followed by a REFRESH change:
notifications sent while nobody listened are gone, so the window reads again what it shows.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Container, Sequence
from dataclasses import replace

import psycopg

from translator_app.domain.changes import Change, ChangeKind, FeedState
from translator_app.persistence.team_schema import CHANNEL

log = logging.getLogger(__name__)

BACKOFF = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
"""Seconds between attempts to reconnect, the last one repeated."""
POLL_SECONDS = 0.25
"""How long one wait for notifications lasts: the thread checks for ``stop()`` this often."""
PING_SECONDS = 10.0
"""A silent connection is checked this often, so a dead server is noticed without waiting for TCP."""


def parse(payload: str) -> Change | None:
    """A trigger's payload as a Change; None for anything not understood (a newer server's new kinds)."""
    try:
        data = json.loads(payload)
        kind = ChangeKind(data["kind"])
    except (ValueError, KeyError, TypeError):
        return None
    ids = data.get("segments")
    return Change(
        kind=kind,
        release_id=data.get("release"),
        segment_ids=tuple(int(i) for i in ids) if isinstance(ids, list) else None,
        author=str(data.get("author") or ""),
    )


class PgChangeFeed:
    """A :class:`~translator_app.services.live.ChangeFeed` on a PostgreSQL server (``conninfo``: libpq)."""

    def __init__(
        self, conninfo: str, *, backoff: Sequence[float] = BACKOFF, own: Container[int] = ()
    ) -> None:
        """``own``: the server processes of this desktop's own connections (their changes are marked)."""
        self._conninfo = conninfo
        self._own = own
        self._backoff = tuple(backoff)
        self._lock = threading.Lock()
        self._changes: list[Callable[[Change], None]] = []
        self._states: list[Callable[[FeedState], None]] = []
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: psycopg.Connection[object] | None = None
        self.state: FeedState | None = None
        self.backend_pid: int | None = None
        """The listening connection's server process (tests end it to prove the reconnect)."""

    def subscribe(
        self, on_change: Callable[[Change], None], on_state: Callable[[FeedState], None] | None = None
    ) -> Callable[[], None]:
        with self._lock:
            self._changes.append(on_change)
            if on_state is not None:
                self._states.append(on_state)

        def unsubscribe() -> None:
            with self._lock:
                if on_change in self._changes:
                    self._changes.remove(on_change)
                if on_state is not None and on_state in self._states:
                    self._states.remove(on_state)

        return unsubscribe

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="translator-app-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=POLL_SECONDS * 8 + 5)

    # -- the thread ---------------------------------------------------------------------------------------

    def _run(self) -> None:
        attempt = 0
        ever_connected = False
        while not self._stopping.is_set():
            try:
                connection = self._listen()
            except psycopg.Error as error:
                log.debug("change feed: cannot connect: %s", error)
                if self.state is not FeedState.LOST:
                    self._report(FeedState.LOST)
                self._stopping.wait(self._backoff[min(attempt, len(self._backoff) - 1)])
                attempt += 1
                continue
            attempt = 0
            if ever_connected:
                self._report(FeedState.RESTORED)
                self._deliver(Change(ChangeKind.REFRESH))
            else:
                self._report(FeedState.CONNECTED)
            ever_connected = True
            try:
                self._pump(connection)
            except psycopg.Error as error:
                log.debug("change feed: connection lost: %s", error)
                self._report(FeedState.LOST)
            finally:
                self._connection = None
                connection.close()

    def _listen(self) -> psycopg.Connection[object]:
        connection: psycopg.Connection[object] = psycopg.connect(
            self._conninfo,
            autocommit=True,
            connect_timeout=5,
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
            application_name="translator-app changes",
        )
        try:
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            connection.close()
            raise
        self._connection = connection
        self.backend_pid = connection.info.backend_pid
        return connection

    def _pump(self, connection: psycopg.Connection[object]) -> None:
        quiet_since = time.monotonic()
        while not self._stopping.is_set():
            for notify in connection.notifies(timeout=POLL_SECONDS):
                quiet_since = time.monotonic()
                change = parse(notify.payload)
                if change is not None:
                    self._deliver(replace(change, own=True) if notify.pid in self._own else change)
            if time.monotonic() - quiet_since > PING_SECONDS:
                connection.execute("SELECT 1")
                quiet_since = time.monotonic()

    def _report(self, state: FeedState) -> None:
        self.state = state
        with self._lock:
            listeners = list(self._states)
        for listener in listeners:
            self._call(listener, state)

    def _deliver(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._changes)
        for listener in listeners:
            self._call(listener, change)

    @staticmethod
    def _call(listener: Callable[[object], None] | Callable[..., None], value: object) -> None:
        try:
            listener(value)
        except Exception:  # a subscriber's bug must not stop the feed for the others
            log.exception("change feed subscriber failed")
