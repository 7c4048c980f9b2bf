"""Undo gives a segment back its exact earlier status and origin: undoing "Copy source" leaves a new segment
new with no origin, and a machine draft a machine draft; an emptied segment shows no origin."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.conftest import store_release
from tests.ui.window_helpers import CTRL, SHIFT, editor_of, go_to, open_window, press, stored

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace

S = SegmentStatus
P = SegmentKind.PARAGRAPH
MT = Origin(OriginKind.MT, provider="deepl")
ROWS = [
    ("Le bureau ouvre en mai.", "", S.NEW, Origin(), True, P),
    ("Douze personnes y travailleront.", "Twelve people will work there.", S.DRAFT, MT, True, P),
    ("Le bureau coordonnera six pays.", "", S.NEW, Origin(), True, P),
]


def test_undoing_copy_source_gives_a_new_segment_back_with_no_origin(
    qtbot: Any, workspace: Workspace
) -> None:
    store_release(workspace, "Bureau", ROWS)
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)

    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL | SHIFT)
    window.session.save_draft()  # the pause in typing stores it
    assert (stored(workspace, window, 0).status, stored(workspace, window, 0).origin.kind) == (
        S.DRAFT,
        OriginKind.HUMAN,
    )
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.text() == ""
    press(qtbot, window, Qt.Key.Key_Down)

    segment = stored(workspace, window, 0)
    assert (segment.target, segment.status, segment.origin) == ("", S.NEW, Origin())
    assert window.segment_model.index(0, 4).data() in ("", None), "no origin shown for an empty segment"


def test_undoing_copy_source_gives_a_machine_draft_back_its_origin(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Bureau", ROWS)
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 1)

    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL | SHIFT)
    window.session.save_draft()
    assert stored(workspace, window, 1).origin.kind is OriginKind.HUMAN
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Down)

    segment = stored(workspace, window, 1)
    assert (segment.target, segment.status, segment.origin) == (ROWS[1][1], S.DRAFT, MT)
    assert window.session.undo_stack.canRedo(), "Ctrl+Y brings the copied source back"


def test_emptying_a_draft_leaves_a_new_segment_with_no_origin(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Bureau", ROWS)
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 1)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    press(qtbot, window, Qt.Key.Key_Down)

    segment = stored(workspace, window, 1)
    assert (segment.target, segment.status, segment.origin) == ("", S.NEW, Origin())
