"""File › Update from a revised source and File › Merge a returned file, run on a worker.

Both change many segments at once in one transaction: the window asks for the file on the GUI thread, runs the
service on the pool with a busy progress bar, then reloads the release and says what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from translator_app.domain.models import Role
from translator_app.ui.common.errors import describe, open_error_box
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.workers import TaskHandle

if TYPE_CHECKING:
    from translator_app.ui.main_window import MainWindow


class HandoffFlows(QObject):
    """Owns the two actions; ``finished`` carries the sentence shown in the status bar."""

    finished = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_message = ""
        self.overwrite_box: QMessageBox | None = None
        window.commands.update_release.triggered.connect(self.choose_update)
        window.commands.merge_returned.triggered.connect(self.choose_merge)

    def choose_update(self) -> None:
        release = self.window.current_release
        if release is None or release.id is None:
            self._say(self.tr("Open the release that the revised source replaces."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Revised source of “{title}”").format(title=release.title),
            "",
            self.tr("Releases (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"),
        )
        if path:
            self.run_update(Path(path), release.id)

    def run_update(self, path: Path, release_id: int) -> TaskHandle:
        workspace = self.window.workspace
        updating, actor = workspace.handoff.updating, workspace.actor

        def work(handle: TaskHandle) -> object:
            handle.report("", 0, 0)
            return updating.update_file(path, release_id, actor)

        handle = self.window.runner.submit("handoff", path, work, self._updated, self._failed)
        self.window.status.task.start(self.tr("Updating from {name}…").format(name=path.name), handle)
        return handle

    def _updated(self, summary: object) -> None:
        self.window.status.task.finish()
        text = self.tr(
            "Release updated: {unchanged} unchanged, {changed} changed (kept as drafts), {added} new, "
            "{removed} removed (archived)."
        ).format(
            unchanged=getattr(summary, "unchanged", 0),
            changed=getattr(summary, "changed", 0),
            added=getattr(summary, "added", 0),
            removed=getattr(summary, "removed", 0),
        )
        self._reload(getattr(summary, "release_id", None))
        self._say(text)

    def choose_merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Merge a returned XLIFF file or review table"),
            "",
            self.tr("Returned files (*.xlf *.xliff *.docx);;All files (*)"),
        )
        if path:
            self.run_merge(Path(path))

    def run_merge(self, path: Path, *, force: bool = False) -> TaskHandle:
        workspace = self.window.workspace
        merging, actor = workspace.handoff.merging, workspace.actor

        def work(handle: TaskHandle) -> object:
            handle.report("", 0, 0)
            return merging.merge_file(path, actor, force=force)

        def merged(report: object) -> None:
            self._merged(report, path)

        handle = self.window.runner.submit("handoff", path, work, merged, self._failed)
        self.window.status.task.start(self.tr("Merging {name}…").format(name=path.name), handle)
        return handle

    def _merged(self, report: object, path: Path) -> None:
        self.window.status.task.finish()
        changed = len(getattr(report, "changed", []))
        protected = len(getattr(report, "protected", []))
        comments = int(getattr(report, "comments_added", 0))
        text = self.tr("Merged: {changed}, {comments}.").format(
            changed=english_plural(self.tr("%n segment(s) changed", "", changed), changed),
            comments=english_plural(self.tr("%n comment(s) added", "", comments), comments),
        )
        edited = len(getattr(report, "edited_since", []))
        if edited:
            text += " " + english_plural(
                self.tr("Kept %n segment(s) changed here since the export.", "", edited), edited
            )
        if protected:
            text += " " + english_plural(
                self.tr("Left %n approved segment(s) unchanged.", "", protected), protected
            )
        self._reload(getattr(report, "release_id", None))
        self._say(text)
        reviewer = self.window.workspace.actor.role is Role.REVIEWER
        if (edited or (protected and reviewer)) and (not protected or reviewer):
            self._offer_overwrite(text, edited + protected, path)  # approved ones only for a reviewer

    def _offer_overwrite(self, summary: str, held: int, path: Path) -> None:
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
            self.window,
        )
        box.setObjectName("mergeOverwriteBox")
        replace = box.addButton(self.tr("Use the file's text"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the current text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(
            lambda button: self.run_merge(path, force=True) if button is replace else None
        )
        self.overwrite_box = box
        box.open()

    def _failed(self, error: BaseException) -> None:
        self.window.status.task.finish()
        text = describe(error)
        self._say(text)
        open_error_box(self.window, self.tr("Nothing was changed"), text)

    def _reload(self, release_id: int | None) -> None:
        """The list's counts and, when it is the open release, the grid: selecting it again would not."""
        if release_id is None:
            return
        current = self.window.current_release
        self.window.load_releases(release_id)
        if current is not None and current.id == release_id:
            self.window.translation.reload_release()

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window.status.showMessage(text, 10000)
        self.finished.emit(text)
