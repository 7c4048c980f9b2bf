"""Reviewer decisions from the grid: approve and go on, or reject with a comment.

Apart from the editing session because only reviewers use it, and because a decision is not an edit: it is
not on the undo stack. Before deciding, an edit in progress is confirmed, and the decision is taken on the
version the window shows, so a reviewer never approves a text they have not seen (a newer one is a conflict).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from translator_app.domain import workflow
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Role, SegmentStatus, StoredSegment
from translator_app.domain.review import ErrorCategory, ErrorSeverity
from translator_app.ui.common.errors import describe
from translator_app.ui.editing.editing_session import EditingSession


class ReviewFlow(QObject):
    """Approve-and-next and reject for the active segment of an editing session."""

    #: An approval refused by QA errors: (segment, error); the window offers to override with a reason.
    qa_blocked = Signal(object, object)

    def __init__(self, session: EditingSession, role: Role, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.writer = session.writer
        self.role = role

    def allowed(self) -> bool:
        """Whether the user's role may approve and reject at all (the window greys the actions out)."""
        return workflow.may(self.role, workflow.Action.APPROVE)

    def approve_and_next(self, override: str | None = None) -> None:
        """Ctrl+Alt+A: approve the active segment (confirming an edit first), then the next to review.

        ``override``: the reviewer's reason for approving despite QA errors (a QAction's ``checked`` flag,
        passed when the action triggers this directly, is not a reason).
        """
        reason = override if isinstance(override, str) else None
        segment = self._ready_for_review()
        if segment is None:
            return
        try:
            approved = self.writer.approve(segment.id, reason)
        except DomainError as error:
            if error.code is ErrorCode.QA_BLOCKED:
                self.qa_blocked.emit(segment, error)
            else:
                self.session.notify(describe(error))
            return
        if approved is not None:
            self.session.go_to_next(lambda s: s.translatable and s.status is SegmentStatus.TRANSLATED)

    def reject(
        self, comment: str, category: ErrorCategory | None = None, severity: ErrorSeverity | None = None
    ) -> bool:
        """Ctrl+Alt+R: send the active segment back with a comment (optionally an MQM category/severity)."""
        segment = self._ready_for_review()
        if segment is None:
            return False
        try:
            return self.writer.reject(segment.id, comment, category, severity) is not None
        except DomainError as error:
            self.session.notify(describe(error))
            return False

    def _ready_for_review(self) -> StoredSegment | None:
        """The active segment, its edit in progress confirmed first (None when that was refused)."""
        segment = self.session.current_segment()
        if segment is None or not segment.translatable:
            return None
        editor = self.session.editor()
        if editor is not None and editor.text() != segment.target:
            return self.session.apply_edit(segment.id, editor.text(), confirm=True)
        return segment
