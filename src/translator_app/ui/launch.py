"""Starting the desktop window on an open workspace, and a self-test that proves the window can show data.

The self-test exists for packaging and CI: ``translator-app gui --self-test`` must fail loudly when the
window cannot start or shows nothing, without anyone looking at a screen.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from translator_app.credentials import PasswordAnswer, PasswordRequest
from translator_app.domain.errors import DomainError
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.common.errors import describe
from translator_app.ui.common.i18n import install_translations
from translator_app.ui.common.qt_messages import offscreen_notices_dropped
from translator_app.ui.common.theme import apply_settings
from translator_app.ui.dialogs.password_dialog import ask_in_dialog
from translator_app.ui.main_window import MainWindow

APP_NAME = "Release Translator"
Opener = Callable[[Settings], Workspace]
"""Opens the workspace the settings name (the command line's ``--db``, ``--user``, ``--role`` still win)."""


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


def run_gui(
    workspace: Workspace,
    release_id: int | None = None,
    self_test: bool = False,
    opener: Opener | None = None,
    database_fixed: str = "",
) -> int:
    """Show the main window on ``workspace`` and run until it is closed; returns the exit status.

    ``release_id`` selects a release at start (else the most recent one). With ``self_test`` the window is
    shown, checked and closed at once: 0 when it showed what the workspace holds, 1 with a reason otherwise.
    ``opener`` opens the workspace again when Preferences change it (without one, changes wait for the next
    start); ``database_fixed`` names what fixes the database instead of Preferences (``--db``, a variable).
    """
    app = _application()
    install_translations(app, Settings.load().language)  # "" follows the system's language
    apply_settings(app)  # theme and font size saved in the preferences
    host = WindowHost(app, opener, database_fixed)
    if self_test:
        with offscreen_notices_dropped():
            window = host.show(workspace, release_id)
            try:
                return _self_test(app, window)
            finally:
                window.close()  # its tasks cancelled and stopped: nothing runs on when the process ends
                window.deleteLater()
    host.show(workspace, release_id)
    quit_on_terminate(app)
    return app.exec()


def ask_password_in_window(request: PasswordRequest) -> PasswordAnswer | None:
    """The team server's password, asked in a dialog (before the window exists, or when Preferences open
    another server), in the interface language."""
    app = _application()
    install_translations(app, Settings.load().language)
    return ask_in_dialog(request)


def refuse_in_window(error: BaseException) -> None:
    """The window cannot open (the server refused the claimed role, no password was given…): one sentence in
    a message box, in the interface language, and nothing else happens."""
    app = _application()
    install_translations(app, Settings.load().language)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, describe(error), QMessageBox.StandardButton.Ok)
    box.setObjectName("startRefusedBox")
    box.exec()


class WindowHost(QObject):
    """The application's main window, opened again in place when Preferences change who works where (name,
    role, database) or the interface language: a new workspace, a new window at the same place on the same
    release, the old one closed (its typing stored first). A workspace that cannot be opened leaves the
    window as it was and says why."""

    def __init__(
        self,
        app: QApplication,
        opener: Opener | None,
        database_fixed: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.opener = opener
        self.database_fixed = database_fixed
        self.window: MainWindow | None = None
        self.asked_database = Settings.load().database_url
        self._opened: list[Workspace] = []
        """Workspaces opened here (closed when replaced); the first belongs to whoever started the window."""
        app.aboutToQuit.connect(self._close_opened)

    def show(self, workspace: Workspace, release_id: int | None = None) -> MainWindow:
        window = MainWindow(workspace)
        window.workspace_change_requested.connect(self.reopen)
        window.load_releases(release_id)
        window.show()
        self.window = window
        return window

    def reopen(self) -> MainWindow | None:
        """Open the workspace Preferences now name, in a new window where the old one was."""
        old = self.window
        if old is None or self.opener is None:
            return None
        settings = Settings.load()
        try:
            workspace = self.opener(settings)
        except DomainError as error:
            old.refuse_workspace(describe(error))
            return None
        self._opened.append(workspace)
        install_translations(self.app, settings.language)
        same_database = workspace.location == old.workspace.location
        current = old.current_release
        geometry = old.saveGeometry()
        old.close()  # stores the typing, saves the layout
        window = self.show(workspace, current.id if current is not None and same_database else None)
        window.restoreGeometry(geometry)
        if self.database_fixed and settings.database_url != self.asked_database:
            window.notify(
                self.tr("The database is set by {what} for this session.").format(what=self.database_fixed)
            )
        self.asked_database = settings.database_url
        old.deleteLater()
        self._close_replaced(old.workspace)
        return window

    def _close_replaced(self, workspace: Workspace) -> None:
        if workspace in self._opened:
            self._opened.remove(workspace)
            workspace.close()

    def _close_opened(self) -> None:
        for workspace in self._opened:
            workspace.close()
        self._opened.clear()


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
