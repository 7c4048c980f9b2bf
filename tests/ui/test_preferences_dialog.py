"""Preferences: the fields a translator sets are saved where the next start reads them."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog


def test_saving_preferences_stores_name_role_database_and_threshold(qtbot: Any, workspace: Workspace) -> None:
    dialog = PreferencesDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.user_name.setText("  Claire Martin ")
    dialog.role.setCurrentIndex(dialog.role.findData("reviewer"))
    dialog.database.setText("postgresql://claire@db.example/translations")
    dialog.threshold.setValue(85)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    stored = Settings.load()
    assert stored.user == "Claire Martin"
    assert stored.role == "reviewer"
    assert stored.database_url == "postgresql://claire@db.example/translations"
    assert stored.fuzzy_threshold == 85
    assert dialog.key.echoMode() == dialog.key.EchoMode.Password
