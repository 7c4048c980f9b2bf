"""Remake docs/team-identity-*.png: the window on a real team server (a throwaway PostgreSQL started from the
machine's binaries, set up as ``admin init`` and ``admin add-user`` leave it), under Xvfb.

- ``team-identity-status.png``: the status bar's chip "rui · Reviewer" with its tooltip naming the server;
- ``team-identity-translator.png``: ana's toolbar, Approve greyed with the server's reason;
- ``team-identity-preferences-{en,fr}.png``: Preferences' Work page on the team server;
- ``team-identity-password.png``: the password dialog after a refused password;
- ``team-identity-password-keyring-{en,fr}.png``: the same when the keyring's copy was refused.

Usage (from the project folder): ``PYTHONPATH=. xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python
docs/show_team_identity.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from tests.factories import add_release
from tests.pg_server import start_server
from tests.pg_team import new_database, set_up_team

from translator_app.app import open_workspace
from translator_app.credentials import PasswordRequest, RefusedPassword
from translator_app.settings import Settings
from translator_app.ui.common.i18n import install_translations
from translator_app.ui.common.theme import apply_settings
from translator_app.ui.dialogs.password_dialog import PasswordDialog
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog
from translator_app.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parent


class ShownKeyring(KeyringBackend):
    """The desktop's keyring, kept in memory for the pictures (this machine has none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def screen_part(app: QApplication, area: QRect, name: str) -> None:
    """Save ``area`` of the screen (tooltips included, which a widget's own grab leaves out)."""
    settle(app)
    picture = app.primaryScreen().grabWindow(0, area.x(), area.y(), area.width(), area.height())
    picture.save(str(DOCS / name))


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    widget.grab().save(str(DOCS / name))


def status_scene(app: QApplication, window: MainWindow) -> None:
    field = window.status.user_field
    corner = field.mapToGlobal(QPoint(field.width() // 2, field.height() // 2))
    QCursor.setPos(corner)
    QToolTip.showText(corner, field.toolTip(), field)
    settle(app)
    frame = window.geometry()
    screen_part(app, QRect(frame.right() - 900, frame.bottom() - 60, 900, 150), "team-identity-status.png")
    QToolTip.hideText()


def main() -> int:
    os.environ["TRANSLATOR_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="team-identity-config-")
    server = start_server()
    try:
        passwords = set_up_team(server)
        url = server.url(new_database(server), login=None)
        keyring.set_keyring(ShownKeyring())
        # rui chose the server in Preferences and typed his password there: the keyring holds it.
        Settings(database_url=url.replace("://", "://rui@"), language="").save()
        Settings(database_url=url.replace("://", "://rui:" + passwords["rui"] + "@")).save()
        app = QApplication(sys.argv[:1])
        apply_settings(app)
        ana = open_workspace(url, "ana", None)
        add_release(ana, "Horizon Bleu ouvre un bureau à Dakar")
        rui = open_workspace(url, "rui", None)
        window = MainWindow(rui)
        window.load_releases()
        window.setGeometry(app.primaryScreen().availableGeometry().adjusted(0, 0, -300, -200))
        window.show()
        settle(app, 60)
        status_scene(app, window)

        translator = MainWindow(ana)
        translator.load_releases()
        translator.setGeometry(window.geometry())
        translator.show()
        settle(app, 60)
        button = translator.toolbar.widgetForAction(translator.commands.approve)
        if button is not None:
            place = button.mapToGlobal(QPoint(button.width() // 2, button.height() // 2))
            QToolTip.showText(place, translator.commands.approve.toolTip(), button)
            settle(app)
            top = translator.toolbar.mapToGlobal(QPoint(0, 0))
            screen_part(app, QRect(top.x(), top.y(), 1100, 140), "team-identity-translator.png")
            QToolTip.hideText()
        translator.hide()

        for language in ("en", "fr"):
            install_translations(app, language)
            dialog = PreferencesDialog(rui, None, window)
            dialog.show()
            settle(app, 40)
            save(app, dialog, f"team-identity-preferences-{language}.png")
            dialog.close()
        for refused, picture, language in (
            (RefusedPassword.TYPED, "team-identity-password.png", "en"),
            (RefusedPassword.KEYRING, "team-identity-password-keyring-en.png", "en"),
            (RefusedPassword.KEYRING, "team-identity-password-keyring-fr.png", "fr"),
        ):
            install_translations(app, language)
            password = PasswordDialog(PasswordRequest("kim", url.replace("://", "://kim@"), refused))
            password.show()
            settle(app, 40)
            save(app, password, picture)
            password.close()
        window.close()
        rui.close()
        ana.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
