"""Who is acting: every change is recorded in their name and checked against their role."""

from __future__ import annotations

from dataclasses import dataclass

from translator_app.domain.models import Role
from translator_app.domain.team import TeamRole


@dataclass(frozen=True)
class Actor:
    user: str
    role: Role
    from_server: bool = False
    """True on a team server: the login and role were read from PostgreSQL, not chosen by the user (a window
    shows "login · role (from server)" and offers no role to pick)."""
    team_role: TeamRole | None = None
    """The server's group role (an admin works as a reviewer); None on a one-person workspace."""
