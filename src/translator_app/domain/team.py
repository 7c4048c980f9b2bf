"""Who someone is on a shared team server: the login and the group role the server says they hold.

On PostgreSQL the server decides: the login is ``session_user`` and the role is membership in one of the
group roles below. The app's own two roles (translator, reviewer) follow from it; an admin works as a
reviewer and may also manage users, delete releases and (as the database owner) run migrations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from translator_app.domain.models import Role


class TeamRole(StrEnum):
    TRANSLATOR = "translator"
    REVIEWER = "reviewer"
    ADMIN = "admin"

    @property
    def group(self) -> str:
        """The PostgreSQL group role that grants it (``translator_app_reviewer``…)."""
        return f"{GROUP_PREFIX}{self.value}"

    @property
    def works_as(self) -> Role:
        """The role the app's workflow sees: admins review."""
        return Role.TRANSLATOR if self is TeamRole.TRANSLATOR else Role.REVIEWER


GROUP_PREFIX = "translator_app_"
GROUPS = tuple(role.group for role in TeamRole)
"""``translator_app_translator``, ``translator_app_reviewer``, ``translator_app_admin``: reviewer is a member
of translator and admin a member of reviewer, so each holds the rights of the one below."""


@dataclass(frozen=True)
class ServerIdentity:
    """What the server said about the connected login; ``team_role`` None: member of no group."""

    login: str
    team_role: TeamRole | None
