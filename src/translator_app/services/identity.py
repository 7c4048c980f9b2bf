"""Who acts on a workspace: on a team server the server says so, and a disagreeing claim is refused.

``--user`` and ``--role`` (or a script's equivalent) are claims. On SQLite they decide, as the one person
there chooses. On a team server the login is ``session_user`` and the role is the group the login belongs
to; a claim that differs is refused with one clear line rather than quietly replaced, so a script written
for the wrong account stops before it writes anything.
"""

from __future__ import annotations

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Role
from translator_app.domain.team import ServerIdentity
from translator_app.services.actor import Actor


def team_actor(identity: ServerIdentity, user: str | None, role: Role | None, location: str) -> Actor:
    """The actor the server vouches for; IDENTITY_MISMATCH, ROLE_MISMATCH or NO_TEAM_ROLE otherwise."""
    if user is not None and user != identity.login:
        raise DomainError(ErrorCode.IDENTITY_MISMATCH, claimed=user, login=identity.login)
    if identity.team_role is None:
        raise DomainError(ErrorCode.NO_TEAM_ROLE, login=identity.login, url=location)
    if role is not None and role is not identity.team_role.works_as:
        raise DomainError(
            ErrorCode.ROLE_MISMATCH,
            claimed=role.value,
            login=identity.login,
            team_role=identity.team_role.value,
        )
    return Actor(identity.login, identity.team_role.works_as, from_server=True, team_role=identity.team_role)


def local_actor(user: str | None, role: Role | None, default_user: str, default_role: Role) -> Actor:
    """A one-person workspace: the claim, else the preferences, else the login name."""
    return Actor(user or default_user, role or default_role)
