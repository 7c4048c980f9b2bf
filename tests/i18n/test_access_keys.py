"""Alt-key access: in each interface language, no two menus (and no two items of one menu) share a letter."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace
from translator_app.ui.common.i18n import install_translations, uninstall_translations

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def access_key(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(actions: list[QAction]) -> list[str]:
    """The texts of visible actions whose access letter another one of ``actions`` also uses."""
    shown = [a for a in actions if a.isVisible() and not a.isSeparator() and a.text()]
    keys = Counter(access_key(a.text()) for a in shown)
    return [a.text() for a in shown if access_key(a.text()) and keys[access_key(a.text())] > 1]


def menus(actions: list[QAction]) -> Iterator[QMenu]:
    for action in actions:
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu
            yield from menus(menu.actions())


@pytest.fixture(params=["en", "fr", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translations(app, request.param)
    try:
        yield request.param
    finally:
        uninstall_translations(app)


def test_menus_and_their_items_have_distinct_access_keys(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, language: str
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    bar = window.menuBar().actions()
    assert all(access_key(action.text()) for action in bar), [a.text() for a in bar]
    problems = {"menu bar": clashes(bar)}
    for menu in menus(bar):
        problems[menu.title()] = clashes(menu.actions())
    assert not {where: texts for where, texts in problems.items() if texts}, language
