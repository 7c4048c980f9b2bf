"""The translator's keyboard flow on the real window: confirm and move, copy source, undo and redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import CTRL, SHIFT, editor_of, go_to, open_window, press, stored

from translator_app.domain.models import Origin, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.grid.segment_model import Column

S = SegmentStatus


def test_opens_on_the_first_segment_to_do_with_its_editor(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)

    assert window.session.current_row() == 3, "row 3 is the first draft; rows 0–2 are done or boilerplate"
    assert editor_of(qtbot, window).text() == "Twelve people will work there."


def test_ctrl_enter_confirms_in_the_database_and_moves_to_the_next_to_do(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "The projects will start in spring.")

    press(qtbot, window, Qt.Key.Key_Return)

    saved = stored(workspace, window, 5)
    assert saved.target == "The projects will start in spring."
    assert saved.status is S.TRANSLATED
    assert window.segment_model.index(5, Column.STATUS).data() == "Translated"
    assert window.session.current_row() == 3, "wraps to the draft, skipping the boilerplate row 6"
    assert "1 Translated" not in window.status.counts_label.text()
    assert "2&nbsp;Translated" in window.status.counts_label.text()


def test_ctrl_up_and_down_move_and_save_the_edit_as_a_draft(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects begin")

    press(qtbot, window, Qt.Key.Key_Up)
    assert window.session.current_row() == 4
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.session.current_row() == 5, "row 6 is boilerplate: passed over, nothing below"
    press(qtbot, window, Qt.Key.Key_Up)
    press(qtbot, window, Qt.Key.Key_Up)

    assert window.session.current_row() == 3
    saved = stored(workspace, window, 5)
    assert (saved.target, saved.status) == ("Projects begin", S.DRAFT)


def test_ctrl_shift_s_copies_the_source_with_its_tags(qtbot: Any, workspace: Workspace) -> None:
    from tests.ui.conftest import store_release

    store_release(
        workspace,
        "Tags",
        [("Lisez <g1>le rapport</g1> ici<x2/>.", "", S.NEW, Origin(), True, SegmentKind.PARAGRAPH)],
    )
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)

    press(qtbot, window, Qt.Key.Key_S, CTRL | SHIFT)

    assert editor.text() == "Lisez <g1>le rapport</g1> ici<x2/>."
    assert editor.document().toPlainText().count("\ufffc") == 3, "each tag is one chip"


def test_undo_and_redo_across_segments_go_through_the_service(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects start in spring.")
    press(qtbot, window, Qt.Key.Key_Return)  # confirms row 5, moves to row 3
    editor = editor_of(qtbot, window)
    editor.replace_all_text("Twelve people will work there from May.")
    press(qtbot, window, Qt.Key.Key_Return)  # confirms row 3

    assert stored(workspace, window, 3).status is S.TRANSLATED
    editor = editor_of(qtbot, window)
    assert not editor.document().isUndoAvailable()

    press(qtbot, window, Qt.Key.Key_Z)
    row3 = stored(workspace, window, 3)
    assert (row3.target, row3.status) == ("Twelve people will work there.", S.DRAFT)
    assert stored(workspace, window, 5).status is S.TRANSLATED

    press(qtbot, window, Qt.Key.Key_Z)
    row5 = stored(workspace, window, 5)
    assert (row5.target, row5.status) == ("", S.NEW)
    assert window.segment_model.index(5, Column.TARGET).data() == ""

    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(workspace, window, 5).target == "Projects start in spring."
    row3 = stored(workspace, window, 3)
    assert (row3.target, row3.status) == ("Twelve people will work there from May.", S.TRANSLATED)


def test_ctrl_z_first_undoes_typing_in_the_editor(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects")

    press(qtbot, window, Qt.Key.Key_Z)

    assert editor.text() == ""
    assert stored(workspace, window, 5).target == "", "nothing was stored, so nothing to undo there"


def test_an_idle_edit_is_saved_as_a_draft(qtbot: Any, workspace: Workspace, add_release: AddRelease) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects will")

    qtbot.waitUntil(lambda: stored(workspace, window, 5).target == "Projects will", timeout=4000)
    assert stored(workspace, window, 5).status is S.DRAFT


def test_closing_the_window_saves_the_open_edit(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Unsaved words")

    window.close()

    assert stored(workspace, window, 5).target == "Unsaved words"


def test_reopening_a_release_returns_to_the_last_segment(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    go_to(qtbot, window, 4)
    window.close()

    again = open_window(qtbot, workspace)

    assert again.session.current_row() == 4


def test_ctrl_enter_on_a_repeated_sentence_shows_every_copy_it_filled(
    qtbot: Any, workspace: Workspace
) -> None:
    from tests.ui.conftest import new_rows, store_release

    store_release(
        workspace,
        "Contact",
        new_rows("Contact presse", "Le bureau ouvre.", "Contact  presse", "Fin.", "Contact presse"),
    )
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 0)
    qtbot.keyClicks(editor, "Press contact")

    press(qtbot, window, Qt.Key.Key_Return)

    for row in (2, 4):
        assert window.segment_model.index(row, Column.TARGET).data() == "Press contact"
        assert window.segment_model.index(row, Column.STATUS).data() == "Draft"
        assert window.segment_model.index(row, Column.ORIGIN).data() == "Rep."  # the narrow Match column
        held = window.segment_model.segment_at(row)
        assert held == stored(workspace, window, row), "the grid holds the copy as stored"
    assert window.segment_model.index(3, Column.TARGET).data() == ""
    assert "2&nbsp;Draft" in window.status.counts_label.text()
    assert window.session.current_row() == 1
