"""Opening the real window in tests and driving it with the keyboard, as a translator would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from translator_app.domain.models import Segment
from translator_app.services.workspace import Workspace
from translator_app.ui.editor.target_editor import TargetEditor
from translator_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_window(qtbot: Any, workspace: Workspace, release_id: int | None = None) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.load_releases(release_id)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    return window


def editor_of(qtbot: Any, window: MainWindow) -> TargetEditor:
    """The open target editor of the active row (waits for it to open)."""
    qtbot.waitUntil(lambda: window.session.editor() is not None, timeout=2000)
    editor = window.session.editor()
    assert editor is not None
    return editor


def go_to(qtbot: Any, window: MainWindow, row: int) -> TargetEditor:
    assert window.session.go_to_row(row)
    return editor_of(qtbot, window)


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A key press where the user is: the open editor, else the grid."""
    target = window.session.editor() or window.segments
    qtbot.keyClick(target, key, modifiers)


def stored(workspace: Workspace, window: MainWindow, row: int) -> Segment:
    """The segment of a grid row as the database holds it now."""
    segment_id = window.segment_model.segment_at(row).id
    assert segment_id is not None
    return workspace.releases.segment(segment_id)


def start_pretranslation(qtbot: Any, window: MainWindow) -> Any:
    """Tools › Pre-translate, then Start: the dialog once it has asked DeepL what the run costs and offers
    Send."""
    window.commands.pretranslate.trigger()
    dialog = window.pretranslation.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.send_button.isVisible(), timeout=10_000)
    return dialog
