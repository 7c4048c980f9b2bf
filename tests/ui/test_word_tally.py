"""A long release's word totals join the status bar once counted, after the first screen."""

from __future__ import annotations

from typing import Any

import pytest
from tests.ui.conftest import new_rows, store_release

from translator_app.services import open_release
from translator_app.services.workspace import Workspace
from translator_app.ui.main_window import MainWindow


def test_the_words_of_a_long_release_come_after_its_counts(
    qtbot: Any, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(open_release, "WORDS_COUNTED_AT_ONCE", 3)  # five segments count as a long release
    rows = new_rows("Un deux trois.", "Quatre cinq.", "Six.", "Sept huit.", "Neuf.")
    store_release(workspace, "Longue", rows)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.load_releases()  # the release is loaded at once; no event handled yet
    label = window.status.counts_label

    assert "5&nbsp;New" in label.text(), "the counts come with the first screen"
    assert window.release.word_counts() is None and "&nbsp;w)" not in label.text(), "the words later"
    window.show()
    qtbot.waitUntil(lambda: "(9&nbsp;w)" in label.text(), timeout=3000)
    assert window.release.word_counts() is not None
