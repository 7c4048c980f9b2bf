"""Reviewer mode on the real window: roles, approval gated by QA with an override, batch approval, reject
with a category, sign-off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.review_fixtures import review_release
from tests.ui.window_helpers import ALT, CTRL, editor_of, go_to, open_window, press, stored

from translator_app.domain.models import SegmentStatus
from translator_app.domain.review import CommentKind, ErrorCategory, ErrorSeverity
from translator_app.services.workspace import Workspace

S = SegmentStatus


def test_a_translator_sees_the_role_and_cannot_approve_batch_or_sign_off(
    qtbot: Any, workspace: Workspace
) -> None:
    review_release(workspace)
    window = open_window(qtbot, workspace)

    assert window.role_chip.text() == "Translator"
    d, c = window.decisions, window.commands
    for action in (c.approve, c.reject, c.approve_clean, c.sign_off):
        assert not action.isEnabled()
        assert "reviewer" in action.toolTip()
    d.approve_all_clean()
    assert stored(workspace, window, 1).status is S.TRANSLATED


def test_a_reviewer_works_in_reviewer_mode_with_a_to_review_filter(
    qtbot: Any, reviewer_workspace: Workspace
) -> None:
    from translator_app.ui.grid.segment_filter import StatusFilter

    review_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)

    assert window.role_chip.text() == "Reviewer mode"
    window.filters.set_status(StatusFilter.TO_REVIEW)
    assert window.segment_proxy.rowCount() == 2


def test_approval_blocked_by_a_qa_error_is_overridden_with_a_reason(
    qtbot: Any, reviewer_workspace: Workspace
) -> None:
    review_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)
    go_to(qtbot, window, 0)

    press(qtbot, window, Qt.Key.Key_A, CTRL | ALT)

    assert stored(reviewer_workspace, window, 0).status is S.TRANSLATED, "the error blocks approval"
    dialog = window.decisions.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert any("e-mail" in dialog.findings.item(i).text() for i in range(dialog.findings.count()))
    assert not dialog.ok.isEnabled(), "no override without a reason"
    qtbot.keyClicks(dialog.reason, "The client changed its press address.")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    segment = stored(reviewer_workspace, window, 0)
    assert segment.status is S.APPROVED
    assert segment.id is not None
    events = reviewer_workspace.releases.events(segment.id)
    assert events[-1].new == "approved" and events[-1].comment == "The client changed its press address."


def test_batch_approval_holds_the_segment_with_an_error(qtbot: Any, reviewer_workspace: Workspace) -> None:
    review_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)

    window.commands.approve_clean.trigger()

    assert stored(reviewer_workspace, window, 1).status is S.APPROVED
    assert stored(reviewer_workspace, window, 0).status is S.TRANSLATED
    report = window.decisions.last_report
    assert report.startswith("1 segment approved, 1 held back")
    assert "#1:" in report and "e-mail" in report
    assert window.segment_model.segment_at(1).status is S.APPROVED, "the grid follows"


def test_reject_with_an_error_category_and_severity(qtbot: Any, reviewer_workspace: Workspace) -> None:
    review_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)
    go_to(qtbot, window, 1)

    press(qtbot, window, Qt.Key.Key_R, CTRL | ALT)
    dialog = window.decisions.reject_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.comment, "Six West African countries.")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData(ErrorCategory.ACCURACY.value))
    dialog.severity_box.setCurrentIndex(dialog.severity_box.findData(ErrorSeverity.MAJOR.value))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    segment = stored(reviewer_workspace, window, 1)
    assert segment.status is S.REJECTED and segment.id is not None
    tools = reviewer_workspace.reviewing
    rejection = tools.comments.rejection(segment.id)
    assert rejection is not None and rejection.kind is CommentKind.REJECTION
    assert (rejection.category, rejection.severity) == (ErrorCategory.ACCURACY, ErrorSeverity.MAJOR)


def test_sign_off_only_when_all_approved_and_reopened_by_an_edit(
    qtbot: Any, reviewer_workspace: Workspace, tmp_path: Path
) -> None:
    review_release(reviewer_workspace)
    window = open_window(qtbot, reviewer_workspace)
    decisions, sign_off = window.decisions, window.commands.sign_off
    assert not sign_off.isEnabled(), "segments are still to approve"

    go_to(qtbot, window, 2)
    qtbot.keyClicks(editor_of(qtbot, window), "Write to contact@horizon.org before 12 May.")
    press(qtbot, window, Qt.Key.Key_Return)
    for row in (0, 1, 2):
        segment_id = window.segment_model.segment_at(row).id
        assert segment_id is not None
        reviewer_workspace.review.approve([segment_id], reviewer_workspace.actor, override="checked")
    release = window.current_release
    assert release is not None
    window.release.refresh(s.id for s in window.release.segments())  # approved behind the window

    assert sign_off.isEnabled()
    sign_off.trigger()
    assert "Signed off by claire" in decisions.signoff_text()
    assert not sign_off.isEnabled()

    editor = go_to(qtbot, window, 1)
    editor.replace_all_text("The office will coordinate six West African countries.")
    press(qtbot, window, Qt.Key.Key_Return)

    assert "reopened by claire" in decisions.signoff_text()
    assert not sign_off.isEnabled(), "segment 2 must be approved again"
