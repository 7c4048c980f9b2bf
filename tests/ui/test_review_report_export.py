"""File › Export › Review report from the window: HTML (or CSV for a .csv path), and who signed off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.review_fixtures import review_release
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace


def _export(qtbot: Any, window: Any, target: Path) -> None:
    window.export_release()
    dialog = window.files.export_dialog
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("report"))
    assert dialog.path.text().endswith(".html")
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and bool(window.files.last_export), timeout=5000)


def test_the_review_report_names_who_signed_off(
    qtbot: Any, reviewer_workspace: Workspace, tmp_path: Path
) -> None:
    release = review_release(reviewer_workspace)
    for segment in reviewer_workspace.releases.segments(release.id or 0):
        if segment.id is not None and segment.position == 2:
            text = "Write to contact@horizon.org before 12 May."
            reviewer_workspace.editing.edit(segment.id, text, reviewer_workspace.actor, confirm=True)
    ids = [s.id for s in reviewer_workspace.releases.segments(release.id or 0) if s.position != 3]
    approvable = [i for i in ids if i is not None]
    reviewer_workspace.review.approve(approvable, reviewer_workspace.actor, override="ok")
    window = open_window(qtbot, reviewer_workspace)
    window.commands.sign_off.trigger()

    html_path = tmp_path / "report.html"
    _export(qtbot, window, html_path)
    assert "Signed off by claire" in window.files.last_export
    assert "<html" in html_path.read_text(encoding="utf-8").lower()

    csv_path = tmp_path / "report.csv"
    window.files.last_export = ""
    _export(qtbot, window, csv_path)
    assert csv_path.read_text(encoding="utf-8").startswith("number,")


def test_an_unsigned_report_says_so(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    review_release(workspace)
    window = open_window(qtbot, workspace)
    target = tmp_path / "report.html"

    _export(qtbot, window, target)

    assert "Not signed off" in window.files.last_export
    assert "press@horizon.org" in target.read_text(encoding="utf-8")
