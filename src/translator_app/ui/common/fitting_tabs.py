"""Side-panel tabs that stay whole: icon and label while the labels fit, the icon alone when they do not.

A narrow column (a laptop screen, a longer language: "Sugerencias", "Concordancia", "Comentarios") used to
elide the labels into "Sugeren…", "Cali…". Here every tab keeps its icon and has its full label as tooltip
and accessible name; when the labels do not all fit, the open tab keeps its label and the others show their
icon alone, and every label comes back as soon as the column is wide enough.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QWidget


class FittingTabWidget(QTabWidget):
    """A QTabWidget whose tab labels give way to icons rather than being elided or scrolled out of view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[int, str] = {}  # by id() of the page: indexes move as tabs come and go
        self._fitting = False
        self.setUsesScrollButtons(False)
        # Elision stays allowed so that the bar's minimum width is small: with it off, the widest labels
        # would set the column's (and the window's) minimum width before fit_labels() could drop them.
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.labels_shown = True  # every label shown; else the open tab's alone (_current_only), or none
        self._current_only = False
        self.currentChanged.connect(lambda _index: self.fit_labels())

    def tabText(self, index: int) -> str:
        """The tab's full label, shown or not."""
        page = self.widget(index)
        return self._labels.get(id(page), super().tabText(index)) if page is not None else ""

    def setTabText(self, index: int, text: str) -> None:
        page = self.widget(index)
        if page is not None:
            self._labels[id(page)] = text
        self._label_tab(index)
        self.fit_labels()

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        page = self.widget(index)
        if page is not None and id(page) not in self._labels:
            self._labels[id(page)] = super().tabText(index)
        self._label_tab(index)
        self.fit_labels()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        live = {id(self.widget(i)) for i in range(self.count())}
        self._labels = {page: label for page, label in self._labels.items() if page in live}
        self.fit_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_labels()

    def fit_labels(self) -> None:
        """Every label if the tab bar holds them all at the current width, else the open tab's label alone,
        else none."""
        if self._fitting or not self.count():
            return
        self._fitting = True
        try:
            for labels_shown, current_only in ((True, False), (False, True), (False, False)):
                self.labels_shown, self._current_only = labels_shown, current_only
                for index in range(self.count()):
                    self._label_tab(index)
                if self.tabBar().sizeHint().width() <= self.width():
                    break
        finally:
            self._fitting = False

    def _label_tab(self, index: int) -> None:
        page = self.widget(index)
        if page is None or id(page) not in self._labels:
            return  # a tab being inserted (its first tab makes it current first): its label is not known yet
        label = self.tabText(index)
        keep = self.labels_shown or (self._current_only and index == self.currentIndex())
        shown = label if keep or self.tabIcon(index).isNull() else ""
        if super().tabText(index) != shown:
            super().setTabText(index, shown)
        self.setTabToolTip(index, label)
        if not page.accessibleName():
            page.setAccessibleName(label)
