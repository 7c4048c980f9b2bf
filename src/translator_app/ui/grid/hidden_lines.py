"""The "hide lines not to translate" switch: a scraped release's menu lines out of the way.

A release scraped from a web page is often mostly navigation (the seed has 31 menu lines for 18 sentences):
the switch is on by default when lines not to translate are the majority, and each release remembers the
user's own choice. Hidden lines stay in the release and in the export; the "Not translatable" status filter
still shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction

from translator_app.domain.models import Segment
from translator_app.ui.common import ui_state
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.grid.segment_filter import SegmentFilterProxy


def mostly_boilerplate(segments: Sequence[Segment]) -> bool:
    """More lines not to translate than to translate: hidden unless the user said otherwise."""
    untranslatable = sum(1 for s in segments if not s.translatable)
    return untranslatable * 2 > len(segments)


class HiddenLinesSwitch(QObject):
    """Keeps the proxy, the checkable action and the remembered choice in step."""

    def __init__(
        self,
        proxy: SegmentFilterProxy,
        action: QAction,
        state: QSettings,
        location: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.action = action
        self.state = state
        self.location = location
        self.release_id: int | None = None
        action.setCheckable(True)
        action.toggled.connect(self._toggled)

    def prepare(self, release_id: int, segments: Sequence[Segment]) -> None:
        """A release is about to be shown: its remembered choice, else hidden when mostly boilerplate.
        Set before the grid is filled, so the first screen and the first segment already follow it."""
        self.release_id = release_id
        remembered = ui_state.hiding(self.state, self.location, release_id)
        hide = mostly_boilerplate(segments) if remembered is None else remembered
        count = sum(1 for s in segments if not s.translatable)
        self.action.setEnabled(count > 0)
        self.action.setStatusTip(
            english_plural(self.tr("%n line(s) of this release are not to be translated.", "", count), count)
        )
        self.proxy.hide_untranslatable = hide and count > 0  # the grid is filled again right after
        was = self.action.blockSignals(True)
        self.action.setChecked(hide)
        self.action.blockSignals(was)

    def _toggled(self, hide: bool) -> None:
        self.proxy.set_hide_untranslatable(hide)
        if self.release_id is not None:
            ui_state.remember_hiding(self.state, self.location, self.release_id, hide)

    def show_all(self) -> None:
        """Bring the hidden lines back (going to one of them, say)."""
        self.action.setChecked(False)
