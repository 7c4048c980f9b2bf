"""The window on a real team server: it shows who the server says you are, keeps the password in the keyring
(never in settings.json), asks for one in a dialog when nothing else gives it, and words a refusal in a
message box instead of a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy.engine import make_url
from tests.pg_server import PostgresServer
from tests.team.conftest import signed_in
from tests.team.test_team_passwords import kim
from tests.ui.window_helpers import open_window

from translator_app.app import StartOptions
from translator_app.cli import main
from translator_app.credentials import KEYRING_SERVICE
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.common.i18n import uninstall_translations
from translator_app.ui.dialogs.password_dialog import PasswordDialog
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog
from translator_app.ui.launch import WindowHost, ask_password_in_window

__all__ = ["kim"]

pytestmark = pytest.mark.postgres


class FileKeyring(KeyringBackend):
    """A keyring backend kept in a JSON file, as a desktop's keyring keeps its entries outside the app."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _entries(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(entries), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        entries.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(entries), encoding="utf-8")


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    """The keyring for this test only (the one before it comes back afterwards)."""
    before = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Catalogues the start-up installs are removed afterwards, so later tests read English."""
    yield
    uninstall_translations(qapp)


def _kim_account(url: str) -> str:
    parsed = make_url(url)
    return f"kim@127.0.0.1:{parsed.port}/{parsed.database}"


def answer_windows(qapp: QApplication, answer: Callable[[QWidget], None]) -> QTimer:
    """Hand each dialog or message box the app shows (modal, running its own loop) to ``answer``; after 20 s
    anything still open is closed, so a failing test ends instead of waiting for a click."""
    seen: set[int] = set()
    ticks = [0]

    def look() -> None:
        ticks[0] += 1
        for widget in qapp.topLevelWidgets():
            if not widget.isVisible() or not isinstance(widget, PasswordDialog | QMessageBox):
                continue
            if ticks[0] > 400:
                widget.close()
            elif id(widget) not in seen:
                seen.add(id(widget))
                answer(widget)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_status_bar_and_the_title_show_the_servers_login_and_role(
    qtbot: Any, postgres_server: PostgresServer, team_url: str
) -> None:
    password = next(
        line.rsplit(":", 1)[1]
        for line in postgres_server.pgpass.read_text(encoding="utf-8").splitlines()
        if line.split(":")[3] == "rui"
    )
    with_password = make_url(team_url).set(username="rui", password=password)
    with signed_in(with_password.render_as_string(hide_password=False), "rui") as rui:
        window = open_window(qtbot, rui)
        field = window.status.user_field
        assert field.text.text() == "rui · Reviewer"
        tip = field.toolTip()
        database = make_url(team_url).database
        assert f"127.0.0.1:{postgres_server.port}, database {database}" in tip and "rui:***@" in tip
        assert password not in tip and password not in window.status.location_text()
        assert "rui" in window.windowTitle()
        assert window.commands.approve.isEnabled() and window.commands.sign_off.toolTip() != ""
        window.close()


def test_a_translator_login_finds_the_reviewers_actions_greyed_with_the_servers_reason(
    qtbot: Any, team_url: str
) -> None:
    with signed_in(team_url, "ana") as ana:
        window = open_window(qtbot, ana)
        assert window.status.role_text() == "ana · Translator"
        for action in (window.commands.approve, window.commands.reject, window.commands.sign_off):
            assert not action.isEnabled()
            assert "team server gives" in action.toolTip() and "reviewers" in action.toolTip()
        window.close()


def test_a_one_person_workspace_keeps_its_title_and_chosen_name(qtbot: Any, sqlite_url: str) -> None:
    workspace = StartOptions(db=sqlite_url, user="claire").open(Settings())
    try:
        window = open_window(qtbot, workspace)
        assert window.windowTitle() == "Release Translator"
        assert window.status.role_text() == "claire · Translator"
        assert "team server" not in window.status.user_field.toolTip()
        window.close()
    finally:
        workspace.close()


def test_preferences_on_a_team_workspace_show_the_servers_identity_instead_of_name_and_role(
    qtbot: Any, team_url: str
) -> None:
    with signed_in(team_url, "rui") as rui:
        dialog = PreferencesDialog(rui, None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.signed_in.isVisibleTo(dialog)
        assert dialog.signed_in.text().startswith("Signed in as rui (reviewer) on server ")
        assert not dialog.user_name.isVisibleTo(dialog) and not dialog.role.isVisibleTo(dialog)
    with signed_in(team_url, "ana") as ana:
        Settings(user="someone-else", role="reviewer").save()
        dialog = PreferencesDialog(ana, None)
        qtbot.addWidget(dialog)
        dialog.save()
        saved = Settings.load()
        assert (saved.user, saved.role) == ("someone-else", "reviewer")  # untouched, not offered


def test_a_password_typed_in_preferences_goes_to_the_keyring_and_the_window_reopens_with_it(
    qtbot: Any,
    qapp: QApplication,
    fresh_settings: Path,
    file_keyring: FileKeyring,
    team_url: str,
    kim: str,
    sqlite_url: str,
    english: None,
) -> None:
    host = WindowHost(qapp, StartOptions().open)
    first = StartOptions(db=sqlite_url).open(Settings())
    window = host.show(first)
    qtbot.addWidget(window)
    dialog = PreferencesDialog(first, None, window)
    qtbot.addWidget(dialog)
    dialog.workspace_changed.connect(host.reopen)
    dialog.show()
    as_kim = make_url(team_url).set(username=kim).render_as_string(hide_password=False)
    dialog.database.setText(as_kim)
    assert dialog.server_password.isVisibleTo(dialog)
    dialog.server_password.setText("kims-password")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()

    text = (fresh_settings / "settings.json").read_text(encoding="utf-8")
    assert "kims-password" not in text and json.loads(text)["database_url"] == as_kim
    assert file_keyring.get_password(KEYRING_SERVICE, _kim_account(team_url)) == "kims-password"
    reopened = host.window
    assert reopened is not None and reopened is not window, "the window opened again on the server"
    qtbot.addWidget(reopened)
    assert reopened.workspace.actor.user == "kim" and reopened.workspace.actor.from_server
    assert reopened.status.role_text() == "kim · Translator"

    again = PreferencesDialog(reopened.workspace, None)
    qtbot.addWidget(again)
    assert again.database.text() == as_kim.replace("kim@", "kim:***@")  # kept, masked, never shown
    reopened.close()
    host._close_opened()
    first.close()


def open_answering_the_dialog(
    qapp: QApplication, answer: Callable[[QWidget], None], team_url: str, login: str
) -> Workspace:
    """Open the workspace as the window does, ``answer`` handling each password dialog that comes up."""
    timer = answer_windows(qapp, answer)
    try:
        return StartOptions(db=team_url, user=login, ask_password=ask_password_in_window).open(Settings())
    finally:
        timer.stop()


def test_the_window_asks_for_a_password_again_after_a_wrong_one_and_remembers_it_in_the_keyring(
    qtbot: Any, qapp: QApplication, file_keyring: FileKeyring, team_url: str, kim: str, english: None
) -> None:
    shown: list[tuple[str, bool]] = []

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, PasswordDialog)
        shown.append((widget.login.text(), widget.refused.isVisibleTo(widget)))
        if len(shown) == 1:
            widget.password.setText("not-it")
        else:
            widget.password.setText("kims-password")
            widget.remember.setChecked(True)
        widget.accept()

    workspace = open_answering_the_dialog(qapp, answer, team_url, kim)
    try:
        assert shown == [("kim", False), ("kim", True)]
        assert workspace.actor.user == "kim"
        assert file_keyring.get_password(KEYRING_SERVICE, _kim_account(team_url)) == "kims-password"
    finally:
        workspace.close()


def test_a_stale_password_in_the_keyring_is_named_as_such_and_replaced_by_the_one_typed(
    qtbot: Any, qapp: QApplication, file_keyring: FileKeyring, team_url: str, kim: str, english: None
) -> None:
    file_keyring.set_password(KEYRING_SERVICE, _kim_account(team_url), "last-years-password")
    shown: list[tuple[bool, str]] = []

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, PasswordDialog)
        shown.append((widget.refused.isVisibleTo(widget), widget.refused.text()))
        widget.password.setText("kims-password")
        widget.remember.setChecked(True)
        widget.accept()

    workspace = open_answering_the_dialog(qapp, answer, team_url, kim)
    try:
        assert len(shown) == 1 and shown[0][0], "the refusal is shown before anything was typed"
        assert "kept in the keyring for kim" in shown[0][1] and "Type it again" not in shown[0][1]
        assert workspace.actor.user == "kim"
        assert file_keyring.get_password(KEYRING_SERVICE, _kim_account(team_url)) == "kims-password"
    finally:
        workspace.close()


def test_cancelling_the_password_leaves_the_app_on_one_clear_sentence(
    qtbot: Any,
    qapp: QApplication,
    capsys: pytest.CaptureFixture[str],
    file_keyring: FileKeyring,
    team_url: str,
    kim: str,
    english: None,
) -> None:
    boxes: list[str] = []

    def answer(widget: QWidget) -> None:
        if isinstance(widget, PasswordDialog):
            widget.reject()
        elif isinstance(widget, QMessageBox):
            boxes.append(widget.text())
            widget.accept()

    timer = answer_windows(qapp, answer)
    try:
        code = main(["--db", team_url, "--user", kim, "gui"])
    finally:
        timer.stop()
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "no password given for kim" in err
    assert len(boxes) == 1 and boxes[0].startswith("No password was given for kim on ")
    assert "Traceback" not in err
    with pytest.raises(DomainError) as refused:
        StartOptions(db=team_url, user=kim, ask_password=lambda _request: None).open(Settings())
    assert refused.value.code is ErrorCode.NO_PASSWORD


def test_a_translator_launching_the_window_as_reviewer_reads_the_refusal_in_a_box_in_french(
    qtbot: Any, qapp: QApplication, capsys: pytest.CaptureFixture[str], team_url: str, english: None
) -> None:
    Settings(language="fr").save()
    boxes: list[str] = []

    def answer(widget: QWidget) -> None:
        if isinstance(widget, QMessageBox):
            boxes.append(widget.text())
            widget.accept()

    timer = answer_windows(qapp, answer)
    try:
        code = main(["--db", team_url, "--user", "ana", "--role", "reviewer", "gui"])
    finally:
        timer.stop()
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "--role reviewer disagrees with the server" in err
    assert boxes == [
        "ana a le rôle traducteur sur ce serveur, pas réviseur\u00a0: un administrateur change les rôles "
        "avec «\u00a0translator-app admin set-role\u00a0»."
    ]
