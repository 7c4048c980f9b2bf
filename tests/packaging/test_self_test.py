"""``translator-app --self-test`` from source: the checks an installer runs, and a clear failure."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from translator_app import samples
from translator_app.selftest import run_self_test

CHECKS = ("version", "libraries", "workspace", "import", "export txt", "export html", "window")


def test_the_command_prints_one_line_per_check_and_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("TRANSLATOR_APP_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "translator_app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[1].strip() for line in lines[:-1]] == list(CHECKS)
    assert all(line.startswith("self-test ok: ") for line in lines[:-1])
    assert lines[-1].startswith("self-test passed: 7 checks")


def test_a_failed_check_says_which_and_why_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_settings: Path
) -> None:
    monkeypatch.setattr(samples, "samples_folder", lambda: tmp_path / "nowhere")
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(out, err) == 1
    assert "self-test ok: workspace:" in out.getvalue()
    assert err.getvalue().startswith("self-test failed: import: the sample release is missing at ")
    assert os.environ["TRANSLATOR_APP_CONFIG_DIR"] == str(fresh_settings), "the settings folder is restored"


@pytest.mark.slow
def test_the_window_self_test_prints_nothing_on_stderr_run_after_run(tmp_path: Path) -> None:
    """Tasks still running when the self-test's window closed made Qt print, in some runs, that it "caught an
    exception thrown from a worker thread"; the offscreen platform's notices are not the app's either."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRANSLATOR_APP_CONFIG_DIR": str(tmp_path / "cfg")}
    env.pop("TRANSLATOR_APP_DB", None)
    for run in range(5):
        database = f"sqlite:///{tmp_path / f'run{run}.db'}"
        result = subprocess.run(
            [sys.executable, "-m", "translator_app", "--db", database, "gui", "--self-test", "--sample"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("self-test ok: 1 release(s) listed")
        assert result.stderr == "", f"run {run + 1}: {result.stderr}"
