"""Every control of a window named for screen readers and UI tests, and a tab order that follows the screen.

Parts built later and panels filled later are named when the window shows, and again when asked (after a
release opens); the tab order goes through the given parts from left to right, as the eye reads the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QWidget,
)

from translator_app.ui.common.accessible_names import is_internal, name_widgets


class WindowNaming(QObject):
    """Names ``window``'s controls and chains the focusable ones of ``parts`` in that order."""

    def __init__(self, window: QWidget, parts: Sequence[QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.parts = list(parts)
        window.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.refresh()
        return False

    def refresh(self) -> None:
        """Name any control still unnamed and set the tab order again."""
        name_widgets(self.window)
        chain: list[QWidget] = []
        for part in self.parts:
            chain.extend(_focusable_children(part))
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)


def _focusable_children(parent: QWidget) -> list[QWidget]:
    """The controls inside ``parent`` that take focus with Tab, in creation order (an item view, such as the
    grid, counts alone: its header and editors are not stops of their own)."""
    if isinstance(parent, QAbstractItemView):
        return [parent]
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractScrollArea)
    found = [parent] if isinstance(parent, kinds) else []
    found += [child for child in parent.findChildren(QWidget) if isinstance(child, kinds)]
    window = parent.window()
    return [
        widget
        for widget in found
        if widget.window() is window
        and not is_internal(widget)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
