"""Ctrl+Shift+X: any segment can be marked to translate or to skip, and the trail records who did it."""

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.window_helpers import open_window, stored

from translator_app.domain.models import EventKind
from translator_app.services.workspace import Workspace


def test_a_menu_line_can_be_made_translatable_and_back(
    qtbot: Any, workspace: Workspace, add_release: Any
) -> None:
    release = add_release()
    window = open_window(qtbot, workspace, release.id)
    row = next(r for r, s in enumerate(window.release.segments()) if not s.translatable)
    window.session.go_to_row(row)
    qtbot.keyClick(
        window.segments, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stored(workspace, window, row).translatable
    assert window.segment_model.segment_at(row).translatable
    window.commands.toggle_translatable.trigger()
    segment = stored(workspace, window, row)
    assert not segment.translatable
    assert segment.id is not None
    toggles = [e for e in workspace.releases.events(segment.id) if e.kind is EventKind.TRANSLATABLE]
    assert [(e.old, e.new, e.user) for e in toggles] == [
        ("false", "true", workspace.actor.user),
        ("true", "false", workspace.actor.user),
    ]
