"""Open the main window filling the screen, for the screenshots in this folder (see ``screenshots.sh``).

Usage: ``.venv/bin/python docs/show_window.py DB_URL RELEASE_ID``. It starts the window as
``translator-app gui --release ID`` does (translations, saved theme and font size), only sized to the whole
screen, since the virtual screen the pictures are taken on has no window manager to maximise it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from translator_app.app import open_workspace
from translator_app.settings import Settings
from translator_app.ui.common.i18n import install_translations
from translator_app.ui.common.theme import apply_settings
from translator_app.ui.main_window import MainWindow


def main(argv: list[str]) -> int:
    url, release_id = argv[0], int(argv[1])
    app = QApplication(sys.argv[:1])
    install_translations(app, Settings.load().language)
    apply_settings(app)
    workspace = open_workspace(url, "claire", Settings.load().role_in_force)
    window = MainWindow(workspace)
    window.load_releases(release_id)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
