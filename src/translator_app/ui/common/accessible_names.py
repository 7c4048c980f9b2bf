"""Object names and accessible names for every control of the main window.

Screen readers announce a control by its accessible name, and UI tests find it by its object name. Most parts
name their own controls; this module names the few Qt builds for us (the buttons of a toolbar, the release
list's search field and table) and gives any control still unnamed a name taken from what it shows (its text,
tooltip or placeholder), so that a new control can never be silent.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from translator_app.ui.common.i18n import QT_TRANSLATE_NOOP

#: The kinds of widget a user reaches with the keyboard or the mouse.
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit)

_CONTEXT = "AccessibleNames"


#: Object name → accessible name of widgets known by their attribute on the window.
_KNOWN: dict[str, tuple[str, str, str]] = {
    # attribute path: (object name, accessible name, accessible description)
    "releases": ("releasePanel", QT_TRANSLATE_NOOP("AccessibleNames", "Releases"), ""),
    "releases.search": (
        "releaseSearch",
        QT_TRANSLATE_NOOP("AccessibleNames", "Search releases"),
        QT_TRANSLATE_NOOP("AccessibleNames", "Filters the releases by title or language"),
    ),
    "releases.view": (
        "releaseList",
        QT_TRANSLATE_NOOP("AccessibleNames", "Releases"),
        QT_TRANSLATE_NOOP("AccessibleNames", "Title, languages, progress and last change of each release"),
    ),
    "side": ("sidePanels", QT_TRANSLATE_NOOP("AccessibleNames", "Segment details"), ""),
    "find_bar": ("findBar", QT_TRANSLATE_NOOP("AccessibleNames", "Find and replace"), ""),
    "filters": ("filterBar", QT_TRANSLATE_NOOP("AccessibleNames", "Filters"), ""),
    "banner.close_button": ("dismissNotice", QT_TRANSLATE_NOOP("AccessibleNames", "Dismiss the notice"), ""),
}


def is_internal(widget: QWidget) -> bool:
    """Qt's own parts of a control (scrollbars, headers, popups, clear buttons) that need no name."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QLineEdit | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` a user can interact with, Qt's internal parts left out."""
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not is_internal(w)]


def name_widgets(window: QWidget) -> None:
    """Name the known controls, the toolbar buttons, then any control still unnamed."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(_CONTEXT, text)

    for path, (object_name, accessible, description) in _KNOWN.items():
        widget = _resolve(window, path)
        if widget is None:
            continue
        if not widget.objectName() or widget.objectName() == type(widget).__name__:
            widget.setObjectName(object_name)
        if not widget.accessibleName():
            widget.setAccessibleName(tr(accessible))
        if description and not widget.accessibleDescription():
            widget.setAccessibleDescription(tr(description))
    for toolbar in window.findChildren(QToolBar):
        _name_toolbar(toolbar)
    for widget in interactive_widgets(window):
        name_from_content(widget)


def _resolve(window: QWidget, path: str) -> QWidget | None:
    target: object = window
    for part in path.split("."):
        target = getattr(target, part, None)
        if target is None:
            return None
    return target if isinstance(target, QWidget) else None


def _name_toolbar(toolbar: QToolBar) -> None:
    """A toolbar button takes its action's name ("confirmButton") and its action's text."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if not isinstance(button, QToolButton) or not action.objectName():
            continue
        name = action.objectName()
        button.setObjectName(name if name.endswith("Button") else f"{name}ToolButton")
        if not button.accessibleName():
            button.setAccessibleName(action.text().replace("&", ""))


def name_from_content(widget: QWidget) -> None:
    """Give an unnamed control a name from its text, tooltip or placeholder (or its class)."""
    label = ""
    if isinstance(widget, QAbstractButton):
        label = widget.text()
    if not label and isinstance(widget, QLineEdit):
        label = widget.placeholderText()
    label = (label or widget.toolTip() or widget.whatsThis()).replace("&", "")
    label = re.sub(r"<[^>]+>", "", label).split("\n")[0].strip()
    if not widget.accessibleName():
        widget.setAccessibleName(label or _words(type(widget).__name__))
    if not widget.objectName():
        widget.setObjectName(_camel(label) or _camel(_words(type(widget).__name__)))


def _words(class_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", class_name.removeprefix("Q")).lower()


def _camel(text: str) -> str:
    parts = re.findall(r"[A-Za-z0-9]+", text)
    return parts[0].lower() + "".join(p.capitalize() for p in parts[1:]) if parts else ""
