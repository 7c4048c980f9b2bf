"""A long release's preview is cut and says so: Qt lays the page out on the GUI thread, and a whole
100,000-segment release kept the window frozen for many seconds after it opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace
from translator_app.ui.panels import release_preview


def test_a_release_longer_than_the_preview_shows_its_beginning_and_says_how_much(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(release_preview, "PREVIEW_SEGMENTS", 4)
    path = tmp_path / "long.txt"
    path.write_text(
        "\n\n".join(f"Paragraphe numéro {n} du communiqué." for n in range(1, 11)) + "\n", encoding="utf-8"
    )
    release = workspace.importing.import_file(path, "fr", "en", workspace.actor)
    segments = workspace.releases.segments(release.id)
    assert len(segments) == 10
    window = open_window(qtbot, workspace, release.id)
    panel = window.side.preview

    window.preview.refresh()
    qtbot.waitUntil(lambda: "segments" in panel.toPlainText(), timeout=5000)
    text = panel.toPlainText()
    assert "Paragraphe numéro 4 " in text
    assert "Paragraphe numéro 5 " not in text
    assert "The preview shows the first 4 of 10 segments" in text


def test_a_release_within_the_bound_is_previewed_whole_without_a_note(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "short.txt"
    path.write_text("\n\n".join(f"Phrase {n} du texte." for n in range(1, 6)) + "\n", encoding="utf-8")
    release = workspace.importing.import_file(path, "fr", "en", workspace.actor)
    window = open_window(qtbot, workspace, release.id)
    panel = window.side.preview

    window.preview.refresh()
    qtbot.waitUntil(lambda: "Phrase 5 " in panel.toPlainText(), timeout=5000)
    assert "The preview shows" not in panel.toPlainText()
