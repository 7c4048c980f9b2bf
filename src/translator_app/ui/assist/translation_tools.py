"""The window's translation tools: suggestions from the memory, DeepL and the glossary, concordance,
pre-translation, the DeepL usage in the status bar, and the preferences.

Installed by the main window after its assembly; it adds a toolbar button and a status-bar field, and
connects the Edit, Tools and suggestion actions to the flows below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from translator_app.ui.assist.translation_aids import TranslationAids
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog
from translator_app.ui.dialogs.pretranslate_dialog import PretranslateDialog
from translator_app.ui.frame.mt_usage import MtUsageField

if TYPE_CHECKING:
    from translator_app.ui.main_window import MainWindow


class TranslationTools(QObject):
    """Everything the window offers for translating faster; :attr:`aids` follows the active segment."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        workspace = window.workspace
        self.aids = TranslationAids(
            workspace, window.session, window.side, window.runner, window.segment_model, self
        )
        self.usage = MtUsageField(workspace.mt, self.aids.feed.runner, window.status)
        window.status.addPermanentWidget(self.usage)
        self.pretranslate_dialog: PretranslateDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        a = window.commands
        a.concordance.triggered.connect(self.aids.open_concordance)
        a.pretranslate.triggered.connect(self.open_pretranslate)
        a.preferences.triggered.connect(self.open_preferences)
        self.aids.preferences_requested.connect(self.open_preferences)
        toolbar = window.toolbar
        actions = toolbar.actions()
        before = actions[actions.index(a.export) + 1] if a.export in actions[:-1] else None
        if before is not None:
            toolbar.insertAction(before, a.pretranslate)
        else:
            toolbar.addAction(a.pretranslate)
        self.usage.refresh()
        segment = window.session.current_segment()
        if segment is not None:
            self.aids.follow(segment)

    def open_pretranslate(self) -> None:
        """Tools › Pre-translate: the dialog for the release on screen."""
        release = self.window.current_release
        if release is None or release.id is None:
            self.window.status.showMessage(self.tr("Open a release to pre-translate it."), 5000)
            return
        self.window.session.commit_editor()
        dialog = PretranslateDialog(self.window.workspace, release, self.window.runner, self.window)
        dialog.done_run.connect(lambda _report: self.reload_release())
        dialog.finished.connect(dialog.deleteLater)
        self.pretranslate_dialog = dialog
        dialog.open()

    def reload_release(self) -> None:
        """After a pre-translation: the grid shows the new drafts, the usage its new figure."""
        release = self.window.current_release
        if release is not None and release.id is not None:
            self.window.show_release(release.id, reload=True)
        self.aids.feed.forget()
        self.usage.refresh()

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.window.workspace, self.window.current_release, self.window)
        dialog.key_changed.connect(self.key_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.preferences_dialog = dialog
        dialog.open()

    def key_changed(self) -> None:
        """A new key: look it up again, retry MT, refresh the usage."""
        self.window.workspace.mt.account.forget_key()
        self.aids.feed.forget()
        self.aids.follow(self.window.session.current_segment())
        self.usage.refresh()
