"""One import or export of the memory or the glossary at a time, on a worker, with progress and Cancel.

The service is handed a progress callback that raises once Cancel was pressed: an import stops inside its
transaction (nothing is stored) and an export before its rename (no file is left), so Cancel always means
"as if never started".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from translator_app.ui.common.errors import describe
from translator_app.ui.common.workers import Cancelled, TaskHandle, TaskRunner

CHANNEL = "resources-transfer"
Progress = Callable[[int, int], None]


class TransferBar(QWidget):
    """What runs, how far it is, and its Cancel button; :attr:`finished` carries the closing sentence."""

    started = Signal()
    finished = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferBar")
        self.runner = runner
        self.handle: TaskHandle | None = None
        self.label = QLabel(self)
        self.label.setObjectName("transferLabel")
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("transferProgress")
        self.progress.setAccessibleName(self.tr("Import or export progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("transferCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the import or export"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)

    def busy(self) -> bool:
        return self.handle is not None

    def run(
        self,
        text: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], str],
        cancelled: str,
    ) -> None:
        """Run ``work(progress)`` on the pool; ``done(result)`` gives the sentence shown at the end,
        ``cancelled`` the one shown after Cancel; a failure shows the error's sentence."""

        def task(handle: TaskHandle) -> Any:
            def progress(count: int, total: int) -> None:
                handle.check()
                handle.report("", count, total)

            return work(progress)

        def succeeded(result: Any) -> None:
            self._end(done(result))

        def failed(error: BaseException) -> None:
            self._end(cancelled if isinstance(error, Cancelled) else describe(error))

        self.label.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.handle = self.runner.submit(CHANNEL, text, task, succeeded, failed, self._progressed)
        self.started.emit()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _progressed(self, _text: str, done: int, total: int) -> None:
        if total > 0:  # in thousandths: a TMX import counts bytes, which may pass Qt's int
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(done, total) * 1000 // total)

    def _end(self, text: str) -> None:
        self.handle = None
        self.progress.hide()
        self.cancel_button.hide()
        self.label.setText(text)
        self.finished.emit(text)
