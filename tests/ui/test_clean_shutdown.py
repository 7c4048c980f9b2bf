"""Closing the window while work runs: the tasks are cancelled and waited for, nothing is printed, the
database holds no half-done import, and the window goes at once."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from tests.generated_tmx import write_big_tmx
from tests.mt.fake_deepl import FakeDeepL
from tests.ui.conftest import new_rows, store_release
from tests.ui.window_helpers import start_pretranslation

from translator_app.domain.models import SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.main_window import MainWindow

S = SegmentStatus
#: "Well under a second": what the user sees as the window going at once.
CLOSE_LIMIT_S = 0.5


def open_window(qtbot: Any, workspace: Workspace) -> MainWindow:
    """The window as the app shows it, left to the test to close and delete (as the app does)."""
    window = MainWindow(workspace)
    window.load_releases()
    window.show()
    qtbot.waitExposed(window)
    return window


def closed_and_gone(qtbot: Any, window: MainWindow) -> float:
    """Close the window as its × does, then delete it as the app does; the seconds the close took."""
    started = time.perf_counter()
    window.close()
    elapsed = time.perf_counter() - started
    window.deleteLater()
    qtbot.wait(50)
    return elapsed


def settle(qtbot: Any) -> None:
    """Give a late answer time to arrive where the window was."""
    qtbot.wait(300)
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def test_closing_the_window_during_a_pretranslation_cancels_it_quietly_and_keeps_what_was_done(
    qtbot: Any, mt_workspace: Workspace, fake: FakeDeepL, capfd: pytest.CaptureFixture[str]
) -> None:
    sentences = [f"Phrase longue numéro {n:03d}." for n in range(150)]
    release = store_release(mt_workspace, rows=new_rows(*sentences))
    window = open_window(qtbot, mt_workspace)
    dialog = start_pretranslation(qtbot, window)
    asked_before = len(fake.translate_calls)
    released = threading.Event()

    def hang_after_first_batch(text: str, body: dict[str, Any]) -> str:
        if len(fake.translate_calls) >= asked_before + 2:
            released.wait(30)  # the second batch's answer takes until the window is gone
        return f"[{body['target_lang']}] {text}"

    fake.translate_hook = hang_after_first_batch
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(fake.translate_calls) >= asked_before + 2, timeout=10_000)
    capfd.readouterr()  # what showing the window printed is not the close's

    runner = window.runner
    elapsed = closed_and_gone(qtbot, window)
    assert runner.running() == 0, "closing waited for the pre-translation to stop"
    released.set()
    settle(qtbot)

    _out, err = capfd.readouterr()
    assert err == ""
    assert elapsed < CLOSE_LIMIT_S, f"closing took {elapsed:.2f} s"
    assert release.id is not None
    segments = mt_workspace.releases.segments(release.id)
    drafts = [s for s in segments if s.status is S.DRAFT]
    assert 50 <= len(drafts) < 100, "the first batch stays, the hanging one is not stored"
    assert all(s.target == f"[EN-GB] {s.source}" for s in drafts)
    assert all(s.target == "" for s in segments if s.status is S.NEW)
    before = len(fake.translate_calls)
    qtbot.wait(200)
    assert len(fake.translate_calls) == before, "no batch is sent after the window closed"



def stored_units(tmp_path: Path) -> int:
    """Memory units in the workspace file, read by a connection of its own (what another user would see)."""
    connection = sqlite3.connect(tmp_path / "ws.db")
    try:
        return int(connection.execute("SELECT count(*) FROM tm_units").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.slow
def test_closing_the_window_during_a_memory_import_stores_nothing_and_prints_nothing(
    qtbot: Any, workspace: Workspace, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    store_release(workspace, rows=new_rows("Le bureau coordonnera six pays."))
    big = write_big_tmx(tmp_path / "vendor.tmx", 60_000)
    window = open_window(qtbot, workspace)
    window.commands.resources.trigger()
    dialog = window.resources_dialog
    assert dialog is not None
    bar = dialog.transfer
    dialog.memory.import_file(big)
    # Well inside the import: several batches written in its (still open) transaction.
    qtbot.waitUntil(lambda: bar.progress.maximum() == 1000 and bar.progress.value() >= 200, timeout=60_000)
    assert bar.busy()
    capfd.readouterr()

    runner = window.runner
    elapsed = closed_and_gone(qtbot, window)
    assert runner.running() == 0, "closing waited for the import to stop"
    settle(qtbot)

    _out, err = capfd.readouterr()
    assert err == ""
    assert elapsed < CLOSE_LIMIT_S, f"closing took {elapsed:.2f} s"
    assert stored_units(tmp_path) == 0, "nothing of a cancelled import is stored"
    assert workspace.memory.browse("fr", "en", "numéro").units == []


class _Owner(QObject):
    pass


def test_a_task_finishing_after_its_window_was_deleted_emits_nothing(
    qtbot: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    owner = _Owner()
    runner = TaskRunner(owner, QThreadPool(owner))
    release = threading.Event()
    delivered: list[object] = []

    def slow(handle: TaskHandle) -> str:
        release.wait(10)
        handle.report("still going", 1, 2)
        return "late"

    runner.submit("work", None, slow, delivered.append, delivered.append, lambda *a: delivered.append(a))
    pool = QThreadPool()  # the owner's pool goes with it; the task's thread is waited for here
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    pool.waitForDone(100)
    qtbot.wait(300)
    QApplication.processEvents()
    _out, err = capfd.readouterr()
    assert err == ""
    assert delivered == []


def test_shutdown_cancels_running_and_queued_tasks_and_waits_for_them(qtbot: Any) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = TaskRunner(pool=pool)
    started = threading.Event()
    queued_ran = threading.Event()
    settled: list[str] = []
    runner.settled.connect(settled.append)

    def running(handle: TaskHandle) -> None:
        started.set()
        while True:  # long work that looks at the cancel flag between steps
            handle.check()
            time.sleep(0.01)

    runner.submit("first", None, running, lambda _r: None)
    runner.submit("second", None, lambda _h: queued_ran.set(), lambda _r: None)
    assert started.wait(5)
    runner.shutdown()
    assert runner.wait_stopped(2000)
    assert runner.running() == 0
    assert not queued_ran.is_set(), "a task still queued at shutdown never runs its work"
    handle = runner.submit("third", None, lambda _h: queued_ran.set(), lambda _r: None)
    assert handle.cancelled and pool.waitForDone(1000) and not queued_ran.is_set()
    qtbot.wait(50)
    assert settled == [], "nothing is delivered after the shutdown"
