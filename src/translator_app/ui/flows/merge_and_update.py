"""File › Update from a revised source and File › Merge a returned file, run on a worker.

Both change many segments at once in one transaction: the file is asked for on the GUI thread, the typing
stored, the service run on the pool with a busy progress bar; the segments it returns go into the open
release (a merge as one change, an update as a reload), and the status bar says what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from translator_app.domain.models import Role
from translator_app.services.merging import MergeReport
from translator_app.services.updating import UpdateSummary
from translator_app.services.workspace import Workspace
from translator_app.ui.common.errors import describe, open_error_box
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.frame.status_bar import TaskProgress


class HandoffFlows(QObject):
    """Runs the two hand-offs; ``finished`` carries the sentence shown in the status bar, and
    ``release_touched`` the release they changed (the window lists it again and shows it)."""

    finished = Signal(str)
    release_touched = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        session: EditingSession,
        runner: TaskRunner,
        progress: TaskProgress,
        notify: Callable[[str], None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.workspace = workspace
        self.session = session
        self.runner = runner
        self.progress = progress
        self.notify = notify
        self.dialog_parent = dialog_parent
        self.last_message = ""
        self.overwrite_box: QMessageBox | None = None
        self.tracked_box: QMessageBox | None = None

    def choose_update(self) -> None:
        release = self.session.release.release
        if release is None:
            self._say(self.tr("Open the release that the revised source replaces."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent,
            self.tr("Revised source of “{title}”").format(title=release.title),
            "",
            self.tr("Releases (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"),
        )
        if path:
            self.run_update(Path(path), release.id)

    def run_update(self, path: Path, release_id: int) -> TaskHandle:
        self.session.commit_editor()
        updating, actor = self.workspace.handoff.updating, self.workspace.actor

        def work(handle: TaskHandle) -> UpdateSummary:
            handle.report("", 0, 0)
            return updating.update_file(path, release_id, actor)

        handle = self.runner.submit("handoff", path, work, self._updated, self._failed)
        self.progress.start(self.tr("Updating from {name}…").format(name=path.name), handle)
        return handle

    def _updated(self, summary: UpdateSummary) -> None:
        self.progress.finish()
        text = self.tr(
            "Release updated: {unchanged} unchanged, {changed} changed (kept as drafts), {added} new, "
            "{removed} removed (archived)."
        ).format(
            unchanged=summary.unchanged, changed=summary.changed, added=summary.added, removed=summary.removed
        )
        self.session.writer.take_update(summary)
        self.release_touched.emit(summary.release_id)
        self._say(text)

    def choose_merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent,
            self.tr("Merge a returned XLIFF file or review table"),
            "",
            self.tr("Returned files (*.xlf *.xliff *.docx);;All files (*)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() == ".docx":
            self.ask_tracked_changes(Path(path))
        else:
            self.run_merge(Path(path))

    def ask_tracked_changes(self, path: Path) -> QMessageBox:
        """A review table may come back with Word's Track Changes still in it: take them as accepted, or
        refuse the table while any remain (it names their segments), as ``merge --tracked-changes``."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Tracked changes"),
            self.tr(
                "A review table may still hold changes tracked in Word. Take them as accepted (deletions "
                "dropped, insertions kept), or refuse the table while any remain, so that they are looked "
                "at in Word first?"
            ),
            QMessageBox.StandardButton.NoButton,
            self.dialog_parent,
        )
        box.setObjectName("trackedChangesBox")
        take = box.addButton(self.tr("Take them"), QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(self.tr("Refuse the table"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(take)
        box.finished.connect(box.deleteLater)

        def chosen(button: object) -> None:
            if button is take:
                self.run_merge(path)
            elif button is refuse:
                self.run_merge(path, refuse_tracked=True)

        box.buttonClicked.connect(chosen)
        self.tracked_box = box
        box.open()
        return box

    def run_merge(self, path: Path, *, force: bool = False, refuse_tracked: bool = False) -> TaskHandle:
        self.session.commit_editor()
        merging, actor = self.workspace.handoff.merging, self.workspace.actor

        def work(handle: TaskHandle) -> MergeReport:
            handle.report("", 0, 0)
            return merging.merge_file(path, actor, force=force, refuse_tracked=refuse_tracked)

        def merged(report: MergeReport) -> None:
            self._merged(report, path, refuse_tracked)

        handle = self.runner.submit("handoff", path, work, merged, self._failed)
        self.progress.start(self.tr("Merging {name}…").format(name=path.name), handle)
        return handle

    def _merged(self, report: MergeReport, path: Path, refuse_tracked: bool = False) -> None:
        self.progress.finish()
        changed = len(report.changed)
        protected = len(report.protected)
        comments = report.comments_added
        text = self.tr("Merged: {changed}, {comments}.").format(
            changed=english_plural(self.tr("%n segment(s) changed", "", changed), changed),
            comments=english_plural(self.tr("%n comment(s) added", "", comments), comments),
        )
        edited = len(report.edited_since)
        if edited:
            text += " " + english_plural(
                self.tr("Kept %n segment(s) changed here since the export.", "", edited), edited
            )
        if protected:
            text += " " + english_plural(
                self.tr("Left %n approved segment(s) unchanged.", "", protected), protected
            )
        self.session.writer.take_merge(report)
        self.release_touched.emit(report.release_id)
        self._say(text)
        reviewer = self.workspace.actor.role is Role.REVIEWER
        if (edited or (protected and reviewer)) and (not protected or reviewer):
            # approved ones only for a reviewer
            self._offer_overwrite(text, edited + protected, path, refuse_tracked)

    def _offer_overwrite(self, summary: str, held: int, path: Path, refuse_tracked: bool = False) -> None:
        """The file's text was held back where someone worked in the app since the export: the user decides
        whether it replaces that work (approved segments too, for a reviewer), as ``merge --force`` would."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Segments changed since the export"),
            summary
            + "\n\n"
            + english_plural(
                self.tr(
                    "Replace the current text of these %n segment(s) with the file's? "
                    "Each change is kept in its history.",
                    "",
                    held,
                ),
                held,
            ),
            QMessageBox.StandardButton.NoButton,
            self.dialog_parent,
        )
        box.setObjectName("mergeOverwriteBox")
        replace = box.addButton(self.tr("Use the file's text"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the current text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(
            lambda button: (
                self.run_merge(path, force=True, refuse_tracked=refuse_tracked) if button is replace else None
            )
        )
        self.overwrite_box = box
        box.open()

    def _failed(self, error: BaseException) -> None:
        self.progress.finish()
        text = describe(error)
        self._say(text)
        open_error_box(self.dialog_parent, self.tr("Nothing was changed"), text)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.notify(text)
        self.finished.emit(text)
