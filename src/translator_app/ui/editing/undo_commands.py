"""Undo and redo of target edits, across segments, through the editing service.

A command holds the states of the segments an edit changed (the edited one and the repetitions a confirmation
filled, or every segment of a Replace all) before and after. Undo and redo write those states back through the
release writer's ``restore``, over the versions the window holds, so an undo never overwrites someone else's
later change: it becomes a conflict.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from translator_app.domain.errors import ConflictError, DomainError
from translator_app.domain.models import StoredSegment

#: Writes segment states back and returns nothing; raises DomainError (ConflictError) when refused.
Restore = Callable[[list[StoredSegment]], None]
#: Told when an undo or redo was refused, so the window can say why.
Refused = Callable[[DomainError, StoredSegment], None]

_MERGE_ID = 0x5E6


class EditCommand(QUndoCommand):
    """One edit already applied; pushing it does not apply it again."""

    def __init__(
        self,
        text: str,
        before: list[StoredSegment],
        after: list[StoredSegment],
        restore: Restore,
        refused: Refused,
        visit: int | None = None,
    ) -> None:
        super().__init__(text)
        self.before = {s.id: s for s in before}
        self.after = {s.id: s for s in after}
        self.primary = after[0].id if after else None
        self._restore = restore
        self._refused = refused
        #: Edits of one segment during one stay in its editor merge into one step (drafts, then confirm).
        self.visit = visit
        self._applied = True

    def id(self) -> int:
        return _MERGE_ID if self.visit is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.visit != self.visit or other.primary != self.primary:
            return False
        for segment_id, state in other.before.items():
            self.before.setdefault(segment_id, state)
        self.after.update(other.after)
        self.setText(other.text())
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the first redo is the push: the edit was already stored
            return
        self._apply(list(self.after.values()))

    def undo(self) -> None:
        self._apply(list(self.before.values()))

    def _apply(self, states: list[StoredSegment]) -> None:
        try:
            self._restore(states)
        except DomainError as error:
            failed = states[0]
            if isinstance(error, ConflictError):
                failed = next((s for s in states if s.id == error.segment_id), failed)
            self.setObsolete(True)
            self._refused(error, failed)
