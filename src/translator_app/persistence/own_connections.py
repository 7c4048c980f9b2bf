"""Which server processes are this desktop's own connections, so that its own commits are told apart.

PostgreSQL says which backend sent each ``NOTIFY``. A window has already taken in what it wrote itself, so a
notification that one of its own pooled connections sent is marked ``own`` by the change feed: no second
read, no flicker. Another window of the same login has other connections and is not mistaken for this one.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, event


class OwnConnections:
    """The backend process ids of an engine's connections, kept as the pool hands them out and drops them."""

    def __init__(self) -> None:
        self._pids: set[int] = set()
        self._lock = threading.Lock()

    def watch(self, engine: Engine) -> None:
        """Follow ``engine``'s pool (connections opened before are seen at their next checkout)."""
        event.listen(engine, "checkout", self._checked_out)
        for name in ("close", "close_detached", "invalidate", "soft_invalidate"):
            event.listen(engine, name, self._dropped)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids

    def _checked_out(self, dbapi_connection: Any, *_: object) -> None:
        pid = _backend_pid(dbapi_connection)
        if pid is not None:
            with self._lock:
                self._pids.add(pid)

    def _dropped(self, dbapi_connection: Any, *_: object) -> None:
        pid = _backend_pid(dbapi_connection)
        if pid is not None:
            with self._lock:
                self._pids.discard(pid)


def _backend_pid(dbapi_connection: Any) -> int | None:
    """psycopg's ``info.backend_pid``; None for a closed connection or another driver."""
    try:
        pid = dbapi_connection.info.backend_pid
    except Exception:  # closed, broken, or not psycopg
        return None
    return int(pid) if pid else None
