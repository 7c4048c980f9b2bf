"""The history on a team server: written by the database's triggers, read like any other.

The app writes no event there (it has no right to): each segment write's events come from the trigger, with
``session_user`` and the server's clock. What the app still knows better than the database is *why* (a
rejection's reason, ``revert:3``, ``merge:xliff``): it hands that over as a transaction-local setting just
before the write, and the trigger puts it on the events of that write and clears it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from translator_app.domain.models import Event
from translator_app.persistence.repositories import SqlEventRepository

REFUSALS = {"42501", "23514"}
"""insufficient_privilege (a privilege or a rule trigger), check_violation (a sign-off not ready)."""


class ServerHistory(SqlEventRepository):
    written_by_database = True

    def add(self, event: Event) -> None:
        raise RuntimeError("the team server writes the history itself; the app must not add events")

    def add_many(self, events: Sequence[Event]) -> None:
        raise RuntimeError("the team server writes the history itself; the app must not add events")

    def annotate(self, *, status: str = "", target: str = "") -> None:
        if status or target:
            self._session.execute(
                text(
                    "SELECT set_config('translator_app.status_note', :status, true), "
                    "set_config('translator_app.target_note', :target, true)"
                ),
                {"status": status, "target": target},
            )


def refused_by_server(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) in REFUSALS


def server_message(error: DBAPIError) -> str:
    """The first line of what the server said, without the driver's decoration."""
    original: Any = error.orig
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    if primary:
        return str(primary)
    return str(original or error).strip().splitlines()[0]
