"""Preferences open on Ctrl+, and apply when saved: a new name, role, database or language opens the workspace
again in the same window place, on the same release; a workspace that cannot be opened changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from tests.ui.conftest import AddRelease, new_rows, store_release
from tests.ui.window_helpers import CTRL, press

from translator_app.app import StartOptions
from translator_app.domain.models import Role
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings, config_dir
from translator_app.ui.common.i18n import uninstall_translations
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog
from translator_app.ui.launch import WindowHost
from translator_app.ui.main_window import MainWindow


@pytest.fixture
def host(qapp: QApplication, tmp_path: Path) -> Iterator[WindowHost]:
    """The window host as ``translator-app gui --db …`` sets it up (the test's database fixed by --db)."""
    made = WindowHost(qapp, StartOptions(db=f"sqlite:///{tmp_path / 'ws.db'}").open, "--db")
    yield made
    if made.window is not None:
        made.window.close()
    made._close_opened()
    uninstall_translations(qapp)


def _preferences(qtbot: Any, window: MainWindow) -> PreferencesDialog:
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    press(qtbot, window, Qt.Key.Key_Comma, CTRL)
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def _save(qtbot: Any, dialog: PreferencesDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_ctrl_comma_opens_preferences_and_the_shortcut_is_listed(
    qtbot: Any, host: WindowHost, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = host.show(workspace)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert _preferences(qtbot, window).isVisible()
    assert "Ctrl+," in window.commands.preferences.toolTip()


def test_a_new_name_and_role_reopen_the_workspace_in_place_on_the_same_release(
    qtbot: Any, host: WindowHost, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(title="Premier")
    second = add_release(title="Second")
    old = host.show(workspace, second.id)
    qtbot.waitExposed(old)
    assert not old.commands.approve.isEnabled()
    dialog = _preferences(qtbot, old)
    dialog.user_name.setText("Rui Costa")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.REVIEWER.value))

    _save(qtbot, dialog)

    qtbot.waitUntil(lambda: host.window is not old, timeout=5000)
    new = host.window
    assert new is not None
    qtbot.addWidget(new)
    assert (new.workspace.actor.user, new.workspace.actor.role) == ("Rui Costa", Role.REVIEWER)
    assert new.current_release is not None and new.current_release.id == second.id
    assert new.commands.approve.isEnabled(), "a reviewer may approve at once"
    assert "Rui Costa" in new.role_chip.text() or "Rui Costa" in new.role_chip.toolTip()
    assert not old.isVisible()


def test_a_new_database_lists_its_releases_and_a_bad_one_changes_nothing(
    qtbot: Any, qapp: QApplication, workspace: Workspace, add_release: AddRelease, tmp_path: Path
) -> None:
    add_release(title="Dans le premier espace")
    host = WindowHost(qapp, StartOptions().open)  # no --db: Preferences choose the database
    other_url = f"sqlite:///{tmp_path / 'other.db'}"
    other = StartOptions(db=other_url).open(Settings())
    store_release(other, "Dans l'autre espace", new_rows("Une phrase."))
    other.close()
    try:
        old = host.show(workspace)
        qtbot.waitExposed(old)
        dialog = _preferences(qtbot, old)
        dialog.database.setText("postgresql://nobody@127.0.0.1:1/nothing")
        _save(qtbot, dialog)
        qtbot.waitUntil(
            lambda: isinstance(old.findChild(QMessageBox, "errorBox"), QMessageBox), timeout=20000
        )
        assert host.window is old and old.workspace is workspace
        assert "not changed" in old.statusBar().currentMessage()
        box = old.findChild(QMessageBox, "errorBox")
        assert isinstance(box, QMessageBox) and "127.0.0.1" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

        dialog = _preferences(qtbot, old)
        dialog.database.setText(other_url)
        _save(qtbot, dialog)
        qtbot.waitUntil(lambda: host.window is not old, timeout=10000)
        new = host.window
        assert new is not None
        qtbot.addWidget(new)
        assert [s.release.title for s in new.workspace.releases.summaries()] == ["Dans l'autre espace"]
        assert new.current_release is not None and new.current_release.title == "Dans l'autre espace"
    finally:
        if host.window is not None:
            host.window.close()
        host._close_opened()


def test_a_new_language_reopens_the_window_in_that_language(
    qtbot: Any, host: WindowHost, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    old = host.show(workspace)
    qtbot.waitExposed(old)
    dialog = _preferences(qtbot, old)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: host.window is not old, timeout=5000)
    new = host.window
    assert new is not None
    qtbot.addWidget(new)
    assert new.menuBar().actions()[0].text() == "&Fichier"


def test_the_memory_threshold_applies_to_the_next_look_up(qtbot: Any, workspace: Workspace) -> None:
    dialog = PreferencesDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(92)
    _save(qtbot, dialog)
    assert workspace.memory.threshold == 92


def test_a_password_in_the_database_address_is_refused_and_not_stored(
    qtbot: Any, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    dialog = PreferencesDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database.setText("postgresql://claire:s3cret@db.example/translations")
    _save(qtbot, dialog)
    assert warned and ".pgpass" in warned[0]
    stored = config_dir() / "settings.json"
    assert not stored.exists() or "s3cret" not in stored.read_text(encoding="utf-8")
    assert dialog.isVisible(), "the dialog stays open to correct the address"
