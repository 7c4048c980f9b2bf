"""Replace all as CAT tools do it: a preview with ticks, the case of each hit kept, whole words, one undo
step, and the memory in step with the confirmed segments it changed (``tm search`` tells)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from tests.ui.conftest import open_test_workspace, store_release
from tests.ui.window_helpers import open_window, press, stored

from translator_app.cli import main
from translator_app.domain.models import Origin, OriginKind, Role, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.editing.replace_preview import HTML_ROLE, ReplacePreview
from translator_app.ui.editing.text_search import SearchQuery, replaced
from translator_app.ui.main_window import MainWindow

S = SegmentStatus
P = SegmentKind.PARAGRAPH
MT = Origin(OriginKind.MT, provider="deepl")

ROWS = [
    ("Le programme de soutien.", "", S.NEW, Origin(), True, P),  # confirmed below: it gets a memory unit
    ("LE PROGRAMME", "THE PROGRAMME", S.DRAFT, MT, True, SegmentKind.HEADING),
    ("Un programme annuel.", "", S.NEW, Origin(), True, P),  # confirmed, then approved by a reviewer
    ("Les programmes <g1>régionaux</g1>.", "The regional <g1>programmes</g1>.", S.DRAFT, MT, True, P),
    ("Notre programme pour <g1>2025</g1>.", "Our programme for <g1>2025</g1>.", S.DRAFT, MT, True, P),
    ("Contact", "", S.NEW, Origin(), True, P),
]
CONFIRMED = {0: "The Support Programme.", 2: "An annual programme."}


def release_with_memory(tmp_path: Path, workspace: Workspace) -> list[int]:
    """The rows stored, two of them confirmed (so in the memory), one of those approved; their ids."""
    release = store_release(workspace, "Programme", ROWS)
    ids = [s.id for s in workspace.releases.segments(release.id)]
    for row, target in CONFIRMED.items():
        workspace.editing.edit(ids[row], target, workspace.actor, confirm=True)
    reviewer = open_test_workspace(tmp_path, Role.REVIEWER, "rui")
    try:
        reviewer.review.approve([ids[2]], reviewer.actor)
    finally:
        reviewer.close()
    return ids


def tm_search(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> list[dict[str, Any]]:
    """What ``translator-app tm search`` prints for ``source`` on the test's database."""
    capsys.readouterr()
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    assert main(["--db", url, "tm", "search", source, "--from", "fr", "--to", "en", "--json"]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return found


def tick(qtbot: Any, box: QCheckBox) -> None:
    """Tick or untick an option of the find bar as a keyboard user does: focus it, press Space."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def open_preview(qtbot: Any, window: MainWindow, find: str, replace: str) -> ReplacePreview:
    press(qtbot, window, Qt.Key.Key_H)
    bar = window.find_bar
    qtbot.keyClicks(bar.find_text, find)
    qtbot.keyClicks(bar.replace_text, replace)
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    preview = bar.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    return preview


def test_replace_all_previews_keeps_case_and_whole_words_and_is_one_undo_step(
    qtbot: Any, tmp_path: Path, workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = release_with_memory(tmp_path, workspace)
    window = open_window(qtbot, workspace)
    window.find_bar.open(replace=True)
    tick(qtbot, window.find_bar.whole_word)
    assert window.find_bar.preserve_case.isChecked(), "case is preserved unless asked otherwise"

    preview = open_preview(qtbot, window, "programme", "program")

    rows = [preview.row_texts(row) for row in range(preview.model.rowCount())]
    assert rows == [
        ("#1", "The Support Programme.", "The Support Program."),
        ("#2", "THE PROGRAMME", "THE PROGRAM"),
        ("#3", "An annual programme.", "An annual program."),
        ("#5", "Our programme for <g1>2025</g1>.", "Our program for <g1>2025</g1>."),
    ], "whole words only: “programmes” in #4 is not a hit"
    assert "line-through" in str(preview.cell_index(0, 1).data(HTML_ROLE)), "the hit is marked"
    assert preview.note.isVisible(), "the memory of confirmed segments is said to follow"
    assert preview.replace_button.text() == "Replace in 4 segments"

    preview.table.setCurrentIndex(preview.cell_index(3, 1))
    qtbot.keyClick(preview.table, Qt.Key.Key_Space)  # untick #5: it stays as it is
    assert preview.replace_button.text() == "Replace in 3 segments"
    qtbot.mouseClick(preview.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.find_bar.preview is None)

    targets = [stored(workspace, window, row).target for row in range(len(ROWS))]
    assert targets == [
        "The Support Program.",
        "THE PROGRAM",
        "An annual program.",
        "The regional <g1>programmes</g1>.",
        "Our programme for <g1>2025</g1>.",
        "",
    ]
    assert stored(workspace, window, 0).status is S.TRANSLATED, "a confirmed segment stays confirmed"
    assert stored(workspace, window, 1).status is S.DRAFT
    assert stored(workspace, window, 2).status is S.TRANSLATED, "approved: back to a reviewer"
    [unit] = tm_search(capsys, tmp_path, ROWS[0][0])
    assert unit["target"] == "The Support Program.", "the memory follows the confirmed segment"
    [unit] = tm_search(capsys, tmp_path, ROWS[2][0])
    assert (unit["target"], unit["approved"]) == ("An annual program.", False)
    assert all("Programme" not in m["target"] for m in tm_search(capsys, tmp_path, ROWS[0][0]))

    window.segments.setFocus()
    press(qtbot, window, Qt.Key.Key_Z)  # one Ctrl+Z takes the whole replacement back

    assert [stored(workspace, window, row).target for row in range(len(ROWS))] == [
        "The Support Programme.",
        "THE PROGRAMME",
        "An annual programme.",
        "The regional <g1>programmes</g1>.",
        "Our programme for <g1>2025</g1>.",
        "",
    ]
    assert stored(workspace, window, 1).origin == MT, "the MT draft is an MT draft again"
    [unit] = tm_search(capsys, tmp_path, ROWS[0][0])
    assert unit["target"] == "The Support Programme.", "undo puts the memory back as well"
    assert workspace.releases.segment(ids[3]).version == 1, "the unticked and the missed were never written"


def test_nothing_is_written_when_the_preview_is_cancelled(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Programme", ROWS)
    window = open_window(qtbot, workspace)
    preview = open_preview(qtbot, window, "programme", "program")
    versions = [stored(workspace, window, row).version for row in range(len(ROWS))]

    qtbot.keyClick(preview, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: window.find_bar.preview is None)
    assert [stored(workspace, window, row).version for row in range(len(ROWS))] == versions
    assert not window.session.undo_stack.canUndo()


def test_unticking_everything_leaves_nothing_to_replace(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Programme", ROWS)
    window = open_window(qtbot, workspace)
    preview = open_preview(qtbot, window, "PROGRAMME", "plan")
    qtbot.mouseClick(preview.tick_none, Qt.MouseButton.LeftButton)

    assert not preview.replace_button.isEnabled()
    qtbot.mouseClick(preview.tick_all, Qt.MouseButton.LeftButton)
    assert preview.replace_button.text() == "Replace in 3 segments", "“programmes” too: not whole words"


@pytest.mark.parametrize(
    ("target", "find", "replacement", "written", "as_typed"),
    [
        ("Support Programme.", "Programme.", "program.", "Support Program.", "Support program."),
        ("Support Programme.", "programme", "program", "Support Program.", "Support program."),
        ("SUPPORT PROGRAMME.", "programme.", "program.", "SUPPORT PROGRAM.", "SUPPORT program."),
        ("the programme.", "PROGRAMME", "Program", "the program.", "the Program."),
    ],
)
def test_case_insensitive_replace_keeps_each_hits_case(
    target: str, find: str, replacement: str, written: str, as_typed: str
) -> None:
    pattern = SearchQuery(find).pattern()

    assert replaced(pattern, target, replacement, regex=False, preserve_case=True).text == written
    assert replaced(pattern, target, replacement, regex=False).text == as_typed, "without: as typed"


def test_where_the_hits_were_and_what_was_written() -> None:
    pattern = SearchQuery(r"(\w+)mme\b", regex=True).pattern()
    text = "Le <g1>Programme</g1> et le PROGRAMME"

    result = replaced(pattern, text, r"\1m", regex=True, preserve_case=True)

    assert result.text == "Le <g1>Program</g1> et le PROGRAM"
    assert [result.text[a:b] for a, b in result.written] == ["Program", "PROGRAM"]
    assert result.found == ((7, 16), (28, 37))


def test_match_case_turns_preserve_case_off(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Programme", ROWS)
    window = open_window(qtbot, workspace)
    bar = window.find_bar
    bar.open(replace=True)
    tick(qtbot, bar.match_case)

    assert not bar.preserve_case.isEnabled()
    preview = open_preview(qtbot, window, "PROGRAMME", "Plan")
    assert [preview.row_texts(row)[2] for row in range(preview.model.rowCount())] == ["THE Plan"]
    preview.reject()
