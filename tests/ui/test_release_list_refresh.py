"""Refreshing the release counts after an edit does not set the open release up again; sorting, searching
and reading the list again keep the selected release."""

from typing import Any

from PySide6.QtCore import QPoint, Qt
from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace
from translator_app.ui.releases.release_list import ReleaseColumn


def test_a_counts_refresh_keeps_the_selection_without_announcing_it_again(
    qtbot: Any, workspace: Workspace, add_release: Any
) -> None:
    release = add_release()
    window = open_window(qtbot, workspace, release.id)
    assert window.releases.current_release_id() == release.id
    with qtbot.assertNotEmitted(window.releases.release_selected):
        window.releases.set_summaries(workspace.releases.summaries())
    assert window.releases.current_release_id() == release.id
    other = add_release("Rapport annuel")
    window.releases.set_summaries(workspace.releases.summaries())
    with qtbot.waitSignal(window.releases.release_selected) as chosen:
        window.releases.select_release(other.id)
    assert chosen.args == [other.id]


def _titles(window: Any) -> list[str]:
    proxy = window.releases.proxy
    return [str(proxy.index(row, ReleaseColumn.TITLE).data()) for row in range(proxy.rowCount())]


def test_a_header_click_sorts_by_title_ignoring_accents_and_the_selection_follows_its_release(
    qtbot: Any, workspace: Workspace, add_release: Any
) -> None:
    for title in ("Zinc et cuivre", "Énergie solaire", "eau potable", "Budget 2025"):
        add_release(title)
    chosen = add_release("Moustiquaires")
    window = open_window(qtbot, workspace, chosen.id)
    assert _titles(window)[0] == "Moustiquaires", "newest change first by default"
    header = window.releases.view.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(ReleaseColumn.TITLE) + 20, header.height() // 2)
    with qtbot.assertNotEmitted(window.releases.release_selected):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorSection() == ReleaseColumn.TITLE
    expected = ["Budget 2025", "eau potable", "Énergie solaire", "Moustiquaires", "Zinc et cuivre"]
    assert _titles(window) == expected
    assert window.releases.current_release_id() == chosen.id
    window.releases.view.sortByColumn(ReleaseColumn.TITLE, Qt.SortOrder.DescendingOrder)
    assert _titles(window)[0] == "Zinc et cuivre"
    assert window.releases.current_release_id() == chosen.id
    window.releases.search.setText("ENERGIE")
    assert _titles(window) == ["Énergie solaire"]


def test_reload_reads_the_releases_again_in_place_keeping_the_selection_sort_and_search(
    qtbot: Any, workspace: Workspace, add_release: Any
) -> None:
    first = add_release("Rapport annuel")
    add_release("Rapport trimestriel")
    window = open_window(qtbot, workspace, first.id)
    window.releases.view.sortByColumn(ReleaseColumn.TITLE, Qt.SortOrder.AscendingOrder)
    window.releases.search.setText("rapport")
    added = add_release("Rapport de mission")  # as another user's import would arrive
    with qtbot.assertNotEmitted(window.releases.release_selected):
        assert window.releases.reload()
    assert _titles(window) == ["Rapport annuel", "Rapport de mission", "Rapport trimestriel"]
    assert window.releases.current_release_id() == first.id
    assert window.releases.select_release(added.id)
    window.releases.search.setText("annuel")
    assert not window.releases.select_release(added.id), "hidden by the search"
