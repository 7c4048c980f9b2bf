"""Keeps the preview panel in step with the open release: rendered again a moment after each change.

Rendering a long release takes a while, so it runs on a worker, only while the preview can be seen, and a
burst of changes (typing drafts, a Replace all) renders once. Qt lays the page out on the GUI thread, which
for a whole 100,000-segment release froze the window for many seconds: a long release is previewed up to
``PREVIEW_SEGMENTS`` segments, with a line saying so (the export shows it whole).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer

from translator_app.formats.inline import TagTable
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.panels.preview_panel import PreviewPanel, render_preview

PREVIEW_DELAY_MS = 400
PREVIEW_SEGMENTS = 3000
TagTables = Callable[[int], Mapping[int, TagTable]]


class ReleasePreview(QObject):
    """An adapter of the open release's events for the preview panel; ``tag_tables`` reads what a release's
    tags stand for (read once per release, on the worker)."""

    def __init__(
        self,
        release: OpenRelease,
        panel: PreviewPanel,
        runner: TaskRunner,
        tag_tables: TagTables | None = None,
    ) -> None:
        super().__init__(panel)
        self.release = release
        self.panel = panel
        self.runner = runner
        self.tag_tables = tag_tables
        self._tables: tuple[int, Mapping[int, TagTable]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        release.changed.connect(self._changed)

    def _changed(self, change: ReleaseChange) -> None:
        if change.reset:
            self._tables = None  # another release, or segments added and removed
        self._timer.start()

    def refresh(self) -> None:
        """Render the target on a worker, only while the preview can be seen."""
        release = self.release.release
        if release is None:
            self.panel.clear()
            return
        if not self.panel.isVisible() or self.panel.height() < 20:
            return
        every = self.release.segments()
        segments, lang, release_id = every[:PREVIEW_SEGMENTS], release.target_lang, release.id
        known, read = self._tables, self.tag_tables
        cut = (
            self.tr(
                "The preview shows the first {shown:,} of {total:,} segments; the export holds them all."
            ).format(shown=len(segments), total=len(every))
            if len(every) > len(segments)
            else None
        )

        def work(_handle: TaskHandle) -> tuple[str, Mapping[int, TagTable]]:
            tables = known[1] if known is not None and known[0] == release_id else None
            if tables is None:
                tables = read(release_id) if read is not None else {}
            return render_preview(segments, lang, tables, note=cut), tables

        def done(result: tuple[str, Mapping[int, TagTable]]) -> None:
            current = self.release.release
            if current is not None and current.id == release_id:
                self._tables = (release_id, result[1])
            self.panel.show_html(result[0])

        self.runner.submit("preview", release.id, work, done, lambda _e: None)
