"""The real window in a process of its own, typing into a segment one key every few milliseconds.

Run by the crash tests: ``python -m tests.ui.typing_session DB_URL RELEASE_ID ROW TEXT``. It opens the
window offscreen on the release, goes to model row ROW and types TEXT with real key events, printing
``typed N T`` after the N-th key (T: ``time.monotonic()``, comparable across processes) and ``done`` at the
end; then it keeps running until it is killed or terminated (SIGTERM quits as the installed app does).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.ui.launch import quit_on_terminate
from translator_app.ui.main_window import MainWindow

KEY_INTERVAL_MS = 40


def main(argv: list[str]) -> int:
    url, release_id, row, text = argv[0], int(argv[1]), int(argv[2]), argv[3]
    app = QApplication(sys.argv[:1])
    workspace = open_workspace(url, "claire", Role.TRANSLATOR)
    window = MainWindow(workspace)
    window.load_releases(release_id)
    window.show()
    app.processEvents()
    if not window.session.go_to_row(row):
        print(f"row {row} is not in view", file=sys.stderr)
        return 1
    editor = window.session.editor()
    if editor is None:
        print("no editor opened", file=sys.stderr)
        return 1
    typed = 0

    def type_next() -> None:
        nonlocal typed
        if typed == len(text):
            timer.stop()
            print("done", flush=True)
            return
        QTest.keyClicks(editor, text[typed])
        typed += 1
        print(f"typed {typed} {time.monotonic():.6f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(KEY_INTERVAL_MS)
    quit_on_terminate(app)
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
