"""Preferences warn, before any run, when the chosen formality has no effect for the release's target
language (DeepL's own language list, from the fake DeepL server), and say nothing where it applies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from tests.ui.conftest import new_rows, store_release

from translator_app.domain.models import Release
from translator_app.services.workspace import Workspace
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog


def _dialog(qtbot: Any, workspace: Workspace, target_lang: str) -> tuple[PreferencesDialog, TaskRunner]:
    release = store_release(workspace, "Horizon Bleu à Dakar", new_rows("Le bureau ouvre."))
    if target_lang != release.target_lang:
        release = workspace.creation.create(
            Release(title="Horizon Bleu", source_lang="fr", target_lang=target_lang, created_by="claire"),
            [],
            [],
        )
    runner = TaskRunner()
    dialog = PreferencesDialog(workspace, release, None, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, runner


def test_a_formality_english_has_not_is_flagged_in_preferences(qtbot: Any, mt_workspace: Workspace) -> None:
    dialog, runner = _dialog(qtbot, mt_workspace, "en")
    assert "does not apply" not in dialog.formality_note.text()
    dialog.formality.setCurrentIndex(dialog.formality.findData("more"))
    qtbot.waitUntil(lambda: "does not apply" in dialog.formality_note.text(), timeout=10000)
    assert "EN-GB" in dialog.formality_note.text() or "EN" in dialog.formality_note.text()
    dialog.formality.setCurrentIndex(dialog.formality.findData(""))
    assert "does not apply" not in dialog.formality_note.text()
    runner.wait()


def test_a_formality_german_has_is_not_flagged(qtbot: Any, mt_workspace: Workspace) -> None:
    dialog, runner = _dialog(qtbot, mt_workspace, "de")
    dialog.formality.setCurrentIndex(dialog.formality.findData("more"))
    with qtbot.waitSignal(runner.settled, timeout=10000):
        pass
    assert "does not apply" not in dialog.formality_note.text()
    assert "Horizon Bleu" in dialog.formality_note.text()
    runner.wait()


def test_a_title_with_an_apostrophe_reads_as_typed(qtbot: Any, workspace: Workspace) -> None:
    release = store_release(workspace, "Protocole d'accord OIM–KOICA", new_rows("Le bureau ouvre."))
    dialog = PreferencesDialog(workspace, release)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.formality_note.textFormat() == Qt.TextFormat.RichText
    document = QTextDocument()
    document.setHtml(dialog.formality_note.text())
    assert "Protocole d'accord OIM–KOICA" in document.toPlainText()
    assert "&#x27;" not in document.toPlainText()
