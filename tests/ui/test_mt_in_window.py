"""DeepL in the real window, against the fake DeepL server: background suggestions, pre-translation, usage."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from tests.mt.fake_deepl import FakeDeepL
from tests.ui.conftest import new_rows, store_release
from tests.ui.window_helpers import editor_of, open_window, start_pretranslation

from translator_app.domain.models import SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.grid.segment_model import Column
from translator_app.ui.panels.suggestion_items import SuggestionKind

S = SegmentStatus


@pytest.fixture(autouse=True)
def _drain_workers(qtbot: Any) -> Iterator[None]:
    """Let background requests finish before the window goes (they deliver to it)."""
    yield
    for widget in QApplication.topLevelWidgets():
        aids = getattr(widget, "aids", None)
        if aids is not None:
            aids.feed.pool.waitForDone(20000)
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.wait(50)


SENTENCES = [f"Phrase numéro {n:03d} du communiqué de presse." for n in range(60)]


def test_mt_arrives_in_the_background_and_a_late_result_stays_with_its_segment(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    gate = threading.Event()

    def slow_first(text: str, body: dict[str, Any]) -> str:
        if text == SENTENCES[0]:
            gate.wait(10)
        return f"[{body['target_lang']}] {text}"

    fake.translate_hook = slow_first
    store_release(mt_workspace, rows=new_rows(*SENTENCES[:8]))
    window = open_window(qtbot, mt_workspace)
    editor = editor_of(qtbot, window)
    aids = window.aids
    qtbot.waitUntil(lambda: "DeepL" in aids.tab.mt_line.text(), timeout=3000)

    editor.insertPlainText("Typing goes on")  # the GUI is not blocked while DeepL is slow
    assert editor.toPlainText() == "Typing goes on"
    assert aids.feed.item_for(window.segment_model.segment_at(0).id or 0) is None

    window.session.go_to_row(6)
    qtbot.waitUntil(lambda: not window.runner.busy("suggestions"), timeout=5000)
    panel = window.side.suggestions
    shown: list[str] = []
    panel.list.model().rowsInserted.connect(
        lambda *_: shown.extend(i.target for i in panel.items if i.kind is SuggestionKind.MT)
    )
    gate.set()  # the request for rows 0–3 answers now, while row 6 is on screen
    first = window.segment_model.segment_at(0).id or 0
    qtbot.waitUntil(lambda: aids.feed.item_for(first) is not None, timeout=5000)
    qtbot.waitUntil(lambda: any(i.kind is SuggestionKind.MT for i in panel.items), timeout=5000)
    assert [i.target for i in panel.items if i.kind is SuggestionKind.MT] == [f"[EN-GB] {SENTENCES[6]}"]
    assert f"[EN-GB] {SENTENCES[0]}" not in shown  # the late result was kept for row 0, not shown here

    asked = len(fake.translate_calls)
    window.session.go_to_row(1)  # prefetched with row 0: shown from the cache, no new request for it
    qtbot.waitUntil(lambda: any(i.kind is SuggestionKind.MT for i in panel.items), timeout=5000)
    assert [i.target for i in panel.items if i.kind is SuggestionKind.MT] == [f"[EN-GB] {SENTENCES[1]}"]
    assert all(SENTENCES[1] not in c.body["text"] for c in fake.translate_calls[asked:])


def test_mt_unavailable_is_said_quietly_and_editing_goes_on(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    store_release(mt_workspace, rows=new_rows(*SENTENCES[:2]))
    fake.stop()
    window = open_window(qtbot, mt_workspace)
    aids = window.aids
    unreachable = "DeepL cannot be reached: check the network connection or the proxy."
    qtbot.waitUntil(lambda: aids.tab.mt_line.text() == unreachable, timeout=20000)
    editor = editor_of(qtbot, window)
    editor.insertPlainText("Still editing")
    assert editor.toPlainText() == "Still editing"


def run_pretranslation(qtbot: Any, window: Any) -> Any:
    window.commands.pretranslate.trigger()
    dialog = window.pretranslation.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.send_button.isVisible() or dialog.report is not None, timeout=10000)
    if dialog.report is None:
        assert "characters" in dialog.cost.text() and "left" in dialog.cost.text()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    return dialog


def test_pretranslate_fills_drafts_with_progress_and_updates_the_usage(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    release = store_release(mt_workspace, rows=new_rows(*SENTENCES[:12]))
    window = open_window(qtbot, mt_workspace)
    dialog = run_pretranslation(qtbot, window)

    assert dialog.report.failure is None and dialog.report.filled == 12
    assert dialog.progress.value() == dialog.progress.maximum() == 12
    assert release.id is not None
    stored = mt_workspace.releases.segments(release.id)
    assert {s.status for s in stored} == {S.DRAFT}
    assert window.segment_model.segment_at(11).target == f"[EN-GB] {SENTENCES[11]}"
    usage = window.usage.text
    expected = f"DeepL: {fake.character_count:,} of 500,000 characters".replace(",", "\u202f")
    qtbot.waitUntil(lambda: usage.text() == expected, timeout=5000)


def test_a_short_quota_offers_to_translate_what_fits_in_document_order(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    release = store_release(mt_workspace, rows=new_rows(*SENTENCES))
    window = open_window(qtbot, mt_workspace)
    qtbot.waitUntil(lambda: not window.aids.feed.loading(window.session.current_segment().id), timeout=5000)
    qtbot.wait(200)
    fake.character_limit = fake.character_count + 50 * len(SENTENCES[0]) + 10
    window.commands.pretranslate.trigger()
    dialog = window.pretranslation.dialog
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.fits_button.isVisible(), timeout=10000)
    assert not dialog.send_button.isVisible()
    assert "more than what is left" in dialog.cost.text() and "document order" in dialog.cost.text()
    billed_before = fake.character_count
    fits = int(dialog.fits_button.text().split()[3])
    assert 50 <= fits < len(SENTENCES)
    qtbot.mouseClick(dialog.fits_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)

    assert dialog.report.failure is None and dialog.report.over_quota > 0
    assert "did not fit in the quota" in dialog.outcome.text()
    assert fake.character_count <= fake.character_limit and fake.character_count > billed_before
    assert release.id is not None
    statuses = [s.status for s in mt_workspace.releases.segments(release.id)]
    assert statuses == sorted(statuses, key=lambda s: s is S.NEW)  # filled from the top, in order
    assert statuses.count(S.NEW) == dialog.report.over_quota
    assert window.segment_model.segment_at(0).status is S.DRAFT


def test_cancel_interrupts_a_slow_deepl_answer_and_keeps_the_batches_done(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    sentences = [f"Phrase lente numéro {n:03d}." for n in range(120)]
    release = store_release(mt_workspace, rows=new_rows(*sentences))
    window = open_window(qtbot, mt_workspace)
    dialog = start_pretranslation(qtbot, window)
    done_before = len(fake.translate_calls)
    answered = threading.Event()
    original = fake.translate_hook

    def slow_after_first_batch(text: str, body: dict[str, Any]) -> str:
        if len(fake.translate_calls) >= done_before + 2:
            answered.wait(30)  # the run's second request hangs until the test ends
        return f"[{body['target_lang']}] {text}"

    fake.translate_hook = slow_after_first_batch
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(fake.translate_calls) >= done_before + 2, timeout=10000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=3000)  # not the 30 s the answer takes
    answered.set()
    fake.translate_hook = original

    report = dialog.report
    assert report.cancelled and report.from_mt == 50 and report.requests == 1
    assert "Cancelled" in dialog.outcome.text()
    assert release.id is not None
    statuses = [s.status for s in mt_workspace.releases.segments(release.id)]
    assert statuses.count(S.DRAFT) == report.filled and statuses.count(S.NEW) == 120 - report.filled


def test_the_window_says_when_the_formality_does_not_apply(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    release = store_release(mt_workspace, rows=new_rows(*SENTENCES[:3]))
    assert release.id is not None
    mt_workspace.mt.account.set_formality(release.id, "more")
    window = open_window(qtbot, mt_workspace)
    dialog = run_pretranslation(qtbot, window)
    assert dialog.report.formality.not_applicable
    assert "Formality does not apply to EN-GB" in dialog.outcome.text()
    assert all("formality" not in call.body for call in fake.translate_calls)


def test_the_pretranslate_dialog_fills_from_a_fuzzy_score_and_the_grid_shows_each_score(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL
) -> None:
    earlier = store_release(
        mt_workspace, "Le précédent", new_rows("Le bureau coordonnera six pays de la région.")
    )
    (done,) = mt_workspace.releases.segments(earlier.id)
    mt_workspace.editing.edit(
        done.id, "The office will coordinate six countries.", mt_workspace.actor, confirm=True
    )
    release = store_release(
        mt_workspace, "Le suivant", new_rows("Le bureau coordonnera sept pays de la région.")
    )
    window = open_window(qtbot, mt_workspace, release.id)
    window.commands.pretranslate.trigger()
    dialog = window.pretranslation.dialog
    assert dialog is not None and dialog.min_score.value() == 100, "exact matches only unless asked"
    dialog.use_mt.setChecked(False)
    dialog.min_score.setFocus()
    dialog.min_score.selectAll()
    qtbot.keyClicks(dialog.min_score, "80")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)

    assert dialog.report.from_fuzzy == 1 and "fuzzy" in dialog.outcome.text()
    (filled,) = mt_workspace.releases.segments(release.id)
    assert filled.origin.score is not None and 80 <= filled.origin.score < 100
    shown = window.segment_model.index(0, Column.ORIGIN).data()
    assert shown == f"{filled.origin.score}%"
    assert filled.target == "The office will coordinate six countries.", "from the memory, not DeepL"
