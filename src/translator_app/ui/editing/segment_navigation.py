"""Getting to the segment that needs you: by number (Ctrl+G), the next or previous one not yet confirmed
(Ctrl+U, Ctrl+Shift+U), the next one with a QA problem (F8), the next one a reviewer rejected (Ctrl+Shift+R).

Searches run over the rows in view, wrapping at the end, as memoQ's and Trados' do; a number the filters or
the "hide lines not to translate" switch keep out of view is brought back into view first. The QA check of
the release runs on a worker, as the QA filter's does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from translator_app.domain.models import Segment, SegmentStatus
from translator_app.services.qa import SegmentFindings
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.editing.editing_session import EditingSession, to_do
from translator_app.ui.grid.filter_bar import FilterBar
from translator_app.ui.grid.hidden_lines import HiddenLinesSwitch

#: Checks a whole release (the workspace's QA service), run on a worker.
CheckRelease = Callable[[int], Sequence[SegmentFindings]]


def rejected(segment: Segment) -> bool:
    return segment.translatable and segment.status is SegmentStatus.REJECTED


class SegmentNavigation(QObject):
    """The Segment menu's ways of going somewhere, besides Ctrl+Up/Down and Ctrl+Enter."""

    def __init__(
        self,
        session: EditingSession,
        filters: FilterBar,
        hidden_lines: HiddenLinesSwitch,
        check_release: CheckRelease,
        runner: TaskRunner,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.filters = filters
        self.hidden_lines = hidden_lines
        self.check_release = check_release
        self.runner = runner
        self.dialog_parent = dialog_parent
        self.dialog: QInputDialog | None = None

    # --- by number -----------------------------------------------------------------------------------

    def ask_number(self) -> None:
        """Ctrl+G: ask for a segment number (as the grid's # column shows it), then go there."""
        count = len(self.session.release)
        if not count:
            return
        current = self.session.current_segment()
        dialog = QInputDialog(self.dialog_parent)
        dialog.setObjectName("goToSegmentDialog")
        dialog.setWindowTitle(self.tr("Go to segment"))
        dialog.setLabelText(self.tr("Segment number (1–{count}):").format(count=count))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, count)
        dialog.setIntValue(current.position + 1 if current is not None else 1)
        dialog.intValueSelected.connect(self.go_to_number)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def go_to_number(self, number: int) -> bool:
        """Make segment ``number`` (counted from 1) active, bringing it into view if it is hidden."""
        release = self.session.release
        row = number - 1
        if not 0 <= row < len(release):
            self.session.notify(self.tr("There is no segment {n}.").format(n=number))
            return False
        if self.session.proxy.view_row(row) < 0:
            self.filters.clear()
        if self.session.proxy.view_row(row) < 0:
            self.hidden_lines.show_all()
            self.session.notify(
                self.tr("Segment {n} is not to be translated: the hidden lines are shown.").format(n=number)
            )
        return self.session.go_to_row(row)

    # --- by state ------------------------------------------------------------------------------------

    def next_unconfirmed(self, step: int = 1) -> None:
        """Ctrl+U (Ctrl+Shift+U backwards): the next segment to translate not yet confirmed."""
        self.session.save_draft()
        self.session.go_to_next(to_do, step, self.tr("Every segment in view is confirmed."))

    def next_rejected(self) -> None:
        """Ctrl+Shift+R: the next segment a reviewer sent back."""
        self.session.go_to_next(rejected, 1, self.tr("No rejected segment in view."))

    def next_qa_problem(self) -> None:
        """F8: check the release (on a worker), then go to the next segment in view with a QA error or
        warning."""
        release = self.session.release.release
        if release is None:
            return
        self.session.commit_editor()  # the typing counts
        check, release_id = self.check_release, release.id
        self.session.notify(self.tr("Checking the release…"))

        def done(results: Sequence[SegmentFindings]) -> None:
            flagged = frozenset(r.segment_id for r in results if r.findings)
            none_left = self.tr("No QA problem in the segments in view.")
            if self.session.go_to_next(lambda s: s.id in flagged, 1, none_left):
                self.session.notify("")

        self.runner.submit(
            "qa-next",
            release_id,
            lambda _handle: check(release_id),
            done,
            lambda _error: self.session.notify(self.tr("The release could not be checked.")),
        )
