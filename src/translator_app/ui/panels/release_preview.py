"""Keeps the preview panel in step with the open release: rendered again a moment after each change.

Rendering a long release takes a while, so it runs on a worker, only while the preview can be seen, and a
burst of changes (typing drafts, a Replace all) renders once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.panels.preview_panel import PreviewPanel, render_preview

PREVIEW_DELAY_MS = 400


class ReleasePreview(QObject):
    """An adapter of the open release's events for the preview panel."""

    def __init__(self, release: OpenRelease, panel: PreviewPanel, runner: TaskRunner) -> None:
        super().__init__(panel)
        self.release = release
        self.panel = panel
        self.runner = runner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        release.changed.connect(self._changed)

    def _changed(self, _change: ReleaseChange) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Render the target on a worker, only while the preview can be seen."""
        release = self.release.release
        if release is None:
            self.panel.clear()
            return
        if not self.panel.isVisible() or self.panel.height() < 20:
            return
        segments, lang = self.release.segments(), release.target_lang

        def work(_handle: TaskHandle) -> str:
            return render_preview(segments, lang)

        self.runner.submit("preview", release.id, work, self.panel.show_html, lambda _e: None)
