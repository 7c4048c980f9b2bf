"""Preferences: the fields a translator sets are saved where the next start reads them."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from translator_app.domain.errors import DomainError
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


def test_the_input_limits_are_saved_and_apply_to_the_next_import_at_once(
    qtbot: Any, workspace: Workspace, tmp_path: Any
) -> None:
    dialog = PreferencesDialog(workspace, None)
    qtbot.addWidget(dialog)
    assert (dialog.max_file.value(), dialog.max_segments.value()) == (50, 200_000)
    dialog.max_file.setValue(2)
    dialog.max_segments.setValue(100)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    stored = Settings.load()
    assert (stored.max_file_mb, stored.max_segments) == (2, 100)
    path = tmp_path / "long.txt"
    path.write_text("Titre\n\n" + "Une phrase. " * 150 + "\n", encoding="utf-8")
    try:
        workspace.importing.import_file(path, "fr", "en", workspace.actor)
    except DomainError as error:
        assert error.details["problem"] == "too-many-segments"
        assert error.details["limit"] == 100
    else:
        raise AssertionError("the new segment limit was not applied")
