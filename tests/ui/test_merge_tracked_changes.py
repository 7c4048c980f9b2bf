"""File › Merge of a review table still holding Word's tracked changes: the window asks whether to take them
or to refuse the table, as ``merge --tracked-changes`` does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.handoff.handoff_support import import_release, saved
from tests.handoff.test_review_table_in_word import replace_cell, tracked_paragraph
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace
from translator_app.ui.main_window import MainWindow


def _tracked_table(workspace: Workspace, tmp_path: Path) -> tuple[int, Path]:
    release_id = import_release(workspace, tmp_path)
    for segment in workspace.releases.segments(release_id):
        workspace.editing.edit(segment.id, f"EN {segment.source}", workspace.actor, confirm=True)
    exported = tmp_path / "review.docx"
    workspace.exporting.export(release_id, "review-docx", exported)
    document = docx.Document(str(exported))
    replace_cell(
        document.tables[0].rows[3].cells[2],
        tracked_paragraph(("", "The office "), ("ins", "now "), ("", "opens.")),
    )
    returned = tmp_path / "returned.docx"
    returned.write_bytes(saved(document))
    return release_id, returned


def _choose(qtbot: Any, window: MainWindow, path: Path, answer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.commands.merge_returned.trigger()
    box = window.handoff.tracked_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    button = next(b for b in box.buttons() if b.text().replace("&", "") == answer)
    with qtbot.waitSignal(window.handoff.finished, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_refusing_tracked_changes_merges_nothing_and_names_the_segments(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release_id, returned = _tracked_table(workspace, tmp_path)
    before = [(s.target, s.version) for s in workspace.releases.segments(release_id)]
    window = open_window(qtbot, workspace, release_id)

    _choose(qtbot, window, returned, "Refuse the table", monkeypatch)

    assert "tracked changes" in window.handoff.last_message and "3" in window.handoff.last_message
    assert [(s.target, s.version) for s in workspace.releases.segments(release_id)] == before


def test_taking_tracked_changes_merges_the_insertion(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release_id, returned = _tracked_table(workspace, tmp_path)
    window = open_window(qtbot, workspace, release_id)

    _choose(qtbot, window, returned, "Take them", monkeypatch)

    targets = [s.target for s in workspace.releases.segments(release_id)]
    assert "The office now opens." in targets
