"""Edits that meet someone else's change, and the reviewer's keys, on the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.conftest import AddRelease
from tests.ui.review_fixtures import other_workspace
from tests.ui.window_helpers import ALT, CTRL, editor_of, go_to, open_window, press, stored

from translator_app.domain.models import Role, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.grid.segment_model import Column
from translator_app.ui.main_window import MainWindow

S = SegmentStatus


def edit_behind_the_window(
    tmp_path: Path, window: MainWindow, row: int, text: str, confirm: bool = False
) -> None:
    """Marc, another translator on the same database file, edits a row behind the window's back."""
    other = other_workspace(tmp_path, Role.TRANSLATOR)
    try:
        segment_id = window.segment_model.segment_at(row).id
        assert segment_id is not None
        other.editing.edit(segment_id, text, other.actor, confirm=confirm)
    finally:
        other.close()


def test_a_conflict_is_shown_and_the_users_text_is_kept(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    edit_behind_the_window(tmp_path, window, 5, "Marc's version.", confirm=True)

    qtbot.keyClicks(editor, "My version.")
    press(qtbot, window, Qt.Key.Key_Return)

    banner = window.conflict_banner
    assert banner.isVisible()
    assert "marc" in banner.text() and "Marc's version." in banner.text() and "My version." in banner.text()
    assert stored(workspace, window, 5).target == "Marc's version.", "nothing overwritten silently"
    assert window.session.current_row() == 5, "the user stays on the segment"
    assert editor_of(qtbot, window).text() == "My version.", "the user's text is kept in the editor"
    assert window.segment_model.index(5, Column.TARGET).data() == "Marc's version."

    qtbot.mouseClick(banner.mine_button, Qt.MouseButton.LeftButton)

    saved = stored(workspace, window, 5)
    assert (saved.target, saved.status) == ("My version.", S.TRANSLATED)
    assert not banner.isVisible()


def test_keeping_theirs_puts_their_text_in_the_editor(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    edit_behind_the_window(tmp_path, window, 5, "Marc's version.")
    qtbot.keyClicks(editor, "Mine")
    press(qtbot, window, Qt.Key.Key_Return)

    qtbot.mouseClick(window.conflict_banner.theirs_button, Qt.MouseButton.LeftButton)

    assert editor_of(qtbot, window).text() == "Marc's version."
    assert stored(workspace, window, 5).target == "Marc's version."


def test_an_undo_that_meets_a_later_change_is_refused_and_said(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Mine.")
    press(qtbot, window, Qt.Key.Key_Return)
    edit_behind_the_window(tmp_path, window, 5, "Theirs, later.", confirm=True)

    window.session.undo()

    assert stored(workspace, window, 5).target == "Theirs, later."
    assert window.conflict_banner.isVisible()
    assert window.segment_model.index(5, Column.TARGET).data() == "Theirs, later."


def test_reviewer_keys_are_disabled_for_a_translator_with_the_reason(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    approve, reject = window.commands.approve, window.commands.reject

    assert not approve.isEnabled() and not reject.isEnabled()
    assert "reviewer" in approve.toolTip() and "translator" in approve.toolTip()
    go_to(qtbot, window, 2)
    press(qtbot, window, Qt.Key.Key_A, CTRL | ALT)
    assert stored(workspace, window, 2).status is S.TRANSLATED


def test_reviewer_approves_and_moves_to_the_next_to_review(qtbot: Any, reviewer_workspace: Workspace) -> None:
    from tests.ui.conftest import store_release

    store_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)
    assert window.commands.approve.isEnabled()
    go_to(qtbot, window, 2)

    press(qtbot, window, Qt.Key.Key_A, CTRL | ALT)

    assert stored(reviewer_workspace, window, 2).status is S.APPROVED
    assert window.segment_model.index(2, Column.STATUS).data() == "Approved"


def test_reviewer_rejects_with_a_comment(qtbot: Any, reviewer_workspace: Workspace) -> None:
    from tests.ui.conftest import store_release

    store_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)
    go_to(qtbot, window, 2)

    press(qtbot, window, Qt.Key.Key_R, CTRL | ALT)
    dialog = window.decisions.reject_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "no rejection without a comment"
    qtbot.keyClicks(dialog.comment, "Say six West African countries.")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    segment = stored(reviewer_workspace, window, 2)
    assert segment.status is S.REJECTED
    assert segment.id is not None
    events = reviewer_workspace.releases.events(segment.id)
    assert events[-1].comment == "Say six West African countries."
