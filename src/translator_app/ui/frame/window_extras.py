"""What the main window gets on top of its assembly: spell-checking, the View menu, names and tab order.

Kept apart from :mod:`main_window` so the window stays an assembly of parts. :class:`WindowExtras` follows the
release the window shows (its target language and glossary drive the spell-checker), adds View › Theme and
View › Text size, and makes sure every control has an object name and an accessible name for screen readers
and UI tests, with a tab order that follows the screen from left to right.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QWidget,
)

from translator_app.settings import Settings
from translator_app.ui.common.accessible_names import is_internal, name_widgets
from translator_app.ui.common.theme import apply_theme, install_theme_menu
from translator_app.ui.editor.spellcheck import SpellingController

if TYPE_CHECKING:
    from translator_app.ui.main_window import MainWindow

#: Text sizes offered in View › Text size (0 is the system's).
FONT_SIZES = (0, 9, 10, 11, 12, 14, 16)


class WindowExtras(QObject):
    """Spell-checking, the View menu and accessibility for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        delegate = window.segments.segment_delegate
        self.spelling = SpellingController(self, editor_opened=delegate.editor_opened)
        # Connected after the window's own slot: by then ``current_release`` is the new release.
        window.releases.release_selected.connect(self._release_shown)
        self.view_menu = self._build_view_menu()
        # Parts built after this one (and panels filled later) are named when the window shows.
        window.installEventFilter(self)
        self.refresh_names()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.refresh_names()
        return False

    def refresh_names(self) -> None:
        """Name any control still unnamed and set the tab order again."""
        name_widgets(self.window)
        self._set_tab_order()

    # --- spelling --------------------------------------------------------------------------------------

    def _release_shown(self, _release_id: int) -> None:
        release = self.window.current_release
        if release is not None:
            self.spelling.set_release(release, self.window.workspace.glossary)
        self.refresh_names()

    # --- View menu -------------------------------------------------------------------------------------

    def _build_view_menu(self) -> QMenu:
        """View › Theme and View › Text size, placed before Help."""
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&View"), bar)
        menu.setObjectName("viewMenu")
        actions = bar.actions()
        before = actions[-1] if actions else None
        bar.insertMenu(before, menu) if before is not None else bar.addMenu(menu)
        theme_menu = menu.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("themeMenu")
        self.theme_group = install_theme_menu(theme_menu, self)
        size_menu = menu.addMenu(self.tr("Text &size"))
        size_menu.setObjectName("fontSizeMenu")
        self.size_group = self._install_size_menu(size_menu)
        return menu

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

    # --- tab order -------------------------------------------------------------------------------------

    def _set_tab_order(self) -> None:
        """Release search → release list → filters → grid → side panels, as the eye reads the window."""
        w = self.window
        chain: list[QWidget] = []
        for part in (w.releases, w.filters, w.find_bar):
            chain.extend(_focusable_children(part))
        chain.append(w.segments)
        chain.extend(_focusable_children(w.side))
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)


def _focusable_children(parent: QWidget) -> list[QWidget]:
    """The controls inside ``parent`` that take focus with Tab, in creation order."""
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
