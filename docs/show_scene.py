"""Open the main window on a scene for the screenshots of ``review_tools_screenshots.sh``.

Usage: ``.venv/bin/python docs/show_scene.py DB_URL RELEASE_ID SCENE [ROW]``, SCENE one of

- ``replace``: Replace all's preview of "programme" → "program" (whole words, case preserved);
- ``suggestions``: segment ROW active, its memory match and the source above it, tags as chips;
- ``history``: segment ROW active, its History tab with the word diff of the latest change.

Like ``show_window.py`` it starts the window as ``translator-app gui --release ID`` does (translations, saved
theme and font size), sized to the whole screen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from translator_app.app import open_workspace
from translator_app.settings import Settings
from translator_app.ui.common.i18n import install_translations
from translator_app.ui.common.theme import apply_settings
from translator_app.ui.main_window import MainWindow


def replace_scene(window: MainWindow) -> None:
    bar = window.find_bar
    bar.open(replace=True)
    bar.find_text.setText("programme")
    bar.replace_text.setText("program")
    bar.whole_word.setChecked(True)
    bar.update_count()
    preview = bar.replace_all()
    if preview is not None:
        geometry = window.geometry()
        preview.move(geometry.center().x() - preview.width() // 2, geometry.top() + 160)
        preview.table.setCurrentIndex(preview.model.index(1, 0))


def segment_scene(window: MainWindow, row: int, tab: str) -> None:
    window.session.go_to_row(row)
    side = window.side
    side.show_tab(side.history if tab == "history" else side.suggestions_tab)


def main(argv: list[str]) -> int:
    url, release_id, scene = argv[0], int(argv[1]), argv[2]
    row = int(argv[3]) if len(argv) > 3 else 0
    app = QApplication(sys.argv[:1])
    install_translations(app, Settings.load().language)
    apply_settings(app)
    workspace = open_workspace(url, "claire", Settings.load().role_in_force)
    window = MainWindow(workspace)
    window.load_releases(release_id)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    if scene == "replace":
        QTimer.singleShot(1500, lambda: replace_scene(window))
    else:
        QTimer.singleShot(800, lambda: segment_scene(window, row, scene))
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
