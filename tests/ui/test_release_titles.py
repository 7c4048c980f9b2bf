"""Long release titles in the release list: two lines, their beginning and their end, so that an original and
its revision are told apart; the whole title, the file and the import in the tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace
from translator_app.ui.main_window import MainWindow
from translator_app.ui.releases.release_list import ReleaseColumn
from translator_app.ui.releases.title_delegate import TitleDelegate

ORIGINAL = (
    "Renforcer la résilience dans les pays fragiles et en conflit : "
    "Protocole d'accord entre l'OIM et la KOICA"
)
REVISION = ORIGINAL + " (version révisée du 19 septembre)"


def shown_lines(window: MainWindow) -> dict[str, list[str]]:
    """Each listed release's title as the list paints it now: its full title → its two lines."""
    view = window.releases.view
    delegate = view.itemDelegateForColumn(ReleaseColumn.TITLE)
    assert isinstance(delegate, TitleDelegate)
    shown = {}
    for row in range(view.model().rowCount()):
        index = view.model().index(row, ReleaseColumn.TITLE)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.font = view.font()
        shown[str(index.data())] = delegate.lines(option, index)
    return shown


def test_an_original_and_its_revision_read_differently_in_the_list(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(title=ORIGINAL)
    add_release(title=REVISION)
    window = open_window(qtbot, workspace)
    view = window.releases.view
    assert view.columnWidth(ReleaseColumn.TITLE) < view.fontMetrics().horizontalAdvance(ORIGINAL) / 2

    lines = shown_lines(window)
    original, revision = lines[ORIGINAL], lines[REVISION]
    assert len(original) == len(revision) == 2
    assert original[0].startswith("Renforcer") and revision[0].startswith("Renforcer")
    assert original[1] != revision[1], "the ends differ: the revision says so"
    assert original[1].endswith("KOICA") and revision[1].endswith("septembre)")
    tip = view.model().index(0, ReleaseColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] in (ORIGINAL, REVISION) and "imported" in tip


def test_releases_of_the_same_title_are_told_apart_by_their_import(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(title=ORIGINAL)
    add_release(title=ORIGINAL)
    window = open_window(qtbot, workspace)
    view = window.releases.view
    delegate = view.itemDelegateForColumn(ReleaseColumn.TITLE)
    assert isinstance(delegate, TitleDelegate)
    painted = []
    for row in range(2):
        index = view.model().index(row, ReleaseColumn.TITLE)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.font = view.font()
        painted.append(delegate.lines(option, index))
    assert painted[0] != painted[1]
    assert all(len(lines) == 2 for lines in painted)


def test_a_short_title_is_shown_whole(qtbot: Any, workspace: Workspace, add_release: AddRelease) -> None:
    add_release(title="Dakar")
    window = open_window(qtbot, workspace)
    assert shown_lines(window) == {"Dakar": ["Dakar"]}
