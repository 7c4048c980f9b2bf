"""The review side of the window: live QA, the QA and Comments panels, the rejection banner, revert.

Follows the editing session: when the active segment changes, its comments are read on a worker, its
stored target checked, and the rejection comment shown above the grid if it was sent back. The QA filter
of the filter bar asks for the whole release's findings on a worker, then filters by them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from translator_app.domain.errors import ConflictError, DomainError
from translator_app.domain.models import Segment
from translator_app.domain.qa import Severity
from translator_app.services.comments import CommentThread
from translator_app.services.qa import SegmentFindings
from translator_app.ui.common.errors import describe
from translator_app.ui.editor.live_qa import LiveQa
from translator_app.ui.editor.target_editor import TargetEditor
from translator_app.ui.grid.segment_filter import QaFilter
from translator_app.ui.review.banners import RejectionBanner

if TYPE_CHECKING:
    from translator_app.ui.main_window import MainWindow


class ReviewWindow(QObject):
    """Connects the QA, comment and history tools of the workspace to the window's panels."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.tools = window.workspace.reviewing
        self.segment: Segment | None = None
        self.live_qa = LiveQa(self.tools.qa.check_text, self)
        self.rejection_banner = RejectionBanner(window)
        self.qa_filter = QComboBox(window)
        self.qa_filter.setObjectName("qaFilter")
        self.qa_filter.setAccessibleName(self.tr("Filter by QA finding"))
        self.qa_filter.addItem(self.tr("All QA results"), QaFilter.ALL.value)
        self.qa_filter.addItem(self.tr("With QA errors"), QaFilter.ERRORS.value)
        self.qa_filter.addItem(self.tr("With QA warnings"), QaFilter.WARNINGS.value)

    def install(self) -> None:
        w = self.window
        side = w.side
        w.segments.segment_delegate.editor_opened.connect(self._editor_opened)
        w.session.current_segment_changed.connect(self.show_segment)
        w.session.segments_changed.connect(self._segments_changed)
        self.live_qa.findings_changed.connect(self._live_findings)
        side.qa_panel.check_release_requested.connect(self.check_release)
        side.qa_panel.segment_chosen.connect(self.go_to_segment)
        side.comments.post_requested.connect(self.post_comment)
        side.comments.resolve_requested.connect(self.resolve_thread)
        side.history.revert_requested.connect(self.revert)
        self.qa_filter.currentIndexChanged.connect(self.apply_qa_filter)
        w.filters.clear_button.clicked.connect(lambda: self.qa_filter.setCurrentIndex(0))

    # --- following the active segment ------------------------------------------------------------------

    def show_segment(self, segment: Segment | None) -> None:
        self.segment = segment
        panel = self.window.side.qa_panel
        if segment is None or segment.id is None:
            panel.show_segment_findings(None)
            self.window.side.comments.show_threads([])
            self.rejection_banner.show_rejection(0, None)
            return
        if segment.translatable:
            try:
                panel.show_segment_findings(self.tools.qa.check_text(segment.id, segment.target))
            except DomainError:
                panel.show_segment_findings(None)
        else:
            panel.show_segment_findings(None)
        self.refresh_comments()
        self._show_rejection(segment)

    def _show_rejection(self, segment: Segment) -> None:
        if segment.id is None:
            return
        try:
            comment = self.tools.comments.rejection(segment.id)
        except DomainError:
            comment = None
        self.rejection_banner.show_rejection(segment.position + 1, comment)

    def _segments_changed(self) -> None:
        current = self.window.session.current_segment()
        if current is not None and current.id is not None:
            self.segment = current
            self._show_rejection(current)
            self.refresh_comments()

    def _editor_opened(self, editor: TargetEditor) -> None:
        segment = self.window.session.current_segment()
        translatable = segment is not None and segment.translatable
        self.live_qa.attach(editor, segment.id if segment is not None and translatable else None)

    def _live_findings(self, segment_id: int, findings: object) -> None:
        if self.segment is not None and self.segment.id == segment_id and isinstance(findings, list):
            self.window.side.qa_panel.show_segment_findings(findings)

    # --- QA of the release -----------------------------------------------------------------------------

    def check_release(self) -> None:
        release = self.window.current_release
        if release is None or release.id is None:
            return
        self.window.session.commit_editor()
        qa, release_id = self.tools.qa, release.id
        panel = self.window.side.qa_panel
        panel.checking()
        self.window.runner.submit(
            "qa-release",
            release_id,
            lambda _handle: qa.check_release(release_id),
            panel.show_release_findings,
            lambda error: panel.check_failed(describe(error)),
        )

    def go_to_segment(self, segment_id: int) -> None:
        """Open a segment the QA list points at (showing every segment if a filter hides it)."""
        w = self.window
        row = w.segment_model.row_of(segment_id)
        if row is None:
            return
        if w.segment_proxy.view_row(row) < 0:
            w.filters.clear()
        w.session.go_to_row(row)

    def apply_qa_filter(self) -> None:
        """Keep the segments with QA errors (or warnings): the release is checked on a worker first."""
        choice = QaFilter(self.qa_filter.currentData())
        release = self.window.current_release
        proxy = self.window.segment_proxy
        if choice is QaFilter.ALL or release is None or release.id is None:
            proxy.set_qa_filter(QaFilter.ALL, frozenset())
            self.window.filters.update_count()
            return
        self.window.session.commit_editor()
        qa, release_id = self.tools.qa, release.id

        def done(results: Sequence[SegmentFindings]) -> None:
            wanted = Severity.ERROR if choice is QaFilter.ERRORS else Severity.WARNING
            ids = frozenset(r.segment_id for r in results if any(f.severity is wanted for f in r.findings))
            proxy.set_qa_filter(choice, ids)
            self.window.filters.update_count()
            self.window.filters.changed.emit()

        self.window.runner.submit("qa-filter", release_id, lambda _h: qa.check_release(release_id), done)

    # --- comments --------------------------------------------------------------------------------------

    def refresh_comments(self) -> None:
        segment = self.segment
        if segment is None or segment.id is None:
            return
        comments, wanted = self.tools.comments, segment.id
        self.window.runner.submit(
            "comments",
            wanted,
            lambda _handle: comments.threads(wanted),
            self._show_threads,
            lambda _error: self._show_threads([]),
            still_wanted=lambda: self.segment is not None and self.segment.id == wanted,
        )

    def _show_threads(self, threads: list[CommentThread]) -> None:
        self.window.side.comments.show_threads(threads)

    def post_comment(self, text: str, reply_to: object) -> None:
        segment = self.segment
        if segment is None or segment.id is None:
            return
        parent = reply_to if isinstance(reply_to, int) else None
        try:
            self.tools.comments.add(segment.id, text, self.workspace.actor, reply_to=parent)
        except DomainError as error:
            self.window.status.showMessage(describe(error), 8000)
            return
        self.window.side.comments.posted()
        self.refresh_comments()

    def resolve_thread(self, root_id: int, resolved: bool) -> None:
        try:
            self.tools.comments.resolve(root_id, self.workspace.actor, resolved)
        except DomainError as error:
            self.window.status.showMessage(describe(error), 8000)
            return
        self.refresh_comments()

    # --- history ---------------------------------------------------------------------------------------

    def revert(self, version: int) -> None:
        """Put back target version ``version`` of the active segment, against the version on screen."""
        w = self.window
        segment = w.session.current_segment()
        if segment is None or segment.id is None:
            return
        w.session.commit_editor()
        shown = w.session.current_segment() or segment
        try:
            saved = self.tools.history.revert(
                segment.id, self.workspace.actor, to_version=version, expected_version=shown.version
            )
        except ConflictError as error:
            w.session.report_conflict(error, shown)
            return
        except DomainError as error:
            w.status.showMessage(describe(error), 8000)
            return
        w.segment_model.replace_segment(saved)
        editor = w.session.editor()
        if editor is not None and editor.text() != saved.target:
            editor.load(saved.target, saved.source)
        w.session.segments_changed.emit()
        w.status.showMessage(
            self.tr("Segment {n} reverted to version {v}.").format(n=saved.position + 1, v=version), 8000
        )
