"""QA that helps rather than nags: no error beside a segment nobody touched, machine drafts still in French
reported by the release's check, and the segments not translated yet named once before sign-off."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.mt.fake_deepl import TEST_KEY, FakeDeepL
from tests.ui.conftest import new_rows, open_test_workspace, store_release
from tests.ui.test_mt_in_window import run_pretranslation
from tests.ui.window_helpers import editor_of, go_to, open_window

from translator_app.cli import main
from translator_app.domain.models import Origin, OriginKind, Role, SegmentKind, SegmentStatus
from translator_app.domain.qa import QaCode
from translator_app.services.workspace import Workspace
from translator_app.ui.editor.live_qa import QA_DELAY_MS

S = SegmentStatus
P = SegmentKind.PARAGRAPH
MT = Origin(OriginKind.MT, provider="deepl")

ROWS = [
    ("Le bureau ouvre en mai.", "", S.NEW, Origin(), True, P),
    ("Douze personnes y travailleront.", "Twelve people will work there.", S.DRAFT, MT, True, P),
    (
        "Le bureau coordonnera six pays.",
        "The office will coordinate six countries.",
        S.TRANSLATED,
        Origin(OriginKind.HUMAN),
        True,
        P,
    ),
]


def live_rows(qtbot: Any, window: Any) -> list[str]:
    """The QA panel's lines for the active segment once the live check has run on the editor's text."""
    qtbot.wait(QA_DELAY_MS + 100)
    return list(window.side.qa_panel.segment_rows())


def test_a_segment_nobody_touched_shows_no_error_and_an_emptied_confirmed_one_does(
    qtbot: Any, workspace: Workspace
) -> None:
    store_release(workspace, "Bureau", ROWS)
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    panel = window.side.qa_panel
    assert window.session.current_row() == 0

    assert live_rows(qtbot, window) == [], "no red “The target is empty” beside an untouched segment"
    assert panel.segment_list.isHidden() and panel.segment_empty.isHidden()
    assert window.review_panels.live_qa.underlined() == []

    qtbot.keyClicks(editor, "Le bureau ouvre")
    assert "“Le bureau ouvre” is left in the source language: not translated?" in live_rows(qtbot, window)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert live_rows(qtbot, window) == [], "typed and deleted again: still nothing to say"

    editor = go_to(qtbot, window, 2)
    assert live_rows(qtbot, window) == []
    assert not panel.segment_empty.isHidden(), "a checked translation says it is clean"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert live_rows(qtbot, window) == ["The target is empty."], "a confirmed translation was wiped"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDeepL]:
    server = FakeDeepL(character_limit=500_000).start()
    monkeypatch.setenv("DEEPL_SERVER_URL", server.url)
    monkeypatch.setenv("DEEPL_AUTH_KEY", TEST_KEY)
    try:
        yield server
    finally:
        server.translate_hook = None
        server.stop()


FRENCH = [
    "Le bureau ouvre ses portes en mai.",  # DeepL gives it back unchanged
    "Douze personnes y travailleront dès le printemps.",  # half of it stays French
    "Le bureau coordonnera six pays.",
]
DEEPL = {
    FRENCH[0]: FRENCH[0],
    FRENCH[1]: "Twelve people y travailleront dès le printemps.",
    FRENCH[2]: "The office will coordinate six countries.",
}


def test_the_release_check_reports_machine_drafts_still_in_french_and_what_is_untranslated(
    qtbot: Any, tmp_path: Path, fake: FakeDeepL, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.translate_hook = lambda text, _body: DEEPL.get(text, text)
    workspace = open_test_workspace(tmp_path, Role.TRANSLATOR)
    try:
        release = store_release(workspace, "Bureau", new_rows(*FRENCH))
        window = open_window(qtbot, workspace)
        dialog = run_pretranslation(qtbot, window)
        assert dialog.report.filled == 3
        assert {s.status for s in workspace.releases.segments(release.id)} == {S.DRAFT}
        dialog.close()

        capsys.readouterr()
        url = f"sqlite:///{tmp_path / 'ws.db'}"
        assert main(["--db", url, "qa", str(release.id), "--json"]) == 0
        codes = {(row["number"], row["code"]) for row in json.loads(capsys.readouterr().out)}
        assert codes == {(1, "target-same-as-source"), (2, "untranslated-words")}

        panel = window.side.qa_panel
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: panel.check_button.isEnabled() and panel.release_list.count() > 0, timeout=5000
        )
        rows = panel.release_rows()
        assert rows[0] == "#1  The target is the same as the source: not translated?"
        assert (
            rows[1]
            == "#2  “y travailleront dès le printemps” is left in the source language: not translated?"
        )
        assert len(rows) == 2, "every draft is checked, nothing more to say"
    finally:
        QApplication.processEvents()
        workspace.close()


def test_the_check_before_sign_off_lists_untranslated_segments_once(
    qtbot: Any, workspace: Workspace, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    release = store_release(workspace, "Bureau", ROWS + new_rows("Contact presse", "À bientôt."))
    window = open_window(qtbot, workspace)
    panel = window.side.qa_panel

    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.check_button.isEnabled() and panel.release_list.count() > 0, timeout=5000)

    assert panel.release_rows() == ["3 segments not translated yet: #1, #4, #5"]
    assert panel.release_summary.text() == "No problem found in the release."
    window.session.go_to_row(2)
    panel.release_list.itemClicked.emit(panel.release_list.item(0))
    assert window.session.current_row() == 0, "a click goes to the first one"

    url = f"sqlite:///{tmp_path / 'ws.db'}"
    capsys.readouterr()
    assert main(["--db", url, "qa", str(release.id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [], "the plain check looks at the work done"
    assert main(["--db", url, "qa", str(release.id), "--untranslated", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["code"]) for r in rows] == [(n, QaCode.TARGET_EMPTY.value) for n in (1, 4, 5)]
