"""Every dialog fits a 1280×800 screen and clips no text: in English, French and Spanish, at the system text
size and at the largest one View › Text size offers.

Each dialog is opened offscreen, as the window opens it, by ``dialog_fit_probe`` in a process of its own whose
offscreen screen is 1280×800 (the size a dialog takes depends on the screen Qt starts with); every label's
text, every field's placeholder, every button's and choice's text must fit the room it is given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from translator_app.settings import LARGEST_FONT_SIZE

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96}]}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_dialog_fits_the_screen_and_clips_no_text(language: str, tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    looks = [f"{language}:0", f"{language}:{LARGEST_FONT_SIZE}"]
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.dialog_fit_probe", str(tmp_path), *looks],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout) == {}
