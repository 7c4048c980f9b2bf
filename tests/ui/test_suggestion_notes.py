"""What the suggestions panel says beyond the matches: a memory unit of another language variant with the
points it cost, and why DeepL gave nothing (it did not answer in time, it lost the glossary) instead of a
generic "MT unavailable". DeepL is the fake server, reached by the real client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from tests.mt.fake_deepl import TEST_KEY, FakeDeepL
from tests.ui.conftest import new_rows, open_test_workspace, store_release
from tests.ui.window_helpers import open_window

from translator_app import app
from translator_app.domain.models import Role
from translator_app.domain.terms import Term
from translator_app.mt.deepl_provider import DeepLSettings
from translator_app.services.workspace import Workspace
from translator_app.ui.panels.suggestion_items import SuggestionKind
from translator_app.ui.panels.suggestions_panel import HTML_ROLE

OMEGAT_TMX = Path(__file__).resolve().parents[1] / "fixtures" / "exchange" / "omegat_fr_en-gb.tmx"
OPENS = "La Fondation Marée Claire inaugure une station de mesure."


def test_a_unit_of_another_variant_shows_it_and_its_penalty(qtbot: Any, workspace: Workspace) -> None:
    workspace.memory.import_tmx(OMEGAT_TMX, workspace.actor)  # fr → en-GB, as OmegaT wrote it
    store_release(workspace, "Marée Claire", new_rows(OPENS))  # a release in fr → en
    window = open_window(qtbot, workspace)
    panel = window.side.suggestions

    qtbot.waitUntil(lambda: any(i.kind is SuggestionKind.TM for i in panel.items), timeout=5000)

    [item] = [i for i in panel.items if i.kind is SuggestionKind.TM]
    assert (item.score, item.variant, item.language_penalty) == (99, "en-GB", 1)
    html = str(panel.list.item(0).data(HTML_ROLE))
    assert "1 point off for en-GB" in html and "99%" in html
    spoken = str(panel.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "1 point off for en-GB" in spoken, "a screen reader says it too"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDeepL]:
    """The fake DeepL as the window finds it, asked once per request (no retries: the tests wait less)."""
    server = FakeDeepL(character_limit=500_000).start()
    monkeypatch.setenv("DEEPL_SERVER_URL", server.url)
    monkeypatch.setenv("DEEPL_AUTH_KEY", TEST_KEY)
    monkeypatch.setenv("DEEPL_TIMEOUT", "0.3")
    configured = DeepLSettings.from_environment
    monkeypatch.setattr(app.DeepLSettings, "from_environment", lambda: replace(configured(), max_retries=0))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mt_workspace(tmp_path: Path, fake: FakeDeepL) -> Iterator[Workspace]:
    ws = open_test_workspace(tmp_path, Role.TRANSLATOR)
    try:
        yield ws
    finally:
        for widget in QApplication.topLevelWidgets():
            aids = getattr(widget, "aids", None)
            if aids is not None:
                aids.feed.pool.waitForDone(20000)
        QThreadPool.globalInstance().waitForDone(20000)
        ws.close()


def test_a_deepl_that_does_not_answer_in_time_is_said_so(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    fake.delay("/v2/translate", 2.0, times=5)
    store_release(mt_workspace, rows=new_rows("Le bureau ouvre en mai.", "Douze personnes y travailleront."))
    window = open_window(qtbot, mt_workspace)
    line = window.aids.tab.mt_line

    qtbot.waitUntil(lambda: "did not answer" in line.text(), timeout=10000)

    assert line.text() == "DeepL did not answer in 0.3 s: no MT suggestion for this segment."


def test_a_glossary_deepl_keeps_losing_is_said_so(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    mt_workspace.glossary.add(Term("fr", "en", "bureau", "office"), mt_workspace.actor)
    fake.keep_glossaries = False  # acknowledged, then lost: the copy sent again is lost too
    store_release(mt_workspace, rows=new_rows("Le bureau ouvre en mai."))
    window = open_window(qtbot, mt_workspace)
    line = window.aids.tab.mt_line

    qtbot.waitUntil(lambda: "glossary" in line.text(), timeout=10000)

    assert line.text().startswith("DeepL lost this language pair's glossary, even after it was sent again")
    assert "MT unavailable" not in line.text()
