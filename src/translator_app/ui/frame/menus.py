"""The window's menus and its editing toolbar, laid out from the actions (one place for every command)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from translator_app.ui.frame.actions import WindowActions


def build_menus_and_toolbar(window: QMainWindow, actions: WindowActions, corner: QWidget) -> QToolBar:
    """One menu per action group (separators between kinds of command), the toolbar with ``corner`` (the
    role chip) at its right end; Ctrl+2…9 work from anywhere, the menu names Ctrl+1 as a reminder."""
    a = actions
    for group in a.groups:
        if not group.own_menu:
            continue
        menu = window.menuBar().addMenu(group.title)
        menu.setToolTipsVisible(True)
        for action in group.actions:
            if action in a.suggestions[1:]:
                continue
            menu.addAction(action)
            if action in (
                a.export,
                a.merge_returned,
                a.redo,
                a.find_previous,
                a.insert_tag,
                a.add_term,
                a.next,
                a.toggle_translatable,
                a.next_rejected,
            ):
                menu.addSeparator()
    for action in a.suggestions[1:]:
        window.addAction(action)
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Editing"), window)
    toolbar.setObjectName("editingToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for item in (
        a.confirm,
        a.previous,
        a.next,
        None,
        a.copy_source,
        a.insert_tag,
        None,
        a.undo,
        a.redo,
        None,
        a.find,
        a.replace,
        None,
        a.approve,
        a.reject,
        None,
        a.open,
        a.export,
        a.pretranslate,
    ):
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(item)
    icon_only = (
        a.previous,
        a.next,
        a.copy_source,
        a.insert_tag,
        a.undo,
        a.redo,
        a.find,
        a.replace,
        a.open,
        a.export,
    )
    for action in icon_only:
        widget = toolbar.widgetForAction(action)
        if widget is not None:
            widget.setProperty("toolButtonStyle", Qt.ToolButtonStyle.ToolButtonIconOnly)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(corner)
    window.addToolBar(toolbar)
    return toolbar
