"""The app in a process of its own, really killed while typing: ``kill -9`` loses at most the last second,
which the next start offers back; SIGTERM quits as File › Quit does and stores everything typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import editor_of, open_window, press, stored

from translator_app.services.typing_journal import TypingJournal
from translator_app.services.workspace import Workspace
from translator_app.settings import config_dir

ROOT = Path(__file__).resolve().parents[2]
ROW = 5  # "Les projets démarreront au printemps." (new)
TEXT = "The projects will start in spring with twelve people working on site in Dakar."
#: How much typing a kill may lose: the journal's one second, plus a little for the timers' own delay.
LOSS_S = 1.2

pytestmark = pytest.mark.slow


def start_typing(workspace: Workspace, release_id: int) -> subprocess.Popen[str]:
    url = f"sqlite:///{workspace.location.removeprefix('sqlite:///')}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typing_session", url, str(release_id), str(ROW), TEXT],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def typed_until(process: subprocess.Popen[str], keys: int) -> dict[int, float]:
    """Read the typing process's output until it typed ``keys`` keys: key number → when."""
    assert process.stdout is not None
    times: dict[int, float] = {}
    deadline = time.monotonic() + 60
    for line in process.stdout:
        parts = line.split()
        if parts and parts[0] == "typed":
            times[int(parts[1])] = float(parts[2])
            if int(parts[1]) >= keys:
                return times
        assert time.monotonic() < deadline, "the typing process is too slow"
    raise AssertionError(f"the typing process ended early: {process.stderr.read() if process.stderr else ''}")


def test_kill_9_while_typing_loses_at_most_the_last_second_and_the_next_start_offers_it_back(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    release = add_release()
    process = start_typing(workspace, release.id)
    try:
        times = typed_until(process, 60)  # about 2.4 s of typing without a pause
        killed_at = time.monotonic()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    journal = TypingJournal.for_workspace(config_dir(), workspace.location)
    kept = journal.read()
    assert kept is not None, "the journal holds what was typed"
    typed_a_second_before = max(n for n, at in times.items() if at <= killed_at - LOSS_S)
    assert TEXT.startswith(kept.text) and len(kept.text) >= typed_a_second_before
    assert workspace.releases.segments(release.id)[ROW].target == "", "no pause: no draft was stored"

    window = open_window(qtbot, workspace, release.id)
    recovery = window.recovery
    assert recovery.isVisible() and kept.text in recovery.text()
    qtbot.mouseClick(recovery.restore_button, Qt.MouseButton.LeftButton)
    editor = editor_of(qtbot, window)
    assert window.session.current_row() == ROW and editor.text() == kept.text

    press(qtbot, window, Qt.Key.Key_Up)  # leaving it stores it (below it, only boilerplate)
    assert stored(workspace, window, ROW).target == kept.text
    assert journal.read() is None, "stored: nothing left to offer"


def test_sigterm_quits_like_file_quit_and_stores_all_the_typing(
    workspace: Workspace, add_release: AddRelease
) -> None:
    release = add_release()
    process = start_typing(workspace, release.id)
    try:
        times = typed_until(process, 30)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""

    target = workspace.releases.segments(release.id)[ROW].target
    assert TEXT.startswith(target) and len(target) >= max(times)
    assert TypingJournal.for_workspace(config_dir(), workspace.location).read() is None
