"""Entering an empty segment inserts its best memory match, marked with its score, as one undoable step;
a match taken with Ctrl+1 keeps its score too; a confirmation's repetitions come back with one Ctrl+Z."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.conftest import new_rows, store_release
from tests.ui.window_helpers import CTRL, editor_of, open_window, press, stored

from translator_app.domain.models import OriginKind, SegmentStatus, StoredRelease
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.grid.segment_model import Column
from translator_app.ui.main_window import MainWindow

S = SegmentStatus
SIX = "Le bureau coordonnera six pays."
SIX_EN = "The office will coordinate six countries."
SEVEN = "Le bureau coordonnera sept pays."


def remember(workspace: Workspace, pairs: list[tuple[str, str]]) -> None:
    """An earlier release translated and confirmed: its sentences are in the memory."""
    rows = new_rows("Introduction.", *(source for source, _ in pairs))
    earlier = store_release(workspace, "Un communiqué précédent", rows)
    segments = workspace.releases.segments(earlier.id)
    for segment, (_, target) in zip(segments[1:], pairs, strict=True):
        workspace.editing.edit(segment.id, target, workspace.actor, confirm=True)


def open_release(qtbot: Any, workspace: Workspace, *sources: str) -> tuple[MainWindow, StoredRelease]:
    release = store_release(workspace, "Le nouveau communiqué", new_rows(*sources))
    return open_window(qtbot, workspace, release.id), release


def test_entering_an_empty_segment_inserts_its_100_match_and_esc_takes_it_back(
    qtbot: Any, workspace: Workspace
) -> None:
    remember(workspace, [(SIX, SIX_EN)])
    window, _ = open_release(qtbot, workspace, SIX, "Une autre phrase.")
    editor = editor_of(qtbot, window)

    qtbot.waitUntil(lambda: editor.text() == SIX_EN, timeout=5000)
    assert "100%" in window.status.currentMessage()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.text() == SIX_EN

    press(qtbot, window, Qt.Key.Key_Return)
    saved = stored(workspace, window, 0)
    assert (saved.target, saved.status) == (SIX_EN, S.TRANSLATED)
    assert (saved.origin.kind, saved.origin.score) == (OriginKind.TM, 100)
    assert window.segment_model.index(0, Column.ORIGIN).data() == "100%"


def test_a_fuzzy_match_waits_for_ctrl_1_at_the_default_threshold_and_keeps_its_score_when_edited(
    qtbot: Any, workspace: Workspace
) -> None:
    remember(workspace, [(SIX, SIX_EN)])
    window, _ = open_release(qtbot, workspace, SEVEN)
    editor = editor_of(qtbot, window)
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: bool(panel.items), timeout=5000)
    score = panel.items[0].score
    assert score is not None and 70 <= score < 100
    assert editor.text() == "", "below 100%: nothing is inserted by itself"

    qtbot.keyClick(editor, Qt.Key.Key_1, CTRL)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    for _ in range(len("six countries.")):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "seven countries.")
    press(qtbot, window, Qt.Key.Key_Return)

    saved = stored(workspace, window, 0)
    assert saved.target == "The office will coordinate seven countries."
    assert (saved.origin.kind, saved.origin.score) == (OriginKind.TM, score), "edited, still the fuzzy match"
    assert window.segment_model.index(0, Column.ORIGIN).data() == f"{score}%"


def test_clearing_an_inserted_match_and_typing_makes_the_text_the_translators_own(
    qtbot: Any, workspace: Workspace
) -> None:
    remember(workspace, [(SIX, SIX_EN)])
    window, _ = open_release(qtbot, workspace, SIX)
    editor = editor_of(qtbot, window)
    qtbot.waitUntil(lambda: editor.text() == SIX_EN, timeout=5000)

    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, "Six countries, one office.")
    press(qtbot, window, Qt.Key.Key_Return)

    assert stored(workspace, window, 0).origin.kind is OriginKind.HUMAN


def test_a_lower_threshold_chosen_in_preferences_inserts_fuzzy_matches_from_the_next_segment_on(
    qtbot: Any, workspace: Workspace
) -> None:
    remember(workspace, [(SIX, SIX_EN)])
    window, _ = open_release(qtbot, workspace, "Rien à voir.", SEVEN)
    editor_of(qtbot, window)
    window.open_preferences()
    dialog = window.preferences_dialog
    assert dialog is not None
    assert dialog.auto_insert.currentData() == 100, "the default: 100% and context matches"
    dialog.auto_insert.setCurrentIndex(dialog.auto_insert.findData(75))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert Settings.load().auto_insert_threshold == 75
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    window.activateWindow()  # the dialog had the focus
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.wait(100)  # the focus back in the window before the next key

    press(qtbot, window, Qt.Key.Key_Down)
    assert window.session.current_row() == 1

    def inserted() -> bool:  # in the editor, or stored as a draft if the editor closed meanwhile
        editor = window.session.editor()
        in_editor = editor is not None and editor.text() == SIX_EN
        return in_editor or stored(workspace, window, 1).target == SIX_EN

    qtbot.waitUntil(inserted, timeout=5000)
    window.session.confirm_and_next()
    origin = stored(workspace, window, 1).origin
    assert origin.kind is OriginKind.TM and origin.score is not None and 75 <= origin.score < 100


def test_nothing_is_inserted_over_typing_nor_when_preferences_say_never(
    qtbot: Any, workspace: Workspace
) -> None:
    remember(workspace, [(SIX, SIX_EN)])
    settings = Settings.load()
    settings.auto_insert_threshold = 0
    settings.save()
    window, _ = open_release(qtbot, workspace, SIX)
    editor = editor_of(qtbot, window)
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: bool(panel.items), timeout=5000)
    assert panel.items[0].score == 100 and editor.text() == ""

    window.aids.auto_insert.threshold = 100
    qtbot.keyClicks(editor, "Mine")
    assert not window.aids.auto_insert.offer(stored(workspace, window, 0).id, panel.items)
    assert editor.text() == "Mine"


def test_confirming_fills_the_repetitions_and_one_ctrl_z_takes_all_back(
    qtbot: Any, workspace: Workspace
) -> None:
    window, _ = open_release(qtbot, workspace, "Contact presse", "Autre chose.", "Contact presse")
    editor = editor_of(qtbot, window)
    qtbot.keyClicks(editor, "Press contact")

    press(qtbot, window, Qt.Key.Key_Return)

    repeated = stored(workspace, window, 2)
    assert (repeated.target, repeated.status, repeated.origin.kind) == (
        "Press contact",
        S.DRAFT,
        OriginKind.REPETITION,
    )
    assert "repetition" in window.status.currentMessage() and "3" in window.status.currentMessage()
    assert window.segment_model.index(2, Column.ORIGIN).data() == "Rep."

    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: stored(workspace, window, 2).target == "", timeout=3000)
    assert stored(workspace, window, 0).status is not S.TRANSLATED
    assert stored(workspace, window, 2).status is S.NEW
