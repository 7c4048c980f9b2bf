"""Reviewer decisions from the grid: approve and go on, or reject with a comment.

Apart from the editing session because only reviewers use it, and because a decision is not an edit: it is
not on the undo stack. Before deciding, an edit in progress is confirmed and the stored version is compared
with the one on screen, so a reviewer never approves a text they have not seen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from translator_app.domain import workflow
from translator_app.domain.errors import ConflictError, DomainError
from translator_app.domain.models import Segment, SegmentStatus
from translator_app.ui.editing_session import EditingSession
from translator_app.ui.errors import describe


class ReviewFlow(QObject):
    """Approve-and-next and reject for the active segment of an editing session."""

    def __init__(self, session: EditingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def allowed(self) -> bool:
        """Whether the user's role may approve and reject at all (the window greys the actions out)."""
        return workflow.may(self.session.workspace.actor.role, workflow.Action.APPROVE)

    def approve_and_next(self) -> None:
        """Ctrl+Alt+A: approve the active segment (confirming an edit first), then the next to review."""
        segment = self._fresh_for_review()
        if segment is None or segment.id is None:
            return
        try:
            approved = self.session.workspace.review.approve([segment.id], self.session.workspace.actor)
        except DomainError as error:
            self.session.message.emit(describe(error))
            return
        self.session.model.replace_segment(approved[0])
        self.session.segments_changed.emit()
        self.session.go_to_next(lambda s: s.translatable and s.status is SegmentStatus.TRANSLATED)

    def reject(self, comment: str) -> bool:
        """Ctrl+Alt+R: send the active segment back with a comment."""
        segment = self._fresh_for_review()
        if segment is None or segment.id is None:
            return False
        try:
            rejected = self.session.workspace.review.reject(segment.id, comment, self.session.workspace.actor)
        except DomainError as error:
            self.session.message.emit(describe(error))
            return False
        self.session.model.replace_segment(rejected)
        self.session.segments_changed.emit()
        return True

    def _fresh_for_review(self) -> Segment | None:
        """The active segment, its edit saved, and still the version on screen (else a conflict)."""
        segment = self.session.current_segment()
        if segment is None or segment.id is None or not segment.translatable:
            return None
        segment_id = segment.id
        editor = self.session.editor()
        if editor is not None and editor.text() != segment.target:
            saved = self.session.apply_edit(segment_id, editor.text(), confirm=True)
            if saved is None:
                return None
            segment = saved
        stored = self.session.workspace.releases.segment(segment_id)
        if stored.version != segment.version:
            error = ConflictError(segment_id, segment.version, stored.version, stored.updated_by)
            self.session.report_conflict(error, segment)
            return None
        return segment
