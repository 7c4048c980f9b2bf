"""Tools › Pre-translate: the dialog for the release on screen, and its drafts taken into the open release.

The run itself (memory matches, then DeepL in batches, with the cost asked first, progress and Cancel) lives
in the dialog and the pre-translation service; here the typing is stored before it starts, and the segments
it filled arrive in the open release as one change when it ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from translator_app.services.pretranslate import PretranslateReport
from translator_app.services.workspace import Workspace
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.dialogs.pretranslate_dialog import PretranslateDialog
from translator_app.ui.editing.editing_session import EditingSession


class PretranslationFlow(QObject):
    """Opens the dialog; ``ran`` tells the window a run ended (the DeepL usage changed)."""

    ran = Signal()

    def __init__(
        self,
        workspace: Workspace,
        session: EditingSession,
        runner: TaskRunner,
        notify: Callable[[str], None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.workspace = workspace
        self.session = session
        self.runner = runner
        self.notify = notify
        self.dialog_parent = dialog_parent
        self.dialog: PretranslateDialog | None = None

    def open(self) -> None:
        release = self.session.release.release
        if release is None:
            self.notify(self.tr("Open a release to pre-translate it."))
            return
        self.session.commit_editor()
        dialog = PretranslateDialog(self.workspace, release, self.runner, self.dialog_parent)
        dialog.done_run.connect(self._done)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _done(self, report: object) -> None:
        if isinstance(report, PretranslateReport):
            self.session.writer.take_pretranslation(report)
        self.ran.emit()
