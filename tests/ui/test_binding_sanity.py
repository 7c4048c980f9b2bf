"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on CPython 3.11 did)."""

import sys
from typing import Any

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_references_to_none(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) >= before - 50
