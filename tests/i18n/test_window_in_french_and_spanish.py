"""The real window and its dialogs in French and in Spanish, with Qt's own strings (standard buttons) too."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.common.i18n import install_translations, uninstall_translations
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog

NBSP = "\u00a0"


@dataclass(frozen=True)
class Expected:
    language: str
    menus: list[str]
    export_title: str
    export_button: str
    cancel_button: str
    unapproved_box: str
    format_label: str
    status_filter: str
    preferences_title: str


FRENCH = Expected(
    "fr",
    ["Fichier", "Édition", "Segment", "Révision", "Outils", "Aide"],
    "Exporter la traduction",
    "Exporter",
    "Annuler",
    "Exporter les segments non approuvés (leur texte actuel)",
    f"Format{NBSP}:",
    "Tous les statuts",
    "Préférences",
)
SPANISH = Expected(
    "es",
    ["Archivo", "Edición", "Segmento", "Revisión", "Herramientas", "Ayuda"],
    "Exportar la traducción",
    "Exportar",
    "Cancelar",
    "Exportar los segmentos sin aprobar (su texto actual)",
    "Formato:",
    "Todos los estados",
    "Preferencias",
)


@pytest.fixture
def interface_language(request: pytest.FixtureRequest) -> Iterator[Expected]:
    """Install the language's catalogues for one test, then go back to English for the others."""
    expected: Expected = request.param
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, expected.language)
    try:
        assert loaded == ["qtbase", "translator_app"]
        yield expected
    finally:
        uninstall_translations(app)
        assert QCoreApplication.translate("WindowActions", "&File") == "&File"


def plain(text: str) -> str:
    return text.replace("&", "")


@pytest.mark.parametrize("interface_language", [FRENCH, SPANISH], indirect=True, ids=["fr", "es"])
def test_the_window_and_the_export_dialog_speak_the_language(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, interface_language: Expected
) -> None:
    expected = interface_language
    add_release()
    window = open_window(qtbot, workspace)

    menus = [plain(action.text()) for action in window.menuBar().actions()]
    assert menus[0] == expected.menus[0], "the File menu comes first"
    assert set(expected.menus) <= set(menus), menus
    assert not {"File", "Edit", "View", "Tools", "Help"} & set(menus), menus
    assert window.filters.status.itemText(0) == expected.status_filter

    window.export_release()
    dialog = window.files.export_dialog
    assert dialog is not None
    assert dialog.windowTitle() == expected.export_title
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == expected.export_button
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert plain(cancel) == expected.cancel_button, "Qt's own catalogue (qtbase) is loaded too"
    assert dialog.allow_unapproved.text() == expected.unapproved_box
    labels = [plain(label.text()) for label in dialog.findChildren(QLabel)]
    assert expected.format_label in labels
    dialog.reject()


@pytest.mark.parametrize("interface_language", [FRENCH, SPANISH], indirect=True, ids=["fr", "es"])
def test_preferences_offer_the_three_languages_in_the_interface_language(
    qtbot: Any, workspace: Workspace, interface_language: Expected
) -> None:
    dialog = PreferencesDialog(workspace, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == interface_language.preferences_title
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == ["", "en", "fr", "es"]
    assert dialog.language.itemText(3) == "Español"
    assert dialog.language.itemText(0) != "System language"


def test_the_saved_language_wins_over_the_system_one(qtbot: Any) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    Settings(language="es").save()
    try:
        assert install_translations(app, Settings.load().language) == ["qtbase", "translator_app"]
        assert QCoreApplication.translate("WindowActions", "&Help") == "Ay&uda"
        assert QLocale().language() == QLocale.Language.Spanish, "dates follow the chosen language"
        install_translations(app, "en")
        assert QCoreApplication.translate("WindowActions", "&Help") == "&Help"
    finally:
        uninstall_translations(app)
    assert QLocale().language() != QLocale.Language.Spanish
