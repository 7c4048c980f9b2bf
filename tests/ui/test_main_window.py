"""The main window on a real SQLite workspace: list, search, grid, status bar, notices, menus, self-test."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.ui.conftest import AddRelease, store_release
from tests.ui.window_helpers import open_window

from translator_app.domain.models import Origin, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui import launch
from translator_app.ui.common.folding import fold
from translator_app.ui.grid.segment_model import Column
from translator_app.ui.main_window import MainWindow
from translator_app.ui.releases.progress_delegate import bar_parts, confirmed_share
from translator_app.ui.releases.release_list import ReleaseColumn

S = SegmentStatus


def listed_titles(window: MainWindow) -> list[str]:
    proxy = window.releases.proxy
    return [proxy.index(row, ReleaseColumn.TITLE).data() for row in range(proxy.rowCount())]


def test_opens_on_the_most_recent_release(qtbot: Any, workspace: Workspace, add_release: AddRelease) -> None:
    add_release("Rapport annuel 2024")
    newest = add_release("Communiqué : bureau de Dakar")
    window = open_window(qtbot, workspace)

    assert listed_titles(window) == ["Communiqué : bureau de Dakar", "Rapport annuel 2024"]
    assert window.releases.current_release_id() == newest.id
    assert window.current_release is not None and window.current_release.id == newest.id
    assert window.segment_model.rowCount() == 7
    assert window.release_title.text() == "Communiqué : bureau de Dakar"
    assert window.release_details.text() == "fr → en · 7 segments · 2 not translatable"
    assert "Communiqué : bureau de Dakar" in window.windowTitle()


def test_release_list_shows_language_pair_and_counts(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    proxy = window.releases.proxy

    assert proxy.index(0, ReleaseColumn.LANGUAGES).data() == "fr → en"
    assert proxy.index(0, ReleaseColumn.LAST_CHANGE).data()
    tooltip = proxy.index(0, ReleaseColumn.PROGRESS).data(Qt.ItemDataRole.ToolTipRole)
    assert "5 segments to translate" in tooltip and "Approved: 1" in tooltip and "Rejected: 1" in tooltip
    assert "Not translatable: 2" in tooltip


def test_given_release_is_selected(qtbot: Any, workspace: Workspace, add_release: AddRelease) -> None:
    older = add_release("Rapport annuel 2024")
    add_release("Communiqué : bureau de Dakar")
    window = open_window(qtbot, workspace, release_id=older.id)

    assert window.releases.current_release_id() == older.id
    assert window.release_title.text() == "Rapport annuel 2024"


def test_unknown_release_falls_back_to_the_most_recent(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    newest = add_release()
    window = open_window(qtbot, workspace, release_id=9999)

    assert window.releases.current_release_id() == newest.id
    assert "9999" in window.status.currentMessage()


def test_search_filters_by_title_ignoring_case_and_accents(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release("Rapport annuel 2024")
    add_release("Communiqué : bureau de Dakar")
    add_release("Communiqué : rapport sur l'eau")
    window = open_window(qtbot, workspace)
    search = window.releases.search

    qtbot.keyClicks(search, "communique")
    assert sorted(listed_titles(window)) == ["Communiqué : bureau de Dakar", "Communiqué : rapport sur l'eau"]

    search.setText("RAPPORT eau")
    assert listed_titles(window) == ["Communiqué : rapport sur l'eau"]

    search.setText("zanzibar")
    assert listed_titles(window) == []
    assert window.releases.visible_count() == 0

    search.clear()
    assert window.releases.visible_count() == 3


def test_fold_drops_case_and_accents() -> None:
    assert fold("Communiqué À Noël") == "communique a noel"


def test_clicking_a_release_loads_its_segments(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    short = store_release(
        workspace,
        "Rapport annuel 2024",
        [("Rapport annuel 2024", "2024 annual report", S.APPROVED, Origin(), True, SegmentKind.TITLE)],
    )
    add_release("Communiqué : bureau de Dakar")
    window = open_window(qtbot, workspace)
    view = window.releases.view
    row = listed_titles(window).index("Rapport annuel 2024")
    rect = view.visualRect(window.releases.proxy.index(row, ReleaseColumn.TITLE))

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.releases.current_release_id() == short.id
    assert window.segment_model.rowCount() == 1
    assert window.segment_model.index(0, Column.TARGET).data() == "2024 annual report"
    assert "1 segment" in window.release_details.text()
    assert "1 segments" not in window.release_details.text()


def test_status_bar_shows_user_role_database_and_counts(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)

    assert window.status.role_text() == "claire · Translator"
    assert window.status.location_text().endswith("ws.db")
    counts = window.status.counts_label.text()
    for label in ("1&nbsp;Approved", "1&nbsp;Translated", "1&nbsp;Draft", "1&nbsp;New", "1&nbsp;Rejected"):
        assert label in counts


def test_status_bar_names_the_reviewer_role(qtbot: Any, reviewer_workspace: Workspace) -> None:
    window = open_window(qtbot, reviewer_workspace)

    assert window.status.role_text() == "claire · Reviewer"


def test_notices_show_in_a_banner_that_can_be_dismissed(qtbot: Any, workspace: Workspace) -> None:
    workspace.notices.append("Database upgraded from revision 1 to 2 (backup: /tmp/ws.db.bak).")
    window = open_window(qtbot, workspace)

    assert window.banner.isVisible()
    assert window.banner.text() == "Database upgraded from revision 1 to 2 (backup: /tmp/ws.db.bak)."
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_no_banner_without_notices(qtbot: Any, workspace: Workspace) -> None:
    window = open_window(qtbot, workspace)

    assert not window.banner.isVisible()


def test_empty_workspace_shows_a_hint(qtbot: Any, workspace: Workspace) -> None:
    window = open_window(qtbot, workspace)

    assert window.pages.currentWidget() is window.empty_hint
    assert window.segment_model.rowCount() == 0
    assert window.current_release is None


def test_menus_quit_and_about(qtbot: Any, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, _text: shown.append(title))
    window = open_window(qtbot, workspace)
    menus = [action.text() for action in window.menuBar().actions()]

    assert menus == ["&File", "&Edit", "&Segment", "&Review", "&Tools", "&View", "&Help"]
    window.commands.about.trigger()
    assert shown == ["About Release Translator"]
    window.commands.quit.trigger()
    assert not window.isVisible()


def test_progress_bar_parts_are_proportional() -> None:
    counts = {S.APPROVED: 2, S.TRANSLATED: 1, S.DRAFT: 0, S.NEW: 1, S.REJECTED: 0}

    parts = bar_parts(counts, 100.0)

    assert [(status, round(x), round(width)) for status, x, width in parts] == [
        (S.APPROVED, 0, 50),
        (S.TRANSLATED, 50, 25),
        (S.NEW, 75, 25),
    ]
    assert confirmed_share(counts) == pytest.approx(0.75)
    assert bar_parts({}, 100.0) == []


def test_self_test_passes_and_says_what_it_checked(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, capsys: pytest.CaptureFixture[str]
) -> None:
    release = add_release()

    assert launch.run_gui(workspace, self_test=True) == 0

    out = capsys.readouterr().out
    assert "self-test ok" in out
    assert f"release {release.id}" in out and "7 segment(s)" in out


def test_self_test_fails_when_the_grid_stays_empty(
    qtbot: Any,
    workspace: Workspace,
    add_release: AddRelease,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_release()
    monkeypatch.setattr(MainWindow, "show_release", lambda self, release_id: None)

    assert launch.run_gui(workspace, self_test=True) == 1
    assert "self-test failed" in capsys.readouterr().err


def test_self_test_on_an_empty_workspace(
    qtbot: Any, workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launch.run_gui(workspace, self_test=True) == 0
    assert "no release yet" in capsys.readouterr().out


def test_the_status_bar_never_makes_the_window_wider_than_a_small_screen(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    release = add_release()
    window = open_window(qtbot, workspace, release.id)
    counts = {status: 123_456 for status in SegmentStatus}
    window.status.show_counts(counts, {status: 9_876_543 for status in SegmentStatus})
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1024, "the window fits a 1024-pixel-wide screen"


def test_the_status_bar_names_a_server_by_host_and_database_and_a_file_by_its_ends() -> None:
    from translator_app.ui.frame.status_bar import location_label

    assert location_label("postgresql+psycopg://ana@db.example.org:5432/presse") == "db.example.org/presse"
    assert location_label("postgresql://ana:***@127.0.0.1/t_1") == "127.0.0.1/t_1"
    long_file = "sqlite:////home/marie/" + "dossier/" * 12 + "ws.db"
    shown = location_label(long_file)
    assert shown.endswith("ws.db") and shown.startswith("sqlite:") and len(shown) == 60
