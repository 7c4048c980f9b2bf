"""Suggestions (repetitions for now, any source later), stale results, history, preview, tags, shortcuts."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QTextCursor
from tests.ui.conftest import AddRelease, store_release
from tests.ui.window_helpers import CTRL, editor_of, go_to, open_window, press, stored

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.dialogs.shortcuts_dialog import shortcuts_html
from translator_app.ui.editor.target_editor import TargetEditor
from translator_app.ui.panels.preview_panel import render_preview
from translator_app.ui.panels.suggestion_items import SuggestionItem, SuggestionKind, SuggestionRequest

S = SegmentStatus
P = SegmentKind.PARAGRAPH
REPEATED = [
    ("Contact presse", "Press contact", S.TRANSLATED, Origin(OriginKind.HUMAN), True, P),
    ("Le bureau ouvre.", "", S.NEW, Origin(), True, P),
    ("Contact presse", "", S.NEW, Origin(), True, P),
]


def test_repetitions_are_suggested_and_ctrl_1_inserts_them(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Rep", REPEATED)
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 2)
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=3000)
    assert panel.items[0].kind is SuggestionKind.REPETITION and panel.items[0].target == "Press contact"

    press(qtbot, window, Qt.Key.Key_1)

    assert editor.text() == "Press contact"
    press(qtbot, window, Qt.Key.Key_2)
    assert "no suggestion 2" in window.status.currentMessage()


def test_a_plugged_in_source_shows_up_ranked(qtbot: Any, workspace: Workspace) -> None:
    class FakeMemory:
        def suggest(self, request: SuggestionRequest) -> list[SuggestionItem]:
            return [
                SuggestionItem(SuggestionKind.MT, request.source, "The office opens (MT)."),
                SuggestionItem(SuggestionKind.TM, "Le bureau ouvrira.", "The office will open.", score=82),
            ]

    store_release(workspace, "Rep", REPEATED)
    window = open_window(qtbot, workspace)
    window.aids.add_source(FakeMemory())
    go_to(qtbot, window, 1)
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: len(panel.items) == 2, timeout=3000)

    assert [item.kind for item in panel.items] == [SuggestionKind.TM, SuggestionKind.MT]
    panel.choose(2)
    assert editor_of(qtbot, window).text() == "The office opens (MT)."


def test_a_result_for_a_segment_left_behind_is_dropped(qtbot: Any) -> None:
    runner = TaskRunner(pool=QThreadPool())  # its own threads: nothing queued before it can delay it
    release = threading.Event()
    shown: list[str] = []
    current = {"segment": 1}

    def slow(_handle: object) -> str:
        release.wait(2)
        return "for segment 1"

    runner.submit("suggestions", 1, slow, shown.append, still_wanted=lambda: current["segment"] == 1)
    current["segment"] = 2  # the user moved on before the result came
    with qtbot.waitSignal(runner.settled, timeout=3000):
        release.set()

    assert shown == []
    assert runner.dropped == 1


def test_a_newer_request_supersedes_the_older_one(qtbot: Any) -> None:
    runner = TaskRunner(pool=QThreadPool())
    gate = threading.Event()
    shown: list[str] = []
    runner.submit("suggestions", 1, lambda _h: gate.wait(2) and "old", shown.append)
    runner.submit("suggestions", 2, lambda _h: "new", shown.append)
    gate.set()
    qtbot.waitUntil(lambda: runner.dropped == 1 and shown == ["new"], timeout=3000)


def test_history_lists_the_changes_newest_first(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    qtbot.keyClicks(editor, "Projects start in spring.")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    go_to(qtbot, window, 5)

    history = window.side.history
    qtbot.waitUntil(lambda: len(history.rows()) == 2, timeout=3000)
    assert history.rows()[0] == "Status: New → Translated"
    assert history.rows()[1] == "Target set: “Projects start in spring.”"


def test_preview_renders_markdown_and_escapes_markup() -> None:
    from translator_app.domain.models import Segment

    segments = [
        Segment(0, 0, "Titre", SegmentKind.TITLE, target="Title"),
        Segment(1, 1, "a", target="<script>alert(1)</script> and *stars*"),
        Segment(2, 1, "b", target=""),
        Segment(3, 2, "menu", translatable=False),
    ]
    html = render_preview(segments, "en")

    assert "<h1>Title</h1>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "*stars*" in html, "a translator's asterisks are text, not emphasis"
    assert 'class="missing">b<' in html
    assert "menu" not in html


def test_tags_are_chips_that_cannot_be_half_deleted(qtbot: Any) -> None:
    editor = TargetEditor()
    qtbot.addWidget(editor)
    editor.load("Lire <g1>ici</g1>", "Read <g1>here</g1><x2/>")
    editor.moveCursor(QTextCursor.MoveOperation.End)

    qtbot.keyClick(editor, Qt.Key.Key_Backspace)

    assert editor.text() == "Lire <g1>ici", "the closing tag went whole"
    assert editor.insert_next_missing_tag()
    assert editor.text() == "Lire <g1>ici</g1>"
    assert editor.insert_next_missing_tag()
    assert editor.text() == "Lire <g1>ici</g1><x2/>"
    assert not editor.insert_next_missing_tag()


def test_ctrl_t_wraps_the_selection_in_the_missing_pair(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Tags", [("Lisez <g1>le rapport</g1>.", "", S.NEW, Origin(), True, P)])
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    qtbot.keyClicks(editor, "Read the report.")
    cursor = editor.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(15, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)

    press(qtbot, window, Qt.Key.Key_T)

    assert editor.text() == "Read <g1>the report</g1>."
    press(qtbot, window, Qt.Key.Key_Return)
    assert stored(workspace, window, 0).target == "Read <g1>the report</g1>."


def test_pasting_tag_text_gives_chips(qtbot: Any) -> None:
    from PySide6.QtCore import QMimeData

    editor = TargetEditor()
    qtbot.addWidget(editor)
    editor.load("", "<g1>x</g1>")
    data = QMimeData()
    data.setText("<g1>bold</g1> text")
    editor.insertFromMimeData(data)

    assert editor.text() == "<g1>bold</g1> text"
    assert editor.document().toPlainText() == "\ufffcbold\ufffc text"


def test_shortcuts_sheet_lists_every_key(qtbot: Any, workspace: Workspace) -> None:
    window = open_window(qtbot, workspace)
    html = shortcuts_html(window.commands)

    for key in ("Ctrl+Return", "Ctrl+Up", "Ctrl+Shift+S", "Ctrl+H", "Ctrl+T", "Ctrl+1", "Ctrl+Alt+A"):
        assert key in html, key
