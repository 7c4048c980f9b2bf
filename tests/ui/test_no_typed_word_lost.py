"""No typed word is lost: Esc, an inserted match, leaving, filters, switching release, quitting, and a change
arriving from another desktop, each driven through real keystrokes on the real window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.conftest import AddRelease, new_rows, open_test_workspace, store_release
from tests.ui.window_helpers import CTRL, editor_of, go_to, open_window, press, stored

from translator_app.domain.models import Role, SegmentStatus
from translator_app.services.typing_journal import TypingJournal, UnsavedText
from translator_app.services.workspace import Workspace
from translator_app.settings import config_dir
from translator_app.ui.grid.segment_filter import StatusFilter
from translator_app.ui.panels.suggestion_items import SuggestionKind

S = SegmentStatus
NONE = Qt.KeyboardModifier.NoModifier


def test_esc_reverts_the_typing_as_an_undoable_step(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 3)  # "Twelve people will work there." (a draft)
    qtbot.keyClicks(editor, " From May")

    qtbot.keyClick(editor, Qt.Key.Key_Escape, NONE)

    assert editor.text() == "Twelve people will work there."
    assert window.session.editor() is editor, "the editor stays open"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.text() == "Twelve people will work there. From May", "Ctrl+Z brings the typing back"

    press(qtbot, window, Qt.Key.Key_Down)  # leaving stores it
    assert stored(workspace, window, 3).target == "Twelve people will work there. From May"


def test_a_second_esc_closes_the_editor_and_keeps_what_it_holds(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects")
    qtbot.keyClick(editor, Qt.Key.Key_Escape, NONE)
    qtbot.keyClick(editor, Qt.Key.Key_Escape, NONE)

    qtbot.waitUntil(lambda: window.session.editor() is None, timeout=2000)
    assert window.session.current_row() == 5 and stored(workspace, window, 5).target == ""


def test_a_match_inserted_with_ctrl_1_survives_esc(qtbot: Any, workspace: Workspace) -> None:
    store_release(
        workspace, rows=new_rows("Le bureau ouvre ses portes.", "Le bureau ouvre ses portes lundi.")
    )
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    qtbot.keyClicks(editor, "The office opens its doors.")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.current_row() == 1, timeout=3000)
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: any(i.kind is SuggestionKind.TM for i in panel.items), timeout=5000)
    editor = editor_of(qtbot, window)

    qtbot.keyClick(editor, Qt.Key.Key_1, CTRL)
    assert editor.text() == "The office opens its doors."
    qtbot.keyClick(editor, Qt.Key.Key_Escape, NONE)
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)

    assert editor.text() == "The office opens its doors.", "Ctrl+Z brings the inserted match back"
    press(qtbot, window, Qt.Key.Key_Up)
    assert stored(workspace, window, 1).target == "The office opens its doors."


def test_a_filter_that_hides_the_segment_being_typed_stores_the_typing_first(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)  # new
    qtbot.keyClicks(editor, "Projects start")

    window.filters.set_status(StatusFilter.TRANSLATED)

    assert window.segment_proxy.view_row(5) == -1, "the row is filtered out"
    saved = stored(workspace, window, 5)
    assert (saved.target, saved.status) == ("Projects start", S.DRAFT)


def test_switching_release_stores_the_typing(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    first = add_release()
    other = add_release("Rapport annuel", rows=new_rows("Le rapport paraît."))
    window = open_window(qtbot, workspace, first.id)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects start")

    assert window.releases.select_release(other.id)

    assert window.current_release is not None and window.current_release.id == other.id
    assert workspace.releases.segments(first.id)[5].target == "Projects start"


def test_quitting_from_the_menu_stores_the_typing(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects start")

    window.commands.quit.trigger()  # File › Quit (the offscreen platform binds no key to Quit)

    assert not window.isVisible()
    assert stored(workspace, window, 5).target == "Projects start"


def test_the_application_quitting_stores_the_typing(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    """Quitting by other means than the window (the session ends, a terminate signal) stores it too."""
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects start")

    QApplication.instance().aboutToQuit.emit()  # what QApplication.quit() emits before the loop ends

    assert stored(workspace, window, 5).target == "Projects start"


def test_another_desktops_change_to_the_segment_being_typed_keeps_the_typing(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Any
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 3)
    qtbot.keyClicks(editor, " From May")
    other = open_test_workspace(tmp_path, Role.TRANSLATOR, user="ana")
    try:
        segment_id = window.release.segment_at(3).id
        other.editing.edit(segment_id, "Twelve staff will work there.", other.actor, confirm=True)

        window.release.refresh([segment_id])  # what a notification from the server will call

        assert editor.text() == "Twelve people will work there. From May", "the typing stays"
        assert window.segment_model.index(3, 2).data() == "Twelve staff will work there."
        banner = window.conflict_banner
        assert banner.isVisible() and "ana" in banner.text()
        assert "Twelve people will work there. From May" in banner.text()
        banner.mine_button.click()

        assert stored(workspace, window, 3).target == "Twelve people will work there. From May"
        assert not banner.isVisible()
    finally:
        other.close()


def test_another_desktops_change_to_the_open_segment_without_typing_is_shown_at_once(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Any
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 3)
    other = open_test_workspace(tmp_path, Role.TRANSLATOR, user="ana")
    try:
        segment_id = window.release.segment_at(3).id
        other.editing.edit(segment_id, "Twelve staff will work there.", other.actor)

        window.release.refresh([segment_id])

        assert editor.text() == "Twelve staff will work there."
        assert not window.conflict_banner.isVisible()
        assert "1&nbsp;Draft" in window.status.counts_label.text()
    finally:
        other.close()


def leave_typing_behind(workspace: Workspace, release_id: int, row: int, text: str) -> TypingJournal:
    """What a session killed while typing leaves: the journal entry, over the version it typed on."""
    segment = workspace.releases.segments(release_id)[row]
    journal = TypingJournal.for_workspace(config_dir(), workspace.location)
    journal.write(UnsavedText(release_id, segment.id, segment.version, text))
    return journal


def test_typing_left_behind_over_a_segment_changed_since_comes_back_as_a_conflict(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Any
) -> None:
    release = add_release()
    leave_typing_behind(workspace, release.id, 5, "Projects start in spring")
    other = open_test_workspace(tmp_path, Role.TRANSLATOR, user="ana")
    try:
        segment_id = workspace.releases.segments(release.id)[5].id
        other.editing.edit(segment_id, "The projects begin in spring.", other.actor, confirm=True)
    finally:
        other.close()

    window = open_window(qtbot, workspace, release.id)
    qtbot.mouseClick(window.recovery.restore_button, Qt.MouseButton.LeftButton)

    banner = window.conflict_banner
    assert banner.isVisible() and "ana" in banner.text() and "Projects start in spring" in banner.text()
    assert stored(workspace, window, 5).target == "The projects begin in spring.", "nothing overwritten"
    banner.mine_button.click()
    assert stored(workspace, window, 5).target == "Projects start in spring"


def test_typing_left_behind_can_be_discarded_and_is_not_offered_twice(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    release = add_release()
    journal = leave_typing_behind(workspace, release.id, 5, "Projects start in spring")
    window = open_window(qtbot, workspace, release.id)
    assert window.recovery.isVisible()

    qtbot.mouseClick(window.recovery.discard_button, Qt.MouseButton.LeftButton)

    assert not window.recovery.isVisible() and journal.read() is None
    assert stored(workspace, window, 5).target == ""
    window.close()
    assert not open_window(qtbot, workspace, release.id).recovery.isVisible()


def test_typing_that_was_stored_after_all_is_not_offered(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    release = add_release()
    segment = workspace.releases.segments(release.id)[3]
    journal = leave_typing_behind(workspace, release.id, 3, segment.target)

    window = open_window(qtbot, workspace, release.id)

    assert not window.recovery.isVisible() and journal.read() is None


def test_typing_caught_by_a_reload_of_the_release_comes_back_into_its_editor(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    release = add_release()
    window = open_window(qtbot, workspace, release.id)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects start")

    # The release read again underneath, as when segments were added or removed elsewhere.
    window.release.load(workspace.releases.release(release.id), workspace.releases.segments(release.id))

    editor = editor_of(qtbot, window)
    assert window.session.current_row() == 5 and editor.text() == "Projects start"
    press(qtbot, window, Qt.Key.Key_Up)  # leaving it stores it (below it, only boilerplate)
    assert stored(workspace, window, 5).target == "Projects start"


def test_text_held_by_a_conflict_survives_closing_the_window(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Any
) -> None:
    release = add_release()
    window = open_window(qtbot, workspace, release.id)
    editor = go_to(qtbot, window, 3)
    qtbot.keyClicks(editor, " From May")
    other = open_test_workspace(tmp_path, Role.TRANSLATOR, user="ana")
    try:
        segment_id = window.release.segment_at(3).id
        other.editing.edit(segment_id, "Twelve staff will work there.", other.actor, confirm=True)
    finally:
        other.close()
    press(qtbot, window, Qt.Key.Key_Down)  # the save is refused: a conflict holds the text
    assert window.conflict_banner.isVisible()

    window.close()  # without choosing

    again = open_window(qtbot, workspace, release.id)
    assert again.recovery.isVisible()
    qtbot.mouseClick(again.recovery.restore_button, Qt.MouseButton.LeftButton)
    banner = again.conflict_banner
    assert banner.isVisible() and "Twelve people will work there. From May" in banner.text()
    assert stored(workspace, again, 3).target == "Twelve staff will work there."
