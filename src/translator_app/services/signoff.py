"""Release sign-off: once every translatable segment is approved, a reviewer signs the release off.

The sign-off keeps the sum of the release's segment versions at that moment; as every write to a segment
raises its version, any later change (an edit, a rejection, a revert, a repetition filled) makes the sum
differ and the sign-off stands no more: it is reopened without any writer having to know about sign-offs.
The first change after it is reported as what reopened it. Signing again records a new sign-off.
"""

from __future__ import annotations

from dataclasses import dataclass

from translator_app.domain import workflow
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Event
from translator_app.domain.review import Signoff
from translator_app.services.actor import Actor
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory


@dataclass(frozen=True)
class SignoffState:
    """Where a release stands: what still needs approval, and its latest sign-off and whether it holds."""

    release_id: int
    pending: list[int]
    """Numbers (1-based positions) of translatable segments not approved."""
    latest: Signoff | None = None
    current: bool = False
    reopened_by: Event | None = None

    @property
    def ready(self) -> bool:
        """Every translatable segment is approved: a reviewer may sign off."""
        return not self.pending

    @property
    def signed_off(self) -> Signoff | None:
        """The sign-off in force, if any."""
        return self.latest if self.current else None


def shown_numbers(numbers: list[int], most: int = 20) -> str:
    """Segment numbers for a message: ``#3, #7, #12``, the first ``most`` of them then ``…``."""
    return ", ".join(f"#{n}" for n in numbers[:most]) + (" …" if len(numbers) > most else "")


def signoff_state(uow: UnitOfWork, release_id: int) -> SignoffState:
    uow.releases.get(release_id)
    pending = uow.review.unapproved_numbers(release_id)
    latest = uow.review.latest_signoff(release_id)
    if latest is None:
        return SignoffState(release_id, pending)
    versions, _ = uow.review.release_marks(release_id)
    if versions == latest.version_mark:
        return SignoffState(release_id, pending, latest, current=True)
    reopened = uow.review.first_event_after(release_id, latest.event_mark)
    return SignoffState(release_id, pending, latest, current=False, reopened_by=reopened)


class SignoffService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def state(self, release_id: int) -> SignoffState:
        with self._uow() as uow:
            return signoff_state(uow, release_id)

    def sign_off(self, release_id: int, actor: Actor) -> Signoff:
        """Sign the release off as ``actor`` (a reviewer); refused while a translatable segment is not
        approved. Signing a release whose sign-off still holds returns that sign-off."""
        if not workflow.may(actor.role, workflow.Action.APPROVE):
            raise DomainError(ErrorCode.ROLE_FORBIDDEN, action="sign off", role=actor.role.value)
        with self._uow() as uow:
            uow.review.lock_for_signoff(release_id)
            state = signoff_state(uow, release_id)
            if state.pending:
                raise DomainError(
                    ErrorCode.SIGNOFF_INCOMPLETE,
                    release=release_id,
                    count=len(state.pending),
                    numbers=shown_numbers(state.pending),
                )
            if state.signed_off is not None:
                return state.signed_off
            versions, latest_event = uow.review.release_marks(release_id)
            signoff = uow.review.add_signoff(Signoff(release_id, actor.user, versions, latest_event))
            uow.commit()
            return signoff
