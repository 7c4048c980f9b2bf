"""Qt's own notices about the offscreen platform, kept off stderr while the window's self-test runs.

An installer or CI reads the self-test's stderr: it must stay empty when all is well. Without a screen the
window opens on Qt's offscreen platform, whose plugin says on every top-level window that it "does not
support propagateSizeHints()" (it has no window manager to pass a minimum size to). That notice says
nothing about the app; every other message still reaches stderr in Qt's own format.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

OFFSCREEN_NOTICES = frozenset({"This plugin does not support propagateSizeHints()"})

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


@contextlib.contextmanager
def offscreen_notices_dropped() -> Iterator[None]:
    """While inside, the offscreen plugin's notices are dropped; Qt's previous handler is back after."""
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in OFFSCREEN_NOTICES:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(qFormatLogMessage(kind, context, message), file=sys.__stderr__, flush=True)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
