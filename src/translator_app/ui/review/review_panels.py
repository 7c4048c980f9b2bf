"""The review side of the window: live QA, the QA, Comments and History panels, the rejection banner, revert.

Follows the editing session and the open release: when the active segment changes, or changes itself, its
comments and history are read on a worker, its stored target checked, and the rejection comment shown above
the grid if it was sent back. The QA filter of the filter bar asks for the whole release's findings on a
worker, then filters by them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.models import StoredSegment
from translator_app.domain.qa import Severity
from translator_app.services.comments import CommentThread
from translator_app.services.history import HistoryEntry
from translator_app.services.open_release import ReleaseChange
from translator_app.services.qa import SegmentFindings
from translator_app.services.review_tools import ReviewTools
from translator_app.ui.common.errors import describe
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.editor.live_qa import LiveQa
from translator_app.ui.editor.target_editor import TargetEditor
from translator_app.ui.grid.filter_bar import FilterBar
from translator_app.ui.grid.segment_filter import QaFilter
from translator_app.ui.panels.side_panels import SidePanels
from translator_app.ui.review.banners import RejectionBanner


class ReviewPanels(QObject):
    """Connects the QA, comment and history tools of the workspace to the window's panels."""

    def __init__(
        self,
        tools: ReviewTools,
        session: EditingSession,
        side: SidePanels,
        filters: FilterBar,
        runner: TaskRunner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.tools = tools
        self.session = session
        self.release = session.release
        self.side = side
        self.filters = filters
        self.runner = runner
        self.segment: StoredSegment | None = None
        self.live_qa = LiveQa(tools.qa.check_text, self)
        self.rejection_banner = RejectionBanner(parent)
        self.qa_filter = QComboBox(parent)
        self.qa_filter.setObjectName("qaFilter")
        self.qa_filter.setAccessibleName(self.tr("Filter by QA finding"))
        self.qa_filter.addItem(self.tr("All QA results"), QaFilter.ALL.value)
        self.qa_filter.addItem(self.tr("With QA errors"), QaFilter.ERRORS.value)
        self.qa_filter.addItem(self.tr("With QA warnings"), QaFilter.WARNINGS.value)
        filters.add_combo(self.qa_filter, 2)

        session.table.segment_delegate.editor_opened.connect(self._editor_opened)
        session.current_segment_changed.connect(self.show_segment)
        self.release.changed.connect(self._release_changed)
        self.live_qa.findings_changed.connect(self._live_findings)
        side.qa_panel.check_release_requested.connect(self.check_release)
        side.qa_panel.segment_chosen.connect(self.go_to_segment)
        side.comments.post_requested.connect(self.post_comment)
        side.comments.resolve_requested.connect(self.resolve_thread)
        side.history.revert_requested.connect(self.revert)
        self.qa_filter.currentIndexChanged.connect(self.apply_qa_filter)
        filters.clear_button.clicked.connect(lambda: self.qa_filter.setCurrentIndex(0))

    # --- following the active segment ------------------------------------------------------------------

    def show_segment(self, segment: StoredSegment | None) -> None:
        self.segment = segment
        panel = self.side.qa_panel
        if segment is None:
            panel.show_segment_findings(None)
            self.side.comments.show_threads([])
            self.side.history.show_entries([])
            self.rejection_banner.show_rejection(0, None)
            return
        if segment.translatable and segment.target.strip():
            try:
                panel.show_segment_findings(self.tools.qa.check_text(segment.id, segment.target))
            except DomainError:
                panel.show_segment_findings(None)
        else:
            panel.show_segment_findings(None)  # nothing to check yet: no "No problem found" either
        self.refresh_comments()
        self.refresh_history()
        self._show_rejection(segment)

    def _show_rejection(self, segment: StoredSegment) -> None:
        try:
            comment = self.tools.comments.rejection(segment.id)
        except DomainError:
            comment = None
        self.rejection_banner.show_rejection(segment.position + 1, comment)

    def _release_changed(self, change: ReleaseChange) -> None:
        """The active segment itself changed (a save, a decision, someone else): its trail follows."""
        if self.segment is None or self.segment.id not in change.ids:
            return
        current = self.release.segment(self.segment.id)
        if current is not None:
            self.segment = current
            self._show_rejection(current)
            self.refresh_comments()
            self.refresh_history()

    def _editor_opened(self, editor: TargetEditor) -> None:
        segment = self.session.current_segment()
        translatable = segment is not None and segment.translatable
        self.live_qa.attach(editor, segment.id if segment is not None and translatable else None)

    def _live_findings(self, segment_id: int, findings: object) -> None:
        if self.segment is not None and self.segment.id == segment_id and isinstance(findings, list):
            editor = self.live_qa.editor
            untouched = not findings and editor is not None and not editor.text().strip()
            self.side.qa_panel.show_segment_findings(None if untouched else findings)

    # --- QA of the release -----------------------------------------------------------------------------

    def check_release(self) -> None:
        release = self.release.release
        if release is None:
            return
        self.session.commit_editor()
        qa, release_id = self.tools.qa, release.id
        panel = self.side.qa_panel
        panel.checking()
        self.runner.submit(
            "qa-release",
            release_id,
            lambda _handle: qa.check_release(release_id, untranslated=True),
            panel.show_release_findings,
            lambda error: panel.check_failed(describe(error)),
        )

    def go_to_segment(self, segment_id: int) -> None:
        """Open a segment the QA list points at (showing every segment if a filter hides it)."""
        row = self.release.row_of(segment_id)
        if row is None:
            return
        if self.session.proxy.view_row(row) < 0:
            self.filters.clear()
        self.session.go_to_row(row)

    def apply_qa_filter(self) -> None:
        """Keep the segments with QA errors (or warnings): the release is checked on a worker first."""
        choice = QaFilter(self.qa_filter.currentData())
        release = self.release.release
        proxy = self.session.proxy
        if choice is QaFilter.ALL or release is None:
            proxy.set_qa_filter(QaFilter.ALL, frozenset())
            return
        self.session.commit_editor()
        qa, release_id = self.tools.qa, release.id

        def done(results: Sequence[SegmentFindings]) -> None:
            wanted = Severity.ERROR if choice is QaFilter.ERRORS else Severity.WARNING
            ids = frozenset(r.segment_id for r in results if any(f.severity is wanted for f in r.findings))
            proxy.set_qa_filter(choice, ids)

        self.runner.submit("qa-filter", release_id, lambda _h: qa.check_release(release_id), done)

    # --- comments --------------------------------------------------------------------------------------

    def refresh_comments(self) -> None:
        segment = self.segment
        if segment is None:
            return
        comments, wanted = self.tools.comments, segment.id
        self.runner.submit(
            "comments",
            wanted,
            lambda _handle: comments.threads(wanted),
            self._show_threads,
            lambda _error: self._show_threads([]),
            still_wanted=lambda: self.segment is not None and self.segment.id == wanted,
        )

    def _show_threads(self, threads: list[CommentThread]) -> None:
        self.side.comments.show_threads(threads)

    def post_comment(self, text: str, reply_to: object) -> None:
        segment = self.segment
        if segment is None:
            return
        parent = reply_to if isinstance(reply_to, int) else None
        try:
            self.tools.comments.add(segment.id, text, self.session.writer.actor, reply_to=parent)
        except DomainError as error:
            self.session.notify(describe(error))
            return
        self.side.comments.posted()
        self.refresh_comments()

    def resolve_thread(self, root_id: int, resolved: bool) -> None:
        try:
            self.tools.comments.resolve(root_id, self.session.writer.actor, resolved)
        except DomainError as error:
            self.session.notify(describe(error))
            return
        self.refresh_comments()

    # --- history ---------------------------------------------------------------------------------------

    def refresh_history(self) -> None:
        """Read the active segment's events again (after a change to it), off the GUI thread."""
        if self.segment is None:
            return
        history, wanted = self.tools.history, self.segment.id

        def read(_handle: TaskHandle) -> list[HistoryEntry]:
            return history.history(wanted)

        self.runner.submit(
            "history",
            wanted,
            read,
            self.side.history.show_entries,
            lambda _error: self.side.history.show_entries([]),
            still_wanted=lambda: self.segment is not None and self.segment.id == wanted,
        )

    def revert(self, version: int) -> None:
        """Put back target version ``version`` of the active segment, against the version on screen."""
        segment = self.session.current_segment()
        if segment is None:
            return
        self.session.commit_editor()
        try:
            saved = self.session.writer.revert(segment.id, version)
        except DomainError as error:
            self.session.notify(describe(error))
            return
        if saved is None:
            return  # a conflict: the banner says what happened
        editor = self.session.editor()
        if editor is not None and editor.text() != saved.target:
            editor.load(saved.target, saved.source)
        self.session.notify(
            self.tr("Segment {n} reverted to version {v}.").format(n=saved.position + 1, v=version)
        )
