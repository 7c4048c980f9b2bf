"""QA while typing, the QA and Comments panels, the rejection banner and revert from the history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from tests.ui.review_fixtures import other_workspace, review_release
from tests.ui.window_helpers import go_to, open_window, stored

from translator_app.domain.models import Role, SegmentStatus
from translator_app.domain.qa import QaCode, Severity
from translator_app.services.workspace import Workspace
from translator_app.ui.common.qa_text import describe_finding, known_codes
from translator_app.ui.editor.live_qa import document_position

S = SegmentStatus


def test_a_wrong_number_and_e_mail_are_underlined_and_listed_while_typing(
    qtbot: Any, workspace: Workspace
) -> None:
    review_release(workspace)
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 2)
    live = window.review_panels.live_qa

    qtbot.keyClicks(editor, "Write to contakt@horizon.org before 13 May.")

    qtbot.waitUntil(lambda: {f.code for f in live.findings} >= {QaCode.NUMBER_MISSING, QaCode.EMAIL_MISSING})
    start = editor.toPlainText().index("contakt")
    assert any(s <= start < e and sev is Severity.ERROR for s, e, sev in live.underlined())
    wavy = [
        (sel.cursor.selectionStart(), sel.cursor.selectionEnd(), sel.format.underlineColor().name())
        for sel in editor.extraSelections()
        if sel.format.underlineStyle() is QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert any(s <= start < e and color == "#d32f2f" for s, e, color in wavy), "a wavy red underline"
    assert "e-mail address contact@horizon.org" in live.tooltip_at(start + 2)
    rows = window.side.qa_panel.segment_rows()
    assert any("contact@horizon.org" in row for row in rows)
    assert any("Number 12" in row for row in rows)

    editor.replace_all_text("Write to contact@horizon.org before 12 May.")
    qtbot.waitUntil(lambda: not any(f.blocking for f in live.findings))
    assert live.underlined() == [] or all(sev is not Severity.ERROR for *_, sev in live.underlined())


def test_the_whole_release_check_lists_findings_and_jumps_to_the_segment(
    qtbot: Any, reviewer_workspace: Workspace
) -> None:
    review_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)
    go_to(qtbot, window, 3)
    panel = window.side.qa_panel

    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.release_list.count() > 0, timeout=3000)
    assert panel.release_rows()[0].startswith("#1 ")

    panel.release_list.itemClicked.emit(panel.release_list.item(0))
    assert window.session.current_row() == 0


def test_the_qa_filter_keeps_the_segments_with_errors(qtbot: Any, reviewer_workspace: Workspace) -> None:
    review_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)
    combo = window.review_panels.qa_filter

    combo.setCurrentIndex(1)

    qtbot.waitUntil(lambda: window.segment_proxy.rowCount() == 1, timeout=3000)
    assert window.segment_model.segment_at(window.segment_proxy.source_row(0)).position == 0
    qtbot.mouseClick(window.filters.clear_button, Qt.MouseButton.LeftButton)
    assert combo.currentIndex() == 0 and window.segment_proxy.rowCount() == 4


def test_comment_thread_added_replied_and_resolved(qtbot: Any, workspace: Workspace) -> None:
    review_release(workspace)
    window = open_window(qtbot, workspace)
    go_to(qtbot, window, 1)
    panel = window.side.comments
    assert panel.isEnabled()

    qtbot.keyClicks(panel.box, "Is it six or seven countries?")
    qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.rows()) == 1, timeout=3000)
    assert panel.rows()[0].startswith("claire · ") and "six or seven" in panel.rows()[0]
    assert panel.box.toPlainText() == ""

    panel.select_thread(0)
    qtbot.keyClicks(panel.box, "Six, says the source.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.rows()) == 2, timeout=3000)

    panel.select_thread(0)
    assert panel.resolve_button.text() == "Resolve"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "resolved" in panel.rows()[0], timeout=3000)
    segment_id = window.segment_model.segment_at(1).id
    tools = workspace.reviewing
    assert segment_id is not None
    threads = tools.comments.threads(segment_id)
    assert len(threads) == 1 and threads[0].resolved and len(threads[0].replies) == 1


def test_the_translator_sees_the_rejection_comment_above_the_editor(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    review_release(workspace)
    reviewer = other_workspace(tmp_path, Role.REVIEWER, "rita")
    try:
        segment = reviewer.releases.segments(1)[1]
        assert segment.id is not None
        reviewer.review.reject(segment.id, "Name the six countries.", reviewer.actor)
    finally:
        reviewer.close()
    window = open_window(qtbot, workspace)
    banner = window.review_panels.rejection_banner

    go_to(qtbot, window, 0)
    assert not banner.isVisible()
    go_to(qtbot, window, 1)

    assert banner.isVisible()
    assert "rita" in banner.text() and "Name the six countries." in banner.text()


def test_revert_to_an_earlier_version_from_the_history(qtbot: Any, workspace: Workspace) -> None:
    review_release(workspace)
    segment_id = workspace.releases.segments(1)[1].id
    assert segment_id is not None
    workspace.editing.edit(segment_id, "The office covers six countries.", workspace.actor, confirm=True)
    workspace.editing.edit(segment_id, "The office runs six countries.", workspace.actor, confirm=True)
    window = open_window(qtbot, workspace)
    go_to(qtbot, window, 1)
    history = window.side.history
    qtbot.waitUntil(lambda: len(history.entries) == 2, timeout=3000)

    history.select_row(1)  # the first change, older than the newest
    assert "covers" in history.diff_text() and "will coordinate" in history.diff_text()
    assert history.revert_button.isEnabled()
    qtbot.mouseClick(history.revert_button, Qt.MouseButton.LeftButton)

    assert stored(workspace, window, 1).target == "The office covers six countries."
    assert window.segment_model.segment_at(1).target == "The office covers six countries."
    qtbot.waitUntil(lambda: len(history.entries) == 3, timeout=3000)
    assert history.entries[-1].reverted_to is not None


def test_every_qa_code_has_window_wording() -> None:
    assert known_codes() == set(QaCode)
    from translator_app.domain.qa import finding

    assert describe_finding(finding(QaCode.NUMBER_MISSING, detail="23")).startswith("Number 23")


def test_spans_skip_tag_chips() -> None:
    text = "<g1>Hello</g1> world"
    assert document_position(text, text.index("world")) == 8
    assert document_position(text, 2) == 0
