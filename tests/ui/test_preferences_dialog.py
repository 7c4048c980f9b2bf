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


def test_the_deepl_model_and_context_choices_are_saved_and_apply_at_once(
    qtbot: Any, workspace: Workspace
) -> None:
    assert workspace.mt.account.options.send_context
    dialog = PreferencesDialog(workspace, None)
    qtbot.addWidget(dialog)
    assert dialog.model.isEnabled()  # the pinned client can choose a model
    dialog.model.setCurrentIndex(dialog.model.findData("latency"))
    dialog.send_context.setChecked(False)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    stored = Settings.load()
    assert (stored.deepl_model, stored.deepl_context) == ("latency", False)
    options = workspace.mt.account.options
    assert (options.model, options.send_context) == ("latency", False)
    again = PreferencesDialog(workspace, None)
    qtbot.addWidget(again)
    assert again.model.currentData() == "latency" and not again.send_context.isChecked()
