"""Presence on a team server: which segment each desktop has open, kept fresh by a heartbeat.

Each desktop writes its own row through ``translator_app_presence_beat`` (a server function that takes the
login from ``session_user``: nobody can appear in another's name) every :data:`BEAT_SECONDS` and whenever it
moves; the function sends a ``presence`` notification when the position changed and removes rows nobody
refreshed. Readers ignore rows older than ``PRESENCE_SECONDS``: a desktop that crashed fades out by itself.
"""

from __future__ import annotations

import threading
import uuid

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from translator_app.domain.changes import PresenceEntry
from translator_app.persistence.mapping import aware
from translator_app.persistence.team_schema import PRESENCE_SECONDS

BEAT_SECONDS = 15.0


class PgPresence:
    """A :class:`~translator_app.services.live.Presence` on the team database."""

    def __init__(self, engine: Engine, *, beat_seconds: float = BEAT_SECONDS) -> None:
        self._engine = engine
        self._client = uuid.uuid4().hex[:12]
        self._where: tuple[int, int | None] | None = None
        self._beat_seconds = beat_seconds
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def client(self) -> str:
        return self._client

    def open(self, release_id: int, segment_id: int | None) -> None:
        with self._lock:
            self._where = (release_id, segment_id)
        self._beat()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._keep_beating, name="translator-app-presence", daemon=True
            )
            self._thread.start()

    def others(self, release_id: int) -> list[PresenceEntry]:
        query = text(
            "SELECT login, client, release_id, segment_id, seen_at FROM team_presence "
            "WHERE release_id = :release AND seen_at > now() - make_interval(secs => :fresh) "
            "AND NOT (login = session_user AND client = :client) ORDER BY login, client"
        )
        with self._engine.connect() as connection:
            rows = connection.execute(
                query, {"release": release_id, "fresh": PRESENCE_SECONDS, "client": self._client}
            )
            return [
                PresenceEntry(login, client, release, segment, aware(seen))  # type: ignore[arg-type]
                for login, client, release, segment, seen in rows
            ]

    def leave(self) -> None:
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        with self._lock:
            was, self._where = self._where, None
        if was is None:
            return
        try:
            with self._engine.begin() as connection:
                connection.execute(
                    text("SELECT translator_app_presence_leave(:client)"), {"client": self._client}
                )
        except DBAPIError:
            pass  # the server is gone: the row expires by itself

    def _beat(self) -> None:
        with self._lock:
            where = self._where
        if where is None:
            return
        with self._engine.begin() as connection:
            connection.execute(
                text("SELECT translator_app_presence_beat(:client, :release, :segment)"),
                {"client": self._client, "release": where[0], "segment": where[1]},
            )

    def _keep_beating(self) -> None:
        while not self._stopping.wait(self._beat_seconds):
            try:
                self._beat()
            except DBAPIError:
                continue  # the change feed reports the lost connection; the next beat tries again
