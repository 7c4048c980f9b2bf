"""One word count: the status bar, the review report and the DeepL cost estimate agree on a release."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from tests.ui.conftest import AddRelease, new_rows
from tests.ui.window_helpers import open_window

from translator_app.services.exporting import REPORT_FORMAT
from translator_app.services.workspace import Workspace

#: Counted by hand: Nous restons dit-elle à Genève Séoul (6); L'OIM et la KOICA 4 6 millions (7).
SOURCES = ("« Nous restons », dit-elle – à Genève/Séoul.", "L'OIM et la <g1>KOICA</g1> : 4,6 millions.")
WORDS = 13


def report_words(workspace: Workspace, release_id: int, path: Path) -> int:
    workspace.exporting.export(release_id, REPORT_FORMAT, path)
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            if row[:2] == ["summary", "source words"]:
                return int(row[2])
    raise AssertionError("the report has no source words")


def test_the_status_bar_and_the_review_report_count_the_same_words(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    release = add_release(rows=new_rows(*SOURCES))
    assert release.id is not None
    window = open_window(qtbot, workspace, release.id)

    total = re.search(r"Total: [^,]+, (\d+) words?", window.status.counts_label.toolTip())
    assert total is not None
    assert int(total.group(1)) == WORDS
    assert report_words(workspace, release.id, tmp_path / "report.csv") == WORDS
    assert sum(len(source.split()) for source in SOURCES) != WORDS  # the count the status bar had
