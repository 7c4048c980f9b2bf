"""Every control is named for screen readers and tests; the theme and the font size apply live."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import go_to, open_window

from translator_app.domain.models import SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.common import status_style
from translator_app.ui.common.accessible_names import interactive_widgets
from translator_app.ui.common.theme import apply_theme, choose_theme, is_dark
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog

EXPECTED_NAMES = (
    "segmentGrid",
    "targetEditor",
    "suggestionsPanel",
    "statusFilter",
    "confirmButton",
    "releaseList",
    "releaseSearch",
    "findBar",
)


@pytest.fixture
def system_theme_after(qapp: QApplication) -> Iterator[QApplication]:
    """Themes change the whole application: put the system look back for the next tests."""
    yield qapp
    apply_theme(qapp, "system", 0)


def test_every_control_of_the_window_has_an_object_name_and_an_accessible_name(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    window.find_bar.open(replace=True)
    go_to(qtbot, window, 5)

    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
        for w in interactive_widgets(window)
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == []
    for name in EXPECTED_NAMES:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_tab_goes_from_the_release_search_to_the_list_then_the_filters(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    search = window.releases.search

    chain = _tab_chain(search, 6)
    assert chain[0] is window.releases.view
    assert window.findChild(QWidget, "statusFilter") in chain


def test_dark_theme_changes_the_window_colour_and_the_status_colours(
    system_theme_after: QApplication,
) -> None:
    app = system_theme_after
    light_approved = status_style.status_color(SegmentStatus.APPROVED)

    apply_theme(app, "dark")

    window_color = app.palette().color(QPalette.ColorRole.Window)
    assert window_color.lightness() < 80
    assert is_dark(app.palette())
    assert status_style.status_color(SegmentStatus.APPROVED).lightness() > light_approved.lightness()
    apply_theme(app, "light")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert status_style.status_color(SegmentStatus.APPROVED) == light_approved


def test_font_size_applies_and_zero_gives_back_the_system_size(system_theme_after: QApplication) -> None:
    app = system_theme_after
    apply_theme(app, "system", 0)
    system_size = app.font().pointSize()

    apply_theme(app, "system", 17)
    assert app.font().pointSize() == 17
    apply_theme(app, "system", 0)
    assert app.font().pointSize() == system_size


def test_choosing_a_theme_in_the_view_menu_saves_and_applies_it(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, system_theme_after: QApplication
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    dark = next(a for a in window.view_menu.theme_group.actions() if a.data() == "dark")

    dark.trigger()

    assert Settings.load().theme == "dark"
    assert is_dark(system_theme_after.palette())
    window.view_menu.choose_font_size(14)
    assert Settings.load().font_size == 14
    assert system_theme_after.font().pointSize() == 14
    choose_theme("system")


def test_settings_keep_theme_and_font_size_and_repair_bad_values() -> None:
    Settings(theme="dark", font_size=12).save()
    assert (Settings.load().theme, Settings.load().font_size) == ("dark", 12)
    assert Settings(theme="purple", font_size="big").theme == "system"  # type: ignore[arg-type]
    assert Settings(font_size="big").font_size == 0  # type: ignore[arg-type]


def _tab_chain(start: QWidget, length: int) -> list[QWidget]:
    """The next ``length`` widgets Tab reaches from ``start`` (visible ones taking focus by Tab)."""
    chain: list[QWidget] = []
    widget = start
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        if len(chain) == length or widget is start:
            break
    return chain


def test_preferences_dialog_saves_and_applies_theme_and_text_size(
    qtbot: Any, workspace: Workspace, system_theme_after: QApplication
) -> None:
    dialog = PreferencesDialog(workspace, None)
    qtbot.addWidget(dialog)
    fields = dialog.appearance
    fields.theme.setCurrentIndex(fields.theme.findData("dark"))
    fields.font_size.setValue(13)

    dialog.save()

    assert (Settings.load().theme, Settings.load().font_size) == ("dark", 13)
    assert is_dark(system_theme_after.palette())
    assert system_theme_after.font().pointSize() == 13
