"""Refreshing the release counts after an edit does not set the open release up again."""

from typing import Any

from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace


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
