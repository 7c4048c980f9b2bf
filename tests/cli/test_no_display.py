"""Without a display, the window's command says so in one line instead of Qt's abort about its platform
plugin (xcb-cursor…), and touches nothing: no database is created."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _without_display(tmp_path: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["TRANSLATOR_APP_DB"] = f"sqlite:///{tmp_path / 'demo' / 'workspace.db'}"
    env["TRANSLATOR_APP_CONFIG_DIR"] = str(tmp_path / "config")
    return env


def test_the_window_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "demo").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "translator_app", "gui", "--sample"],
        capture_output=True,
        text=True,
        env=_without_display(tmp_path),
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "xcb" not in result.stderr
    assert not (tmp_path / "demo" / "workspace.db").exists()


def test_a_chosen_platform_is_left_to_qt(tmp_path: Path) -> None:
    """QT_QPA_PLATFORM set (offscreen, CI): the check stands aside; the window's self-test runs."""
    env = {**_without_display(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    (tmp_path / "demo").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "translator_app", "gui", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test ok")
