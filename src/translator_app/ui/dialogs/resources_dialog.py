"""Tools › Memory and glossary: browse, correct, delete, import and export the workspace's resources.

A window of its own beside the editor (as memoQ's resource editors and OmegaT's glossary pane): two pages,
one language pair at a time (the open release's first), and one import or export running at a time with
progress and Cancel. Every change tells the main window, which looks the active segment's terms and matches
up again at once.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from translator_app.services.workspace import Workspace
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.dialogs.glossary_page import GlossaryPage
from translator_app.ui.dialogs.memory_page import MemoryPage
from translator_app.ui.dialogs.resource_page import Pair
from translator_app.ui.dialogs.transfer_bar import TransferBar


class ResourcesDialog(QDialog):
    """The memory and glossary manager; :attr:`changed` says the memory or the glossary changed."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        settings: QSettings,
        release_pair: Pair | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resourcesDialog")
        self.setWindowTitle(self.tr("Memory and glossary"))
        self.transfer = TransferBar(runner, self)
        actor = workspace.actor
        self.memory = MemoryPage(workspace.memory, actor, runner, self.transfer, settings, release_pair, self)
        self.glossary = GlossaryPage(
            workspace.glossary, actor, runner, self.transfer, settings, release_pair, self
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("resourcesTabs")
        self.tabs.setAccessibleName(self.tr("Memory and glossary"))
        self.tabs.addTab(self.memory, self.tr("Translation &memory"))
        self.tabs.addTab(self.glossary, self.tr("&Glossary"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.transfer)
        layout.addWidget(buttons)
        for page in (self.memory, self.glossary):
            page.changed.connect(self.changed)
        self.transfer.started.connect(lambda: self._set_busy(True))
        self.transfer.finished.connect(lambda _text: self._set_busy(False))
        self.resize(980, 620)

    def show_glossary(self) -> None:
        self.tabs.setCurrentWidget(self.glossary)

    def reload(self) -> None:
        """Read both pages again (when the dialog opens)."""
        self.memory.reload()
        self.glossary.reload()

    def _set_busy(self, busy: bool) -> None:
        for page in (self.memory, self.glossary):
            page.import_button.setEnabled(not busy)
            page.export_button.setEnabled(not busy)

    def reject(self) -> None:
        """Closing the window cancels an import or export under way: nothing of it is kept."""
        self.transfer.cancel()
        super().reject()
