"""File › Open and drag-and-drop import through the dialog and a worker; export through its dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace
from translator_app.ui.common.workers import Cancelled
from translator_app.ui.main_window import MainWindow

RELEASE_TEXT = (
    "La Fondation ouvre un bureau à Dakar\n\n"
    "Dakar, 3 mai – La Fondation ouvre un bureau régional. Il coordonnera six pays.\n\n"
    "Contact presse : presse@example.org\n"
)


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "dakar.txt"
    path.write_text(RELEASE_TEXT, encoding="utf-8")
    return path


def accept_import_dialog(qtbot: Any, window: MainWindow, title: str) -> None:
    dialog = window.files.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.source.setCurrentText("fr")
    dialog.target.setCurrentText("en")
    qtbot.keyClicks(dialog.title, title)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_import_through_the_dialog_runs_on_a_worker_and_opens_the_release(
    qtbot: Any, workspace: Workspace, release_file: Path
) -> None:
    window = open_window(qtbot, workspace)
    window.files.start([release_file])
    with qtbot.waitSignal(window.files.imported, timeout=5000) as imported:
        accept_import_dialog(qtbot, window, "Bureau de Dakar")
        assert window.status.task.isVisible(), "the progress shows while the worker runs"

    release_id = imported.args[0]
    assert window.current_release is not None and window.current_release.id == release_id
    assert window.release_title.text() == "Bureau de Dakar"
    assert window.segment_model.rowCount() >= 4
    assert not window.status.task.isVisible()
    assert workspace.releases.release(release_id).source_lang == "fr"


def test_dropping_a_file_asks_then_imports(qtbot: Any, workspace: Workspace, release_file: Path) -> None:
    window = open_window(qtbot, workspace)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(release_file))])
    drop = QDropEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)

    with qtbot.waitSignal(window.files.imported, timeout=5000):
        accept_import_dialog(qtbot, window, "Dropped")
    assert window.release_title.text() == "Dropped"


def test_cancelling_an_import_stores_nothing(qtbot: Any, workspace: Workspace, release_file: Path) -> None:
    window = open_window(qtbot, workspace)
    calls: list[str] = []
    original = workspace.importing.import_file

    def slow_import(*args: Any, **kwargs: Any) -> Any:
        stage = kwargs["on_stage"]

        def watched(name: str) -> None:
            calls.append(name)
            if name == "storing":
                handle = window.runner.current("import")
                assert handle is not None
                handle.cancel()  # as the Cancel button does, while the worker is between two stages
            stage(name)

        kwargs["on_stage"] = watched
        return original(*args, **kwargs)

    workspace.importing.import_file = slow_import  # type: ignore[method-assign]
    window.files.start([release_file])
    accept_import_dialog(qtbot, window, "Cancelled")

    qtbot.waitUntil(lambda: "nothing was stored" in window.status.currentMessage(), timeout=5000)
    assert calls == ["reading", "parsing", "storing"]
    assert workspace.releases.summaries() == []
    assert isinstance(Cancelled(), Exception)


def test_a_bad_file_gets_one_clear_error(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = open_window(qtbot, workspace)
    window.files.start([empty])
    accept_import_dialog(qtbot, window, "Empty")

    qtbot.waitUntil(lambda: bool(window.files.last_error), timeout=5000)
    assert "empty.txt" in window.files.last_error and "empty" in window.files.last_error
    assert workspace.releases.summaries() == []


def test_export_refuses_unapproved_then_writes_with_the_box_ticked(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    """The refused export keeps its dialog open (it used to close on an error box): tick the box, export."""
    add_release()
    window = open_window(qtbot, workspace)
    target = tmp_path / "out.md"

    window.export_release()
    dialog = window.files.export_dialog
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.files.last_error), timeout=5000)
    assert "not approved" in window.files.last_error
    assert not target.exists()
    assert dialog.isVisible()

    dialog.allow_unapproved.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=5000)
    assert "Horizon Bleu Foundation opens an office in Dakar" in target.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: window.files.export_dialog is None, timeout=5000)


def test_a_guessed_encoding_is_said_in_the_window_after_the_import(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "tokyo.txt"
    text = "東京、3月11日、国際移住機関（IOM）は本日、新しい報告書を発表しました。日本語の文章です。\n" * 3
    path.write_bytes(text.encode("shift_jis"))
    window = open_window(qtbot, workspace)
    window.files.start([path])
    dialog = window.files.dialog
    assert dialog is not None
    dialog.source.setCurrentText("ja")
    dialog.target.setCurrentText("en")
    with qtbot.waitSignal(window.files.imported, timeout=10000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert "tokyo.txt" in window.banner.text() and "cp932" in window.banner.text()
    release_id = workspace.releases.summaries()[0].release.id
    assert workspace.releases.segments(release_id)[0].source.startswith("東京")
