"""Starting the desktop window on an open workspace, and a self-test that proves the window can show data.

The self-test exists for packaging and CI: ``translator-app gui --self-test`` must fail loudly when the
window cannot start or shows nothing, without anyone looking at a screen.
"""

from __future__ import annotations

import signal
import sys
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from translator_app.domain.errors import DomainError
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.common.i18n import install_translations
from translator_app.ui.common.theme import apply_settings
from translator_app.ui.main_window import MainWindow

APP_NAME = "Release Translator"


def _application() -> QApplication:
    """The running QApplication, created on first use (tests and embedding callers bring their own)."""
    existing = QApplication.instance()
    if existing is not None:
        return cast(QApplication, existing)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("translator-app")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("translator-app")
    return app


def run_gui(workspace: Workspace, release_id: int | None = None, self_test: bool = False) -> int:
    """Show the main window on ``workspace`` and run until it is closed; returns the exit status.

    ``release_id`` selects a release at start (else the most recent one). With ``self_test`` the window is
    shown, checked and closed at once: 0 when it showed what the workspace holds, 1 with a reason otherwise.
    """
    app = _application()
    install_translations(app, Settings.load().language)  # "" follows the system's language
    apply_settings(app)  # theme and font size saved in the preferences
    window = MainWindow(workspace)
    window.load_releases(release_id)
    window.show()
    if self_test:
        try:
            return _self_test(app, window)
        finally:
            window.close()
            window.deleteLater()
    quit_on_terminate(app)
    return app.exec()


def quit_on_terminate(app: QApplication) -> None:
    """SIGTERM (a logout, ``kill``, a service manager) quits as File › Quit does, so typing is stored first.

    Python runs a signal handler only between two of its own instructions: a light timer lets it in while
    Qt's event loop waits.
    """
    signal.signal(signal.SIGTERM, lambda _number, _frame: app.quit())
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def _self_test(app: QApplication, window: MainWindow) -> int:
    """Check that the list and the grid show the workspace's releases; print one line either way."""
    app.processEvents()
    try:
        summaries = window.workspace.releases.summaries()
    except DomainError as error:
        print(f"self-test failed: could not read the releases: {error}", file=sys.stderr)
        return 1
    if not window.isVisible():
        print("self-test failed: the main window is not visible", file=sys.stderr)
        return 1
    listed = window.releases.visible_count()
    if listed != len(summaries):
        print(
            f"self-test failed: {len(summaries)} releases in the workspace, {listed} listed", file=sys.stderr
        )
        return 1
    if not summaries:
        print(f"self-test ok: window shown on {window.workspace.location}, no release yet")
        return 0
    release = window.current_release
    if release is None:
        print("self-test failed: no release selected although releases exist", file=sys.stderr)
        return 1
    expected = len(window.workspace.releases.segments(release.id))
    shown = window.segment_model.rowCount()
    if shown != expected:
        print(
            f"self-test failed: release {release.id} has {expected} segments, the grid shows {shown}",
            file=sys.stderr,
        )
        return 1
    print(
        f"self-test ok: {listed} release(s) listed, release {release.id} “{release.title}” "
        f"shows {shown} segment(s), as {window.workspace.actor.user} ({window.workspace.actor.role.value})"
    )
    return 0
