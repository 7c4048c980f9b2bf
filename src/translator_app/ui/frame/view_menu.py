"""View › Theme and View › Text size: the look of the window, chosen from its menu and applied at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from translator_app.settings import LARGEST_FONT_SIZE, Settings
from translator_app.ui.common.theme import apply_theme, install_theme_menu

#: Text sizes offered in View › Text size (0 is the system's).
FONT_SIZES = (0, 9, 10, 11, 12, 14, LARGEST_FONT_SIZE)


class ViewMenu(QObject):
    """Adds the View menu to a menu bar, before its last menu (Help); ``first`` are the window's View actions
    (hiding the lines not to translate), placed above the theme and the text size."""

    def __init__(self, bar: QMenuBar, parent: QObject | None = None, first: Sequence[QAction] = ()) -> None:
        super().__init__(parent)
        self.menu = QMenu(self.tr("&View"), bar)
        self.menu.setObjectName("viewMenu")
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        if first:
            self.menu.addActions(list(first))
            self.menu.addSeparator()
        theme_menu = self.menu.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("themeMenu")
        self.theme_group = install_theme_menu(theme_menu, self)
        size_menu = self.menu.addMenu(self.tr("Text &size"))
        size_menu.setObjectName("fontSizeMenu")
        self.size_group = self._install_size_menu(size_menu)

    def _install_size_menu(self, menu: QMenu) -> QActionGroup:
        group = QActionGroup(self)
        current = Settings.load().font_size
        for size in FONT_SIZES:
            label = self.tr("System size") if size == 0 else self.tr("{size} pt").format(size=size)
            action = menu.addAction(label)
            action.setObjectName(f"fontSize-{size}")
            action.setCheckable(True)
            action.setChecked(size == current)
            action.setData(size)
            group.addAction(action)
        group.triggered.connect(lambda action: self.choose_font_size(int(action.data())))
        return group

    def choose_font_size(self, size: int) -> None:
        """Save the interface text size and apply it now."""
        settings = Settings.load()
        settings.font_size = size
        settings.save()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.font_size)
