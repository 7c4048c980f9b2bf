"""Whether a window can be shown: Qt aborts with a message about its platform plugin (xcb-cursor…) when
there is no display, so the command line asks first and says so in one line."""

from __future__ import annotations

import os
import sys


def has_display() -> bool:
    """A platform was chosen (``QT_QPA_PLATFORM``, offscreen in CI), or the desktop session has a display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
