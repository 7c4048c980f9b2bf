"""Reviewer decisions from the grid: approve and go on, or reject with a comment.

Apart from the editing session because only reviewers use it, and because a decision is not an edit: it is
not on the undo stack. Before deciding, an edit in progress is confirmed and the stored version is compared
with the one on screen, so a reviewer never approves a text they have not seen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from translator_app.domain import workflow
from translator_app.domain.errors import ConflictError, DomainError, ErrorCode
from translator_app.domain.models import Segment, SegmentStatus
from translator_app.domain.review import ErrorCategory, ErrorSeverity
from translator_app.ui.common.errors import describe
from translator_app.ui.editing.editing_session import EditingSession


class ReviewFlow(QObject):
    """Approve-and-next and reject for the active segment of an editing session."""

    #: An approval refused by QA errors: (segment, error); the window offers to override with a reason.
    qa_blocked = Signal(object, object)

    def __init__(self, session: EditingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def allowed(self) -> bool:
        """Whether the user's role may approve and reject at all (the window greys the actions out)."""
        return workflow.may(self.session.workspace.actor.role, workflow.Action.APPROVE)

    def approve_and_next(self, override: str | None = None) -> None:
        """Ctrl+Alt+A: approve the active segment (confirming an edit first), then the next to review.

        ``override``: the reviewer's reason for approving despite QA errors (a QAction's ``checked`` flag,
        passed when the action triggers this directly, is not a reason).
        """
        reason = override if isinstance(override, str) else None
        segment = self._fresh_for_review()
        if segment is None or segment.id is None:
            return
        try:
            approved = self.session.workspace.review.approve(
                [segment.id],
                self.session.workspace.actor,
                override=reason,
                seen_versions={segment.id: segment.version},
            )
        except ConflictError as error:
            self.session.report_conflict(error, segment)
            return
        except DomainError as error:
            if error.code is ErrorCode.QA_BLOCKED:
                self.qa_blocked.emit(segment, error)
                return
            self.session.message.emit(describe(error))
            return
        self.session.model.replace_segment(approved[0])
        self.session.segments_changed.emit()
        self.session.go_to_next(lambda s: s.translatable and s.status is SegmentStatus.TRANSLATED)

    def reject(
        self, comment: str, category: ErrorCategory | None = None, severity: ErrorSeverity | None = None
    ) -> bool:
        """Ctrl+Alt+R: send the active segment back with a comment (optionally an MQM category/severity)."""
        segment = self._fresh_for_review()
        if segment is None or segment.id is None:
            return False
        try:
            rejected = self.session.workspace.review.reject(
                segment.id,
                comment,
                self.session.workspace.actor,
                category=category,
                severity=severity,
                seen_version=segment.version,
            )
        except ConflictError as error:
            self.session.report_conflict(error, segment)
            return False
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
