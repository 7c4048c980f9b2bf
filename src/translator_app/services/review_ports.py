"""What the review services need from storage beyond segments and events: comment threads, release-wide
reads for the report, and sign-offs."""

from __future__ import annotations

from typing import Protocol

from translator_app.domain.models import Comment, Event
from translator_app.domain.review import Signoff


class ReviewRepository(Protocol):
    def comment(self, comment_id: int) -> Comment:
        """NotFoundError when there is no such comment."""
        ...

    def set_resolved(self, comment_id: int, resolved: bool, user: str) -> list[Comment]:
        """Resolve (or reopen) a comment and the replies under it; returns them."""
        ...

    def comments_for_release(self, release_id: int) -> dict[int, list[Comment]]:
        """Comments per segment id, oldest first."""
        ...

    def events_for_release(self, release_id: int) -> dict[int, list[Event]]:
        """Events per segment id, oldest first."""
        ...

    def lock_for_signoff(self, release_id: int) -> None:
        """Hold the release's segments still until the transaction ends: saves wait, and reads that follow
        see every save that was in flight (the sign-off's check and its write are one decision)."""
        ...

    def add_signoff(self, signoff: Signoff) -> Signoff: ...

    def latest_signoff(self, release_id: int) -> Signoff | None: ...

    def unapproved_numbers(self, release_id: int) -> list[int]:
        """1-based numbers of the live translatable segments not approved yet, in document order."""
        ...

    def release_marks(self, release_id: int) -> tuple[int, int]:
        """The sum of the release's segment versions and the id of its latest event (0 when none)."""
        ...

    def first_event_after(self, release_id: int, event_id: int) -> Event | None:
        """The release's earliest event with an id above ``event_id``: what reopened a sign-off."""
        ...
