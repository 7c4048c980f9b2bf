"""One desktop of a team, for the screenshots of live updates (see ``team_screenshots.py``).

Usage: ``.venv/bin/python docs/show_team_window.py DB_URL LOGIN RELEASE_ID SEGMENT_ID [TYPED]``. Opens the
window as ``translator-app gui`` does, signed in as LOGIN (password from ``PGPASSFILE``), fills the screen,
goes to the segment and, with TYPED, types it into its editor (not saved: the typing a colleague would meet).
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


def main(argv: list[str]) -> int:
    url, login, release_id, segment_id = argv[0], argv[1], int(argv[2]), int(argv[3])
    typed = argv[4] if len(argv) > 4 else ""
    app = QApplication(sys.argv[:1])
    install_translations(app, Settings.load().language)
    apply_settings(app)
    workspace = open_workspace(url, login, None)
    window = MainWindow(workspace)
    window.load_releases(release_id)
    window.setGeometry(window.screen().availableGeometry())
    window.show()

    def go() -> None:
        window.session.go_to_segment(segment_id)
        editor = window.session.editor()
        if editor is not None and typed:
            editor.insertPlainText(typed)
            window.session.keeper.cancel_draft()  # still typing: not stored yet

    QTimer.singleShot(500, go)
    try:
        return app.exec()
    finally:
        workspace.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
